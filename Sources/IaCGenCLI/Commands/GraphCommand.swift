// `iacgen graph`: the app as a diagram.

import Foundation
import IaCGen

/// Builds and runs a stack package and prints its stacks (grouped by Region), resources and
/// references as Mermaid (default) or Graphviz DOT.
struct GraphCommand {
  var packageDirectory: URL
  var product: String?
  var format: String
  var console: Console

  init(_ parsed: ParsedCommand, console: Console) {
    packageDirectory = parsed.packageDirectory
    product = parsed.options["product"]
    format = parsed.options["format"] ?? "mermaid"
    self.console = console
  }

  func run() throws -> ExitCode {
    guard ["mermaid", "dot"].contains(format) else {
      throw CommandFailure(message: "error: unknown format '\(format)'; use mermaid or dot", exitCode: .usage)
    }
    let report = try StackPackageRunner(packageDirectory: packageDirectory, product: product, console: console).run()
    console.out(format == "dot" ? report.graph.dot() : report.graph.mermaid())
    return .success
  }
}
