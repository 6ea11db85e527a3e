// `iacgen rules`: the rule catalog.

import IaCGen

/// Prints every rule of ``RuleCatalog``, as text lines or as docs/rules.md's Markdown.
struct RulesCommand {
  var format: String
  var console: Console

  init(_ parsed: ParsedCommand, console: Console) {
    format = parsed.options["format"] ?? "text"
    self.console = console
  }

  func run() throws -> ExitCode {
    switch format {
    case "markdown":
      console.out(RuleCatalog.markdown())
    case "text":
      for rule in RuleCatalog.all {
        console.out("\(rule.id)  \(rule.severity.rawValue)  \(rule.title)\n    source: \(rule.source)\n")
      }
    default:
      throw CommandFailure(message: "error: unknown format '\(format)'; use text or markdown", exitCode: .usage)
    }
    return .success
  }
}
