// Security groups iacgen generates for what it places in a network, and the rules between them.

/// The security group of a resource placed in a network: all egress, ingress only through
/// ``SecurityGroupIngress`` rules declared between resources.
public struct SecurityGroup: Hashable, Codable, Sendable {
  public var id: ResourceID
  public var network: ResourceID
  public var description: String
  /// Ports open to the internet (an internet-facing load balancer's listeners).
  public var publicPorts: [Int] = []
  public var tags: [Tag]
  public var location: SourceLocation

  /// The group's ID.
  public var groupID: StringValue { .reference(Reference(target: id, kind: .securityGroup, attribute: .id)) }
}

/// `target` accepts TCP connections from `source` on `port`.
public struct SecurityGroupIngress: Hashable, Codable, Sendable {
  public var id: ResourceID
  public var target: ResourceID
  public var source: ResourceID
  public var port: Int
  public var description: String
  /// The target's tags (Terraform tags the rule; a CloudFormation ingress takes none).
  public var tags: [Tag] = []
  public var location: SourceLocation
}
