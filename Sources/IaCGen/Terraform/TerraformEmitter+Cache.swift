// Cache -> aws_elasticache_subnet_group, aws_elasticache_parameter_group, aws_elasticache_replication_group.

import HCL

extension TerraformEmitter {
  func translateCache(_ cache: Cache, in index: ModelIndex) -> [HCL.Block] {
    var blocks: [HCL.Block] = []
    let zones = cache.network.flatMap { index.network($0.network)?.zones } ?? 0

    var subnets = TerraformBlockBuilder()
    subnets.set("description", "subnets of cache \(cache.id)")
    subnets.set("name", cache.physicalName + "-subnets")
    if let placement = cache.network {
      subnets.set(
        "subnet_ids",
        .tuple((0..<zones).map { TerraformValues.address("aws_subnet", Network.part(of: placement.network, "private", $0), "id") }))
    }
    subnets.setTags(cache.tags)
    blocks.append(resourceBlock("aws_elasticache_subnet_group", cache.part("subnets"), subnets))

    if !cache.parameters.isEmpty {
      var parameters = TerraformBlockBuilder()
      parameters.set("description", "parameters of cache \(cache.id)")
      parameters.set("family", cache.parameterFamily)
      parameters.set("name", cache.physicalName + "-parameters")
      parameters.setTags(cache.tags)
      for key in cache.parameters.keys.sorted() {
        parameters.block("parameter") { parameter in
          parameter.set("name", key)
          parameter.set("value", cache.parameters[key]!)
        }
      }
      blocks.append(resourceBlock("aws_elasticache_parameter_group", cache.part("parameters"), parameters))
    }

    var group = TerraformBlockBuilder()
    group.set("replication_group_id", cache.physicalName)
    group.set("description", "cache \(cache.id)")
    group.set("engine", cache.engine.rawValue)
    group.set("engine_version", cache.engineVersion)
    group.set("node_type", cache.nodeType)
    group.set("port", cache.port)
    group.set("automatic_failover_enabled", cache.automaticFailover)
    group.set("multi_az_enabled", cache.multiAZ)
    group.set("at_rest_encryption_enabled", true)
    group.set("kms_key_id", cache.kmsKeyArn)
    group.set("transit_encryption_enabled", cache.transitEncryption)
    group.set("snapshot_retention_limit", cache.snapshotRetentionDays)
    group.set("subnet_group_name", TerraformValues.address("aws_elasticache_subnet_group", cache.part("subnets"), "name"))
    if !cache.parameters.isEmpty {
      group.set("parameter_group_name", TerraformValues.address("aws_elasticache_parameter_group", cache.part("parameters"), "name"))
    }
    if let securityGroup = cache.securityGroupID {
      group.set("security_group_ids", .tuple([TerraformValues.address("aws_security_group", securityGroup, "id")]))
    }
    switch cache.topology {
    case .replicated(let replicas):
      group.set("cluster_mode", "disabled")
      group.set("num_cache_clusters", 1 + replicas)
    case .clustered(let shards, let replicas):
      group.set("cluster_mode", "enabled")
      group.set("num_node_groups", shards)
      group.set("replicas_per_node_group", replicas)
    }
    if case .tokenFromSecret(let arn) = cache.auth {
      var secret = TerraformBlockBuilder()
      secret.set("secret_id", arn)
      blocks.append(HCL.Block(type: "data", labels: ["aws_secretsmanager_secret_version", cache.part("auth").terraformName], body: secret.body()))
      group.set("auth_token", .traversal(["data", "aws_secretsmanager_secret_version", cache.part("auth").terraformName, "secret_string"]))
    }
    group.setTags(cache.tags)
    blocks.append(resourceBlock("aws_elasticache_replication_group", cache.id, group))
    return blocks
  }
}
