// The lowered model of a whole app.

/// Every stack of an app, lowered, in declaration order.
public struct AppModel: Hashable, Codable, Sendable {
  public var stacks: [StackModel]
  public init(stacks: [StackModel]) { self.stacks = stacks }
}
