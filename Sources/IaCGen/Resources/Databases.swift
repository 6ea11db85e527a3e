// Aurora Serverless v2 clusters and RDS PostgreSQL instances.

/// An Aurora Serverless v2 cluster (PostgreSQL or MySQL): a writer and `readers` instances of
/// class `db.serverless` across zones, encrypted, with the master password kept in Secrets
/// Manager by RDS, and backups.
///
/// ```swift
/// let db = AuroraCluster("accounts", engine: .postgresql("16.8"), minCapacity: 2, maxCapacity: 16,
///                        readers: 1, network: .private(network))
/// ```
public struct AuroraCluster: Hashable, Codable, Sendable {
  public var id: ResourceID
  /// The cluster identifier; defaults to `<stack>-<id>`.
  public var name: String?
  public var engine: AuroraEngine
  /// Aurora capacity units (0.5 steps).
  public var minCapacity: Double
  public var maxCapacity: Double
  /// Reader instances besides the writer (1 or more makes the cluster multi-AZ).
  public var readers: Int
  public var databaseName: String
  public var masterUsername: String
  public var kmsKeyArn: String?
  public var backupRetentionDays: Int
  public var deletionProtection: Bool
  public var network: NetworkPlacement?
  /// Membership of an Aurora Global Database, as its primary or a secondary in another Region.
  public var globalDatabase: GlobalDatabase?
  public var tags: [Tag]
  public var location: SourceLocation

  /// Set in lowering for a global primary: the generated secret holding the master password
  /// (RDS-managed passwords are not available to global databases).
  var masterSecretID: ResourceID?

  public init(
    _ id: ResourceID,
    name: String? = nil,
    engine: AuroraEngine = .postgresql("16.8"),
    minCapacity: Double = 0.5,
    maxCapacity: Double = 4,
    readers: Int = 1,
    databaseName: String = "app",
    masterUsername: String = "app_admin",
    kmsKeyArn: String? = nil,
    backupRetentionDays: Int = 7,
    deletionProtection: Bool = true,
    network: NetworkPlacement,
    globalDatabase: GlobalDatabase? = nil,
    tags: [String: String] = [:],
    fileID: StaticString = #fileID, filePath: StaticString = #filePath,
    line: UInt = #line, column: UInt = #column
  ) {
    self.id = id
    self.name = name
    self.engine = engine
    self.minCapacity = minCapacity
    self.maxCapacity = maxCapacity
    self.readers = readers
    self.databaseName = databaseName
    self.masterUsername = masterUsername
    self.kmsKeyArn = kmsKeyArn
    self.backupRetentionDays = backupRetentionDays
    self.deletionProtection = deletionProtection
    self.network = network
    self.globalDatabase = globalDatabase
    self.tags = Tag.sorted(tags)
    self.location = SourceLocation(fileID, filePath, line, column)
  }

  public var physicalName: String { name ?? id.rawValue }
  public var port: Int? { engine.port }
  /// The writer endpoint.
  public var endpoint: StringValue { .reference(Reference(target: id, kind: .auroraCluster, attribute: .endpoint)) }
  /// The reader endpoint.
  public var readerEndpoint: StringValue {
    .reference(Reference(target: id, kind: .auroraCluster, attribute: .readerEndpoint))
  }
  /// The ARN of the Secrets Manager secret with the master password: RDS's own, or for a
  /// global primary the secret iacgen generates (`<id>-master`).
  public var masterSecretArn: StringValue {
    if case .primary? = globalDatabase { return .reference(Reference(target: part("master"), kind: .secret, attribute: .arn)) }
    return .reference(Reference(target: id, kind: .auroraCluster, attribute: .secretArn))
  }
  /// True for a secondary of a global database (no master user, no database of its own).
  var isGlobalSecondary: Bool { if case .secondary? = globalDatabase { return true } else { return false } }

  func part(_ name: String) -> ResourceID { id.appending(name) }
}

/// An Aurora Global Database role. The primary creates the global database from its cluster;
/// a secondary in another Region joins it by the global identifier, which is how a stack
/// refers to a database of a stack in another Region.
///
/// ```swift
/// let accounts = AuroraCluster("accounts", ..., globalDatabase: .primary(identifier: "cloudsync-accounts"))
/// let standby = AuroraCluster("accounts", ..., globalDatabase: .secondary(of: accounts))  // in the DR stack
/// ```
public enum GlobalDatabase: Hashable, Codable, Sendable {
  case primary(identifier: String)
  /// A secondary of global database `identifier`, whose primary cluster is `primary`.
  case secondary(identifier: String, primary: ResourceID)

  /// A secondary of `primary`'s global database.
  public static func secondary(of primary: AuroraCluster) -> GlobalDatabase {
    if case .primary(let identifier)? = primary.globalDatabase { return .secondary(identifier: identifier, primary: primary.id) }
    return .secondary(identifier: "", primary: primary.id)  // the validator reports the missing primary role
  }

