// The subcommands iacgen offers.

enum Commands {
  /// `--product`, for every command that runs a stack package.
  static let product = OptionSpec(long: "product", valueName: "name", help: "The executable to run when the package has several.")
  /// `--configuration`, for every command that runs a stack package.
  static let configuration = OptionSpec(
    long: "configuration", valueName: "debug|release",
    help: "How to build the stack package: debug (default; quickest to build) or release (quickest to run, for large apps).")

  static let synth = CommandSpec(
    name: "synth",
    abstract: "Build and run a stack package, validate it, and write Terraform and CloudFormation.",
    arguments: [ArgumentSpec(name: "package-dir", help: "The stack package (a directory with Package.swift).")],
    options: [
      OptionSpec(long: "out", valueName: "dir", help: "Output directory (default: <package-dir>/iacgen.out)."),
      product,
      configuration,
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
      product,
      configuration,
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

  static let graph = CommandSpec(
    name: "graph",
    abstract: "Draw the stacks (grouped by Region), their resources and the references between them.",
    arguments: [ArgumentSpec(name: "package-dir", help: "The stack package (a directory with Package.swift).")],
    options: [
      OptionSpec(long: "format", valueName: "mermaid|dot", help: "Mermaid (default; GitHub renders it) or Graphviz DOT."),
      product,
      configuration,
    ],
    discussion: "Prints the diagram on stdout; writes nothing.")

  static let diff = CommandSpec(
    name: "diff",
    abstract: "Compare a new synthesis with an earlier output directory: resources added, removed, changed, replaced.",
    arguments: [ArgumentSpec(name: "package-dir", help: "The stack package (a directory with Package.swift).")],
    options: [
      OptionSpec(long: "against", valueName: "dir", help: "The earlier output directory (default: <package-dir>/iacgen.out)."),
      product,
      configuration,
    ],
    discussion: """
      Compares the CloudFormation templates resource by resource. A change that makes
      CloudFormation replace a stateful resource (a table's key schema or name, a bucket's name,
      a queue's FIFO flag, a database's engine...) is flagged: its data would be lost.
      Writes nothing. Exit codes: 0 compared, 1 validation errors, 2 package failure, 64 bad usage.
      """)

  static let initialize = CommandSpec(
    name: "init",
    abstract: "Create a stack package: Package.swift, a stack sized for a scaling phase, and a test file.",
    arguments: [ArgumentSpec(name: "dir", help: "A new or empty directory for the package.")],
    options: [
      OptionSpec(
        long: "phase", valueName: "phase",
        help: "minimum-viable (default), early-production, growth or scale (../shared/reference/scaling-phases.md)."),
      OptionSpec(long: "iacgen", valueName: "path|url", help: "Where the package finds iacgen (default: this checkout, by path)."),
    ],
    discussion: """
      The package builds, synthesizes clean (`iacgen synth <dir>`) and its test passes
      (`swift test --package-path <dir>`) as created. Outside this checkout, pass
      --iacgen with the Git URL of iacgen, or edit the dependency in Package.swift.
      """)

  static let parser = ArgumentParser(
    toolName: "iacgen",
    abstract: "iacgen: typed AWS infrastructure in Swift, validated and rendered to Terraform and CloudFormation.",
    commands: [synth, validate, rules, graph, diff, initialize])
}
