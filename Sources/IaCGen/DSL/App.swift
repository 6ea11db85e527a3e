// An app: the stacks a stack package declares.

/// The root of a stack package: its stacks.
///
/// A stack package's `main.swift` builds an app and calls ``run()``:
/// ```swift
/// App {
///   Stack("queue-worker", region: .usEast1) { ... }
/// }.run()
/// ```
public struct App: Sendable {
  public var stacks: [Stack]
  /// The account's quotas the aggregate checks use.
  public var quotas: AccountQuotas

  public init(quotas: AccountQuotas = AccountQuotas(), @AppBuilder _ stacks: () -> [Stack]) {
    self.stacks = stacks()
    self.quotas = quotas
  }
  public init(stacks: [Stack], quotas: AccountQuotas = AccountQuotas()) {
    self.stacks = stacks
    self.quotas = quotas
  }
}
