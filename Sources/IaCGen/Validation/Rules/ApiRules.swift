// Rules for API Gateway HTTP and REST APIs.

enum ApiRules {
  static let all: [Rule] = [throttling, caching, routes]

  static let methods: Set<String> = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY"]

  /// The quota comparison is CAP004's (with the quota the app declares and the Region's default).
  static let throttling = Rule(
    "API001", .error, "Throttling rate and burst are 0 or more (above the account's quota: CAP004)",
    source: "ThrottleSettings, checked 2026-12-07; https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html"
  ) { context in
    let entries: [(ResourceModel, Throttling)] =
      context.stack.httpApis.map { (.httpApi($0), $0.throttling) } + context.stack.restApis.map { (.restApi($0), $0.throttling) }
    for (api, throttling) in entries where throttling.rate < 0 || throttling.burst < 0 {
      context.report(
        "\(api.kind.displayName) '\(api.id)' throttles at \(formatNumber(throttling.rate)) requests/s with a burst of \(throttling.burst); use 0 or more",
        about: api)
    }
  }

  static let caching = Rule(
    "API002", .error, "REST stage caches are 0.5, 1.6, 6.1, 13.5, 28.4, 58.2, 118 or 237 GB with a TTL of 0-3600 s",
    source: "cache cluster size, cache TTL; https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html"
  ) { context in
    let sizes: Set<String> = ["0.5", "1.6", "6.1", "13.5", "28.4", "58.2", "118", "237"]
    for api in context.stack.restApis {
      guard let size = api.cacheSizeGB else { continue }
      if !sizes.contains(size) || !(0...3_600).contains(api.cacheTTL.seconds) {
        context.report(
          "REST API '\(api.id)' caches \(size) GB for \(api.cacheTTL); sizes are 0.5, 1.6, 6.1, 13.5, 28.4, 58.2, 118 or 237 GB and TTLs 0 to 3600 s",
          about: .restApi(api))
      }
    }
  }

  static let routes = Rule(
    "API003", .error, "Routes are '$default' or 'METHOD /path' with a known method, each once; REST paths start with '/'",
    source: "API Gateway route keys and resource paths; https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-routes.html"
  ) { context in
    for api in context.stack.httpApis {
      var seen = Set<String>()
      for route in api.routes {
        let parts = route.key.split(separator: " ")
        let valid = route.key == "$default" || (parts.count == 2 && methods.contains(String(parts[0])) && parts[1].hasPrefix("/"))
        if !valid || !seen.insert(route.key).inserted {
          context.report(
            "HTTP API '\(api.id)' has route '\(route.key)' twice or malformed; use '$default' or 'METHOD /path' once each", about: .httpApi(api))
        }
      }
      if api.routes.isEmpty { context.report("HTTP API '\(api.id)' has no routes", about: .httpApi(api)) }
    }
    for api in context.stack.restApis {
      var seen = Set<String>()
      for method in api.methods {
        let key = method.httpMethod + " " + method.path
        if !methods.contains(method.httpMethod) || !method.path.hasPrefix("/") || !seen.insert(key).inserted {
          context.report(
            "REST API '\(api.id)' has method '\(key)' twice or malformed; use a known method and a path starting with '/'", about: .restApi(api))
        }
      }
      if api.methods.isEmpty { context.report("REST API '\(api.id)' has no methods", about: .restApi(api)) }
    }
  }
}
