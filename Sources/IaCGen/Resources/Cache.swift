// ElastiCache for Redis / Valkey replication groups.

/// An ElastiCache replication group (Redis OSS or Valkey), encrypted at rest and in transit,
/// placed in a network's private subnets.
///
/// ```swift
/// let sessions = Cache("sessions", nodeType: "cache.r7g.large",
///                      topology: .clustered(shards: 3, replicasPerShard: 2),
///                      parameters: ["maxmemory-policy": "allkeys-lru"], network: .private(network))
/// ```
public struct Cache: Hashable, Codable, Sendable {
  public var id: ResourceID
  /// The replication group ID; defaults to `<stack>-<id>`.
  public var name: String?
  public var engine: CacheEngine
  /// Engine version such as `"7.1"` (Redis OSS) or `"8.0"` (Valkey).
  public var engineVersion: String
  public var nodeType: String
  public var topology: CacheTopology
  public var multiAZ: Bool
  public var automaticFailover: Bool
  /// Encryption at rest with a customer-managed KMS key; AWS-managed when nil.
  public var kmsKeyArn: String?
  public var transitEncryption: Bool
  public var auth: CacheAuth
  /// Engine parameters, such as `maxmemory-policy`; a parameter group is generated when set.
  public var parameters: [String: String]
  public var snapshotRetentionDays: Int
  public var port: Int?
  public var network: NetworkPlacement?
  public var tags: [Tag]
  public var location: SourceLocation

  public init(
    _ id: ResourceID,
    name: String? = nil,
    engine: CacheEngine = .valkey,
    engineVersion: String? = nil,
    nodeType: String = "cache.t4g.small",
    topology: CacheTopology = .replicated(replicas: 1),
    multiAZ: Bool = true,
    automaticFailover: Bool = true,
    kmsKeyArn: String? = nil,
    transitEncryption: Bool = true,
    auth: CacheAuth = .none,
    parameters: [String: String] = [:],
    snapshotRetentionDays: Int = 7,
    port: Int = 6379,
    network: NetworkPlacement,
    tags: [String: String] = [:],
    fileID: StaticString = #fileID, filePath: StaticString = #filePath,
    line: UInt = #line, column: UInt = #column
  ) {
    self.id = id
    self.name = name
    self.engine = engine
    self.engineVersion = engineVersion ?? (engine == .valkey ? "8.0" : "7.1")
    self.nodeType = nodeType
    self.topology = topology
    self.multiAZ = multiAZ
    self.automaticFailover = automaticFailover
    self.kmsKeyArn = kmsKeyArn
    self.transitEncryption = transitEncryption
    self.auth = auth
    self.parameters = parameters
    self.snapshotRetentionDays = snapshotRetentionDays
    self.port = port
    self.network = network
    self.tags = Tag.sorted(tags)
    self.location = SourceLocation(fileID, filePath, line, column)
  }

  /// The replication group ID after lowering.
  public var physicalName: String { name ?? id.rawValue }

  /// The parameter group family, such as `valkey8`, `redis7`, `redis6.x` or `redis5.0`.
  public var parameterFamily: String {
    let parts = engineVersion.split(separator: ".").map(String.init)
    let major = parts.first ?? engineVersion
    switch (engine, major) {
    case (.redis, "6"): return "redis6.x"
    case (.redis, "4"), (.redis, "5"): return "redis\(major).0"
    default: return engine.rawValue + major
    }
  }

  /// The primary endpoint address, or the configuration endpoint's when clustered.
  public var endpoint: StringValue {
    if case .clustered = topology {
      return .reference(Reference(target: id, kind: .cache, attribute: .configurationEndpoint))
    }
    return .reference(Reference(target: id, kind: .cache, attribute: .endpoint))
  }

  /// Whether a subnet group, parameter group... are generated: parts named `<id>-subnets`, `<id>-parameters`.
  func part(_ name: String) -> ResourceID { id.appending(name) }
}

/// Redis OSS or Valkey.
public enum CacheEngine: String, Hashable, Codable, Sendable {
  case redis
  case valkey
}

/// Cluster mode off (one shard, replicas) or on (shards, replicas per shard).
public enum CacheTopology: Hashable, Codable, Sendable {
  /// Cluster mode disabled: a primary and `replicas` read replicas.
  case replicated(replicas: Int)
  /// Cluster mode enabled: `shards` node groups of one primary and `replicasPerShard` replicas.
  case clustered(shards: Int, replicasPerShard: Int)

  var nodeCount: Int {
    switch self {
    case .replicated(let replicas): return 1 + replicas
    case .clustered(let shards, let replicas): return shards * (1 + replicas)
    }
  }
}

/// How clients authenticate.
public enum CacheAuth: Hashable, Codable, Sendable {
  /// No AUTH token (TLS and security groups still apply).
  case none
  /// An AUTH token read at deployment from a Secrets Manager secret (its whole string value).
  case tokenFromSecret(arn: String)
}
