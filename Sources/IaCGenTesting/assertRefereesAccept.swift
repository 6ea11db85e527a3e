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

/// Runs terraform on every module under `<dir>/terraform` and cfn-lint on `<dir>/cloudformation`.
public func assertRefereesAccept(outputDirectory directory: URL, file: StaticString = #filePath, line: UInt = #line) throws {
  let fileManager = FileManager.default
  let modules = try fileManager.contentsOfDirectory(
    at: directory.appendingPathComponent("terraform"), includingPropertiesForKeys: nil
  ).sorted { $0.path < $1.path }
  let templates = try fileManager.contentsOfDirectory(
    at: directory.appendingPathComponent("cloudformation"), includingPropertiesForKeys: nil
  ).filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }
  XCTAssertFalse(modules.isEmpty, file: file, line: line)
  XCTAssertFalse(templates.isEmpty, file: file, line: line)
  do {
    for module in modules {
      let verdict = try Referees.terraform(module: module)
      XCTAssertTrue(verdict.passed, "terraform rejected \(module.lastPathComponent):\n\(verdict.output)", file: file, line: line)
    }
    let verdict = try Referees.cfnLint(templates: templates)
    XCTAssertTrue(verdict.passed, "cfn-lint reported errors:\n\(verdict.output)", file: file, line: line)
  } catch let unavailable as Referees.Unavailable {
    if Referees.areMandatory {
      XCTFail("referee unavailable with CI set: \(unavailable)", file: file, line: line)
    } else {
      throw XCTSkip("referee unavailable: \(unavailable)")
    }
  }
}
