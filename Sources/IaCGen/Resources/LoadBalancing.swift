// Application Load Balancers and target groups.

/// An Application Load Balancer in a network's public subnets (or private ones when
/// internal): HTTP redirects to HTTPS, HTTPS terminates TLS with the certificate and forwards
/// to the default target group, path routes pick other groups.
///
/// ```swift
/// let alb = LoadBalancer("public", network: network, certificateArn: "arn:aws:acm:...",
///                        defaultTarget: api, routes: [Route(paths: ["/ws/*"], to: sockets)])
/// ```
public struct LoadBalancer: Hashable, Codable, Sendable {
  public var id: ResourceID
  public var name: String?
  public var networkID: ResourceID
  public var internetFacing: Bool
  /// The ACM certificate for the HTTPS listener; without one, HTTP forwards directly (warned about).
  public var certificateArn: String?
  public var defaultTarget: ResourceID
  public var routes: [Route]
  public var idleTimeout: TimeSpan
  public var deletionProtection: Bool
  public var tags: [Tag]
  public var location: SourceLocation

  public init(
    _ id: ResourceID,
    name: String? = nil,
    network: Network,
    internetFacing: Bool = true,
    certificateArn: String?,
    defaultTarget: TargetGroup,
    routes: [Route] = [],
    idleTimeout: TimeSpan = .seconds(60),
    deletionProtection: Bool = true,
    tags: [String: String] = [:],
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) {
    self.id = id
    self.name = name
    self.networkID = network.id
    self.internetFacing = internetFacing
    self.certificateArn = certificateArn
    self.defaultTarget = defaultTarget.id
    self.routes = routes
    self.idleTimeout = idleTimeout
    self.deletionProtection = deletionProtection
    self.tags = Tag.sorted(tags)
    self.location = SourceLocation(fileID, filePath, line, column)
  }

  public var physicalName: String { name ?? id.rawValue }
  /// Every target group the balancer forwards to.
  public var targetGroups: [ResourceID] {
    var result = [defaultTarget]
    for route in routes where !result.contains(route.target) { result.append(route.target) }
    return result
  }
  /// The balancer's DNS name.
  public var dnsName: StringValue { .reference(Reference(target: id, kind: .loadBalancer, attribute: .endpoint)) }
  /// The balancer's ARN.
  public var arn: StringValue { .reference(Reference(target: id, kind: .loadBalancer, attribute: .arn)) }

  func part(_ name: String) -> ResourceID { id.appending(name) }
}

/// A path-based route of the HTTPS (or HTTP) listener.
public struct Route: Hashable, Codable, Sendable {
  public var paths: [String]
  public var target: ResourceID
  public init(paths: [String], to target: TargetGroup) {
    self.paths = paths
    self.target = target.id
  }
}

/// A target group of IP targets (Fargate tasks) with health checks and optional stickiness.
public struct TargetGroup: Hashable, Codable, Sendable {
  public var id: ResourceID
  public var name: String?
  public var network: ResourceID
  public var port: Int
  public var healthCheck: HealthCheck
  /// Load-balancer cookie stickiness (CloudSync's WebSocket tier needs it).
  public var stickiness: TimeSpan?
  public var deregistrationDelay: TimeSpan
  /// IP targets (Fargate tasks) or instances (an instance group).
  public var targetType: TargetType
  public var tags: [Tag]
  public var location: SourceLocation

  public init(
    _ id: ResourceID,
    name: String? = nil,
    network: Network,
    port: Int,
    targetType: TargetType = .ip,
    healthCheck: HealthCheck = HealthCheck(),
    stickiness: TimeSpan? = nil,
    deregistrationDelay: TimeSpan = .seconds(30),
    tags: [String: String] = [:],
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) {
    self.id = id
    self.name = name
    self.network = network.id
    self.port = port
    self.healthCheck = healthCheck
    self.stickiness = stickiness
    self.deregistrationDelay = deregistrationDelay
    self.targetType = targetType
    self.tags = Tag.sorted(tags)
    self.location = SourceLocation(fileID, filePath, line, column)
  }

  public var physicalName: String { name ?? id.rawValue }
  /// The target group's ARN.
  public var arn: StringValue { .reference(Reference(target: id, kind: .targetGroup, attribute: .arn)) }
}

/// An HTTP health check.
public struct HealthCheck: Hashable, Codable, Sendable {
  public var path: String
  public var matcher: String
  public var interval: TimeSpan
  public var timeout: TimeSpan
  public var healthyThreshold: Int
  public var unhealthyThreshold: Int
  public init(
    path: String = "/health", matcher: String = "200", interval: TimeSpan = .seconds(15), timeout: TimeSpan = .seconds(5),
    healthyThreshold: Int = 3, unhealthyThreshold: Int = 3
  ) {
    self.path = path
    self.matcher = matcher
    self.interval = interval
    self.timeout = timeout
    self.healthyThreshold = healthyThreshold
    self.unhealthyThreshold = unhealthyThreshold
  }
}

/// How a target group's targets register.
public enum TargetType: String, Hashable, Codable, Sendable {
  case ip
  case instance
}
