// Rules for networks, placements and connections.

enum NetworkRules {
  static let all: [Rule] = [cidr, zones, connections, egress]

  static let cidr = Rule(
    "NET001", .error, "A network's range is an IPv4 network address from /16 to /24 (subnets are four bits longer)",
    source: "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html (VPC /16 to /28, subnets at most /28)"
  ) { context in
    for network in context.stack.networks {
      guard let range = IPv4Range(network.cidr), (16...24).contains(range.prefix) else {
        context.report(
          "network '\(network.id)' has range '\(network.cidr)'; use an IPv4 network address from /16 to /24, such as '10.0.0.0/16'",
          about: .network(network))
        continue
      }
    }
  }

  static let zones = Rule(
    "NET002", .error, "A network spans 1 to 6 availability zones (2 or more for high availability)",
    source: "VPC subnets per zone; Regions have at least 3 zones, us-east-1 has 6; https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html"
  ) { context in
    for network in context.stack.networks {
      if !(1...6).contains(network.zones) {
        context.report("network '\(network.id)' spans \(network.zones) zones; use 1 to 6", about: .network(network))
      } else if network.zones == 1 {
        context.report(
          "network '\(network.id)' spans one zone, so a zone failure takes down everything in it; use at least 2",
          about: .network(network), severity: .warning)
      }
    }
  }

  static let connections = Rule(
    "NET003", .error, "Connections join two resources placed in the same network, to one that accepts connections on a port",
    source: "security group rules reference groups in the same VPC; https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html"
  ) { context in
    for connection in context.stack.connections {
      let source = context.resource(connection.source)?.placeable
      let target = context.resource(connection.target)?.placeable
      var problem: String?
      if source == nil || target == nil {
        let missing = source == nil ? connection.source : connection.target
        problem = "'\(missing)' is not declared in stack '\(context.stack.name)'"
      } else if let source, let target {
        if source.network == nil || target.network == nil {
          problem = "'\(source.network == nil ? source.id : target.id)' is not placed in a network"
        } else if source.network != target.network {
          problem = "'\(source.id)' and '\(target.id)' are in different networks"
        } else if target.port == nil {
          problem = "\(type(of: target).kind.displayName) '\(target.id)' does not accept connections"
        }
      }
      if let problem {
        context.reportStack("connection from '\(connection.source)' to '\(connection.target)' cannot be made: \(problem)", at: connection.location)
      }
    }
  }

  static let egress = Rule(
    "NET004", .warning, "Functions placed in a network without NAT gateways reach only the gateway endpoints",
    source: "https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc-internet.html"
  ) { context in
    for function in context.functions {
      guard let placement = function.network, let network = context.index.network(placement.network), network.natGateways == .none
      else { continue }
      context.report(
        "function '\(function.id)' runs in network '\(network.id)', which has no NAT gateway; it can reach only S3 and DynamoDB endpoints, not the internet or other AWS APIs",
        about: .function(function))
    }
  }
}
