// Assertions on what the validator reports for an app.

import IaCGen
import XCTest

/// A diagnostic a test expects: a rule ID, and optionally the line it points at and its severity.
public struct ExpectedDiagnostic: Equatable, CustomStringConvertible, ExpressibleByStringLiteral {
  public var ruleID: String
  public var line: Int?
  public var severity: Diagnostic.Severity?

  public init(_ ruleID: String, line: Int? = nil, severity: Diagnostic.Severity? = nil) {
    self.ruleID = ruleID
    self.line = line
    self.severity = severity
  }

  /// `"CAP001"`: that rule, at any line.
  public init(stringLiteral ruleID: String) { self.init(ruleID) }

  func accepts(_ diagnostic: Diagnostic) -> Bool {
    diagnostic.ruleID == ruleID && (line == nil || diagnostic.location?.line == line)
      && (severity == nil || diagnostic.severity == severity)
  }

  public var description: String {
    [severity?.rawValue, ruleID, line.map { "at line \($0)" }].compactMap { $0 }.joined(separator: " ")
  }
}

/// Fails at the caller's line if validating `app` reports an error (suppressed ones aside);
/// the message lists each error as the CLI prints it.
public func assertNoErrors(_ app: App, file: StaticString = #filePath, line: UInt = #line) {
  let errors = synthesize(app).diagnostics.sortedForDisplay().filter { $0.severity == .error && $0.suppressedBecause == nil }
  if !errors.isEmpty {
    XCTFail("expected no errors, found \(errors.count):\n" + errors.map(DiagnosticFormatter().format).joined(), file: file, line: line)
  }
}

/// Fails at the caller's line unless validating `app` reports exactly `expected` (in any
/// order; suppressed findings are not counted). The message lists what is missing and what
/// was not expected.
public func assertDiagnostics(_ app: App, _ expected: [ExpectedDiagnostic], file: StaticString = #filePath, line: UInt = #line) {
  var unexpected = synthesize(app).diagnostics.sortedForDisplay().filter { $0.suppressedBecause == nil }
  var missing: [ExpectedDiagnostic] = []
  for expectation in expected {
    if let index = unexpected.firstIndex(where: expectation.accepts) {
      unexpected.remove(at: index)
    } else {
      missing.append(expectation)
    }
  }
  guard !missing.isEmpty || !unexpected.isEmpty else { return }
  var message = "the diagnostics differ from the expected ones:\n"
  for expectation in missing { message += "  missing: \(expectation)\n" }
  for diagnostic in unexpected { message += "  unexpected: " + DiagnosticFormatter().format(diagnostic) }
  XCTFail(message, file: file, line: line)
}

/// Fails at the caller's line unless a finding of `ruleID` is suppressed, with a reason that
/// contains `reason` when given.
public func assertSuppressed(_ app: App, _ ruleID: String, reasonContaining reason: String? = nil, file: StaticString = #filePath, line: UInt = #line) {
  let suppressed = synthesize(app).diagnostics.filter { $0.ruleID == ruleID && $0.suppressedBecause != nil }
  guard !suppressed.isEmpty else {
    XCTFail("no \(ruleID) finding is suppressed", file: file, line: line)
    return
  }
  if let reason, !suppressed.contains(where: { $0.suppressedBecause!.contains(reason) }) {
    XCTFail(
      "\(ruleID) is suppressed, but no reason contains \"\(reason)\" (reasons: \(suppressed.map { "\"\($0.suppressedBecause!)\"" }.joined(separator: ", ")))",
      file: file, line: line)
  }
}
