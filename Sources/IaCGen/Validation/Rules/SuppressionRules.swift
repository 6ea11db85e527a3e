// Rules about suppressions themselves; they run after every other rule of a stack.

enum SuppressionRules {
  static let all: [Rule] = [apply]

  static let apply = Rule(
    "SUP001", .warning, "A suppression gives a reason and accepts at least one finding (a stale one is reported)",
    source: "iacgen: suppressions are reviewed decisions, listed with their reasons; https://github.com/cdklabs/cdk-nag (suppressions carry a reason)"
  ) { context in
    let used = context.applySuppressions()
    for (position, suppression) in context.stack.suppressions.enumerated() {
      let scope = suppression.resource.map { "on '\($0)'" } ?? "for stack '\(context.stack.name)'"
      if suppression.reason.allSatisfy(\.isWhitespace) {
        context.report("suppression of \(suppression.ruleID) \(scope) gives no reason; say why the finding is accepted", at: suppression.location)
      } else if !used.contains(position) {
        context.report("suppression of \(suppression.ruleID) \(scope) accepts no finding; remove it", at: suppression.location)
      }
    }
  }
}
