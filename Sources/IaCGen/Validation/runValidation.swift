// Runs every rule over every stack.

/// Runs `rules` over each stack of `app` and returns every finding, in display order.
/// `cloudFormation`, when given, holds each stack's translation (in stack order), which the
/// rules that compare logical IDs use instead of translating again.
public func runValidation(_ app: AppModel, rules: [Rule] = RuleCatalog.all, cloudFormation: [CloudFormationTranslation]? = nil) -> [Diagnostic] {
  precondition(cloudFormation == nil || cloudFormation!.count == app.stacks.count, "one translation per stack")
  // Each stack's rules run on their own (stacks checked concurrently); app-wide rules after.
  var diagnostics = Array(app.stacks.indices).concurrentMap { position in
    let stack = app.stacks[position]
    let context = RuleContext(
      stack: stack, otherStacks: app.stacks.filter { $0.name != stack.name }, quotas: app.quotas,
      stacksInRegion: app.stacks.filter { $0.region == stack.region }, cloudFormation: cloudFormation?[position])
    for rule in rules {
      context.rule = rule
      rule.check(context)
    }
    return context.diagnostics
  }.flatMap { $0 }
  diagnostics += AppRules.check(app)
  return diagnostics.sortedForDisplay()
}
