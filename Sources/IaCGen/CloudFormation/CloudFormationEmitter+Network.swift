// Network -> AWS::EC2 VPC, gateways, subnets, route tables, endpoints; security groups and rules.

import JSONSyntax

extension CloudFormationEmitter {
  func translateNetwork(_ network: Network) -> [CloudFormationResource] {
    guard let cidrs = network.subnetCIDRs else { return [] }  // the validator reports the range
    let vpc = CloudFormationValues.ref(network.id.logicalID)
    let attachment = network.part("igw-attachment").logicalID
    func resource(_ id: ResourceID, _ type: String, dependsOn: [String] = [], _ build: (inout CloudFormationProperties) -> Void)
      -> CloudFormationResource
    {
      var properties = CloudFormationProperties()
      build(&properties)
      return CloudFormationResource(logicalID: id.logicalID, type: type, properties: properties, dependsOn: dependsOn)
    }
    func tags(_ name: ResourceID) -> JSON.Value? { CloudFormationValues.tags(Tag.merged(network.tags, [Tag("Name", name.rawValue)])) }

    var resources = [
      resource(network.id, "AWS::EC2::VPC") {
        $0.set("CidrBlock", network.cidr)
        $0.set("EnableDnsHostnames", true)
        $0.set("EnableDnsSupport", true)
        $0.set("Tags", tags(network.id))
      },
      resource(network.part("igw"), "AWS::EC2::InternetGateway") { $0.set("Tags", tags(network.part("igw"))) },
      resource(network.part("igw-attachment"), "AWS::EC2::VPCGatewayAttachment") {
        $0.set("InternetGatewayId", CloudFormationValues.ref(network.part("igw").logicalID))
        $0.set("VpcId", vpc)
      },
    ]
    for (tier, ranges) in [("public", cidrs.public), ("private", cidrs.private)] {
      for (zone, range) in ranges.enumerated() {
        resources.append(resource(network.part(tier, zone), "AWS::EC2::Subnet") {
          $0.set("AvailabilityZone", .object([.init("Fn::Select", .array([.int(zone), .object([.init("Fn::GetAZs", .string(""))])]))]))
          $0.set("CidrBlock", range)
          $0.set("MapPublicIpOnLaunch", false)
          $0.set("VpcId", vpc)
          $0.set("Tags", tags(network.part(tier, zone)))
        })
      }
    }
    for zone in 0..<network.natGatewayCount {
      resources.append(resource(network.part("nat-ip", zone), "AWS::EC2::EIP", dependsOn: [attachment]) {
        $0.set("Domain", "vpc")
        $0.set("Tags", tags(network.part("nat", zone)))
      })
      resources.append(resource(network.part("nat", zone), "AWS::EC2::NatGateway") {
        $0.set("AllocationId", CloudFormationValues.getAtt(network.part("nat-ip", zone).logicalID, "AllocationId"))
        $0.set("SubnetId", CloudFormationValues.ref(network.part("public", zone).logicalID))
        $0.set("Tags", tags(network.part("nat", zone)))
      })
    }
    resources.append(resource(network.part("public-routes"), "AWS::EC2::RouteTable") {
      $0.set("VpcId", vpc)
      $0.set("Tags", tags(network.part("public-routes")))
    })
    resources.append(resource(network.part("public-internet"), "AWS::EC2::Route", dependsOn: [attachment]) {
      $0.set("DestinationCidrBlock", "0.0.0.0/0")
      $0.set("GatewayId", CloudFormationValues.ref(network.part("igw").logicalID))
      $0.set("RouteTableId", CloudFormationValues.ref(network.part("public-routes").logicalID))
    })
    for table in privateRouteTables(network) {
      resources.append(resource(table.id, "AWS::EC2::RouteTable") {
        $0.set("VpcId", vpc)
        $0.set("Tags", tags(table.id))
      })
      if let nat = table.nat {
        resources.append(resource(table.id.appending("nat"), "AWS::EC2::Route") {
          $0.set("DestinationCidrBlock", "0.0.0.0/0")
          $0.set("NatGatewayId", CloudFormationValues.ref(nat.logicalID))
          $0.set("RouteTableId", CloudFormationValues.ref(table.id.logicalID))
        })
      }
    }
    for zone in 0..<network.zones {
      for (tier, table) in [("public", network.part("public-routes")), ("private", privateRouteTable(network, zone: zone))] {
        resources.append(resource(network.part(tier, zone).appending("association"), "AWS::EC2::SubnetRouteTableAssociation") {
          $0.set("RouteTableId", CloudFormationValues.ref(table.logicalID))
          $0.set("SubnetId", CloudFormationValues.ref(network.part(tier, zone).logicalID))
        })
      }
    }
    for endpoint in network.gatewayEndpoints {
      resources.append(resource(network.part(endpoint.rawValue), "AWS::EC2::VPCEndpoint") {
        $0.set("RouteTableIds", .array(privateRouteTables(network).map { CloudFormationValues.ref($0.id.logicalID) }))
        $0.set("ServiceName", CloudFormationValues.json("com.amazonaws.\(StringValue.region).\(endpoint.rawValue)"))
        $0.set("Tags", tags(network.part(endpoint.rawValue)))
        $0.set("VpcEndpointType", "Gateway")
        $0.set("VpcId", vpc)
      })
    }
    if let traffic = network.flowLogs, let logGroup = network.flowLogGroupID, let role = network.flowLogRoleID {
      resources.append(resource(network.part("flow-log"), "AWS::EC2::FlowLog") {
        $0.set("DeliverLogsPermissionArn", CloudFormationValues.getAtt(role.logicalID, "Arn"))
        $0.set("LogDestinationType", "cloud-watch-logs")
        $0.set("LogGroupName", CloudFormationValues.ref(logGroup.logicalID))
        $0.set("ResourceId", vpc)
        $0.set("ResourceType", "VPC")
        $0.set("Tags", tags(network.part("flow-log")))
        $0.set("TrafficType", traffic.rawValue)
      })
    }
    return resources
  }

