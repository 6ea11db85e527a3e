// DAXCluster -> AWS::DAX::SubnetGroup, AWS::DAX::Cluster.

import JSONSyntax

extension CloudFormationEmitter {
  func translateDAXCluster(_ cluster: DAXCluster, in index: ModelIndex) -> [CloudFormationResource] {
    let zones = cluster.network.flatMap { index.network($0.network)?.zones } ?? 0
    var subnets = CloudFormationProperties()
    subnets.set("Description", "subnets of DAX cluster \(cluster.id)")
    subnets.set("SubnetGroupName", cluster.physicalName + "-subnets")
    if let placement = cluster.network {
      subnets.set(
        "SubnetIds",
        .array((0..<zones).map { CloudFormationValues.ref(Network.part(of: placement.network, "private", $0).logicalID) }))
    }
    var main = CloudFormationProperties()
    main.set("ClusterName", cluster.physicalName)
    main.set("ClusterEndpointEncryptionType", "TLS")
    main.set("NodeType", cluster.nodeType)
    main.set("ReplicationFactor", cluster.nodes)
    main.set("SubnetGroupName", CloudFormationValues.ref(cluster.part("subnets").logicalID))
    if let roleID = cluster.roleID { main.set("IAMRoleARN", CloudFormationValues.getAtt(roleID.logicalID, "Arn")) }
    if let group = cluster.securityGroupID {
      main.set("SecurityGroupIds", .array([CloudFormationValues.getAtt(group.logicalID, "GroupId")]))
    }
    main.set("SSESpecification", .object([.init("SSEEnabled", .bool(true))]))
    // AWS::DAX::Cluster takes tags as a JSON object.
    if !cluster.tags.isEmpty { main.set("Tags", .object(cluster.tags.map { .init($0.key, .string($0.value)) })) }
    return [
      CloudFormationResource(logicalID: cluster.part("subnets").logicalID, type: "AWS::DAX::SubnetGroup", properties: subnets),
      CloudFormationResource(logicalID: cluster.id.logicalID, type: "AWS::DAX::Cluster", properties: main),
    ]
  }
}
