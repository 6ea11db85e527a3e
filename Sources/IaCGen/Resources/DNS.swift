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
  func fullName(_ record: DNSRecord) -> String { IaCGen.fullName(record.name, in: domain) }
}

/// Records of a zone declared apart from it: for targets that depend on the zone themselves
/// (a distribution or API whose certificate the zone validates), or for a zone of another
/// stack or Region, named by its ID (each Region's stack adds its latency or failover record).
///
/// ```swift
/// DNSRecords("edge-names", zone: zone, records: [DNSRecord("www", .alias(.distribution(cdn)))])
/// DNSRecords("api-latency", zone: ExistingZone(id: "Z0123456789ABCDEFGHIJ", domain: "example.com"),
///            records: [DNSRecord("api", .alias(.httpApi(api)), routing: .latency(.usWest2), setIdentifier: "us-west-2")])
/// ```
public struct DNSRecords: Sendable {
  public var id: ResourceID
  public var zone: ZoneReference
  public var records: [ZoneRecord]
  public var healthChecks: [RecordHealthCheck]
  public var location: SourceLocation

  public init(
    _ id: ResourceID, zone: HostedZone, records: [DNSRecord], healthChecks: [DNSHealthCheck] = [],
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) {
    self.init(id, .declared(zone.id), domain: zone.domain, records, healthChecks, SourceLocation(fileID, filePath, line, column))
  }

  public init(
    _ id: ResourceID, zone: ExistingZone, records: [DNSRecord], healthChecks: [DNSHealthCheck] = [],
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) {
    self.init(id, .existing(zone), domain: zone.domain, records, healthChecks, SourceLocation(fileID, filePath, line, column))
  }

  init(_ id: ResourceID, _ zone: ZoneReference, domain: String, _ records: [DNSRecord], _ checks: [DNSHealthCheck], _ location: SourceLocation) {
    self.id = id
    self.zone = zone
    self.healthChecks = checks.map { RecordHealthCheck(id: id.appending("check-" + $0.name), check: $0, tags: [], location: location) }
    self.records = records.enumerated().map { position, record in
      ZoneRecord(
        id: id.appending("\(position + 1)"), zone: zone, name: fullName(record.name, in: domain), record: record,
        healthCheckID: record.healthCheckName.map { id.appending("check-" + $0) }, location: location)
    }
    self.location = location
  }
}

/// A hosted zone iacgen does not declare in this stack (another stack's, or one made by hand),
/// by its ID and domain: the explicit way to add records to a zone from another Region.
public struct ExistingZone: Hashable, Codable, Sendable {
  public var id: String
  public var domain: String
  public init(id: String, domain: String) {
    self.id = id
    self.domain = domain
  }
}

/// The zone a record or certificate validation lives in.
public enum ZoneReference: Hashable, Codable, Sendable {
  case declared(ResourceID)
  case existing(ExistingZone)

  var declaredID: ResourceID? { if case .declared(let id) = self { return id } else { return nil } }
}

/// A record's fully qualified name ("@" is the apex).
func fullName(_ name: String, in domain: String) -> String { name == "@" ? domain : name + "." + domain }

/// A health check after lowering: the zone's or a record group's.
public struct RecordHealthCheck: Hashable, Codable, Sendable {
  public var id: ResourceID
  public var check: DNSHealthCheck
  public var tags: [Tag]
  public var location: SourceLocation
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

  var healthCheckName: String? {
    switch routing {
    case .failover(_, let check): return check
    case .latency(_, let check): return check
    default: return nil
    }
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

/// Alias targets: a distribution, a load balancer, or an API's custom domain.
public enum AliasTarget: Hashable, Codable, Sendable {
  case distribution(ResourceID)
  case loadBalancer(ResourceID)
  case httpApi(ResourceID)
  case restApi(ResourceID)
  public static func distribution(_ distribution: Distribution) -> AliasTarget { .distribution(distribution.id) }
  public static func loadBalancer(_ balancer: LoadBalancer) -> AliasTarget { .loadBalancer(balancer.id) }
  /// The custom domain of an HTTP API (`domain:` must be set).
  public static func httpApi(_ api: HttpApi) -> AliasTarget { .httpApi(api.id) }
  /// The custom domain of a REST API (`domain:` must be set).
  public static func restApi(_ api: RestApi) -> AliasTarget { .restApi(api.id) }

  var reference: Reference {
    switch self {
    case .distribution(let id): return Reference(target: id, kind: .distribution, attribute: .endpoint)
    case .loadBalancer(let id): return Reference(target: id, kind: .loadBalancer, attribute: .endpoint)
    case .httpApi(let id): return Reference(target: id, kind: .httpApi, attribute: .id)
    case .restApi(let id): return Reference(target: id, kind: .restApi, attribute: .id)
    }
  }
}

/// One record of a zone after lowering: its own resource, so that what it points at may
/// itself depend on the zone (a certificate validated in the zone, for an API the record
/// aliases) without a cycle.
public struct ZoneRecord: Hashable, Codable, Sendable {
  public var id: ResourceID
  public var zone: ZoneReference
  /// The fully qualified name.
  public var name: String
  public var record: DNSRecord
  /// The health check failover routing uses.
  public var healthCheckID: ResourceID?
  public var location: SourceLocation
}

/// How Route 53 chooses among records of the same name.
public enum DNSRouting: Hashable, Codable, Sendable {
  case simple
  /// The record of the Region with the lowest latency to the client (among the healthy ones,
  /// with a health check).
  case latency(Region, healthCheck: String? = nil)
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
