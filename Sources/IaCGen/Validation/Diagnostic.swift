// Diagnostics: findings as values with locations.

/// A finding about a stack: severity, stable rule ID, message and the declaration it is about.
public struct Diagnostic: Hashable, Codable, Sendable {
  public enum Severity: String, Hashable, Codable, Sendable, Comparable {
    case error, warning, note
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
  }

  public var severity: Severity
  /// A stable identifier such as `SQS003`.
  public var ruleID: String
  /// What is wrong and what to do.
  public var message: String
  public var location: SourceLocation?
  /// The stack the finding is in.
  public var stack: String?
  /// The resource the finding is about, with its Terraform address and CloudFormation type.
  public var subject: Subject?
  /// Set when the stack accepts the finding: the reason it gives. Suppressed findings are
  /// listed but count neither as errors nor as warnings.
  public var suppressedBecause: String?

  /// A resource named in a diagnostic's note.
  public struct Subject: Hashable, Codable, Sendable {
    public var id: ResourceID
    public var terraformAddress: String
    public var cloudFormationType: String

    public init(id: ResourceID, terraformAddress: String, cloudFormationType: String) {
      self.id = id
      self.terraformAddress = terraformAddress
      self.cloudFormationType = cloudFormationType
    }
  }

  public init(
    severity: Severity, ruleID: String, message: String, location: SourceLocation?, stack: String? = nil,
    subject: Subject? = nil
  ) {
    self.severity = severity
    self.ruleID = ruleID
    self.message = message
    self.location = location
    self.stack = stack
    self.subject = subject
  }
}

extension Array where Element == Diagnostic {
  /// Whether any diagnostic is an error that is not suppressed.
  public var hasErrors: Bool { contains { $0.severity == .error && $0.suppressedBecause == nil } }

  /// Sorted by file, line, column, severity (errors first), rule ID and message: the order the CLI prints in.
  public func sortedForDisplay() -> [Diagnostic] {
    sorted { a, b in
      let la = a.location, lb = b.location
      if (la?.fileID ?? "") != (lb?.fileID ?? "") { return (la?.fileID ?? "") < (lb?.fileID ?? "") }
      if (la?.line ?? 0) != (lb?.line ?? 0) { return (la?.line ?? 0) < (lb?.line ?? 0) }
      if (la?.column ?? 0) != (lb?.column ?? 0) { return (la?.column ?? 0) < (lb?.column ?? 0) }
      if a.severity != b.severity { return a.severity < b.severity }
      if a.ruleID != b.ruleID { return a.ruleID < b.ruleID }
      return a.message < b.message
    }
  }
}
