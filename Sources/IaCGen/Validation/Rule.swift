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

/// What a rule sees (the stack, with resources indexed by ID, and the rest of the app) and
/// where it reports.
///
/// Every stack's context shares the app's one array of stacks: what a rule asks about the
/// others is worked out when it asks, so checking S stacks does not copy S x S stack values.
public final class RuleContext {
  public let stack: StackModel
  private(set) var diagnostics: [Diagnostic] = []
  /// The stack's resources by ID.
  public let index: ModelIndex
  /// Every stack of the app, in app order (this one included).
  public let appStacks: [StackModel]
  /// The account's quotas.
  public let quotas: AccountQuotas
  /// The app's AWS provider version constraint.
  public let awsProvider: AWSProviderVersion
  /// Where the app was declared, for findings about the app's own settings.
  public let appLocation: SourceLocation?
  var rule: Rule?
  /// What each resource renders to in CloudFormation, for the rules that count or compare
  /// logical IDs and those that ask what is rendered (translated once, shared with the emitter
  /// when the pipeline passes it in).
  public private(set) lazy var cloudFormation: CloudFormationTranslation = CloudFormationTranslation(stack, index: index)
  /// The app's other stacks (for references across stacks and Regions).
  public private(set) lazy var otherStacks: [StackModel] = appStacks.filter { $0.name != stack.name }
  /// Every stack of the app in this stack's Region, in app order (this one included).
  public private(set) lazy var stacksInRegion: [StackModel] = appStacks.filter { $0.region == stack.region }
  /// The stack's resources of the kinds most rules read, typed (listed once per stack, not
  /// once per rule).
  public private(set) lazy var functions: [Function] = stack.functions
  public private(set) lazy var tables: [Table] = stack.tables
  public private(set) lazy var queues: [Queue] = stack.queues
  public private(set) lazy var queueTriggers: [QueueTrigger] = stack.queueTriggers
  public private(set) lazy var autoScalings: [AutoScaling] = stack.autoScalings
  public private(set) lazy var roles: [Role] = stack.roles
  /// Each resource's references, in the stack's resource order (STK003 and STK004 read them).
  public private(set) lazy var references: [[Reference]] = stack.resources.map(\.references)
  /// Every distribution of the app with the name of its stack (worked out once per app).
  let distributions: [(stack: String, distribution: Distribution)]

  init(
    stack: StackModel, appStacks: [StackModel]? = nil, quotas: AccountQuotas = AccountQuotas(),
    awsProvider: AWSProviderVersion = .tested, appLocation: SourceLocation? = nil,
    cloudFormation: CloudFormationTranslation? = nil, distributions: [(stack: String, distribution: Distribution)]? = nil
  ) {
    self.stack = stack
    self.index = cloudFormation?.index ?? ModelIndex(stack)
    self.appStacks = appStacks ?? [stack]
    self.quotas = quotas
    self.awsProvider = awsProvider
    self.appLocation = appLocation
    self.distributions = distributions ?? Self.distributions(of: appStacks ?? [stack])
    if let cloudFormation { self.cloudFormation = cloudFormation }
  }

  /// Every distribution of `stacks`, with its stack's name, in app order.
  static func distributions(of stacks: [StackModel]) -> [(stack: String, distribution: Distribution)] {
    stacks.flatMap { stack in
      stack.resources.compactMap { resource -> (stack: String, distribution: Distribution)? in
        if case .distribution(let distribution) = resource { return (stack.name, distribution) }
        return nil
      }
    }
  }

  /// Whether this is the app's last stack in its Region (a rule that totals over the Region
  /// reports from there, once).
  var isLastInRegion: Bool { appStacks.last { $0.region == stack.region }?.name == stack.name }

  /// The other stack that declares `id`, and the resource, if one does.
  public func declaration(elsewhere id: ResourceID) -> (stack: StackModel, resource: ResourceModel)? {
    for other in appStacks where other.name != stack.name {
      if let resource = other.resource(id) { return (other, resource) }
    }
    return nil
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
          cloudFormationType: cloudFormationType(of: id, kind: kind))))
  }

  /// The CloudFormation type the resource renders as (a global table is not a plain table).
  private func cloudFormationType(of id: ResourceID, kind: ResourceKind) -> String {
    if case .table(let table)? = index[id], table.isGlobal { return "AWS::DynamoDB::GlobalTable" }
    return kind.cloudFormationType
  }

  /// Reports a finding about a resource model.
  func report(_ message: String, about resource: ResourceModel, severity: Diagnostic.Severity? = nil) {
    report(message, about: resource.id, kind: resource.kind, at: resource.location, severity: severity)
  }

  /// Marks the stack's findings that a suppression accepts; returns the suppressions used.
  func applySuppressions() -> Set<Int> {
    var used = Set<Int>()
    for index in diagnostics.indices where diagnostics[index].suppressedBecause == nil {
      if let position = stack.suppressions.firstIndex(where: { $0.accepts(diagnostics[index]) }) {
        diagnostics[index].suppressedBecause = stack.suppressions[position].reason
        used.insert(position)
      }
    }
    return used
  }

  /// Reports a finding at a source location of the stack (a suppression, a load declaration).
  func report(_ message: String, at location: SourceLocation) {
    guard let rule else { return }
    diagnostics.append(Diagnostic(severity: rule.severity, ruleID: rule.id, message: message, location: location, stack: stack.name))
  }

  /// Reports a finding about the stack itself (or one of its outputs).
  func reportStack(_ message: String, at location: SourceLocation? = nil, severity: Diagnostic.Severity? = nil) {
    guard let rule else { return }
    diagnostics.append(
      Diagnostic(
        severity: severity ?? rule.severity, ruleID: rule.id, message: message, location: location ?? stack.location,
        stack: stack.name))
  }
}
