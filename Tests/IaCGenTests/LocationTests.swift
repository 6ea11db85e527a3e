import IaCGen
import XCTest

final class LocationTests: XCTestCase {
  func testDeclarationsRecordTheirOwnLine() {
    let queue = Queue("q")
    let line = #line - 1
    XCTAssertEqual(queue.location.fileID, "IaCGenTests/LocationTests.swift")
    XCTAssertTrue(queue.location.filePath.hasSuffix("Tests/IaCGenTests/LocationTests.swift"))
    XCTAssertEqual(queue.location.line, line)
    XCTAssertEqual(queue.location.column, 22)  // Swift reports the call's opening parenthesis

    let stack = Stack("s", region: .usEast1) { queue }
    XCTAssertEqual(stack.location.line, #line - 1)
  }

  func testDiagnosticTextFormats() {
    let diagnostic = Diagnostic(
      severity: .error, ruleID: "SQS001", message: "queue 'q' is wrong",
      location: SourceLocation(fileID: "Stacks/Orders.swift", filePath: "/src/Sources/Stacks/Orders.swift", line: 27, column: 5),
      stack: "orders",
      subject: .init(id: "q", terraformAddress: "aws_sqs_queue.q", cloudFormationType: "AWS::SQS::Queue"))
    XCTAssertEqual(
      DiagnosticFormatter(pathStyle: .fileID).format(diagnostic),
      """
      Stacks/Orders.swift:27:5: error: [SQS001] queue 'q' is wrong
        note: in stack 'orders', resource 'q' (aws_sqs_queue.q / AWS::SQS::Queue)

      """)
    XCTAssertTrue(DiagnosticFormatter(pathStyle: .filePath).format(diagnostic).hasPrefix("/src/Sources/Stacks/Orders.swift:27:5: error:"))
    XCTAssertEqual(DiagnosticFormatter().format([diagnostic]).split(separator: "\n").last, "1 error, 0 warnings")
  }
}
