// Runs the AWS CLI on one generated CloudFormation template.

import Foundation

/// Deploys a template with `aws cloudformation deploy` (a change set, executed and waited
/// for; with its capabilities and the stack's tags), or deletes the stack and waits.
struct CloudFormationEngine {
  var aws: String
  /// Where `aws cloudformation deploy` uploads templates larger than CloudFormation takes
  /// inline (51,200 bytes); `{region}` in it stands for the stack's Region.
  var templateBucket: String?
  var environment: [String: String]
  var console: Console

  /// The largest template CloudFormation takes in the request itself.
  static let inlineTemplateBytes = 51_200

  func run(_ unit: CloudFormationUnit, output: URL, action: DeployAction) throws -> Int32 {
    let template = output.appendingPathComponent("cloudformation").appendingPathComponent(unit.template)
    let steps: [[String]]
    switch action {
    case .deploy(let planOnly):
      var arguments = [
        "cloudformation", "deploy", "--region", unit.region, "--stack-name", unit.name, "--template-file", template.path,
        "--no-fail-on-empty-changeset",
      ]
      if !unit.capabilities.isEmpty { arguments += ["--capabilities"] + unit.capabilities }
      if !unit.tags.isEmpty { arguments += ["--tags"] + unit.tags.map { "\($0.key)=\($0.value)" } }
      if let templateBucket {
        arguments += ["--s3-bucket", templateBucket.replacingOccurrences(of: "{region}", with: unit.region), "--s3-prefix", "iacgen/\(unit.name)"]
      }
      if planOnly { arguments.append("--no-execute-changeset") }
      steps = [arguments]
    case .destroy:
      steps = [
        ["cloudformation", "delete-stack", "--region", unit.region, "--stack-name", unit.name],
        ["cloudformation", "wait", "stack-delete-complete", "--region", unit.region, "--stack-name", unit.name],
      ]
    }
    for arguments in steps {
      console.err("$ aws \(arguments.joined(separator: " "))\n")
      let status = try runStreaming(aws, arguments, environment: environment, forward: console.out)
      if status != 0 { return status }
    }
    return 0
  }
}
