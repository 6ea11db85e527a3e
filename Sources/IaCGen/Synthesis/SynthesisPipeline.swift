// The pipeline: App -> AppModel -> diagnostics -> files.

/// What synthesizing an app produced: the model, every diagnostic, and the files (none
/// when there are errors).
public struct SynthesisResult: Sendable {
  public var model: AppModel
  public var diagnostics: [Diagnostic]
  public var files: [OutputFile]
  public var hasErrors: Bool { diagnostics.hasErrors }
}

/// The stages of synthesis, each replaceable (tests swap one to isolate another).
public struct SynthesisPipeline: Sendable {
  public var lower: @Sendable (App) -> AppModel
  public var validate: @Sendable (AppModel) -> [Diagnostic]
  public var emitters: [@Sendable (StackModel) -> [OutputFile]]
  /// Files about the whole app (the CloudFormation manifest).
  public var appEmitters: [@Sendable (AppModel) -> [OutputFile]]

  public init(
    lower: @escaping @Sendable (App) -> AppModel = { lowerApp($0) },
    validate: @escaping @Sendable (AppModel) -> [Diagnostic] = { runValidation($0) },
    emitters: [@Sendable (StackModel) -> [OutputFile]] = [
      { TerraformEmitter().emit($0) }, { CloudFormationEmitter().emit($0) },
    ],
    appEmitters: [@Sendable (AppModel) -> [OutputFile]] = [{ CloudFormationManifest().emit($0) }]
  ) {
    self.lower = lower
    self.validate = validate
    self.emitters = emitters
    self.appEmitters = appEmitters
  }

  /// Lowers, validates and (when there are no errors) renders every stack.
  public func run(_ app: App) -> SynthesisResult {
    let model = lower(app)
    let diagnostics = validate(model)
    guard !diagnostics.hasErrors else { return SynthesisResult(model: model, diagnostics: diagnostics, files: []) }
    let emitters = self.emitters
    var files = model.stacks.concurrentMap { stack in emitters.flatMap { emit in emit(stack) } }.flatMap { $0 }
    for emit in appEmitters { files += emit(model) }
    return SynthesisResult(model: model, diagnostics: diagnostics, files: files.sorted())
  }
}

/// Synthesizes `app` with the default pipeline.
public func synthesize(_ app: App) -> SynthesisResult { SynthesisPipeline().run(app) }
