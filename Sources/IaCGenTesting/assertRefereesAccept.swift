// Assertions that terraform and cfn-lint accept what a stack renders.

import Foundation
import IaCGen
import XCTest

/// Synthesizes `app`, writes its files to a temporary directory and runs every referee on them.
///
/// Skips the test with a message where a referee is missing; fails it instead when `CI` is set.
public func assertRefereesAccept(_ app: App, file: StaticString = #filePath, line: UInt = #line) throws {
  let result = synthesize(app)
  XCTAssertFalse(result.hasErrors, result.diagnosticText, file: file, line: line)
  guard !result.hasErrors else { return }
  let directory = FileManager.default.temporaryDirectory.appendingPathComponent("iacgen-referee-\(UUID().uuidString)")
  defer { try? FileManager.default.removeItem(at: directory) }
  for output in result.files {
    let url = directory.appendingPathComponent(output.path)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(output.contents.utf8).write(to: url)
  }
  try assertRefereesAccept(outputDirectory: directory, file: file, line: line)
}

/// Runs terraform on every module under `<dir>/terraform` and cfn-lint on every template
/// under `<dir>/cloudformation`, each against the Region `manifest.json` gives it.
public func assertRefereesAccept(outputDirectory directory: URL, file: StaticString = #filePath, line: UInt = #line) throws {
  let fileManager = FileManager.default
  // Each stack's module is a directory (terraform/manifest.json sits beside them).
  let modules = try fileManager.contentsOfDirectory(
    at: directory.appendingPathComponent("terraform"), includingPropertiesForKeys: [.isDirectoryKey]
  ).filter { (try? $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true }.sorted { $0.path < $1.path }
  let templates = try fileManager.contentsOfDirectory(
    at: directory.appendingPathComponent("cloudformation"), includingPropertiesForKeys: nil
  ).filter { $0.lastPathComponent.hasSuffix(".template.json") }.sorted { $0.path < $1.path }
  let regions = try templateRegions(directory.appendingPathComponent("cloudformation/manifest.json"))
  XCTAssertFalse(modules.isEmpty, file: file, line: line)
  XCTAssertFalse(templates.isEmpty, file: file, line: line)
  do {
    for module in modules {
      let verdict = try Referees.terraform(module: module)
      XCTAssertTrue(verdict.passed, "terraform rejected \(module.lastPathComponent):\n\(verdict.output)", file: file, line: line)
    }
    var byRegion: [(region: String?, templates: [URL])] = []
    for template in templates {
      let region = regions[template.lastPathComponent]
      if let position = byRegion.firstIndex(where: { $0.region == region }) {
        byRegion[position].templates.append(template)
      } else {
        byRegion.append((region, [template]))
      }
    }
    for group in byRegion {
      let verdict = try Referees.cfnLint(templates: group.templates, region: group.region)
      XCTAssertTrue(verdict.passed, "cfn-lint reported errors (\(group.region ?? "default Region")):\n\(verdict.output)", file: file, line: line)
    }
  } catch let unavailable as Referees.Unavailable {
    if Referees.areMandatory {
      XCTFail("referee unavailable with CI set: \(unavailable)", file: file, line: line)
    } else {
      throw XCTSkip("referee unavailable: \(unavailable)")
    }
  }
}

/// Template file name -> Region, from the manifest (empty when there is none).
private func templateRegions(_ manifest: URL) throws -> [String: String] {
  guard let data = FileManager.default.contents(atPath: manifest.path) else { return [:] }
  struct Manifest: Decodable {
    struct Entry: Decodable {
      var template: String
      var region: String
    }
    var templates: [Entry]
  }
  let decoded = try JSONDecoder().decode(Manifest.self, from: data)
  return Dictionary(decoded.templates.map { ($0.template, $0.region) }, uniquingKeysWith: { first, _ in first })
}
