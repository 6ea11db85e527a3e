// What `iacgen deploy` deploys, in order: read from the manifests synthesis wrote.

import Foundation
import IaCGen
import JSONSyntax

/// A stack's Terraform root module, from `terraform/manifest.json`.
struct TerraformModule: Equatable {
  var stack: String
  var region: String
  /// Relative to the output directory (`terraform/<stack>`).
  var directory: String
  /// The local state file, relative to the module directory; nil for S3 state.
  var localStatePath: String?
  /// `s3://bucket/key` for S3 state.
  var remoteState: String?
}

/// A CloudFormation stack, from `cloudformation/manifest.json`.
struct CloudFormationUnit: Equatable {
  /// The CloudFormation stack's name (a stack's replicas in another Region are a unit of their own).
  var name: String
  var region: String
  /// Relative to `cloudformation/`.
  var template: String
  var capabilities: [String]
  var tags: [(key: String, value: String)]

  static func == (a: CloudFormationUnit, b: CloudFormationUnit) -> Bool {
    a.name == b.name && a.region == b.region && a.template == b.template && a.capabilities == b.capabilities
      && a.tags.map(\.key) == b.tags.map(\.key) && a.tags.map(\.value) == b.tags.map(\.value)
  }
}

/// The units to deploy, in the manifests' order (each after those it depends on).
struct DeploymentPlan {
  var terraform: [TerraformModule]
  var cloudFormation: [CloudFormationUnit]

  /// The plan the output's manifests describe.
  init(files: [OutputFile]) throws {
    func manifest(_ path: String) throws -> JSON.Value {
      guard let file = files.first(where: { $0.path == path }) else {
        throw CommandFailure(message: "error: the synthesis has no \(path)", exitCode: .packageFailure)
      }
      return try JSON.Value(parsing: file.contents)
    }
    func string(_ value: JSON.Value?) -> String? {
      if case .string(let text)? = value { return text }
      return nil
    }
    func array(_ value: JSON.Value?) -> [JSON.Value] {
      if case .array(let values)? = value { return values }
      return []
    }
    terraform = array(try manifest("terraform/manifest.json")["modules"]).compactMap { module in
      guard let stack = string(module["stack"]), let region = string(module["region"]), let directory = string(module["directory"]) else { return nil }
      let backend = module["backend"]
      let remote = string(backend?["bucket"]).map { "s3://\($0)/\(string(backend?["key"]) ?? "")" }
      return TerraformModule(stack: stack, region: region, directory: directory, localStatePath: string(backend?["path"]), remoteState: remote)
    }
    cloudFormation = array(try manifest("cloudformation/manifest.json")["templates"]).compactMap { unit in
      guard let name = string(unit["stack"]), let region = string(unit["region"]), let template = string(unit["template"]) else { return nil }
      var tags: [(key: String, value: String)] = []
      if case .object(let members)? = unit["tags"] {
        for member in members { if let value = string(member.value) { tags.append((member.key, value)) } }
      }
      return CloudFormationUnit(
        name: name, region: region, template: template, capabilities: array(unit["capabilities"]).compactMap(string), tags: tags)
    }
  }

  /// Only the units of `stacks` (a stack's replica units with it); every unit when empty.
  /// Throws when a name is not a stack of the app.
  func only(_ stacks: [String]) throws -> DeploymentPlan {
    guard !stacks.isEmpty else { return self }
    let known = Set(terraform.map(\.stack))
    if let unknown = stacks.first(where: { !known.contains($0) }) {
      throw CommandFailure(
        message: "error: the app has no stack '\(unknown)'; its stacks are \(terraform.map(\.stack).joined(separator: ", "))", exitCode: .usage)
    }
    var plan = self
    plan.terraform = terraform.filter { stacks.contains($0.stack) }
    plan.cloudFormation = cloudFormation.filter { unit in
      stacks.contains { unit.name == $0 || (unit.name.hasPrefix($0 + "-") && unit.name.hasSuffix("-replicas") && unit.template.hasPrefix($0 + ".")) }
    }
    return plan
  }
}
