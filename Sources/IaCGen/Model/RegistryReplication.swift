// The account's ECR replication configuration, from the repositories that replicate.

/// ECR replication of a stack's repositories: one rule per set of destination Regions,
/// filtering by repository name. ECR keeps one configuration per registry and Region, so one
/// stack per Region may declare replicating repositories (XR006).
public struct RegistryReplication: Hashable, Codable, Sendable {
  public var id: ResourceID
  public var rules: [Rule]
  public var location: SourceLocation

  public struct Rule: Hashable, Codable, Sendable {
    public var regions: [Region]
    /// Repository names, matched as prefixes.
    public var repositories: [String]
  }

  /// The configuration of `repositories` (lowered, named), or nil when none replicates.
  init?(_ repositories: [Repository]) {
    var rules: [Rule] = []
    for repository in repositories where !repository.replicateTo.isEmpty {
      if let position = rules.firstIndex(where: { $0.regions == repository.replicateTo }) {
        rules[position].repositories.append(repository.physicalName)
      } else {
        rules.append(Rule(regions: repository.replicateTo, repositories: [repository.physicalName]))
      }
    }
    guard let first = repositories.first(where: { !$0.replicateTo.isEmpty }) else { return nil }
    self.id = "ecr-replication"
    self.rules = rules
    self.location = first.location
  }
}

extension RegistryReplication: ResourceDeclaration {
  public static var kind: ResourceKind { .registryReplication }
  public var references: [Reference] { [] }
  public var tags: [Tag] { [] }
}
