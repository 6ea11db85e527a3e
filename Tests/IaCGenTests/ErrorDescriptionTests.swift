import Foundation
import IaCGen
import XCTest

/// Foundation's errors reach the user as one plain line, not as an NSError dump.
final class ErrorDescriptionTests: XCTestCase {
  func testFileErrorsNameTheReasonAndThePath() {
    let path = "/nonexistent-iacgen-directory/file"
    XCTAssertThrowsError(try Data("x".utf8).write(to: URL(fileURLWithPath: path))) { error in
      XCTAssertEqual(plainDescription(of: error), "No such file or directory (\(path))")
    }
    XCTAssertThrowsError(try String(contentsOfFile: path, encoding: .utf8)) { error in
      let text = plainDescription(of: error)
      XCTAssertFalse(text.contains("Domain="), text)
      XCTAssertFalse(text.contains("UserInfo"), text)
      XCTAssertTrue(text.hasSuffix("(\(path))"), text)
    }
  }

  func testDataErrorsKeepTheirDetailAndOtherErrorsDescribeThemselves() {
    XCTAssertThrowsError(try JSONSerialization.jsonObject(with: Data("{".utf8))) { error in
      let text = plainDescription(of: error)
      XCTAssertFalse(text.contains("Domain="), text)
      XCTAssertTrue(text.hasPrefix("The data"), text)
    }
    struct Refusal: Error, CustomStringConvertible { var description: String { "the output is not iacgen's" } }
    XCTAssertEqual(plainDescription(of: Refusal()), "the output is not iacgen's")
  }
}