  func translateSecurityGroup(_ group: SecurityGroup) -> CloudFormationResource {
    var properties = CloudFormationProperties()
    properties.set("GroupDescription", group.description)
    properties.set("VpcId", CloudFormationValues.ref(group.network.logicalID))
    if !group.publicPorts.isEmpty {
      properties.set("SecurityGroupIngress", .array(group.publicPorts.map { port in
        .object([
          .init("CidrIp", .string("0.0.0.0/0")), .init("Description", .string("internet to port \(port)")),
          .init("FromPort", .int(port)), .init("IpProtocol", .string("tcp")), .init("ToPort", .int(port)),
        ])
      }))
    }
    properties.set(
      "SecurityGroupEgress",
      .array([.object([
        .init("CidrIp", .string("0.0.0.0/0")), .init("Description", .string("all outbound traffic")),
        .init("IpProtocol", .string("-1")),
      ])]))
    properties.set("Tags", CloudFormationValues.tags(group.tags))
    return CloudFormationResource(logicalID: group.id.logicalID, type: "AWS::EC2::SecurityGroup", properties: properties)
  }

  func translateSecurityGroupIngress(_ rule: SecurityGroupIngress) -> CloudFormationResource {
    var properties = CloudFormationProperties()
    properties.set("Description", rule.description)
    properties.set("FromPort", rule.port)
    properties.set("GroupId", CloudFormationValues.getAtt(rule.target.logicalID, "GroupId"))
    properties.set("IpProtocol", "tcp")
    properties.set("SourceSecurityGroupId", CloudFormationValues.getAtt(rule.source.logicalID, "GroupId"))
    properties.set("ToPort", rule.port)
    return CloudFormationResource(logicalID: rule.id.logicalID, type: "AWS::EC2::SecurityGroupIngress", properties: properties)
  }

  /// The private subnet IDs of a placement's network.
  func privateSubnets(_ placement: NetworkPlacement?, in index: ModelIndex) -> JSON.Value {
    guard let placement else { return .array([]) }
    let zones = index.network(placement.network)?.zones ?? 0
    return .array((0..<zones).map { CloudFormationValues.ref(Network.part(of: placement.network, "private", $0).logicalID) })
  }

  /// The security group list of a placed resource.
  func securityGroups(_ group: ResourceID?) -> JSON.Value {
    .array(group.map { [CloudFormationValues.getAtt($0.logicalID, "GroupId")] } ?? [])
  }

  /// `VpcConfig` for a placed resource: its security group and the network's private subnets.
  func vpcConfig(_ placement: NetworkPlacement, securityGroup: ResourceID?, in index: ModelIndex) -> JSON.Value {
    let zones = index.network(placement.network)?.zones ?? 0
    return .object([
      .init("SecurityGroupIds", .array(securityGroup.map { [CloudFormationValues.getAtt($0.logicalID, "GroupId")] } ?? [])),
      .init("SubnetIds", .array((0..<zones).map { CloudFormationValues.ref(Network.part(of: placement.network, "private", $0).logicalID) })),
    ])
  }
}
