// The result builder behind `Stack { ... }` and `App { ... }`.

/// Collects stack components; supports `if`, `if/else`, `for` and `let` in the block.
///
/// Every expression is converted on its own (`buildExpression`), so large stacks
/// type-check statement by statement.
@resultBuilder
public enum StackBuilder {
  public static func buildExpression(_ component: some StackComponent) -> [any StackComponent] { [component] }
  public static func buildBlock(_ parts: [any StackComponent]...) -> [any StackComponent] { parts.flatMap { $0 } }
  public static func buildOptional(_ part: [any StackComponent]?) -> [any StackComponent] { part ?? [] }
  public static func buildEither(first: [any StackComponent]) -> [any StackComponent] { first }
  public static func buildEither(second: [any StackComponent]) -> [any StackComponent] { second }
  public static func buildArray(_ parts: [[any StackComponent]]) -> [any StackComponent] { parts.flatMap { $0 } }
  public static func buildLimitedAvailability(_ part: [any StackComponent]) -> [any StackComponent] { part }
}

/// Collects the stacks of an app.
@resultBuilder
public enum AppBuilder {
  public static func buildExpression(_ stack: Stack) -> [Stack] { [stack] }
  public static func buildBlock(_ parts: [Stack]...) -> [Stack] { parts.flatMap { $0 } }
  public static func buildOptional(_ part: [Stack]?) -> [Stack] { part ?? [] }
  public static func buildEither(first: [Stack]) -> [Stack] { first }
  public static func buildEither(second: [Stack]) -> [Stack] { second }
  public static func buildArray(_ parts: [[Stack]]) -> [Stack] { parts.flatMap { $0 } }
}
