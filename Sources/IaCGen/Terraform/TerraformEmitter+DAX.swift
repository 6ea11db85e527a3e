// DAXCluster -> aws_dax_subnet_group, aws_dax_cluster.

import HCL

extension TerraformEmitter {
  func translateDAXCluster(_ cluster: DAXCluster, in index: ModelIndex) -> [HCL.Block] {
    let zones = cluster.network.flatMap { index.network($0.network)?.zones } ?? 0
    var subnets = TerraformBlockBuilder()
    subnets.set("description", "subnets of DAX cluster \(cluster.id)")
    subnets.set("name", cluster.physicalName + "-subnets")
    if let placement = cluster.network {
      subnets.set(
        "subnet_ids",
        .tuple((0..<zones).map { TerraformValues.address("aws_subnet", Network.part(of: placement.network, "private", $0), "id") }))
    }
    var main = TerraformBlockBuilder()
    main.set("cluster_name", cluster.physicalName)
    main.set("cluster_endpoint_encryption_type", "TLS")
    main.set("node_type", cluster.nodeType)
    main.set("replication_factor", cluster.nodes)
    main.set("subnet_group_name", TerraformValues.address("aws_dax_subnet_group", cluster.part("subnets"), "name"))
    if let roleID = cluster.roleID { main.set("iam_role_arn", TerraformValues.address("aws_iam_role", roleID, "arn")) }
    if let group = cluster.securityGroupID {
      main.set("security_group_ids", .tuple([TerraformValues.address("aws_security_group", group, "id")]))
    }
    main.setTags(cluster.tags)
    main.block("server_side_encryption") { $0.set("enabled", true) }
    if let roleID = cluster.roleID { main.dependOn(["aws_iam_role_policy", roleID.terraformName]) }
    return [
      resourceBlock("aws_dax_subnet_group", cluster.part("subnets"), subnets),
      resourceBlock("aws_dax_cluster", cluster.id, main),
    ]
  }
}
