import XCTest

/// A test case that can collect the failures an assertion reports instead of failing, so the
/// assertions' own failure messages and lines can be tested.
class FailureRecordingTestCase: XCTestCase {
  private var recording = false
  private var recorded: [(message: String, line: Int)] = []

  override func recordFailure(withDescription description: String, inFile filePath: String, atLine lineNumber: Int, expected: Bool) {
    if recording {
      recorded.append((description, lineNumber))
    } else {
      super.recordFailure(withDescription: description, inFile: filePath, atLine: lineNumber, expected: expected)
    }
  }

  /// The failures `body` reports: their messages (without XCTFail's prefix) and lines.
  func failures(_ body: () -> Void) -> [(message: String, line: Int)] {
    recorded = []
    recording = true
    body()
    recording = false
    return recorded.map { failure in
      let prefix = "failed - "
      let message = failure.message.hasPrefix(prefix) ? String(failure.message.dropFirst(prefix.count)) : failure.message
      return (message, failure.line)
    }
  }

  /// Asserts that `body` reports exactly one failure, at `expectedLine`, with `message`.
  func assertFails(at expectedLine: Int, _ message: String, file: StaticString = #filePath, line: UInt = #line, _ body: () -> Void) {
    let found = failures(body)
    XCTAssertEqual(found.count, 1, "failures: \(found)", file: file, line: line)
    XCTAssertEqual(found.first?.message, message, file: file, line: line)
    XCTAssertEqual(found.first?.line, expectedLine, file: file, line: line)
  }

  /// Asserts that `body` reports no failure.
  func assertPasses(file: StaticString = #filePath, line: UInt = #line, _ body: () -> Void) {
    let found = failures(body)
    XCTAssertTrue(found.isEmpty, "unexpected failures: \(found.map(\.message))", file: file, line: line)
  }
}
