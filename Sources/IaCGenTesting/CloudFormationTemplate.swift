// A stack's CloudFormation template in memory, with queries and assertions.

import Foundation
import IaCGen

/// The CloudFormation template of one stack, rendered in memory (nothing touches the disk).
///
/// ```swift
/// let template = CloudFormationTemplate(ordersStack)
/// template.assertResourceCount("AWS::SQS::Queue", 2)
/// template.assertHasResourceProperties("AWS::SQS::Queue", ["VisibilityTimeout": 180])
/// ```
public struct CloudFormationTemplate {
  /// The whole template.
  public let json: TemplateValue
  let table: ResourceTable

  /// The template of `stack` on its own.
  public init(_ stack: Stack) {
    self.init(App(stacks: [stack]), stack: stack.name)
  }

  /// The template of the stack named `name` in `app` (references to other stacks resolve).
  public init(_ app: App, stack name: String) {
    let model = lowerApp(app)
    guard let stack = model.stacks.first(where: { $0.name == name }) else {
      preconditionFailure("the app has no stack named '\(name)' (it has \(model.stacks.map(\.name).joined(separator: ", ")))")
    }
    self.init(template: TemplateValue(CloudFormationEmitter().template(stack)))
  }

  /// A template read from JSON text (a synthesized `.template.json` file).
  public init(json text: String) throws {
    self.init(template: try TemplateValue(parsingJSON: text))
  }

  /// A template read from a file.
  public init(contentsOf url: URL) throws {
    try self.init(json: String(contentsOf: url, encoding: .utf8))
  }

  init(template json: TemplateValue) {
    self.json = json
    var resources: [TemplateResource] = []
    if case .object(let members)? = json["Resources"] {
      for member in members {
        resources.append(
          TemplateResource(
            name: member.key, type: member.value["Type"]?.stringValue ?? "", value: member.value, path: "/Resources/\(escape(member.key))"))
      }
    }
    table = ResourceTable(resources: resources, formatName: "template")
  }

  /// Logical IDs and resources (Type, Properties, DependsOn...) of `type`, in template order.
  public func resources(ofType type: String) -> [(logicalID: String, resource: TemplateValue)] {
    table.ofType(type).map { ($0.name, $0.value) }
  }

  /// How many resources of `type` the template has.
  public func resourceCount(ofType type: String) -> Int { table.ofType(type).count }

  /// Logical IDs of the resources of `type` whose properties match.
  public func findResources(_ type: String, properties: Match = .anyValue) -> [String] {
    table.find(type, matching: ["Properties": properties])
  }

  /// The output named `id`: its Value, Description and Export.
  public func output(_ id: String) -> TemplateValue? { json["Outputs"]?[id] }

  /// Fails unless the template has exactly `count` resources of `type`.
  public func assertResourceCount(_ type: String, _ count: Int, file: StaticString = #filePath, line: UInt = #line) {
    table.assertCount(type, count, file: file, line: line)
  }

  /// Fails unless a resource of `type` has properties matching `properties` (partially, unless
  /// the pattern says otherwise); the failure lists every mismatch of the closest resource.
  public func assertHasResourceProperties(_ type: String, _ properties: Match, file: StaticString = #filePath, line: UInt = #line) {
    table.assertHas(type, ["Properties": properties], what: "properties", file: file, line: line)
  }

  /// Fails unless a resource of `type` matches `resource` as a whole (Properties, DependsOn,
  /// DeletionPolicy, UpdatePolicy...).
  public func assertHasResource(_ type: String, _ resource: Match, file: StaticString = #filePath, line: UInt = #line) {
    table.assertHas(type, resource, what: "a definition", file: file, line: line)
  }

  /// Fails unless the output `id` exists and matches.
  public func assertHasOutput(_ id: String, _ output: Match, file: StaticString = #filePath, line: UInt = #line) {
    assertMatches(json["Outputs"]?[id], output, at: "/Outputs/\(escape(id))", what: "output \(id)", file: file, line: line)
  }

  /// Fails unless the template as a whole matches.
  public func assertTemplateMatches(_ template: Match, file: StaticString = #filePath, line: UInt = #line) {
    assertMatches(json, template, at: "", what: "the template", file: file, line: line)
  }
}
