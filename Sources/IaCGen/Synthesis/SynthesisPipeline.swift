// The pipeline: App -> AppModel -> diagnostics -> files.

/// What synthesizing an app produced: the model, every diagnostic, and the files (none
/// when there are errors).
public struct SynthesisResult: Sendable {
  public var model: AppModel
  public var diagnostics: [Diagnostic]
  public var files: [OutputFile]
  public var hasErrors: Bool { diagnostics.hasErrors }

  public init(model: AppModel, diagnostics: [Diagnostic], files: [OutputFile]) {
    self.model = model
    self.diagnostics = diagnostics
    self.files = files
  }
}

/// The stages of synthesis: lower the app, translate each stack to CloudFormation (the
/// validator compares the logical IDs, the emitter prints the same values), validate, and
/// when nothing is an error render both formats. Stacks go through each stage concurrently.
public struct SynthesisPipeline: Sendable {
  /// The rules the validator runs.
  public var rules: [Rule]

  public init(rules: [Rule] = RuleCatalog.all) { self.rules = rules }

  /// Lowers, validates and (when there are no errors) renders every stack.
  public func run(_ app: App) -> SynthesisResult {
    let model = lowerApp(app)
    let cloudFormation = CloudFormationTranslation.stacks(of: model)
    let diagnostics = runValidation(model, rules: rules, cloudFormation: cloudFormation)
    guard !diagnostics.hasErrors else { return SynthesisResult(model: model, diagnostics: diagnostics, files: []) }
    // Each stack's translation (its CloudFormation syntax tree) is freed once its files are printed.
    let terraform = TerraformEmitter(awsProvider: model.awsProvider)
    var files = cloudFormation.concurrentMapReleasing { translation in
      terraform.emit(translation.stack, index: translation.index) + CloudFormationEmitter().emit(translation)
    }.flatMap { $0 }
    files += CloudFormationManifest().emit(model) + TerraformManifest().emit(model)
    return SynthesisResult(model: model, diagnostics: diagnostics, files: files.sorted())
  }
}

/// Synthesizes `app` with the default pipeline.
public func synthesize(_ app: App) -> SynthesisResult { SynthesisPipeline().run(app) }
