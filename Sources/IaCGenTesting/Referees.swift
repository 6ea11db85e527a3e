// The referees that judge generated output: terraform (init, validate, fmt) and cfn-lint.

import Foundation

/// Runs the tools that judge iacgen's output, so tests can assert that what a stack renders
/// is accepted by Terraform and by cfn-lint.
///
/// Terraform runs offline: `terraform init -backend=false -plugin-dir=<dir>` with the AWS
/// provider from a local plugin directory, named by `IACGEN_TERRAFORM_PLUGIN_DIR` or found
/// by searching for `terraform-provider-aws*`.
public enum Referees {
  /// What a referee said.
  public struct Verdict: Sendable {
    public var passed: Bool
    /// The tool's output, for a failure message.
    public var output: String
  }

  /// Why a referee could not run.
  public struct Unavailable: Error, CustomStringConvertible, Sendable {
    public var description: String
  }

  /// The environment variable that names the Terraform plugin directory.
  public static let pluginDirectoryVariable = "IACGEN_TERRAFORM_PLUGIN_DIR"

  /// Whether referees are mandatory (`CI` is set): tests then fail instead of skipping.
  public static var areMandatory: Bool {
    let value = ProcessInfo.processInfo.environment["CI"] ?? ""
    return !value.isEmpty && value != "0" && value.lowercased() != "false"
  }

  /// `terraform init` + `validate` + `fmt -check` on a copy of the module in `directory`.
  public static func terraform(module directory: URL) throws -> Verdict {
    guard let terraform = executable("terraform") else { throw Unavailable(description: "terraform is not on PATH") }
    guard let plugins = terraformPluginDirectory() else {
      throw Unavailable(
        description: "no terraform-provider-aws plugin directory found; set \(pluginDirectoryVariable)")
    }
    let fileManager = FileManager.default
    let work = fileManager.temporaryDirectory.appendingPathComponent("iacgen-tf-\(UUID().uuidString)")
    defer { try? fileManager.removeItem(at: work) }
    try fileManager.copyItem(at: directory, to: work)
    var environment = ProcessInfo.processInfo.environment
    environment["TF_IN_AUTOMATION"] = "1"
    environment["CHECKPOINT_DISABLE"] = "1"
    var transcript = ""
    for arguments in [
      ["fmt", "-check", "-diff", "-no-color", "-recursive"],
      ["init", "-backend=false", "-input=false", "-no-color", "-plugin-dir=\(plugins)"],
      ["validate", "-no-color"],
    ] {
      let (status, output) = try run(terraform, arguments, in: work, environment: environment)
      transcript += "$ terraform \(arguments.joined(separator: " "))\n\(output)\n"
      if status != 0 { return Verdict(passed: false, output: transcript) }
    }
    return Verdict(passed: true, output: transcript)
  }

  /// `cfn-lint` on templates; passes when it reports no errors (warnings are kept in the output).
  public static func cfnLint(templates: [URL], region: String? = nil) throws -> Verdict {
    guard let cfnLint = executable("cfn-lint") else { throw Unavailable(description: "cfn-lint is not on PATH") }
    let regions = region.map { ["--regions", $0] } ?? []
    let (status, output) = try run(cfnLint, ["--format", "parseable"] + regions + ["--"] + templates.map(\.path), in: nil)
    // cfn-lint's exit status is a bit set: 2 errors, 4 warnings, 8 informational; 1 is a crash.
    return Verdict(passed: status & 0b11 == 0, output: output)
  }

  /// The directory holding `registry.terraform.io/hashicorp/aws/...`.
  public static func terraformPluginDirectory() -> String? {
    let environment = ProcessInfo.processInfo.environment
    if let configured = environment[pluginDirectoryVariable], !configured.isEmpty { return configured }
    let home = environment["HOME"] ?? "/root"
    let roots = ["\(home)/.terraform.d", "\(home)/.local/share", "/opt", "/usr/local/share", "/usr/share", "/"]
    for root in roots where FileManager.default.fileExists(atPath: root) {
      guard let found = try? run("/usr/bin/find", [
        root, "-xdev", "(", "-path", "/proc", "-o", "-path", "/sys", ")", "-prune", "-o",
        "-name", "terraform-provider-aws*", "-type", "f", "-print", "-quit",
      ], in: nil).1, let range = found.range(of: "/registry.terraform.io/") else { continue }
      return String(found[..<range.lowerBound])
    }
    return nil
  }

  static func executable(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for directory in path.split(separator: ":") {
      let candidate = "\(directory)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  static func run(_ executable: String, _ arguments: [String], in directory: URL?, environment: [String: String]? = nil)
    throws -> (Int32, String)
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    if let environment { process.environment = environment }
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}
