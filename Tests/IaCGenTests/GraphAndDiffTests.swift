import IaCGen
import IaCGenTesting
import JSONSyntax
import XCTest

/// The app as a graph, and the resource changes between two syntheses.
final class GraphAndDiffTests: XCTestCase {
  static func app(partitionKey: String = "memoId", withOverflow: Bool = true) -> App {
    let memos = Table("memos", name: "memos", partitionKey: KeyAttribute(partitionKey, .string))
    let jobs = Queue("jobs")
    let overflow = Queue("overflow")
    let worker = Function(
      "worker", code: .s3(bucket: "artifacts-bucket", key: "w.zip"), runtime: .python3_12, handler: "app.handler", grants: [.write(memos)])
    return App {
      Stack("core", region: .usEast1) {
        memos
        jobs
        if withOverflow { overflow }
        worker
        QueueTrigger(queue: jobs, function: worker, batchSize: 10)
      }
      Stack("api", region: .usEast1) {
        Function(
          "reader", code: .s3(bucket: "artifacts-bucket", key: "r.zip"), runtime: .python3_12, handler: "app.handler",
          environment: ["QUEUE": "core-jobs"])
      }
      Stack("edge", region: .euWest1) {
        Queue("inbox")
      }
    }
  }

  func testTheAppIsValid() {
    XCTAssertEqual(synthesize(Self.app()).diagnosticText, "")
  }

  func testMermaidGroupsStacksByRegionAndNamesEveryResource() {
    let model = lowerApp(Self.app())
    let graph = ResourceGraph(model)
    let mermaid = graph.mermaid()
    for stack in model.stacks {
      for resource in stack.resources {
        XCTAssertTrue(mermaid.contains("[\"\(resource.id.rawValue)<br/>"), "\(resource.id) is not drawn:\n\(mermaid)")
      }
    }
    XCTAssertTrue(mermaid.hasPrefix("flowchart LR\n  subgraph region_us_east_1[\"us-east-1\"]\n    subgraph stack_core[\"stack core\"]\n"), mermaid)
    XCTAssertTrue(mermaid.contains("    end\n    subgraph stack_api[\"stack api\"]\n"), "stacks of a Region share its subgraph:\n\(mermaid)")
    XCTAssertTrue(mermaid.contains("  subgraph region_eu_west_1[\"eu-west-1\"]\n    subgraph stack_edge[\"stack edge\"]\n"), mermaid)
    XCTAssertTrue(mermaid.contains("  core__worker_from_jobs --> core__jobs\n"), mermaid)
    XCTAssertTrue(mermaid.contains("  api__reader --> api__reader_role\n"), mermaid)
    XCTAssertEqual(graph, ResourceGraph(lowerApp(Self.app())), "the same app draws the same graph")
  }

  func testDotClustersRegionsAndStacks() {
    let dot = ResourceGraph(lowerApp(Self.app())).dot()
    XCTAssertTrue(dot.hasPrefix("digraph iacgen {\n  rankdir=LR;\n  node [shape=box];\n  subgraph \"cluster_region_us-east-1\" {\n    label=\"us-east-1\";\n"), dot)
    XCTAssertTrue(dot.contains("      \"core/memos\" [label=\"memos\\ntable\"];\n"), dot)
    XCTAssertTrue(dot.contains("  \"api/reader\" -> \"api/reader-role\";\n"), dot)
    XCTAssertTrue(dot.hasSuffix("}\n"))
  }

  static func templates(_ app: App) throws -> [String: JSON.Value] {
    var result: [String: JSON.Value] = [:]
    for file in synthesize(app).files where file.path.hasSuffix(".template.json") {
      result[file.path] = try JSON.Value(parsing: file.contents)
    }
    return result
  }

  func testDiffFlagsAChangedTableKeyAsAReplacement() throws {
    let changes = diffTemplates(old: try Self.templates(Self.app()), new: try Self.templates(Self.app(partitionKey: "id", withOverflow: false)))
    XCTAssertEqual(formatChanges(changes), """
      cloudformation/core.template.json:
        ~ Memos (AWS::DynamoDB::Table): AttributeDefinitions, KeySchema
          ! REPLACES Memos: KeySchema cannot change in place; the resource and its data are deleted and created anew
        - Overflow (AWS::SQS::Queue)  REMOVES A STATEFUL RESOURCE: its data is deleted
      0 added, 1 removed, 1 changed; 2 replace or remove stateful resources.

      """)
    XCTAssertEqual(formatChanges(diffTemplates(old: try Self.templates(Self.app()), new: try Self.templates(Self.app()))), "No resource changes.\n")
  }

  func testDiffListsAddedResourcesAndInPlaceChanges() throws {
    let changes = diffTemplates(old: try Self.templates(Self.app(withOverflow: false)), new: try Self.templates(Self.app()))
    XCTAssertEqual(changes, [ResourceChange(template: "cloudformation/core.template.json", logicalID: "Overflow", type: "AWS::SQS::Queue", kind: .added)])
    XCTAssertFalse(changes[0].losesData)
  }
}
