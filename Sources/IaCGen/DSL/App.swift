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

  public init(@AppBuilder _ stacks: () -> [Stack]) { self.stacks = stacks() }
  public init(stacks: [Stack]) { self.stacks = stacks }
}
