// The order stacks deploy in, from the explicit references between them.

/// One deployment unit: a stack in its Region, or a stack's resources in another Region
/// (replica buckets), with the units it needs deployed first.
public struct StackDeployment: Hashable, Sendable {
  /// The deployment's name (the CloudFormation stack name).
  public var name: String
  public var stack: StackModel
  public var region: Region
  /// Set for the unit holding `stack`'s resources in another Region.
  public var replicaRegion: Region?
  /// Names of the units this one needs first (its replica units; stacks it reaches by name).
  public var dependsOn: [String]
}

extension StackModel {
  /// IDs of resources of other stacks this stack reaches through an explicit cross-stack
  /// mechanism (a grant on a global table's replica), in first-use order.
  var externalTargets: [ResourceID] {
    var grants: [Grant] = []
    for resource in resources {
      switch resource {
      case .function(let function): grants += function.grants
      case .fargateService(let service): grants += service.grants
      case .instanceGroup(let group): grants += group.grants
      default: continue
      }
    }
    var result: [ResourceID] = []
    for grant in grants where grant.replica != nil && !result.contains(grant.target) { result.append(grant.target) }
    for resource in resources {
      if case .auroraCluster(let cluster) = resource, case .secondary(_, let primary)? = cluster.globalDatabase, !result.contains(primary) {
        result.append(primary)
      }
      if case .postgresDatabase(let database) = resource, let source = database.replicaOf, !result.contains(source.database) {
        result.append(source.database)
      }
    }
    return result
  }
}

extension AppModel {
  /// The stack of `id` other than `stack`, if one declares it.
  func stack(declaring id: ResourceID, otherThan stack: String) -> StackModel? {
    stacks.first { $0.name != stack && $0.resource(id) != nil }
  }

  /// Stacks in deploy order: each after the stacks it depends on, otherwise in declaration
  /// order. Stacks in a dependency cycle keep declaration order (the validator reports cycles).
  public var deployOrder: [StackDeployment] {
    let deployments = stacks.flatMap { stack in
      let replicaUnits = stack.regional.map { group in
        StackDeployment(
          name: "\(stack.name)-\(group.region.code)-replicas", stack: stack, region: group.region, replicaRegion: group.region, dependsOn: [])
      }
      var dependsOn = replicaUnits.map(\.name)
      for target in stack.externalTargets {
        if let owner = self.stack(declaring: target, otherThan: stack.name), !dependsOn.contains(owner.name) { dependsOn.append(owner.name) }
      }
      return replicaUnits + [StackDeployment(name: stack.name, stack: stack, region: stack.region, dependsOn: dependsOn)]
    }
    var ordered: [StackDeployment] = []
    var placed = Set<String>()
    var remaining = deployments
    while !remaining.isEmpty {
      guard let next = remaining.firstIndex(where: { $0.dependsOn.allSatisfy(placed.contains) }) else {
        ordered += remaining
        break
      }
      let deployment = remaining.remove(at: next)
      placed.insert(deployment.name)
      ordered.append(deployment)
    }
    return ordered
  }
}
