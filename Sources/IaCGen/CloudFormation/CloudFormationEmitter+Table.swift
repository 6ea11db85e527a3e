// Table -> AWS::DynamoDB::Table, or AWS::DynamoDB::GlobalTable when it has replicas.

import JSONSyntax

extension CloudFormationEmitter {
  func translateTable(_ table: Table, in index: ModelIndex) -> CloudFormationResource {
    if table.isGlobal { return translateGlobalTable(table, in: index) }
    var properties = CloudFormationProperties()
    properties.set("TableName", table.physicalName)
    properties.set(
      "AttributeDefinitions",
      .array(table.keyAttributes.map {
        .object([.init("AttributeName", .string($0.name)), .init("AttributeType", .string($0.type.rawValue))])
      }))
    properties.set("KeySchema", keySchema(table.partitionKey, table.sortKey))
    properties.set("DeletionProtectionEnabled", table.deletionProtection)
    properties.set("TableClass", table.tableClass.rawValue)
    switch table.billing {
    case .onDemand:
      properties.set("BillingMode", "PAY_PER_REQUEST")
    case .provisioned(let read, let write):
      properties.set("BillingMode", "PROVISIONED")
      properties.set("ProvisionedThroughput", throughput(read, write))
    }
    if !table.globalIndexes.isEmpty {
      properties.set(
        "GlobalSecondaryIndexes",
        .array(table.globalIndexes.map { index in
          var members: [JSON.Member] = [
            .init("IndexName", .string(index.name)),
            .init("KeySchema", keySchema(index.partitionKey, index.sortKey)),
            .init("Projection", projection(index.projection)),
          ]
          if case .provisioned(let read, let write) = table.billing {
            members.append(.init("ProvisionedThroughput", throughput(index.readCapacity ?? read, index.writeCapacity ?? write)))
          }
          return .object(members)
        }))
    }
    if !table.localIndexes.isEmpty {
      properties.set(
        "LocalSecondaryIndexes",
        .array(table.localIndexes.map { index in
          .object([
            .init("IndexName", .string(index.name)),
            .init("KeySchema", keySchema(table.partitionKey, index.sortKey)),
            .init("Projection", projection(index.projection)),
          ])
        }))
    }
    var recovery: [JSON.Member] = [.init("PointInTimeRecoveryEnabled", .bool(table.pointInTimeRecoveryDays != nil))]
    if let days = table.pointInTimeRecoveryDays { recovery.append(.init("RecoveryPeriodInDays", .int(days))) }
    properties.set("PointInTimeRecoverySpecification", .object(recovery))
    switch table.encryption {
    case .awsOwnedKey:
      properties.set("SSESpecification", .object([.init("SSEEnabled", .bool(false))]))
    case .awsManagedKey:
      properties.set("SSESpecification", .object([.init("SSEEnabled", .bool(true)), .init("SSEType", .string("KMS"))]))
    case .customerManagedKey(let keyArn):
      properties.set(
        "SSESpecification",
        .object([
          .init("KMSMasterKeyId", .string(keyArn)), .init("SSEEnabled", .bool(true)), .init("SSEType", .string("KMS")),
        ]))
    }
    if let stream = table.stream {
      properties.set("StreamSpecification", .object([.init("StreamViewType", .string(stream.rawValue))]))
    }
    if let ttl = table.ttlAttribute {
      properties.set(
        "TimeToLiveSpecification", .object([.init("AttributeName", .string(ttl)), .init("Enabled", .bool(true))]))
    }
    properties.set("Tags", CloudFormationValues.tags(table.tags))
    return CloudFormationResource(logicalID: table.id.logicalID, type: "AWS::DynamoDB::Table", properties: properties)
  }

