// The subcommands iacgen offers.

enum Commands {
  static let synth = CommandSpec(
    name: "synth",
    abstract: "Build and run a stack package, validate it, and write Terraform and CloudFormation.",
    arguments: [ArgumentSpec(name: "package-dir", help: "The stack package (a directory with Package.swift).")],
    options: [
      OptionSpec(long: "out", valueName: "dir", help: "Output directory (default: <package-dir>/iacgen.out)."),
      OptionSpec(long: "product", valueName: "name", help: "The executable to run when the package has several."),
      OptionSpec(long: "warnings-as-errors", valueName: nil, help: "Treat warnings as errors (for CI)."),
      OptionSpec(long: "format", valueName: "text|json", help: "Diagnostics as compiler-style text (stderr, default) or JSON (stdout)."),
    ],
    discussion: """
      Writes <out>/terraform/<stack>/ (one root module per stack) and
      <out>/cloudformation/<stack>.template.json. The output directory is replaced whole:
      on errors nothing is written and an earlier output is left as it was.
      Exit codes: 0 success, 1 validation errors, 2 package failed to build or run, 64 bad usage.
      """)

  static let validate = CommandSpec(
    name: "validate",
    abstract: "Build and run a stack package and report diagnostics; writes nothing.",
    arguments: [ArgumentSpec(name: "package-dir", help: "The stack package (a directory with Package.swift).")],
    options: [
      OptionSpec(long: "product", valueName: "name", help: "The executable to run when the package has several."),
      OptionSpec(long: "warnings-as-errors", valueName: nil, help: "Treat warnings as errors (for CI)."),
      OptionSpec(long: "format", valueName: "text|json", help: "Diagnostics as compiler-style text (stderr, default) or JSON (stdout)."),
    ],
    discussion: "Exit codes: 0 valid, 1 validation errors, 2 package failed to build or run, 64 bad usage.")

  static let rules = CommandSpec(
    name: "rules",
    abstract: "List every validation rule: ID, severity, what it checks and where that comes from.",
    arguments: [],
    options: [OptionSpec(long: "format", valueName: "text|markdown", help: "Plain lines (default) or docs/rules.md's Markdown.")],
    discussion: "docs/rules.md is generated from the same catalog.")

  static let parser = ArgumentParser(
    toolName: "iacgen",
    abstract: "iacgen: typed AWS infrastructure in Swift, validated and rendered to Terraform and CloudFormation.",
    commands: [synth, validate, rules])
}
