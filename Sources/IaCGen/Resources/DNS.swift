// Route 53 hosted zones, records and health checks.

/// A public hosted zone with its records (alias records to distributions and load
/// balancers, or plain values) and latency, failover or weighted routing with health checks.
///
/// ```swift
/// HostedZone("zone", domain: "example.com", records: [
///   DNSRecord("www", .alias(.distribution(cdn))),
///   DNSRecord("api", .alias(.loadBalancer(edge)), routing: .failover(.primary, healthCheck: "api-health"), setIdentifier: "use1"),
/// ], healthChecks: [DNSHealthCheck("api-health", domain: "api.example.com", path: "/health")])
/// ```
public struct HostedZone: Hashable, Codable, Sendable {
  public var id: ResourceID
  public var domain: String
  public var records: [DNSRecord]
  public var healthChecks: [DNSHealthCheck]
  public var tags: [Tag]
  public var location: SourceLocation

  public init(
    _ id: ResourceID, domain: String, records: [DNSRecord] = [], healthChecks: [DNSHealthCheck] = [], tags: [String: String] = [:],
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) {
    self.id = id
    self.domain = domain
    self.records = records
    self.healthChecks = healthChecks
    self.tags = Tag.sorted(tags)
    self.location = SourceLocation(fileID, filePath, line, column)
  }

  /// The zone's ID.
  public var zoneID: StringValue { .reference(Reference(target: id, kind: .hostedZone, attribute: .id)) }
  func part(_ name: String) -> ResourceID { id.appending(name) }

  /// A record's fully qualified name ("@" is the apex).
  func fullName(_ record: DNSRecord) -> String { record.name == "@" ? domain : record.name + "." + domain }
}

/// A record: a name relative to the zone ("@" for the apex), what it points at, and its routing.
public struct DNSRecord: Hashable, Codable, Sendable {
  public var name: String
  public var target: DNSTarget
  public var routing: DNSRouting
  /// Distinguishes records of the same name and type under latency, failover or weighted routing.
  public var setIdentifier: String?

  public init(_ name: String, _ target: DNSTarget, routing: DNSRouting = .simple, setIdentifier: String? = nil) {
    self.name = name
    self.target = target
    self.routing = routing
    self.setIdentifier = setIdentifier
  }
}

/// What a record resolves to.
public enum DNSTarget: Hashable, Codable, Sendable {
  /// An alias A record to a distribution or load balancer of the stack.
  case alias(AliasTarget)
  /// Plain values of a type, with a TTL.
  case values(type: String, values: [String], ttl: TimeSpan = .minutes(5))

  var recordType: String {
    switch self {
    case .alias: return "A"
    case .values(let type, _, _): return type
    }
  }
}

/// Alias targets.
public enum AliasTarget: Hashable, Codable, Sendable {
  case distribution(ResourceID)
  case loadBalancer(ResourceID)
  public static func distribution(_ distribution: Distribution) -> AliasTarget { .distribution(distribution.id) }
  public static func loadBalancer(_ balancer: LoadBalancer) -> AliasTarget { .loadBalancer(balancer.id) }
}

/// How Route 53 chooses among records of the same name.
public enum DNSRouting: Hashable, Codable, Sendable {
  case simple
  /// The record of the Region with the lowest latency to the client.
  case latency(Region)
  /// The primary while its health check passes, else the secondary.
  case failover(FailoverRole, healthCheck: String?)
  case weighted(Int)

  public enum FailoverRole: String, Hashable, Codable, Sendable {
    case primary = "PRIMARY"
    case secondary = "SECONDARY"
  }
}

/// An HTTPS health check of a domain and path.
public struct DNSHealthCheck: Hashable, Codable, Sendable {
  public var name: String
  public var domain: String
  public var path: String
  public var failureThreshold: Int
  public var interval: TimeSpan
  public init(_ name: String, domain: String, path: String = "/health", failureThreshold: Int = 3, interval: TimeSpan = .seconds(30)) {
    self.name = name
    self.domain = domain
    self.path = path
    self.failureThreshold = failureThreshold
    self.interval = interval
  }
}
