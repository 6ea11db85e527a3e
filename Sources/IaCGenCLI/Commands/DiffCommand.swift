// `iacgen diff`: what a new synthesis changes against an earlier output directory.

import Foundation
import IaCGen
import JSONSyntax

/// Synthesizes a stack package in memory and compares its CloudFormation templates with those
/// of an earlier output directory: resources added, removed and changed, with the changes that
/// replace a stateful resource flagged. Writes nothing.
struct DiffCommand {
  var runner: StackPackageRunner
  var previous: URL
  var console: Console

  init(_ parsed: ParsedCommand, console: Console) {
    runner = StackPackageRunner(parsed, console: console)
    previous = parsed.options["against"].map(ParsedCommand.path)
      ?? parsed.packageDirectory.appendingPathComponent("iacgen.out")
    self.console = console
  }

  func run() throws -> ExitCode {
    let templates = previous.appendingPathComponent("cloudformation")
    guard FileManager.default.fileExists(atPath: templates.path) else {
      throw CommandFailure(message: "error: \(previous.path) holds no cloudformation/ directory to compare with; run `iacgen synth` first or pass --against <dir>", exitCode: .usage)
    }
    var old: [String: JSON.Value] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: templates.path) where name.hasSuffix(".template.json") {
      let path = "cloudformation/" + name
      do {
        old[path] = try JSON.Value(parsing: String(contentsOf: templates.appendingPathComponent(name), encoding: .utf8))
      } catch {
        throw CommandFailure(message: "error: cannot read \(previous.appendingPathComponent(path).path): \(error)", exitCode: .packageFailure)
      }
    }
    let report = try runner.run()
    if report.diagnostics.hasErrors {
      console.err(DiagnosticFormatter(pathStyle: .filePath).format(report.diagnostics))
      console.err("error: validation failed; fix the errors to compare\n")
      return .validationFailure
    }
    var new: [String: JSON.Value] = [:]
    for file in report.files where file.path.hasPrefix("cloudformation/") && file.path.hasSuffix(".template.json") {
      new[file.path] = try JSON.Value(parsing: file.contents)
    }
    console.out(formatChanges(diffTemplates(old: old, new: new)))
    return .success
  }
}
