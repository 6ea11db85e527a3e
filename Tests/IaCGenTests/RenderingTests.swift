@testable import IaCGen
import HCL
import IaCGenTesting
import JSONSyntax
import XCTest

/// Each resource kind rendered in both formats, compared with reviewed golden files.
final class RenderingTests: XCTestCase {
  private var models: [StackModel] { [lowerStack(KitchenSink.stack), lowerStack(KitchenSink.edgeStack)] }

  func testKitchenSinkIsValid() {
    let result = synthesize(App { KitchenSink.stack; KitchenSink.edgeStack })
    XCTAssertEqual(result.diagnostics.filter { $0.suppressedBecause == nil }, [], result.diagnosticText)
    // The kitchen sink accepts these phase findings, each with its reason.
    XCTAssertEqual(result.diagnostics.map(\.ruleID).sorted(), ["PH001", "PH001", "PH002", "PH003", "PH005"])
  }

  func testEachKindInBothFormats() {
    for model in models {
      // Resources of the edge stack carry its name: both stacks generate some of the same IDs.
      let prefix = model.name == "kitchen-sink" ? "" : model.name + "_"
      let index = ModelIndex(model)
      for resource in model.resources + model.regional.flatMap(\.resources) {
        let terraform = HCL.Printer().print(
          HCL.File(body: HCL.Body(TerraformEmitter().translate(resource, in: index).flatMap { [.block($0), .blankLine] })))
        let cloudFormation = JSON.Printer().print(
          .object(CloudFormationEmitter().translate(resource, in: index).map(\.member)))
        assertGolden(terraform, named: "\(prefix)\(resource.kind.rawValue)-\(resource.id).tf")
        assertGolden(cloudFormation, named: "\(prefix)\(resource.kind.rawValue)-\(resource.id).json")
      }
    }
  }

  func testWholeFiles() {
    let result = synthesize(App { KitchenSink.stack })
    XCTAssertEqual(result.files.map(\.path), [
      "cloudformation/kitchen-sink.eu-central-1.template.json",
      "cloudformation/kitchen-sink.template.json",
      "cloudformation/manifest.json",
      "terraform/kitchen-sink/main.tf",
      "terraform/kitchen-sink/outputs.tf",
      "terraform/kitchen-sink/versions.tf",
      "terraform/manifest.json",
    ])
    // main.tf is the per-kind golden files in dependency order; the others are whole here.
    for file in result.files where !file.path.hasSuffix("main.tf") {
      assertGolden(file.contents, named: file.path.replacingOccurrences(of: "/", with: "_"))
    }
  }

  func testOutputIsDeterministic() {
    let first = synthesize(App { KitchenSink.stack }).files
    for _ in 0..<3 { XCTAssertEqual(synthesize(App { KitchenSink.stack }).files, first) }
  }

  /// `data` blocks are declared for references anywhere in a block: nested blocks, templates,
  /// calls, objects and `for` expressions; other traversals declare nothing.
  func testDataSourcesFollowEveryKindOfExpression() {
    var body = HCL.Body()
    body.attribute("arn", .template([.literal("arn:"), .interpolation(.traversal(["data", "aws_partition", "current", "partition"]))]))
    body.attribute(
      "names",
      .forExpression(
        variable: "r", collection: .traversal(["aws_route53_record", "x"]), key: nil,
        value: .call("format", [.string("%s"), .traversal(["data", "aws_region", "current", "name"])])))
    var nested = HCL.Body()
    nested.attribute("account", .object([("id", .traversal(["data", "aws_caller_identity", "current", "account_id"]))]))
    body.block("scope", nested)
    body.attribute("queue", .traversal(["aws_sqs_queue", "data", "arn"]))
    let blocks = dataSources(usedBy: [HCL.Block(type: "resource", labels: ["aws_thing", "x"], body: body)])
    XCTAssertEqual(blocks.map(\.labels), [["aws_caller_identity", "current"], ["aws_partition", "current"], ["aws_region", "current"]])
    XCTAssertEqual(dataSources(usedBy: [HCL.Block(type: "resource", labels: ["aws_thing", "y"], body: HCL.Body())]).count, 0)
  }
}
