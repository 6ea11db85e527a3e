import IaCGen
import IaCGenTesting
import XCTest

/// Diagnostics and golden-file assertions, passing and failing, with their messages.
final class DiagnosticAssertionTests: FailureRecordingTestCase {
  static let functionLine = #line + 2
  static func app(suppressing: Bool = false) -> App {
    let upload = Function(
      "upload", code: .s3(bucket: "artifacts-bucket", key: "u.zip"), runtime: .python3_12, handler: "app.handler", reservedConcurrency: 10)
    return App {
      Stack("audio", region: .usEast1) {
        upload
        Load(upload, requestsPerSecond: 1000, averageDuration: .milliseconds(95))
        if suppressing { Suppress("CAP001", on: upload, because: "load test only; production reserves 100") }
      }
    }
  }

  func testNoErrors() {
    assertPasses { assertNoErrors(TemplateAssertionTests.ordersApp) }
    assertFails(
      at: #line + 7,
      """
      expected no errors, found 1:
      IaCGenTestingTests/DiagnosticAssertionTests.swift:\(Self.functionLine):26: error: [CAP001] function 'upload' is declared for 1000 requests/s at 95 ms: 1000 requests/s x 95 ms needs 95 concurrent executions, but reserved concurrency 10 serves at most 105 requests/s; raise reserved concurrency to at least 95
        note: in stack 'audio', resource 'upload' (aws_lambda_function.upload / AWS::Lambda::Function)

      """
    ) { assertNoErrors(Self.app()) }
    assertPasses { assertNoErrors(Self.app(suppressing: true)) }
  }

  func testExactlyTheseDiagnostics() {
    assertPasses { assertDiagnostics(Self.app(), ["CAP001"]) }
    assertPasses { assertDiagnostics(Self.app(), [ExpectedDiagnostic("CAP001", line: Self.functionLine, severity: .error)]) }
    assertPasses { assertDiagnostics(Self.app(suppressing: true), []) }
    assertFails(
      at: #line + 9,
      """
      the diagnostics differ from the expected ones:
        missing: CAP001 at line 3
        missing: FN001
        unexpected: IaCGenTestingTests/DiagnosticAssertionTests.swift:\(Self.functionLine):26: error: [CAP001] function 'upload' is declared for 1000 requests/s at 95 ms: 1000 requests/s x 95 ms needs 95 concurrent executions, but reserved concurrency 10 serves at most 105 requests/s; raise reserved concurrency to at least 95
        note: in stack 'audio', resource 'upload' (aws_lambda_function.upload / AWS::Lambda::Function)

      """
    ) { assertDiagnostics(Self.app(), [ExpectedDiagnostic("CAP001", line: 3), "FN001"]) }
  }

  func testSuppressions() {
    assertPasses { assertSuppressed(Self.app(suppressing: true), "CAP001", reasonContaining: "load test") }
    assertFails(at: #line, "no CAP001 finding is suppressed") { assertSuppressed(Self.app(), "CAP001") }
    assertFails(at: #line + 1, "CAP001 is suppressed, but no reason contains \"forever\" (reasons: \"load test only; production reserves 100\")") {
      assertSuppressed(Self.app(suppressing: true), "CAP001", reasonContaining: "forever")
    }
  }

  /// A recording run writes the file and fails; a mismatch shows a line diff.
  func testGoldenFilesRecordFailAndDiff() throws {
    let directory = URL(fileURLWithPath: "/tmp/iacgen-golden-assertion-test")
    try? FileManager.default.removeItem(at: directory)
    let recorded = failures { assertGolden("a\nb\nc\n", named: "letters.txt", file: "/tmp/iacgen-golden-assertion-test/Sample.swift") }
    XCTAssertEqual(recorded.map(\.message), ["Recorded new baseline at /tmp/iacgen-golden-assertion-test/__Snapshots__/Sample/letters.txt; run again to compare"])
    XCTAssertEqual(try String(contentsOf: directory.appendingPathComponent("__Snapshots__/Sample/letters.txt"), encoding: .utf8), "a\nb\nc\n")
    assertPasses { assertGolden("a\nb\nc\n", named: "letters.txt", file: "/tmp/iacgen-golden-assertion-test/Sample.swift") }
    assertFails(at: #line + 1, "letters.txt differs from its golden file (- golden, + actual; IACGEN_RECORD=1 re-records):\n@@ line 2 @@\n- b\n+ B\n") {
      assertGolden("a\nB\nc\n", named: "letters.txt", file: "/tmp/iacgen-golden-assertion-test/Sample.swift")
    }
  }
}

extension TemplateAssertionTests {
  static var ordersApp: App { App(stacks: [ordersStack()]) }
}