  public var identifier: String {
    switch self {
    case .primary(let identifier), .secondary(let identifier, _): return identifier
    }
  }
}

/// Aurora engines with their version.
public enum AuroraEngine: Hashable, Codable, Sendable {
  case postgresql(String)
  case mysql(String)

  var name: String {
    switch self {
    case .postgresql: return "aurora-postgresql"
    case .mysql: return "aurora-mysql"
    }
  }
  var version: String {
    switch self {
    case .postgresql(let version), .mysql(let version): return version
    }
  }
  var port: Int {
    switch self {
    case .postgresql: return 5432
    case .mysql: return 3306
    }
  }
}

/// A cross-Region read replica's primary: a database of a stack in another Region, reached by
/// its explicit name (`name:` on the primary). The replica takes engine, data and master user
/// from it and can be promoted in a disaster.
public struct DatabaseReplicaSource: Hashable, Codable, Sendable {
  public var database: ResourceID
  public var name: String?
  public var region: Region
  public init(_ database: PostgresDatabase, in region: Region) {
    self.database = database.id
    self.name = database.name
    self.region = region
  }
  /// The primary's ARN, built from its name and Region.
  var arn: StringValue { "arn:\(StringValue.partition):rds:\(region.code):\(StringValue.accountID):db:\(name ?? database.rawValue)" }
}

/// An RDS for PostgreSQL instance with optional read replicas in the same Region, or a
/// cross-Region read replica of a database in another Region (`replicaOf:`).
///
/// ```swift
/// let db = PostgresDatabase("main", instanceClass: "db.r6g.large", storageGB: 200, readReplicas: 2,
///                           backupRetentionDays: 35, network: .private(network))
/// ```
public struct PostgresDatabase: Hashable, Codable, Sendable {
  public var id: ResourceID
  /// The instance identifier; defaults to `<stack>-<id>`.
  public var name: String?
  public var engineVersion: String
  public var instanceClass: String
  public var storageGB: Int
  /// Storage autoscaling ceiling; nil turns it off.
  public var maxStorageGB: Int?
  public var multiAZ: Bool
  public var readReplicas: Int
  public var replicaInstanceClass: String?
  public var databaseName: String
  public var masterUsername: String
  public var kmsKeyArn: String?
  public var backupRetentionDays: Int
  public var deletionProtection: Bool
  public var network: NetworkPlacement?
  /// Set for a cross-Region read replica: the primary it copies (a database of a stack in another Region).
  public var replicaOf: DatabaseReplicaSource?
  public var tags: [Tag]
  public var location: SourceLocation

  public init(
    _ id: ResourceID,
    name: String? = nil,
    engineVersion: String = "17.6",
    instanceClass: String = "db.t4g.medium",
    storageGB: Int = 100,
    maxStorageGB: Int? = 500,
    multiAZ: Bool = true,
    readReplicas: Int = 0,
    replicaInstanceClass: String? = nil,
    databaseName: String = "app",
    masterUsername: String = "app_admin",
    kmsKeyArn: String? = nil,
    backupRetentionDays: Int = 7,
    deletionProtection: Bool = true,
    network: NetworkPlacement,
    replicaOf: DatabaseReplicaSource? = nil,
    tags: [String: String] = [:],
    fileID: StaticString = #fileID, filePath: StaticString = #filePath,
    line: UInt = #line, column: UInt = #column
  ) {
    self.id = id
    self.name = name
    self.engineVersion = engineVersion
    self.instanceClass = instanceClass
    self.storageGB = storageGB
    self.maxStorageGB = maxStorageGB
    self.multiAZ = multiAZ
    self.readReplicas = readReplicas
    self.replicaInstanceClass = replicaInstanceClass
    self.databaseName = databaseName
    self.masterUsername = masterUsername
    self.kmsKeyArn = kmsKeyArn
    self.backupRetentionDays = backupRetentionDays
    self.deletionProtection = deletionProtection
    self.network = network
    self.replicaOf = replicaOf
    self.tags = Tag.sorted(tags)
    self.location = SourceLocation(fileID, filePath, line, column)
  }

  public var physicalName: String { name ?? id.rawValue }
  public var port: Int? { 5432 }
  /// The primary's endpoint address.
  public var endpoint: StringValue { .reference(Reference(target: id, kind: .postgresDatabase, attribute: .endpoint)) }
  /// The ARN of the Secrets Manager secret RDS keeps the master password in.
  public var masterSecretArn: StringValue {
    .reference(Reference(target: id, kind: .postgresDatabase, attribute: .secretArn))
  }

  func part(_ name: String) -> ResourceID { id.appending(name) }
}
