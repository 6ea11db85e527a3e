// Rules about suppressions themselves; they run after every other rule of a stack.

enum SuppressionRules {
  static let all: [Rule] = [apply, knownCheckovCheck, checkovTarget]

  static let apply = Rule(
    "SUP001", .warning, "A suppression gives a reason and accepts at least one finding (a stale one is reported)",
    source: "iacgen: suppressions are reviewed decisions, listed with their reasons; https://github.com/cdklabs/cdk-nag (suppressions carry a reason)"
  ) { context in
    let used = context.applySuppressions()
    for (position, suppression) in context.stack.suppressions.enumerated() where !suppression.isCheckov {
      let scope = suppression.resource.map { "on '\($0)'" } ?? "for stack '\(context.stack.name)'"
      if suppression.reason.allSatisfy(\.isWhitespace) {
        context.report("suppression of \(suppression.ruleID) \(scope) gives no reason; say why the finding is accepted", at: suppression.location)
      } else if !used.contains(position) {
        context.report("suppression of \(suppression.ruleID) \(scope) accepts no finding; remove it", at: suppression.location)
      }
    }
  }

  static let knownCheckovCheck = Rule(
    "SUP002", .error, "A checkov suppression names one of checkov's AWS checks and gives a reason",
    source: "checkov suppressions (`checkov:skip` comments, CloudFormation Metadata): https://www.checkov.io/2.Basics/Suppressing%20and%20Skipping%20Policies.html"
  ) { context in
    for suppression in context.stack.suppressions where suppression.isCheckov {
      let scope = suppression.resource.map { "on '\($0)'" } ?? "for stack '\(context.stack.name)'"
      if suppression.checkovCheck == nil {
        context.report(
          "\(suppression.ruleID) is not one of checkov \(CheckovChecks.version)'s AWS checks for Terraform or CloudFormation; check the ID",
          at: suppression.location)
      } else if suppression.reason.allSatisfy(\.isWhitespace) {
        context.report("suppression of \(suppression.ruleID) \(scope) gives no reason; say why the finding is accepted", at: suppression.location)
      }
    }
  }

  static let checkovTarget = Rule(
    "SUP003", .warning, "A checkov suppression applies to a resource the stack renders (a stale one is reported)",
    source: "checkov suppressions (`checkov:skip` comments, CloudFormation Metadata): https://www.checkov.io/2.Basics/Suppressing%20and%20Skipping%20Policies.html"
  ) { context in
    let stack = context.stack
    let checkov = stack.suppressions.filter { $0.isCheckov && $0.checkovCheck != nil }
    guard !checkov.isEmpty else { return }
    let resources = stack.resources + stack.regional.flatMap(\.resources)
    // The types each resource renders to, in both formats (only for stacks that suppress checkov
    // checks); CloudFormation's come from the translation STK002 and STK010 already made.
    var renderedTypes: [ResourceID: [String]] = [:]
    for (resource, rendered) in context.cloudFormation.resources { renderedTypes[resource.id, default: []] += rendered.map(\.type) }
    for resource in stack.regional.flatMap(\.resources) {
      renderedTypes[resource.id, default: []] += CloudFormationEmitter().translate(resource, in: context.index).map(\.type)
    }
    for resource in resources {
      renderedTypes[resource.id, default: []] += TerraformEmitter().translate(resource, in: context.index).map { $0.labels[0] }
    }
    for suppression in checkov {
      guard let check = suppression.checkovCheck else { continue }
      let scope = suppression.resource.map { "on '\($0)'" } ?? "in stack '\(stack.name)'"
      var covered = resources
      if let id = suppression.resource {
        guard let owner = resources.first(where: { $0.id == id }) else { continue }  // an unknown resource is a reference error
        covered = resources.filter { CheckovSkips.covers(owner, $0) }
      }
      if !covered.contains(where: { resource in renderedTypes[resource.id, default: []].contains(where: check.reads) }) {
        let reads = check.terraformTypes.union(check.cloudFormationTypes).sorted().joined(separator: ", ")
        context.report(
          "\(suppression.ruleID) (\(check.title)) reads \(reads); nothing \(scope) renders one, so the suppression skips nothing; remove it",
          at: suppression.location)
      }
    }
  }
}
