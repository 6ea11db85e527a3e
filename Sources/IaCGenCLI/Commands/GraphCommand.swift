// `iacgen graph`: the app as a diagram.

import Foundation
import IaCGen

/// Builds and runs a stack package and prints its stacks (grouped by Region), resources and
/// references as Mermaid (default) or Graphviz DOT.
struct GraphCommand {
  var runner: StackPackageRunner
  var format: String
  var console: Console

  init(_ parsed: ParsedCommand, console: Console) {
    runner = StackPackageRunner(parsed, console: console)
    runner.includingGraph = true
    format = parsed.options["format"] ?? "mermaid"
    self.console = console
  }

  func run() throws -> ExitCode {
    guard ["mermaid", "dot"].contains(format) else {
      throw CommandFailure(message: "error: unknown format '\(format)'; use mermaid or dot", exitCode: .usage)
    }
    guard let graph = try runner.run().graph else {
      throw CommandFailure(message: "error: the stack program's report has no graph", exitCode: .packageFailure)
    }
    console.out(format == "dot" ? graph.dot() : graph.mermaid())
    return .success
  }
}
