// IAM roles that iacgen generates (users declare grants, not roles).

/// An IAM role assumed by a service, with one inline policy of explicit statements.
public struct Role: Hashable, Codable, Sendable {
  public var id: ResourceID
  /// The service principal, such as `lambda.amazonaws.com`.
  public var servicePrincipal: String
  public var statements: [PolicyStatement]
  public var tags: [Tag]
  /// The declaration the role was generated for.
  public var location: SourceLocation

  public init(
    id: ResourceID, servicePrincipal: String, statements: [PolicyStatement], tags: [Tag], location: SourceLocation
  ) {
    self.id = id
    self.servicePrincipal = servicePrincipal
    self.statements = statements
    self.tags = tags
    self.location = location
  }

  /// The role's ARN.
  public var arn: StringValue { .reference(Reference(target: id, kind: .role, attribute: .arn)) }
}

/// An `Allow` statement: explicit actions on explicit resources.
public struct PolicyStatement: Hashable, Codable, Sendable {
  public var sid: String
  public var actions: [String]
  public var resources: [StringValue]

  public init(sid: String, actions: [String], resources: [StringValue]) {
    self.sid = sid
    self.actions = actions
    self.resources = resources
  }
}
