// DynamoDB tables.

/// A DynamoDB table with point-in-time recovery, KMS encryption and deletion protection on
/// by default. With `replicas` it is a global table (version 2019.11.21): Terraform renders
/// one `aws_dynamodb_table_replica` per Region through a provider alias, CloudFormation one
/// `AWS::DynamoDB::GlobalTable`.
///
/// ```swift
/// let memos = Table("memos", partitionKey: .init("pk", .string), sortKey: .init("sk", .string),
///                   ttlAttribute: "expiresAt", stream: .newAndOldImages,
///                   replicas: [TableReplica(.usWest2), TableReplica(.euWest1)])
/// ```
public struct Table: Hashable, Codable, Sendable {
  public var id: ResourceID
  /// The table name; defaults to `<stack>-<id>`.
  public var name: String?
  public var partitionKey: KeyAttribute
  public var sortKey: KeyAttribute?
  public var billing: Billing
  public var globalIndexes: [GlobalIndex]
  public var localIndexes: [LocalIndex]
  public var ttlAttribute: String?
  public var stream: StreamView?
  /// Point-in-time recovery period in days; `nil` turns recovery off.
  public var pointInTimeRecoveryDays: Int?
  public var encryption: TableEncryption
  public var deletionProtection: Bool
  public var tableClass: TableClass
  /// Replicas in other Regions (a global table).
  public var replicas: [TableReplica]
  public var tags: [Tag]
  public var location: SourceLocation

  /// Set by lowering when auto scaling manages the capacity (Terraform then ignores its drift).
  var capacityAutoscaled = false

  public init(
    _ id: ResourceID,
    name: String? = nil,
    partitionKey: KeyAttribute,
    sortKey: KeyAttribute? = nil,
    billing: Billing = .onDemand,
    globalIndexes: [GlobalIndex] = [],
    localIndexes: [LocalIndex] = [],
    ttlAttribute: String? = nil,
    stream: StreamView? = nil,
    pointInTimeRecoveryDays: Int? = 35,
    encryption: TableEncryption = .awsManagedKey,
    deletionProtection: Bool = true,
    tableClass: TableClass = .standard,
    replicas: [TableReplica] = [],
    tags: [String: String] = [:],
    fileID: StaticString = #fileID, filePath: StaticString = #filePath,
    line: UInt = #line, column: UInt = #column
  ) {
    self.id = id
    self.name = name
    self.partitionKey = partitionKey
    self.sortKey = sortKey
    self.billing = billing
    self.globalIndexes = globalIndexes
    self.localIndexes = localIndexes
    self.ttlAttribute = ttlAttribute
    self.stream = stream
    self.pointInTimeRecoveryDays = pointInTimeRecoveryDays
    self.encryption = encryption
    self.deletionProtection = deletionProtection
    self.tableClass = tableClass
    self.replicas = replicas
    self.tags = Tag.sorted(tags)
    self.location = SourceLocation(fileID, filePath, line, column)
  }

  /// The table name after lowering.
  public var physicalName: String { name ?? id.rawValue }

  /// The table's name.
  public var tableName: StringValue { .reference(Reference(target: id, kind: .table, attribute: .name)) }
  /// The table's ARN.
  public var arn: StringValue { .reference(Reference(target: id, kind: .table, attribute: .arn)) }
  /// The ARN of the table's stream (requires `stream`).
  public var streamArn: StringValue { .reference(Reference(target: id, kind: .table, attribute: .streamArn)) }

  /// True for a global table.
  public var isGlobal: Bool { !replicas.isEmpty }

  /// The replica in `region`, for stacks there: its name and ARN follow from the table's
  /// explicit physical name (`name:` must be set).
  public func replica(in region: Region) -> TableReplicaReference {
    TableReplicaReference(table: id, name: name, region: region)
  }

  /// Every key attribute of the table and its indexes, first occurrence first.
  public var keyAttributes: [KeyAttribute] {
    var all = [partitionKey]
    if let sortKey { all.append(sortKey) }
    for index in globalIndexes {
      all.append(index.partitionKey)
      if let sortKey = index.sortKey { all.append(sortKey) }
    }
    for index in localIndexes { all.append(index.sortKey) }
    var seen = Set<String>()
    return all.filter { seen.insert($0.name).inserted }
  }
}

