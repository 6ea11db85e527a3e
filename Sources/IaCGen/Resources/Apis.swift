// API Gateway: HTTP APIs and REST APIs with Lambda proxy integrations.

/// An HTTP API (API Gateway v2) with Lambda proxy routes on an auto-deployed `$default`
/// stage, throttled, with access logs. Invoke permissions are generated from the routes.
///
/// ```swift
/// HttpApi("public", routes: [ApiRoute("GET /memos/{id}", memos), ApiRoute("POST /memos", upload)],
///         throttling: Throttling(rate: 1000, burst: 500))
/// ```
public struct HttpApi: Hashable, Codable, Sendable {
  public var id: ResourceID
  public var name: String?
  public var routes: [ApiRoute]
  public var throttling: Throttling
  /// Allowed CORS origins; none turns CORS off.
  public var corsOrigins: [String]
  /// A custom domain name mapped to the `$default` stage.
  public var domain: ApiDomain?
  public var tags: [Tag]
  public var location: SourceLocation

  var logGroupID: ResourceID?

  public init(
    _ id: ResourceID, name: String? = nil, routes: [ApiRoute], throttling: Throttling = Throttling(), corsOrigins: [String] = [],
    domain: ApiDomain? = nil, tags: [String: String] = [:],
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) {
    self.id = id
    self.name = name
    self.routes = routes
    self.throttling = throttling
    self.corsOrigins = corsOrigins
    self.domain = domain
    self.tags = Tag.sorted(tags)
    self.location = SourceLocation(fileID, filePath, line, column)
  }

  public var physicalName: String { name ?? id.rawValue }
  /// The API's endpoint URL.
  public var url: StringValue { .reference(Reference(target: id, kind: .httpApi, attribute: .url)) }
  /// Functions the routes invoke, each once, in route order.
  var functions: [ResourceID] {
    var result: [ResourceID] = []
    for route in routes where !result.contains(route.function) { result.append(route.function) }
    return result
  }
  func part(_ name: String) -> ResourceID { id.appending(name) }
}

/// A route: `METHOD /path` (or `$default`) to a function.
public struct ApiRoute: Hashable, Codable, Sendable {
  public var key: String
  public var function: ResourceID
  public init(_ key: String, _ function: Function) {
    self.key = key
    self.function = function.id
  }
}

/// Steady-state requests per second and burst.
public struct Throttling: Hashable, Codable, Sendable {
  public var rate: Double
  public var burst: Int
  public init(rate: Double = 1_000, burst: Int = 500) {
    self.rate = rate
    self.burst = burst
  }
}

/// A REST API (API Gateway v1), regional, with Lambda proxy methods on paths, one stage with
/// throttling, optional caching and access logs, usage plans and a custom domain.
///
/// Access logs need the account's API Gateway CloudWatch role (one per account and Region);
/// the stack sets it unless `setsAccountLogRole` is false (another stack sets it).
///
/// ```swift
/// RestApi("audio", methods: [ApiMethod("POST", "/uploads", upload), ApiMethod("GET", "/jobs/{id}", status)],
///         stageName: "prod", throttling: Throttling(rate: 1000, burst: 2000), cacheSizeGB: "0.5")
/// ```
public struct RestApi: Hashable, Codable, Sendable {
  public var id: ResourceID
  public var name: String?
  public var methods: [ApiMethod]
  public var stageName: String
  public var throttling: Throttling
  /// Stage cache size in GB ("0.5", "1.6", "6.1"...); nil turns caching off.
  public var cacheSizeGB: String?
  public var cacheTTL: TimeSpan
  public var usagePlans: [UsagePlan]
  /// A custom domain name mapped to the stage.
  public var domain: ApiDomain?
  public var setsAccountLogRole: Bool
  public var tags: [Tag]
  public var location: SourceLocation

  var logGroupID: ResourceID?
  var accountID: ResourceID?

  public init(
    _ id: ResourceID, name: String? = nil, methods: [ApiMethod], stageName: String = "prod",
    throttling: Throttling = Throttling(), cacheSizeGB: String? = nil, cacheTTL: TimeSpan = .seconds(300),
    usagePlans: [UsagePlan] = [], domain: ApiDomain? = nil, setsAccountLogRole: Bool = true, tags: [String: String] = [:],
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) {
    self.id = id
    self.name = name
    self.methods = methods
    self.stageName = stageName
    self.throttling = throttling
    self.cacheSizeGB = cacheSizeGB
    self.cacheTTL = cacheTTL
    self.usagePlans = usagePlans
    self.domain = domain
    self.setsAccountLogRole = setsAccountLogRole
    self.tags = Tag.sorted(tags)
    self.location = SourceLocation(fileID, filePath, line, column)
  }

  public var physicalName: String { name ?? id.rawValue }
  /// The stage's invoke URL.
  public var url: StringValue { .reference(Reference(target: id, kind: .restApi, attribute: .url)) }
  var functions: [ResourceID] {
    var result: [ResourceID] = []
    for method in methods where !result.contains(method.function) { result.append(method.function) }
    return result
  }
  /// Every path prefix the methods need as a resource, parents first: "/jobs", "/jobs/{id}".
  var resourcePaths: [String] {
    var result: [String] = []
    for method in methods {
      var prefix = ""
      for segment in method.path.split(separator: "/") {
        prefix += "/" + segment
        if !result.contains(prefix) { result.append(prefix) }
      }
    }
    return result
  }
  /// The ID of the resource for a path ("" is the root).
  func resourceID(_ path: String) -> ResourceID {
    let words = path.split(separator: "/").map { $0.filter { $0.isLetter || $0.isNumber } }
    return id.appending("resource-" + words.joined(separator: "-"))
  }
  func part(_ name: String) -> ResourceID { id.appending(name) }
}

/// A method on a path, proxied to a function.
public struct ApiMethod: Hashable, Codable, Sendable {
  public var httpMethod: String
  public var path: String
  public var function: ResourceID
  public var apiKeyRequired: Bool
  public init(_ httpMethod: String, _ path: String, _ function: Function, apiKeyRequired: Bool = false) {
    self.httpMethod = httpMethod
    self.path = path
    self.function = function.id
    self.apiKeyRequired = apiKeyRequired
  }
}

/// A usage plan on the stage: throttling and a daily quota for API keys.
public struct UsagePlan: Hashable, Codable, Sendable {
  public var name: String
  public var throttling: Throttling
  public var requestsPerDay: Int?
  public init(_ name: String, throttling: Throttling, requestsPerDay: Int? = nil) {
    self.name = name
    self.throttling = throttling
    self.requestsPerDay = requestsPerDay
  }
}

/// A custom domain name for an API: a regional endpoint with a certificate from the API's
/// Region, TLS 1.2, mapped at `basePath` (nil maps the root). Point a Route 53 alias at it with
/// `.alias(.httpApi(api))` or `.alias(.restApi(api))`.
public struct ApiDomain: Hashable, Codable, Sendable {
  public var name: String
  public var certificate: ResourceID
  public var basePath: String?
  public init(_ name: String, certificate: Certificate, basePath: String? = nil) {
    self.name = name
    self.certificate = certificate.id
    self.basePath = basePath
  }
}
