// Cache -> AWS::ElastiCache::SubnetGroup, ::ParameterGroup, ::ReplicationGroup.

import JSONSyntax

extension CloudFormationEmitter {
  func translateCache(_ cache: Cache, in index: ModelIndex) -> [CloudFormationResource] {
    var resources: [CloudFormationResource] = []
    let zones = cache.network.flatMap { index.network($0.network)?.zones } ?? 0

    var subnets = CloudFormationProperties()
    subnets.set("CacheSubnetGroupName", cache.physicalName + "-subnets")
    subnets.set("Description", "subnets of cache \(cache.id)")
    if let placement = cache.network {
      subnets.set(
        "SubnetIds",
        .array((0..<zones).map { CloudFormationValues.ref(Network.part(of: placement.network, "private", $0).logicalID) }))
    }
    subnets.set("Tags", CloudFormationValues.tags(cache.tags))
    resources.append(
      CloudFormationResource(logicalID: cache.part("subnets").logicalID, type: "AWS::ElastiCache::SubnetGroup", properties: subnets))

    if !cache.parameters.isEmpty {
      var parameters = CloudFormationProperties()
      parameters.set("CacheParameterGroupFamily", cache.parameterFamily)
      parameters.set("Description", "parameters of cache \(cache.id)")
      parameters.set("Properties", .object(cache.parameters.keys.sorted().map { .init($0, .string(cache.parameters[$0]!)) }))
      parameters.set("Tags", CloudFormationValues.tags(cache.tags))
      resources.append(
        CloudFormationResource(
          logicalID: cache.part("parameters").logicalID, type: "AWS::ElastiCache::ParameterGroup", properties: parameters))
    }

    var group = CloudFormationProperties()
    group.set("ReplicationGroupId", cache.physicalName)
    group.set("ReplicationGroupDescription", "cache \(cache.id)")
    group.set("Engine", cache.engine.rawValue)
    group.set("EngineVersion", cache.engineVersion)
    group.set("CacheNodeType", cache.nodeType)
    group.set("Port", cache.port)
    group.set("AutomaticFailoverEnabled", cache.automaticFailover)
    group.set("MultiAZEnabled", cache.multiAZ)
    group.set("AtRestEncryptionEnabled", true)
    group.set("KmsKeyId", cache.kmsKeyArn)
    group.set("TransitEncryptionEnabled", cache.transitEncryption)
    group.set("SnapshotRetentionLimit", cache.snapshotRetentionDays)
    group.set("CacheSubnetGroupName", CloudFormationValues.ref(cache.part("subnets").logicalID))
    if !cache.parameters.isEmpty {
      group.set("CacheParameterGroupName", CloudFormationValues.ref(cache.part("parameters").logicalID))
    }
    if let securityGroup = cache.securityGroupID {
      group.set("SecurityGroupIds", .array([CloudFormationValues.getAtt(securityGroup.logicalID, "GroupId")]))
    }
    switch cache.topology {
    case .replicated(let replicas):
      group.set("ClusterMode", "disabled")
      group.set("NumCacheClusters", 1 + replicas)
    case .clustered(let shards, let replicas):
      group.set("ClusterMode", "enabled")
      group.set("NumNodeGroups", shards)
      group.set("ReplicasPerNodeGroup", replicas)
    }
    if case .tokenFromSecret(let arn) = cache.auth {
      group.set("AuthToken", "{{resolve:secretsmanager:\(arn):SecretString}}")
    }
    group.set("Tags", CloudFormationValues.tags(cache.tags))
    resources.append(
      CloudFormationResource(logicalID: cache.id.logicalID, type: "AWS::ElastiCache::ReplicationGroup", properties: group))
    return resources
  }
}
