import Foundation
import IaCGen
import XCTest

/// docs/rules.md is generated from the rule catalog; this keeps the two in step.
final class RuleCatalogTests: XCTestCase {
  static let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("docs/rules.md")

  func testRuleIDsAreUnique() {
    let ids = RuleCatalog.all.map(\.id)
    XCTAssertEqual(ids.count, Set(ids).count)
  }

  func testDocsListEveryRule() throws {
    let expected = RuleCatalog.markdown()
    if ProcessInfo.processInfo.environment["IACGEN_RECORD"].map({ !$0.isEmpty && $0 != "0" }) ?? false {
      try Data(expected.utf8).write(to: Self.docs)
      XCTFail("Recorded docs/rules.md; run again to compare")
      return
    }
    let actual = try String(contentsOf: Self.docs, encoding: .utf8)
    XCTAssertEqual(actual, expected, "docs/rules.md is out of date; IACGEN_RECORD=1 swift test --filter RuleCatalogTests rewrites it")
  }
}