/// A key attribute: a name and a scalar type.
public struct KeyAttribute: Hashable, Codable, Sendable {
  public var name: String
  public var type: AttributeType
  public init(_ name: String, _ type: AttributeType) {
    self.name = name
    self.type = type
  }
}

/// DynamoDB scalar key types.
public enum AttributeType: String, Hashable, Codable, Sendable {
  case string = "S"
  case number = "N"
  case binary = "B"
}

/// On-demand or provisioned capacity.
public enum Billing: Hashable, Codable, Sendable {
  case onDemand
  case provisioned(read: Int, write: Int)
}

/// Which attributes an index carries.
public enum Projection: Hashable, Codable, Sendable {
  case all
  case keysOnly
  case include([String])

  var typeName: String {
    switch self {
    case .all: return "ALL"
    case .keysOnly: return "KEYS_ONLY"
    case .include: return "INCLUDE"
    }
  }
  var nonKeyAttributes: [String] { if case .include(let names) = self { return names } else { return [] } }
}

/// A global secondary index.
public struct GlobalIndex: Hashable, Codable, Sendable {
  public var name: String
  public var partitionKey: KeyAttribute
  public var sortKey: KeyAttribute?
  public var projection: Projection
  /// Provisioned capacity of the index; defaults to the table's when the table is provisioned.
  public var readCapacity: Int?
  public var writeCapacity: Int?

  public init(
    _ name: String, partitionKey: KeyAttribute, sortKey: KeyAttribute? = nil, projection: Projection = .all,
    readCapacity: Int? = nil, writeCapacity: Int? = nil
  ) {
    self.name = name
    self.partitionKey = partitionKey
    self.sortKey = sortKey
    self.projection = projection
    self.readCapacity = readCapacity
    self.writeCapacity = writeCapacity
  }
}

/// A local secondary index: the table's partition key with another sort key.
public struct LocalIndex: Hashable, Codable, Sendable {
  public var name: String
  public var sortKey: KeyAttribute
  public var projection: Projection
  public init(_ name: String, sortKey: KeyAttribute, projection: Projection = .all) {
    self.name = name
    self.sortKey = sortKey
    self.projection = projection
  }
}

/// What a table's stream records.
public enum StreamView: String, Hashable, Codable, Sendable {
  case keysOnly = "KEYS_ONLY"
  case newImage = "NEW_IMAGE"
  case oldImage = "OLD_IMAGE"
  case newAndOldImages = "NEW_AND_OLD_IMAGES"
}

/// Server-side encryption of a table.
public enum TableEncryption: Hashable, Codable, Sendable {
  /// An AWS-owned key (DynamoDB's default, no KMS charges).
  case awsOwnedKey
  /// The AWS-managed KMS key `aws/dynamodb`.
  case awsManagedKey
  /// A customer-managed KMS key.
  case customerManagedKey(String)
}

/// Storage class.
public enum TableClass: String, Hashable, Codable, Sendable {
  case standard = "STANDARD"
  case standardInfrequentAccess = "STANDARD_INFREQUENT_ACCESS"
}

/// A replica of a global table in another Region, with settings of its own (each defaults
/// to the table's).
public struct TableReplica: Hashable, Codable, Sendable {
  public var region: Region
  /// The replica's KMS key, required when the table uses a customer-managed key (keys are regional).
  public var kmsKeyArn: String?
  public var deletionProtection: Bool?
  public var tableClass: TableClass?
  public var tags: [Tag]

  public init(
    _ region: Region, kmsKeyArn: String? = nil, deletionProtection: Bool? = nil, tableClass: TableClass? = nil,
    tags: [String: String] = [:]
  ) {
    self.region = region
    self.kmsKeyArn = kmsKeyArn
    self.deletionProtection = deletionProtection
    self.tableClass = tableClass
    self.tags = Tag.sorted(tags)
  }
}

/// A global table's replica seen from a stack in the replica's Region: the explicit,
/// name-based way to refer to a table of a stack in another Region.
public struct TableReplicaReference: Hashable, Codable, Sendable {
  public var table: ResourceID
  /// The table's explicit physical name (nil when the table has none; the validator reports it).
  public var name: String?
  public var region: Region

  /// The replica's table name.
  public var tableName: StringValue { StringValue(name ?? table.rawValue) }
  /// The replica's ARN in its Region, built from the name.
  public var arn: StringValue {
    "arn:\(StringValue.partition):dynamodb:\(region.code):\(StringValue.accountID):table/\(name ?? table.rawValue)"
  }
}
