// The lowered model of a whole app.

/// Every stack of an app, lowered, in declaration order.
public struct AppModel: Hashable, Codable, Sendable {
  public var stacks: [StackModel]
  public var quotas: AccountQuotas
  public init(stacks: [StackModel], quotas: AccountQuotas = AccountQuotas()) {
    self.stacks = stacks
    self.quotas = quotas
  }
}
