// Table -> aws_dynamodb_table.

import HCL

extension TerraformEmitter {
  func translateTable(_ table: Table) -> [HCL.Block] {
    var block = TerraformBlockBuilder()
    block.set("name", table.physicalName)
    block.set("hash_key", table.partitionKey.name)
    block.set("range_key", table.sortKey?.name)
    block.set("deletion_protection_enabled", table.deletionProtection)
    block.set("table_class", table.tableClass.rawValue)
    switch table.billing {
    case .onDemand:
      block.set("billing_mode", "PAY_PER_REQUEST")
    case .provisioned(let read, let write):
      block.set("billing_mode", "PROVISIONED")
      block.set("read_capacity", read)
      block.set("write_capacity", write)
    }
    if let stream = table.stream {
      block.set("stream_enabled", true)
      block.set("stream_view_type", stream.rawValue)
    }
    block.setTags(table.tags)
    for attribute in table.keyAttributes {
      block.block("attribute") { nested in
        nested.set("name", attribute.name)
        nested.set("type", attribute.type.rawValue)
      }
    }
    for index in table.globalIndexes {
      block.block("global_secondary_index") { nested in
        nested.set("name", index.name)
        nested.set("hash_key", index.partitionKey.name)
        nested.set("range_key", index.sortKey?.name)
        nested.set("projection_type", index.projection.typeName)
        let nonKey = index.projection.nonKeyAttributes
        if !nonKey.isEmpty { nested.set("non_key_attributes", .tuple(nonKey.map(HCL.Expression.string))) }
        if case .provisioned(let read, let write) = table.billing {
          nested.set("read_capacity", index.readCapacity ?? read)
          nested.set("write_capacity", index.writeCapacity ?? write)
        }
      }
    }
    for index in table.localIndexes {
      block.block("local_secondary_index") { nested in
        nested.set("name", index.name)
        nested.set("range_key", index.sortKey.name)
        nested.set("projection_type", index.projection.typeName)
        let nonKey = index.projection.nonKeyAttributes
        if !nonKey.isEmpty { nested.set("non_key_attributes", .tuple(nonKey.map(HCL.Expression.string))) }
      }
    }
    block.block("point_in_time_recovery") { nested in
      nested.set("enabled", table.pointInTimeRecoveryDays != nil)
      nested.set("recovery_period_in_days", table.pointInTimeRecoveryDays)
    }
    switch table.encryption {
    case .awsOwnedKey:
      break
    case .awsManagedKey:
      block.block("server_side_encryption") { $0.set("enabled", true) }
    case .customerManagedKey(let keyArn):
      block.block("server_side_encryption") { nested in
        nested.set("enabled", true)
        nested.set("kms_key_arn", keyArn)
      }
    }
    if let ttl = table.ttlAttribute {
      block.block("ttl") { nested in
        nested.set("attribute_name", ttl)
        nested.set("enabled", true)
      }
    }
    // Auto scaling owns the capacity, and replica resources own the replicas: Terraform must not reset either.
    var ignored: [HCL.Expression] = []
    if table.capacityAutoscaled { ignored += [.traversal(["read_capacity"]), .traversal(["write_capacity"])] }
    if table.isGlobal { ignored.append(.traversal(["replica"])) }
    if !ignored.isEmpty { block.block("lifecycle") { $0.set("ignore_changes", .tuple(ignored)) } }
    var blocks = [resourceBlock("aws_dynamodb_table", table.id, block)]
    for replica in table.replicas {
      var resource = TerraformBlockBuilder()
      resource.set("provider", .traversal(["aws", replica.region.providerAlias]))
      resource.set("global_table_arn", TerraformValues.address("aws_dynamodb_table", table.id, "arn"))
      resource.set("deletion_protection_enabled", replica.deletionProtection ?? table.deletionProtection)
      resource.set("kms_key_arn", replica.kmsKeyArn)
      resource.set("point_in_time_recovery", table.pointInTimeRecoveryDays != nil)
      resource.set("table_class_override", (replica.tableClass ?? table.tableClass).rawValue)
      resource.setTags(Tag.merged(table.tags, replica.tags))
      blocks.append(resourceBlock("aws_dynamodb_table_replica", table.id.appending(replica.region.code), resource))
    }
    return blocks
  }
}
