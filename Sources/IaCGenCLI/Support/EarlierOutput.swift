// Reading an earlier output directory back, for `iacgen diff` and `iacgen deploy`.

import Foundation
import IaCGen

/// The templates and Terraform modules of an earlier output directory (what `diffOutputs`
/// compares); nil when `directory` holds neither.
func readEarlierOutput(_ directory: URL) throws -> [OutputFile]? {
  let manager = FileManager.default
  var files: [OutputFile] = []
  func read(_ relative: String) throws {
    do {
      files.append(OutputFile(path: relative, contents: try String(contentsOf: directory.appendingPathComponent(relative), encoding: .utf8)))
    } catch {
      throw CommandFailure(message: "error: cannot read \(directory.appendingPathComponent(relative).path): \(plainDescription(of: error))", exitCode: .packageFailure)
    }
  }
  let templates = directory.appendingPathComponent("cloudformation")
  let modules = directory.appendingPathComponent("terraform")
  guard manager.fileExists(atPath: templates.path) || manager.fileExists(atPath: modules.path) else { return nil }
  for name in ((try? manager.contentsOfDirectory(atPath: templates.path)) ?? []).sorted() where name.hasSuffix(".template.json") {
    try read("cloudformation/" + name)
  }
  for name in ((try? manager.contentsOfDirectory(atPath: modules.path)) ?? []).sorted()
  where manager.fileExists(atPath: modules.appendingPathComponent(name).appendingPathComponent("main.tf").path) {
    try read("terraform/\(name)/main.tf")
  }
  return files
}
