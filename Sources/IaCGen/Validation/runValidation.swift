// Runs every rule over every stack.

/// Runs `rules` over each stack of `app` and returns every finding, in display order.
/// `cloudFormation`, when given, holds each stack's translation (in stack order), which the
/// rules that compare logical IDs use instead of translating again.
public func runValidation(_ app: AppModel, rules: [Rule] = RuleCatalog.all, cloudFormation: [CloudFormationTranslation]? = nil) -> [Diagnostic] {
  // Translations that do not line up with the stacks are not used (the rules translate again).
  let translations = cloudFormation.flatMap { $0.map(\.stack.name) == app.stacks.map(\.name) ? $0 : nil }
  // Each stack's rules run on their own (stacks checked concurrently); app-wide rules after.
  let distributions = RuleContext.distributions(of: app.stacks)
  var diagnostics = Array(app.stacks.indices).concurrentMap { position in
    let context = RuleContext(
      stack: app.stacks[position], appStacks: app.stacks, quotas: app.quotas, awsProvider: app.awsProvider, appLocation: app.location,
      cloudFormation: translations?[position],
      distributions: distributions)
    for rule in rules {
      context.rule = rule
      rule.check(context)
    }
    return context.diagnostics
  }.flatMap { $0 }
  diagnostics += AppRules.check(app)
  return diagnostics.sortedForDisplay()
}