  /// A global table: keys, indexes, stream and TTL once; recovery, protection, class, key and
  /// tags per replica, the stack's Region first.
  func translateGlobalTable(_ table: Table, in index: ModelIndex) -> CloudFormationResource {
    let home = index.region
    // Provisioned capacity: writes scale by the table's (or index's) write auto scaling, the
    // same in every Region; reads by read auto scaling, or the fixed read capacity.
    func autoScaling(_ target: ScalableTarget) -> JSON.Value? {
      guard let scaling = index.scaling(of: target), let tracking = scaling.targetTracking.first else { return nil }
      var policy: [JSON.Member] = []
      if let cooldown = tracking.scaleInCooldown { policy.append(.init("ScaleInCooldown", .int(cooldown.seconds))) }
      if let cooldown = tracking.scaleOutCooldown { policy.append(.init("ScaleOutCooldown", .int(cooldown.seconds))) }
      policy.append(.init("TargetValue", .double(tracking.target)))
      return .object([
        .init("MaxCapacity", .int(scaling.max)), .init("MinCapacity", .int(scaling.min)),
        .init("TargetTrackingScalingPolicyConfiguration", .object(policy)),
      ])
    }
    func writes(index name: String?) -> JSON.Value? {
      (name.flatMap { autoScaling(.tableWrites(table.id, index: $0)) } ?? autoScaling(.tableWrites(table.id, index: nil)))
        .map { .object([.init("WriteCapacityAutoScalingSettings", $0)]) }
    }
    func reads(index name: String?, fixed: Int) -> JSON.Value {
      if let scaling = name.flatMap({ autoScaling(.tableReads(table.id, index: $0)) }) ?? autoScaling(.tableReads(table.id, index: nil)) {
        return .object([.init("ReadCapacityAutoScalingSettings", scaling)])
      }
      return .object([.init("ReadCapacityUnits", .int(fixed))])
    }
    let provisionedRead: Int? = { if case .provisioned(let read, _) = table.billing { return read } else { return nil } }()
    var properties = CloudFormationProperties()
    properties.set("TableName", table.physicalName)
    properties.set(
      "AttributeDefinitions",
      .array(table.keyAttributes.map {
        .object([.init("AttributeName", .string($0.name)), .init("AttributeType", .string($0.type.rawValue))])
      }))
    properties.set("KeySchema", keySchema(table.partitionKey, table.sortKey))
    properties.set("BillingMode", provisionedRead == nil ? "PAY_PER_REQUEST" : "PROVISIONED")
    if !table.globalIndexes.isEmpty {
      properties.set("GlobalSecondaryIndexes", .array(table.globalIndexes.map { index in
        var members: [JSON.Member] = [
          .init("IndexName", .string(index.name)), .init("KeySchema", keySchema(index.partitionKey, index.sortKey)),
          .init("Projection", projection(index.projection)),
        ]
        if provisionedRead != nil, let settings = writes(index: index.name) { members.append(.init("WriteProvisionedThroughputSettings", settings)) }
        return .object(members)
      }))
    }
    if !table.localIndexes.isEmpty {
      properties.set("LocalSecondaryIndexes", .array(table.localIndexes.map { index in
        .object([
          .init("IndexName", .string(index.name)), .init("KeySchema", keySchema(table.partitionKey, index.sortKey)),
          .init("Projection", projection(index.projection)),
        ])
      }))
    }
    let homeKey: String?
    switch table.encryption {
    case .awsOwnedKey:
      properties.set("SSESpecification", .object([.init("SSEEnabled", .bool(false))]))
      homeKey = nil
    case .awsManagedKey:
      properties.set("SSESpecification", .object([.init("SSEEnabled", .bool(true)), .init("SSEType", .string("KMS"))]))
      homeKey = nil
    case .customerManagedKey(let keyArn):
      properties.set("SSESpecification", .object([.init("SSEEnabled", .bool(true)), .init("SSEType", .string("KMS"))]))
      homeKey = keyArn
    }
    let homeReplica = TableReplica(home, kmsKeyArn: homeKey)
    properties.set("Replicas", .array(([homeReplica] + table.replicas).map { replica in
      var members: [JSON.Member] = [.init("DeletionProtectionEnabled", .bool(replica.deletionProtection ?? table.deletionProtection))]
      if let read = provisionedRead, !table.globalIndexes.isEmpty {
        members.append(.init("GlobalSecondaryIndexes", .array(table.globalIndexes.map { index in
          .object([.init("IndexName", .string(index.name)), .init("ReadProvisionedThroughputSettings", reads(index: index.name, fixed: index.readCapacity ?? read))])
        })))
      }
      var recovery: [JSON.Member] = [.init("PointInTimeRecoveryEnabled", .bool(table.pointInTimeRecoveryDays != nil))]
      if let days = table.pointInTimeRecoveryDays { recovery.append(.init("RecoveryPeriodInDays", .int(days))) }
      members.append(.init("PointInTimeRecoverySpecification", .object(recovery)))
      if let read = provisionedRead { members.append(.init("ReadProvisionedThroughputSettings", reads(index: nil, fixed: read))) }
      members.append(.init("Region", .string(replica.region.code)))
      if let key = replica.kmsKeyArn { members.append(.init("SSESpecification", .object([.init("KMSMasterKeyId", .string(key))]))) }
      members.append(.init("TableClass", .string((replica.tableClass ?? table.tableClass).rawValue)))
      if let tags = CloudFormationValues.tags(Tag.merged(table.tags, replica.tags)) { members.append(.init("Tags", tags)) }
      return .object(members)
    }))
    if let stream = table.stream {
      properties.set("StreamSpecification", .object([.init("StreamViewType", .string(stream.rawValue))]))
    }
    if let ttl = table.ttlAttribute {
      properties.set("TimeToLiveSpecification", .object([.init("AttributeName", .string(ttl)), .init("Enabled", .bool(true))]))
    }
    if provisionedRead != nil, let settings = writes(index: nil) { properties.set("WriteProvisionedThroughputSettings", settings) }
    return CloudFormationResource(logicalID: table.id.logicalID, type: "AWS::DynamoDB::GlobalTable", properties: properties)
  }

  private func keySchema(_ partition: KeyAttribute, _ sort: KeyAttribute?) -> JSON.Value {
    var keys: [JSON.Value] = [
      .object([.init("AttributeName", .string(partition.name)), .init("KeyType", .string("HASH"))])
    ]
    if let sort { keys.append(.object([.init("AttributeName", .string(sort.name)), .init("KeyType", .string("RANGE"))])) }
    return .array(keys)
  }

  private func projection(_ projection: Projection) -> JSON.Value {
    var members: [JSON.Member] = []
    let nonKey = projection.nonKeyAttributes
    if !nonKey.isEmpty { members.append(.init("NonKeyAttributes", .array(nonKey.map(JSON.Value.string)))) }
    members.append(.init("ProjectionType", .string(projection.typeName)))
    return .object(members)
  }

  private func throughput(_ read: Int, _ write: Int) -> JSON.Value {
    .object([.init("ReadCapacityUnits", .int(read)), .init("WriteCapacityUnits", .int(write))])
  }
}
