// Renders diagnostics in the compiler's style.

/// Renders a diagnostic as `file:line:column: severity: [ID] message` plus a note line:
///
/// ```
/// Stacks/Orders.swift:27:5: error: [ESM006] queue 'orders' ...
///   note: in stack 'orders', resource 'orders' (aws_sqs_queue.orders / AWS::SQS::Queue)
/// ```
public struct DiagnosticFormatter: Sendable {
  /// Which form of the declaring file to print.
  public enum PathStyle: Sendable {
    /// `Module/File.swift`: machine-independent (tests, golden files).
    case fileID
    /// The absolute path, which terminals and IDEs can open (the CLI).
    case filePath
  }

  public var pathStyle: PathStyle
  public init(pathStyle: PathStyle = .fileID) { self.pathStyle = pathStyle }

  /// The diagnostic's text, ending with a newline.
  public func format(_ diagnostic: Diagnostic) -> String {
    var text = ""
    if let location = diagnostic.location {
      let path = pathStyle == .fileID ? location.fileID : location.filePath
      text += "\(path):\(location.line):\(location.column): "
    }
    text += "\(diagnostic.severity.rawValue): [\(diagnostic.ruleID)] \(diagnostic.message)\n"
    if let stack = diagnostic.stack {
      text += "  note: in stack '\(stack)'"
      if let subject = diagnostic.subject {
        text += ", resource '\(subject.id)' (\(subject.terraformAddress) / \(subject.cloudFormationType))"
      }
      text += "\n"
    }
    if let reason = diagnostic.suppressedBecause { text += "  note: suppressed: \(reason)\n" }
    return text
  }

  /// All diagnostics in display order, then a summary line when there are any.
  public func format(_ diagnostics: [Diagnostic]) -> String {
    var text = diagnostics.sortedForDisplay().map(format).joined()
    let counted = diagnostics.filter { $0.suppressedBecause == nil }
    let errors = counted.filter { $0.severity == .error }.count
    let warnings = counted.filter { $0.severity == .warning }.count
    let suppressed = diagnostics.count - counted.count
    if errors + warnings + suppressed > 0 {
      text += "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
      text += suppressed > 0 ? ", \(suppressed) suppressed\n" : "\n"
    }
    return text
  }
}
