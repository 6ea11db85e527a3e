import Foundation
import IaCGen
import IaCGenTesting
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
    if isRecordingGoldenFiles {
      try Data(expected.utf8).write(to: Self.docs)
      XCTFail("Recorded docs/rules.md; run again to compare")
      return
    }
    let actual = try String(contentsOf: Self.docs, encoding: .utf8)
    XCTAssertEqual(actual, expected, "docs/rules.md is out of date; IACGEN_RECORD=1 swift test --filter RuleCatalogTests rewrites it")
  }

  /// The seed documents by file name (../shared/seeds).
  static let seedFiles = [
    "000_31b5e04cdccfb9ef.txt", "001_39afb5ee52162cf9.txt", "002_7dd3f4871ef60160.txt",
    "003_b14818bad73d6474.txt", "004_b6e67e45d7fa7e0d.txt",
  ]

  /// Every rule names where it comes from: a seed document or a documentation URL.
  func testEveryRuleNamesASeedFileOrADocumentationURL() {
    for rule in RuleCatalog.all {
      let citesSeed = Self.seedFiles.contains { rule.source.contains("seeds/" + $0) }
      let citesURL = rule.source.contains("https://")
      XCTAssertTrue(citesSeed || citesURL, "\(rule.id) names neither a seed file nor a URL: \(rule.source)")
    }
  }

  /// Seed citations name files that exist.
  func testSeedCitationsNameRealSeedFiles() throws {
    let pattern = try NSRegularExpression(pattern: "seeds/([0-9]{3}_[0-9a-f]{16}\\.txt)")
    for rule in RuleCatalog.all {
      let text = rule.source as NSString
      for match in pattern.matches(in: rule.source, range: NSRange(location: 0, length: text.length)) {
        let file = text.substring(with: match.range(at: 1))
        XCTAssertTrue(Self.seedFiles.contains(file), "\(rule.id) cites an unknown seed file \(file)")
      }
    }
  }
}
