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

  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// Every rule names where it comes from, as something a user can open: an AWS (or other)
  /// documentation URL, or a page in docs/ that exists.
  func testEveryRuleCitesAURLOrAPageInDocs() throws {
    let page = try NSRegularExpression(pattern: "docs/([A-Za-z0-9-]+\\.md)")
    for rule in RuleCatalog.all {
      let text = rule.source as NSString
      let pages = page.matches(in: rule.source, range: NSRange(location: 0, length: text.length)).map { text.substring(with: $0.range(at: 1)) }
      XCTAssertTrue(rule.source.contains("https://") || !pages.isEmpty, "\(rule.id) cites neither a URL nor a page in docs/: \(rule.source)")
      for name in pages {
        XCTAssertTrue(FileManager.default.fileExists(atPath: Self.repository.appendingPathComponent("docs/" + name).path), "\(rule.id) cites docs/\(name), which does not exist")
      }
    }
  }

  /// What users read (the library and CLI sources, the docs, the README, the package template,
  /// the examples' sources and the scripts) cites nothing outside the repository: no reference
  /// files or design documents that only iacgen's authors have.
  func testUserFacingFilesCiteOnlyWhatUsersCanOpen() throws {
    let forbidden = ["../shared", "shared/reference", "seeds/", "aws-limits.md", "aws-limits.json", "benchmark-shape.md"]
    let roots = ["Sources", "docs", "templates", "Benchmarks", "Scripts", "README.md", "Package.swift"]
      + (try FileManager.default.contentsOfDirectory(atPath: Self.repository.appendingPathComponent("Examples").path)).map { "Examples/\($0)/Sources" }
    var offending: [String] = []
    for root in roots {
      let url = Self.repository.appendingPathComponent(root)
      var files: [URL] = []
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { continue }
      if isDirectory.boolValue {
        let walker = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
        while let file = walker?.nextObject() as? URL {
          if !file.path.contains("/.build/") { files.append(file) }
        }
      } else {
        files = [url]
      }
      for file in files where ["swift", "md", "py", "sh", "json"].contains(file.pathExtension) {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
        for (number, line) in text.components(separatedBy: "\n").enumerated() where forbidden.contains(where: line.contains) {
          offending.append("\(file.path.dropFirst(Self.repository.path.count + 1)):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
        }
      }
    }
    XCTAssertEqual(offending, [], "cite an AWS documentation URL or a page in docs/ instead")
  }
}
