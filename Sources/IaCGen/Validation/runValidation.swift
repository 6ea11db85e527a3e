// Runs every rule over every stack.

/// Runs `rules` over each stack of `app` and returns every finding, in display order.
public func runValidation(_ app: AppModel, rules: [Rule] = RuleCatalog.all) -> [Diagnostic] {
  // Each stack's rules run on their own (stacks checked concurrently); app-wide rules after.
  var diagnostics = app.stacks.concurrentMap { stack in
    let context = RuleContext(
      stack: stack, otherStacks: app.stacks.filter { $0.name != stack.name }, quotas: app.quotas,
      stacksInRegion: app.stacks.filter { $0.region == stack.region })
    for rule in rules {
      context.rule = rule
      rule.check(context)
    }
    return context.diagnostics
  }.flatMap { $0 }
  diagnostics += AppRules.check(app)
  return diagnostics.sortedForDisplay()
}
