// Network -> aws_vpc, gateways, subnets, route tables, endpoints; security groups and rules.

import HCL

extension TerraformEmitter {
  func translateNetwork(_ network: Network) -> [HCL.Block] {
    guard let cidrs = network.subnetCIDRs else { return [] }  // the validator reports the range
    let vpc = TerraformValues.address("aws_vpc", network.id, "id")
    func named(_ builder: inout TerraformBlockBuilder, _ name: ResourceID) {
      builder.setTags(Tag.merged(network.tags, [Tag("Name", name.rawValue)]))
    }
    var blocks: [HCL.Block] = []

    var main = TerraformBlockBuilder()
    main.set("cidr_block", network.cidr)
    main.set("enable_dns_hostnames", true)
    main.set("enable_dns_support", true)
    named(&main, network.id)
    blocks.append(resourceBlock("aws_vpc", network.id, main))

    var gateway = TerraformBlockBuilder()
    gateway.set("vpc_id", vpc)
    named(&gateway, network.part("igw"))
    blocks.append(resourceBlock("aws_internet_gateway", network.id, gateway))

    for (tier, ranges) in [("public", cidrs.public), ("private", cidrs.private)] {
      for (zone, range) in ranges.enumerated() {
        var subnet = TerraformBlockBuilder()
        subnet.set("availability_zone", .index(.traversal(["data", "aws_availability_zones", "available", "names"]), zone))
        subnet.set("cidr_block", range)
        subnet.set("map_public_ip_on_launch", false)
        subnet.set("vpc_id", vpc)
        named(&subnet, network.part(tier, zone))
        blocks.append(resourceBlock("aws_subnet", network.part(tier, zone), subnet))
      }
    }

    for zone in 0..<network.natGatewayCount {
      var address = TerraformBlockBuilder()
      address.set("domain", "vpc")
      named(&address, network.part("nat", zone))
      address.dependOn(["aws_internet_gateway", network.id.terraformName])
      blocks.append(resourceBlock("aws_eip", network.part("nat", zone), address))
      var nat = TerraformBlockBuilder()
      nat.set("allocation_id", TerraformValues.address("aws_eip", network.part("nat", zone), "id"))
      nat.set("subnet_id", TerraformValues.address("aws_subnet", network.part("public", zone), "id"))
      named(&nat, network.part("nat", zone))
      nat.dependOn(["aws_internet_gateway", network.id.terraformName])
      blocks.append(resourceBlock("aws_nat_gateway", network.part("nat", zone), nat))
    }

    // Public: one table routed to the internet gateway.
    var publicTable = TerraformBlockBuilder()
    publicTable.set("vpc_id", vpc)
    named(&publicTable, network.part("public-routes"))
    blocks.append(resourceBlock("aws_route_table", network.part("public-routes"), publicTable))
    var internet = TerraformBlockBuilder()
    internet.set("destination_cidr_block", "0.0.0.0/0")
    internet.set("gateway_id", TerraformValues.address("aws_internet_gateway", network.id, "id"))
    internet.set("route_table_id", TerraformValues.address("aws_route_table", network.part("public-routes"), "id"))
    blocks.append(resourceBlock("aws_route", network.part("public-internet"), internet))

    // Private: a table per zone (NAT per zone) or one shared table.
    for table in privateRouteTables(network) {
      var routeTable = TerraformBlockBuilder()
      routeTable.set("vpc_id", vpc)
      named(&routeTable, table.id)
      blocks.append(resourceBlock("aws_route_table", table.id, routeTable))
      if let nat = table.nat {
        var route = TerraformBlockBuilder()
        route.set("destination_cidr_block", "0.0.0.0/0")
        route.set("nat_gateway_id", TerraformValues.address("aws_nat_gateway", nat, "id"))
        route.set("route_table_id", TerraformValues.address("aws_route_table", table.id, "id"))
        blocks.append(resourceBlock("aws_route", table.id.appending("nat"), route))
      }
    }
    for zone in 0..<network.zones {
      for (tier, table) in [("public", network.part("public-routes")), ("private", privateRouteTable(network, zone: zone))] {
        var association = TerraformBlockBuilder()
        association.set("route_table_id", TerraformValues.address("aws_route_table", table, "id"))
        association.set("subnet_id", TerraformValues.address("aws_subnet", network.part(tier, zone), "id"))
        blocks.append(resourceBlock("aws_route_table_association", network.part(tier, zone), association))
      }
    }

    for endpoint in network.gatewayEndpoints {
      var block = TerraformBlockBuilder()
      block.set("route_table_ids", .tuple(privateRouteTables(network).map { TerraformValues.address("aws_route_table", $0.id, "id") }))
      block.set("service_name", TerraformValues.expression("com.amazonaws.\(StringValue.region).\(endpoint.rawValue)"))
      block.set("vpc_endpoint_type", "Gateway")
      block.set("vpc_id", vpc)
      named(&block, network.part(endpoint.rawValue))
      blocks.append(resourceBlock("aws_vpc_endpoint", network.part(endpoint.rawValue), block))
    }
    if let traffic = network.flowLogs, let logGroup = network.flowLogGroupID, let role = network.flowLogRoleID {
      var flowLog = TerraformBlockBuilder()
      flowLog.set("iam_role_arn", TerraformValues.address("aws_iam_role", role, "arn"))
      flowLog.set("log_destination", TerraformValues.address("aws_cloudwatch_log_group", logGroup, "arn"))
      flowLog.set("log_destination_type", "cloud-watch-logs")
      flowLog.set("traffic_type", traffic.rawValue)
      flowLog.set("vpc_id", vpc)
      named(&flowLog, network.part("flow-log"))
      blocks.append(resourceBlock("aws_flow_log", network.part("flow-log"), flowLog))
    }
    return blocks
  }

