// A stack's Terraform configuration in memory, with queries and assertions.

import HCL
import IaCGen

/// The Terraform configuration of one stack (`main.tf` and `outputs.tf`), rendered in memory.
/// Resources are matched on their attributes and nested blocks (each block type an array).
///
/// ```swift
/// let config = TerraformConfiguration(ordersStack)
/// config.assertResourceCount("aws_sqs_queue", 2)
/// config.assertHasResource("aws_sqs_queue", ["visibility_timeout_seconds": 180, "sqs_managed_sse_enabled": true])
/// ```
public struct TerraformConfiguration {
  let table: ResourceTable
  let outputs: [String: TemplateValue]
  let outputOrder: [String]

  /// The configuration of `stack` on its own.
  public init(_ stack: Stack) {
    self.init(App(stacks: [stack]), stack: stack.name)
  }

  /// The configuration of the stack named `name` in `app`.
  public init(_ app: App, stack name: String) {
    let model = lowerApp(app)
    guard let stack = model.stacks.first(where: { $0.name == name }) else {
      preconditionFailure("the app has no stack named '\(name)' (it has \(model.stacks.map(\.name).joined(separator: ", ")))")
    }
    let emitter = TerraformEmitter()
    var resources: [TemplateResource] = []
    for case .block(let block) in emitter.mainFile(stack).body.items where block.labels.count == 2 {
      let kind = block.type == "data" ? "data." : ""
      resources.append(
        TemplateResource(
          name: block.labels[1], type: kind + block.labels[0], value: TemplateValue(block.body),
          path: "/\(block.type)/\(block.labels[0])/\(escape(block.labels[1]))"))
    }
    table = ResourceTable(resources: resources, formatName: "configuration")
    var outputs: [String: TemplateValue] = [:]
    var order: [String] = []
    for case .block(let block) in emitter.outputsFile(stack).body.items where block.type == "output" && block.labels.count == 1 {
      outputs[block.labels[0]] = TemplateValue(block.body)
      order.append(block.labels[0])
    }
    self.outputs = outputs
    outputOrder = order
  }

  /// Names and bodies of the resources of `type` (`aws_sqs_queue`; `data.aws_iam_policy_document` for data sources).
  public func resources(ofType type: String) -> [(name: String, body: TemplateValue)] {
    table.ofType(type).map { ($0.name, $0.value) }
  }

  /// How many resources of `type` the configuration has.
  public func resourceCount(ofType type: String) -> Int { table.ofType(type).count }

  /// Names of the resources of `type` whose bodies match.
  public func findResources(_ type: String, matching body: Match = .anyValue) -> [String] { table.find(type, matching: body) }

  /// The output block named `name` (its `value`, `description`).
  public func output(_ name: String) -> TemplateValue? { outputs[name] }

  /// Output names in file order.
  public var outputNames: [String] { outputOrder }

  /// Fails unless the configuration has exactly `count` resources of `type`.
  public func assertResourceCount(_ type: String, _ count: Int, file: StaticString = #filePath, line: UInt = #line) {
    table.assertCount(type, count, file: file, line: line)
  }

  /// Fails unless a resource of `type` has a body matching `body`; the failure lists every
  /// mismatch of the closest resource with its path.
  public func assertHasResource(_ type: String, _ body: Match, file: StaticString = #filePath, line: UInt = #line) {
    table.assertHas(type, body, what: "a body", file: file, line: line)
  }

  /// Fails unless the output `name` exists and matches.
  public func assertHasOutput(_ name: String, _ output: Match, file: StaticString = #filePath, line: UInt = #line) {
    assertMatches(outputs[name], output, at: "/output/\(escape(name))", what: "output \(name)", file: file, line: line)
  }
}
