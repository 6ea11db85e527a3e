// What both emitters need from an API: the access log format and a redeployment hash.

import JSONSyntax

/// The access log record API Gateway writes (one JSON object per request); HTTP APIs log
/// the route key, REST APIs the resource path.
func apiAccessLogFormat(route: (key: String, variable: String)) -> String {
  JSON.Printer().printCompact(.object([
    .init("requestId", .string("$context.requestId")),
    .init("ip", .string("$context.identity.sourceIp")),
    .init("requestTime", .string("$context.requestTime")),
    .init("httpMethod", .string("$context.httpMethod")),
    .init(route.key, .string(route.variable)),
    .init("status", .string("$context.status")),
    .init("protocol", .string("$context.protocol")),
    .init("responseLength", .string("$context.responseLength")),
  ]))
}

extension HttpApi {
  static let accessLogFormat = apiAccessLogFormat(route: ("routeKey", "$context.routeKey"))
}

extension RestApi {
  static let accessLogFormat = apiAccessLogFormat(route: ("resourcePath", "$context.resourcePath"))

  /// A hash of the methods: a new deployment whenever they change.
  var deploymentHash: String {
    fnv1aHex(methods.map { "\($0.httpMethod) \($0.path) \($0.function) \($0.apiKeyRequired)" }.joined(separator: "\n"))
  }
}
