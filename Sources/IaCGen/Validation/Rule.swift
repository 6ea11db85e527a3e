// Validation rules as values.

/// A validation rule: a stable ID, a severity, what it checks and where that comes from,
/// and a check that reports into a ``RuleContext``. Every rule runs; none stops at the
/// first finding.
public struct Rule: Sendable {
  public var id: String
  public var severity: Diagnostic.Severity
  /// One line for docs/rules.md.
  public var title: String
  /// Where the limit or advice comes from.
  public var source: String
  var check: @Sendable (RuleContext) -> Void

  init(
    _ id: String, _ severity: Diagnostic.Severity, _ title: String, source: String,
    check: @escaping @Sendable (RuleContext) -> Void
  ) {
    self.id = id
    self.severity = severity
    self.title = title
    self.source = source
    self.check = check
  }
}

/// What a rule sees (the stack, with resources indexed by ID) and where it reports.
public final class RuleContext {
  public let stack: StackModel
  private(set) var diagnostics: [Diagnostic] = []
  /// The stack's resources by ID.
  public let index: ModelIndex
  var rule: Rule?

  init(stack: StackModel) {
    self.stack = stack
    self.index = ModelIndex(stack)
  }

  /// The resource with `id`, if the stack declares one.
  public func resource(_ id: ResourceID) -> ResourceModel? { index[id] }

  /// The queue with `id`, if the stack declares one.
  func queue(_ id: ResourceID) -> Queue? { index.queue(id) }
  /// The function with `id`, if the stack declares one.
  func function(_ id: ResourceID) -> Function? { index.function(id) }

  /// Reports a finding about `resource` (at its declaration) with the current rule's ID.
  func report(_ message: String, about id: ResourceID, kind: ResourceKind, at location: SourceLocation,
              severity: Diagnostic.Severity? = nil) {
    guard let rule else { return }
    diagnostics.append(
      Diagnostic(
        severity: severity ?? rule.severity, ruleID: rule.id, message: message, location: location,
        stack: stack.name,
        subject: .init(
          id: id, terraformAddress: kind.terraformType + "." + id.terraformName,
          cloudFormationType: kind.cloudFormationType)))
  }

  /// Reports a finding about a resource model.
  func report(_ message: String, about resource: ResourceModel, severity: Diagnostic.Severity? = nil) {
    report(message, about: resource.id, kind: resource.kind, at: resource.location, severity: severity)
  }

  /// Reports a finding about the stack itself (or one of its outputs).
  func reportStack(_ message: String, at location: SourceLocation? = nil) {
    guard let rule else { return }
    diagnostics.append(
      Diagnostic(
        severity: rule.severity, ruleID: rule.id, message: message, location: location ?? stack.location,
        stack: stack.name))
  }
}
