// `iacgen diff`: what a new synthesis changes against an earlier output directory.

import Foundation
import IaCGen
import JSONSyntax

/// Synthesizes a stack package in memory and compares its CloudFormation templates and
/// Terraform modules with those of an earlier output directory: resources added, removed and
/// changed, with the changes that replace or remove a stateful resource flagged (exit 4).
/// Writes nothing.
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
    guard let old = try readEarlierOutput(previous) else {
      throw CommandFailure(
        message: "error: \(previous.path) holds no cloudformation/ or terraform/ directory to compare with; run `iacgen synth` first or pass --against <dir>",
        exitCode: .usage)
    }
    let report = try runner.run()
    if report.diagnostics.hasErrors {
      console.err(DiagnosticFormatter(pathStyle: .filePath).format(report.diagnostics))
      console.err("error: validation failed; fix the errors to compare\n")
      return .validationFailure
    }
    let changes = diffOutputs(old: old, new: report.files)
    console.out(formatChanges(changes))
    return changes.contains(where: \.losesData) ? .replacesStatefulResource : .success
  }
}
