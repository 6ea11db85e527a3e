import IaCGen
import IaCGenTesting
import XCTest

/// LargeStack.swift declares 200 resources in one block; that it compiles at all is the
/// type-checking test. Here it must also lower, validate and render.
final class LargeStackTests: XCTestCase {
  func testTwoHundredResourceStackSynthesizes() {
    let stack = LargeStack.stack
    XCTAssertEqual(stack.declarations.resources.count, 200)
    let result = synthesize(App { stack })
    XCTAssertEqual(result.diagnosticText, "")
    // Each function adds a role and a log group.
    XCTAssertEqual(result.model.stacks[0].resources.count, 300)
    let main = result.file("terraform/large/main.tf") ?? ""
    XCTAssertEqual(main.components(separatedBy: "resource \"aws_lambda_event_source_mapping\"").count - 1, 50)
  }
}