  func translateSecurityGroup(_ group: SecurityGroup) -> [HCL.Block] {
    var block = TerraformBlockBuilder()
    block.set("description", group.description)
    block.set("vpc_id", TerraformValues.address("aws_vpc", group.network, "id"))
    block.setTags(group.tags)
    var egress = TerraformBlockBuilder()
    egress.set("cidr_ipv4", "0.0.0.0/0")
    egress.set("description", "all outbound traffic")
    egress.set("ip_protocol", "-1")
    egress.set("security_group_id", TerraformValues.address("aws_security_group", group.id, "id"))
    egress.setTags(group.tags)
    var blocks = [
      resourceBlock("aws_security_group", group.id, block),
      resourceBlock("aws_vpc_security_group_egress_rule", group.id, egress),
    ]
    for port in group.publicPorts {
      var ingress = TerraformBlockBuilder()
      ingress.set("cidr_ipv4", "0.0.0.0/0")
      ingress.set("description", "internet to port \(port)")
      ingress.set("from_port", port)
      ingress.set("ip_protocol", "tcp")
      ingress.set("security_group_id", TerraformValues.address("aws_security_group", group.id, "id"))
      ingress.set("to_port", port)
      ingress.setTags(group.tags)
      blocks.append(resourceBlock("aws_vpc_security_group_ingress_rule", group.id.appending("internet-\(port)"), ingress))
    }
    return blocks
  }

  func translateSecurityGroupIngress(_ rule: SecurityGroupIngress) -> HCL.Block {
    var block = TerraformBlockBuilder()
    block.set("description", rule.description)
    block.set("from_port", rule.port)
    block.set("ip_protocol", "tcp")
    block.set("referenced_security_group_id", TerraformValues.address("aws_security_group", rule.source, "id"))
    block.set("security_group_id", TerraformValues.address("aws_security_group", rule.target, "id"))
    block.set("to_port", rule.port)
    block.setTags(rule.tags)
    return resourceBlock("aws_vpc_security_group_ingress_rule", rule.id, block)
  }

  /// The private subnet IDs of a placement's network.
  func privateSubnets(_ placement: NetworkPlacement?, in index: ModelIndex) -> HCL.Expression {
    guard let placement else { return .tuple([]) }
    let zones = index.network(placement.network)?.zones ?? 0
    return .tuple((0..<zones).map { TerraformValues.address("aws_subnet", Network.part(of: placement.network, "private", $0), "id") })
  }

  /// The security group list of a placed resource.
  func securityGroups(_ group: ResourceID?) -> HCL.Expression {
    .tuple(group.map { [TerraformValues.address("aws_security_group", $0, "id")] } ?? [])
  }

  /// `vpc_config` for a placed resource: its security group and the network's private subnets.
  func vpcConfig(_ placement: NetworkPlacement, securityGroup: ResourceID?, in index: ModelIndex) -> (inout TerraformBlockBuilder) -> Void {
    let zones = index.network(placement.network)?.zones ?? 0
    return { block in
      block.set(
        "security_group_ids",
        .tuple(securityGroup.map { [TerraformValues.address("aws_security_group", $0, "id")] } ?? []))
      block.set(
        "subnet_ids",
        .tuple((0..<zones).map { TerraformValues.address("aws_subnet", Network.part(of: placement.network, "private", $0), "id") }))
    }
  }
}

/// A private route table and the NAT gateway it routes through, if any.
func privateRouteTables(_ network: Network) -> [(id: ResourceID, nat: ResourceID?)] {
  switch network.natGateways {
  case .perZone: return (0..<network.zones).map { (network.part("private-routes", $0), network.part("nat", $0)) }
  case .one: return [(network.part("private-routes"), network.part("nat", 0))]
  case .none: return [(network.part("private-routes"), nil)]
  }
}

/// The private route table of a zone.
func privateRouteTable(_ network: Network, zone: Int) -> ResourceID {
  network.natGateways == .perZone ? network.part("private-routes", zone) : network.part("private-routes")
}

extension Network {
  /// A part's ID from the network's ID alone (for resources that only know the network's ID).
  static func part(of network: ResourceID, _ name: String, _ zone: Int) -> ResourceID {
    network.appending("\(name)-\(zone + 1)")
  }
}
