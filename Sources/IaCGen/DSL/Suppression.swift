// Accepting a rule's finding, with a written reason.

/// Accepts the findings of one rule for the whole stack or one of its resources. Suppressed
/// findings are still listed, with the reason, but do not count as errors or warnings.
///
/// ```swift
/// Suppress("PH003", on: sessions, because: "session data is rebuilt from the event log; no cache needed")
/// Suppress("CW001", because: "20 s alarms are deployed with CloudFormation only")
/// ```
public struct Suppression: Hashable, Codable, Sendable {
  public var ruleID: String
  /// The resource whose findings are accepted; nil accepts the rule for the whole stack.
  public var resource: ResourceID?
  public var reason: String
  public var location: SourceLocation

  public init(
    _ ruleID: String, because reason: String,
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) {
    self.ruleID = ruleID
    self.resource = nil
    self.reason = reason
    self.location = SourceLocation(fileID, filePath, line, column)
  }

  public init(
    _ ruleID: String, on resource: some ResourceDeclaration, because reason: String,
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) {
    self.ruleID = ruleID
    self.resource = resource.id
    self.reason = reason
    self.location = SourceLocation(fileID, filePath, line, column)
  }

  /// Whether this suppression accepts `diagnostic`.
  func accepts(_ diagnostic: Diagnostic) -> Bool {
    diagnostic.ruleID == ruleID && (resource == nil || diagnostic.subject?.id == resource)
  }
}

/// `Suppress("ID", because: ...)`: the DSL's spelling of a suppression.
public typealias Suppress = Suppression

extension Suppression: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.suppressions.append(self) }
}
