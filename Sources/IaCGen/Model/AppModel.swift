// The lowered model of a whole app.

/// Every stack of an app, lowered, in declaration order, with what they share.
public struct AppModel: Hashable, Codable, Sendable {
  public var stacks: [StackModel]
  public var quotas: AccountQuotas
  /// The AWS provider version constraint every Terraform module requires.
  public var awsProvider: AWSProviderVersion
  /// Where the app was declared (`App { ... }`); nil for models built by hand.
  public var location: SourceLocation?

  public init(stacks: [StackModel], quotas: AccountQuotas = AccountQuotas(), awsProvider: AWSProviderVersion = .tested, location: SourceLocation? = nil) {
    self.stacks = stacks
    self.quotas = quotas
    self.awsProvider = awsProvider
    self.location = location
  }
}
