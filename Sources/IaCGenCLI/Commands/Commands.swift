// The subcommands iacgen offers.

enum Commands {
  /// `--product`, for every command that runs a stack package.
  static let product = OptionSpec(long: "product", valueName: "name", help: "The executable to run when the package has several.")
  /// `--configuration`, for every command that runs a stack package.
  static let configuration = OptionSpec(
    long: "configuration", valueName: "debug|release",
    help: "How to build the stack package: debug (default; quickest to build) or release (quickest to run, for large apps).")
  /// `--timeout`, for every command that runs a stack package.
  static let timeout = OptionSpec(
    long: "timeout", valueName: "seconds", help: "Stop the stack program if it runs longer than this (default 600; the build is not timed).")

  static let synth = CommandSpec(
    name: "synth",
    abstract: "Build and run a stack package, validate it, and write Terraform and CloudFormation.",
    arguments: [ArgumentSpec(name: "package-dir", help: "The stack package (a directory with Package.swift).")],
    options: [
      OptionSpec(long: "out", valueName: "dir", help: "Output directory (default: <package-dir>/iacgen.out)."),
      product,
      configuration,
      timeout,
      OptionSpec(long: "warnings-as-errors", valueName: nil, help: "Treat warnings as errors (for CI)."),
      OptionSpec(long: "format", valueName: "text|json", help: "Diagnostics as compiler-style text (stderr, default) or JSON (stdout)."),
    ],
    discussion: """
      Writes <out>/terraform/<stack>/ (one root module per stack), <out>/cloudformation/
      (a template per stack) and <out>/iacgen-output.json (the files iacgen wrote). The output
      directory is replaced whole, and only while it holds exactly what iacgen wrote there:
      anything else in it (Terraform state, a hand-written file, a changed file), or an --out
      that is the package, its sources, the home directory, / or a mount point, is refused and
      nothing changes. On errors nothing is written and an earlier output is left as it was.
      Terraform state lives in each stack's backend, outside the output (default: a local file
      in iacgen.state/<stack>/ beside the output directory).
      Exit codes: 0 success, 1 validation errors, 2 package failed to build or run, 3 output
      directory refused, 64 bad usage.
      """)

  static let validate = CommandSpec(
    name: "validate",
    abstract: "Build and run a stack package and report diagnostics; writes nothing.",
    arguments: [ArgumentSpec(name: "package-dir", help: "The stack package (a directory with Package.swift).")],
    options: [
      product,
      configuration,
      timeout,
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
      timeout,
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
      timeout,
    ],
    discussion: """
      Compares the CloudFormation templates and the Terraform modules resource by resource. A
      change that replaces a stateful resource (a table's key schema or name, a bucket's name,
      a queue's FIFO flag, a database's engine...) or removes one is flagged: its data would be
      lost. Writes nothing. Exit codes: 0 compared (nothing flagged), 1 validation errors,
      2 package failure, 4 a stateful resource is replaced or removed, 64 bad usage.
      """)

  /// The options `deploy` and `destroy` share.
  static let deployOptions = [
    OptionSpec(long: "engine", valueName: "terraform|cloudformation", help: "The engine to run (required): Terraform, or CloudFormation through the AWS CLI."),
    OptionSpec(long: "out", valueName: "dir", help: "Output directory (default: <package-dir>/iacgen.out)."),
    OptionSpec(long: "stack", valueName: "names", help: "Only these stacks (comma-separated), in deploy order; default: every stack."),
    OptionSpec(long: "template-bucket", valueName: "bucket", help: "CloudFormation: an S3 bucket for templates over 51,200 bytes, in the stack's Region ({region} stands for it)."),
    OptionSpec(long: "plugin-dir", valueName: "dir", help: "Terraform: take providers from this directory (terraform init -plugin-dir), offline."),
    product,
    configuration,
    timeout,
  ]

  static let deploy = CommandSpec(
    name: "deploy",
    abstract: "Synthesize, then deploy every stack in order with Terraform or CloudFormation.",
    arguments: [ArgumentSpec(name: "package-dir", help: "The stack package (a directory with Package.swift).")],
    options: deployOptions + [
      OptionSpec(long: "plan", valueName: nil, help: "Show what would change (terraform plan; a CloudFormation change set left unexecuted); change nothing."),
      OptionSpec(long: "allow-data-loss", valueName: nil, help: "Deploy even when a change replaces or removes a stateful resource."),
    ],
    discussion: """
      Writes the output as `iacgen synth` does, then deploys the stacks in the manifests' order
      (each after the stacks it depends on, each in its Region), streaming the engine's output:
      Terraform runs init, plan and apply on each stack's module, with .terraform/ and the
      lock file kept in the stack's directory in iacgen.state/ beside the output, and state in
      the stack's backend; CloudFormation runs `aws cloudformation deploy` with the template's
      capabilities and the stack's tags, and waits. Stops at the first failure, naming the stack.
      Before writing, compares with the earlier output as `iacgen diff` does and refuses a change
      that replaces or removes a stateful resource unless --allow-data-loss is given.
      Credentials, profiles and endpoints come from the environment as the engines read them.
      Exit codes: 0 deployed, 1 validation errors, 2 package failure, 3 output directory refused,
      4 refused: a stateful resource would be replaced or removed, 5 an engine failed, 64 bad usage.
      """)

  static let destroy = CommandSpec(
    name: "destroy",
    abstract: "Synthesize, then destroy every stack in reverse deploy order.",
    arguments: [ArgumentSpec(name: "package-dir", help: "The stack package (a directory with Package.swift).")],
    options: deployOptions + [
      OptionSpec(long: "yes", valueName: nil, help: "Confirm: the stacks and the data in them are deleted."),
      OptionSpec(
        long: "no-refresh", valueName: nil,
        help: "Terraform: destroy what the state holds without reading or planning the configuration first (terraform destroy -refresh=false)."),
    ],
    discussion: """
      Writes the output as `iacgen synth` does, then destroys the stacks in reverse deploy order
      (terraform destroy, or aws cloudformation delete-stack and wait). Resources with deletion
      protection (tables, databases, load balancers by default) make it stop until protection is
      turned off in the stack and deployed. Terraform refreshes the state against the
      configuration before destroying; --no-refresh skips that, for a stack whose provider
      cannot read or plan one of its resources. Exit codes as for deploy.
      """)

  static let initialize = CommandSpec(
    name: "init",
    abstract: "Create a stack package: Package.swift, a stack sized for a scaling phase, and a test file.",
    arguments: [ArgumentSpec(name: "dir", help: "A new or empty directory for the package.")],
    options: [
      OptionSpec(
        long: "phase", valueName: "phase",
        help: "minimum-viable (default), early-production, growth or scale (docs/getting-started.md)."),
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
    commands: [synth, validate, deploy, destroy, rules, graph, diff, initialize])
}
