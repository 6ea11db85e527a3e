// `iacgen deploy` and `iacgen destroy`: synthesize, then run the real engines in order.

import Foundation
import IaCGen

/// Synthesizes a stack package (as `iacgen synth` does, into the same output directory),
/// then deploys its stacks with one engine in the manifests' order across stacks and Regions:
/// Terraform (`init`, `plan`, `apply` per stack module, state in the stack's backend) or
/// CloudFormation (`aws cloudformation deploy` per template, waited for). Stops at the first
/// failure, naming the stack. Refuses, before writing anything, a change that replaces or
/// removes a stateful resource unless `--allow-data-loss` is given. `destroy` removes the
/// stacks in reverse order.
struct DeployCommand {
  var action: DeployAction
  var runner: StackPackageRunner
  var writer: OutputDirectoryWriter
  var engine: String?
  var stacks: [String]
  var allowDataLoss: Bool
  var confirmed: Bool
  var templateBucket: String?
  var pluginDirectory: String?
  var console: Console

  init(_ parsed: ParsedCommand, destroying: Bool, console: Console) {
    action = destroying ? .destroy(refresh: !parsed.flags.contains("no-refresh")) : .deploy(planOnly: parsed.flags.contains("plan"))
    runner = StackPackageRunner(parsed, console: console)
    let output = parsed.options["out"].map(ParsedCommand.path) ?? parsed.packageDirectory.appendingPathComponent("iacgen.out")
    writer = OutputDirectoryWriter(outputDirectory: output, package: parsed.packageDirectory)
    engine = parsed.options["engine"]
    stacks = parsed.options["stack"].map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } } ?? []
    allowDataLoss = parsed.flags.contains("allow-data-loss")
    confirmed = parsed.flags.contains("yes")
    templateBucket = parsed.options["template-bucket"]
    pluginDirectory = parsed.options["plugin-dir"].map { ParsedCommand.path($0).path }
    self.console = console
  }

  var verb: String {
    switch action {
    case .deploy(planOnly: true): return "plan"
    case .deploy(planOnly: false): return "deploy"
    case .destroy: return "destroy"
    }
  }

  func run() throws -> ExitCode {
    guard let engine, ["terraform", "cloudformation"].contains(engine) else {
      throw CommandFailure(
        message: "error: \(verb) needs --engine terraform or --engine cloudformation (both formats describe the same resources: deploying both would create each twice)",
        exitCode: .usage)
    }
    if action == .destroy(refresh: false) && engine != "terraform" {
      throw CommandFailure(message: "error: --no-refresh is Terraform's (terraform destroy -refresh=false); CloudFormation deletes a stack from its own record of it", exitCode: .usage)
    }
    let tool = engine == "terraform" ? "terraform" : "aws"
    guard let executable = findExecutable(tool) else {
      throw CommandFailure(
        message: "error: '\(tool)' is not on PATH; install \(engine == "terraform" ? "Terraform (1.5 or later; 1.10 for S3 lock files)" : "the AWS CLI") to \(verb) with --engine \(engine)",
        exitCode: .engineFailure)
    }
    if case .destroy = action, !confirmed {
      throw CommandFailure(
        message: "error: destroy deletes the stacks and the data in them; pass --yes to confirm (tables and databases with deletion protection still refuse until it is turned off)",
        exitCode: .usage)
    }
    try SynthCommand.check(writer)
    let report = try runner.run()
    console.err(DiagnosticFormatter(pathStyle: .filePath).format(report.diagnostics))
    if report.diagnostics.hasErrors {
      console.err("error: validation failed; nothing was written or deployed\n")
      return .validationFailure
    }
    var plan = try DeploymentPlan(files: report.files).only(stacks)
    let output = URL(fileURLWithPath: writer.resolvedPath)

    if case .deploy = action, let earlier = try readEarlierOutput(output) {
      let prefix = engine == "terraform" ? "terraform/" : "cloudformation/"
      let changes = diffOutputs(old: earlier, new: report.files).filter { $0.template.hasPrefix(prefix) }
      let losing = changes.filter(\.losesData)
      if !losing.isEmpty {
        console.err(formatChanges(losing))
        guard allowDataLoss else {
          console.err("error: refusing to \(verb): these changes replace or remove stateful resources, and their data with them; pass --allow-data-loss to \(verb) anyway (nothing was written or deployed)\n")
          return .replacesStatefulResource
        }
        console.err("warning: --allow-data-loss: deploying changes that replace or remove stateful resources\n")
      }
    }
    if engine == "cloudformation" {
      let large = plan.cloudFormation.filter { unit in
        let size = report.files.first { $0.path == "cloudformation/" + unit.template }?.contents.utf8.count ?? 0
        return size > CloudFormationEngine.inlineTemplateBytes
      }
      if !large.isEmpty && templateBucket == nil {
        throw CommandFailure(
          message: "error: \(large.map(\.template).joined(separator: ", ")) \(large.count == 1 ? "is" : "are") larger than the 51,200 bytes CloudFormation takes inline; pass --template-bucket <bucket> (an S3 bucket in the stack's Region the AWS CLI uploads templates to; {region} in the name stands for each stack's Region)",
          exitCode: .usage)
      }
    }
    for note in try SynthCommand.write(report.files, with: writer) { console.err("note: \(note)\n") }
    console.err("Wrote \(report.files.count) files to \(output.path)\n")

    if case .destroy = action {
      plan.terraform.reverse()
      plan.cloudFormation.reverse()
    }
    let units: [(name: String, region: String, run: () throws -> Int32)]
    let environment = ProcessInfo.processInfo.environment
    if engine == "terraform" {
      let terraform = TerraformEngine(terraform: executable, pluginDirectory: pluginDirectory, environment: environment, console: console)
      units = plan.terraform.map { module in (module.stack, module.region, { try terraform.run(module, output: output, action: action) }) }
    } else {
      let cloudFormation = CloudFormationEngine(aws: executable, templateBucket: templateBucket, environment: environment, console: console)
      units = plan.cloudFormation.map { unit in (unit.name, unit.region, { try cloudFormation.run(unit, output: output, action: action) }) }
    }
    let started = Date()
    for (position, unit) in units.enumerated() {
      let unitStarted = Date()
      console.err("==> [\(position + 1)/\(units.count)] \(verb) \(unit.name) in \(unit.region) with \(engine)\n")
      let status = try unit.run()
      let elapsed = String(format: "%.1f", Date().timeIntervalSince(unitStarted))
      guard status == 0 else {
        let rest = units.dropFirst(position + 1).map(\.name)
        throw CommandFailure(
          message: "error: \(verb) of stack '\(unit.name)' in \(unit.region) failed (\(engine == "terraform" ? "terraform" : "aws") exited \(status) after \(elapsed) s)"
            + (rest.isEmpty ? "" : "; not attempted: \(rest.joined(separator: ", "))"),
          exitCode: .engineFailure)
      }
      console.err("<== \(unit.name) (\(unit.region)): \(verb) done in \(elapsed) s\n")
    }
    console.err("\(verb.prefix(1).uppercased() + verb.dropFirst()) of \(units.count) stack\(units.count == 1 ? "" : "s") done in \(String(format: "%.1f", Date().timeIntervalSince(started))) s\n")
    return .success
  }
}
