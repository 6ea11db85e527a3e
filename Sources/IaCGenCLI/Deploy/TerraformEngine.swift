// Runs Terraform on one generated root module, keeping its working files outside the output.

import Foundation
import IaCGen

/// Runs `terraform init`, `plan` and `apply` (or `destroy`) on a stack's module in the output
/// directory, with Terraform's working files kept in the stack's state directory beside the
/// output (`iacgen.state/<stack>/`): `.terraform/` through `TF_DATA_DIR`, and the dependency
/// lock file, which Terraform writes beside the configuration, moved in for each run and back
/// out after it. Nothing is left in the output directory, so the next synthesis replaces it.
struct TerraformEngine {
  var terraform: String
  /// `-plugin-dir` for `terraform init` (providers from a local directory, offline).
  var pluginDirectory: String?
  var environment: [String: String]
  var console: Console

  /// The stack's working directory: where its local state lives, or `iacgen.state/<stack>`
  /// beside the output for S3 state.
  static func workingDirectory(for module: TerraformModule, output: URL) -> URL {
    let moduleDirectory = output.appendingPathComponent(module.directory)
    if let state = module.localStatePath {
      let file = state.hasPrefix("/") ? URL(fileURLWithPath: state) : moduleDirectory.appendingPathComponent(state)
      return file.standardizedFileURL.deletingLastPathComponent()
    }
    return output.deletingLastPathComponent().appendingPathComponent(TerraformBackend.defaultLocalDirectory).appendingPathComponent(module.stack)
  }

  /// Deploys (`plan` then `apply` of that plan) or, with `planOnly`, plans; or destroys.
  func run(_ module: TerraformModule, output: URL, action: DeployAction) throws -> Int32 {
    let moduleDirectory = output.appendingPathComponent(module.directory)
    let work = Self.workingDirectory(for: module, output: output)
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    var environment = self.environment
    environment["TF_DATA_DIR"] = work.appendingPathComponent(".terraform").path
    environment["TF_IN_AUTOMATION"] = "1"
    let lockFile = ".terraform.lock.hcl"
    let keptLock = work.appendingPathComponent(lockFile)
    let moduleLock = moduleDirectory.appendingPathComponent(lockFile)
    if FileManager.default.fileExists(atPath: keptLock.path) { try FileManager.default.copyItem(at: keptLock, to: moduleLock) }
    defer {
      // The lock file goes back beside the state, whatever happened.
      if FileManager.default.fileExists(atPath: moduleLock.path) {
        try? FileManager.default.removeItem(at: keptLock)
        try? FileManager.default.moveItem(at: moduleLock, to: keptLock)
      }
    }
    let chdir = "-chdir=" + moduleDirectory.path
    var initArguments = [chdir, "init", "-input=false", "-no-color"]
    if let pluginDirectory { initArguments.append("-plugin-dir=" + pluginDirectory) }
    let steps: [[String]]
    let plan = work.appendingPathComponent("tfplan").path
    switch action {
    case .deploy(planOnly: true): steps = [initArguments, [chdir, "plan", "-input=false", "-no-color"]]
    case .deploy(planOnly: false):
      steps = [initArguments, [chdir, "plan", "-input=false", "-no-color", "-out=" + plan], [chdir, "apply", "-input=false", "-no-color", plan]]
    case .destroy(let refresh):
      steps = [initArguments, [chdir, "destroy", "-input=false", "-no-color", "-auto-approve"] + (refresh ? [] : ["-refresh=false"])]
    }
    defer { try? FileManager.default.removeItem(atPath: plan) }
    for arguments in steps {
      console.err("$ terraform \(arguments.dropFirst().joined(separator: " "))\n")
      let status = try runStreaming(terraform, arguments, environment: environment, forward: console.out)
      if status != 0 { return status }
    }
    return 0
  }
}

/// What a deployment does to each unit.
enum DeployAction: Equatable {
  /// Create or update; with `planOnly`, show what would change and change nothing.
  case deploy(planOnly: Bool)
  /// Delete; with `refresh` false, Terraform destroys what its state holds without refreshing
  /// it against the configuration first.
  case destroy(refresh: Bool)
}
