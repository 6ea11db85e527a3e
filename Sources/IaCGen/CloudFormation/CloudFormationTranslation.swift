// A stack's CloudFormation resources, translated once for the validator and the emitter.

/// What each resource of a stack renders to in CloudFormation (checkov skips applied), with
/// the stack's index. The validator counts and compares the logical IDs and types (STK002,
/// STK010, SUP003) and the emitter prints the same values, so a stack is translated once.
public struct CloudFormationTranslation: Sendable {
  public let stack: StackModel
  /// The stack's resources by ID.
  let index: ModelIndex
  /// Each model resource, in the stack's order, with the CloudFormation resources it renders to.
  let resources: [(model: ResourceModel, rendered: [CloudFormationResource])]

  /// The translation of every stack of `app` (stacks translated concurrently), in stack order.
  public static func stacks(of app: AppModel) -> [CloudFormationTranslation] { app.stacks.concurrentMap { CloudFormationTranslation($0) } }

  public init(_ stack: StackModel) {
    self.init(stack, index: ModelIndex(stack))
  }

  init(_ stack: StackModel, index: ModelIndex) {
    self.stack = stack
    self.index = index
    let emitter = CloudFormationEmitter()
    let skips = CheckovSkips(stack)
    resources = stack.resources.map { ($0, emitter.translate($0, in: index, skips: skips)) }
  }

  /// How many CloudFormation resources the stack's template holds.
  var resourceCount: Int { resources.reduce(0) { $0 + $1.rendered.count } }
}
