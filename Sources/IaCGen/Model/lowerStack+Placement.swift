// Lowering: security groups of placed resources and ingress rules from connections.

/// The security group of a placed resource: `<id>-sg` in its network.
func securityGroup(for resource: some NetworkPlaceable) -> SecurityGroup? {
  guard let placement = resource.network else { return nil }
  return SecurityGroup(
    id: securityGroupID(of: resource.id), network: placement.network,
    description: "\(type(of: resource).kind.displayName) \(resource.id)", tags: resource.tags, location: resource.location)
}

/// The ID of the security group iacgen generates for a placed resource.
func securityGroupID(of id: ResourceID) -> ResourceID { id.appending("sg") }

/// One ingress rule per connection whose ends are both placed and whose target has a port;
/// the validator reports the others.
func ingressRules(for connections: [Connection], declared: [ResourceID: ResourceModel], stackTags: [Tag]) -> [ResourceModel] {
  var result: [ResourceModel] = []
  var seen = Set<ResourceID>()
  for connection in connections {
    guard let source = declared[connection.source]?.placeable, source.network != nil,
      let target = declared[connection.target]?.placeable, target.network != nil, let port = target.port
    else { continue }
    let id = connection.target.appending("from-" + connection.source.rawValue)
    guard seen.insert(id).inserted else { continue }
    result.append(
      .securityGroupIngress(
        SecurityGroupIngress(
          id: id, target: securityGroupID(of: target.id), source: securityGroupID(of: source.id), port: port,
          description: "\(connection.source) to \(connection.target)", tags: Tag.merged(stackTags, target.tags),
          location: connection.location)))
  }
  return result
}


/// The load balancer that forwards to `targetGroup`, if any.
func balancer(forwardingTo targetGroup: ResourceID?, in declared: [ResourceModel]) -> ResourceID? {
  guard let targetGroup else { return nil }
  for case .loadBalancer(let balancer) in declared where balancer.targetGroups.contains(targetGroup) { return balancer.id }
  return nil
}

/// The ingress rule that lets a load balancer reach what it forwards to, on its port.
func balancerIngress(to resource: some NetworkPlaceable, from balancer: ResourceID?) -> [ResourceModel] {
  guard let balancer, let port = resource.port else { return [] }
  return [
    .securityGroupIngress(
      SecurityGroupIngress(
        id: resource.id.appending("from-" + balancer.rawValue), target: securityGroupID(of: resource.id),
        source: securityGroupID(of: balancer), port: port, description: "\(balancer) to \(resource.id)", tags: resource.tags,
        location: resource.location))
  ]
}
