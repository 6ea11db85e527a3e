import IaCGen
import IaCGenTesting
import XCTest

/// `Suppress("CKV_...")` renders checkov skips, with their reasons, onto exactly the resources
/// the check reads, in both formats; the library's own skips appear where it renders them.
final class CheckovSuppressionTests: XCTestCase {
  static let queue = Queue("jobs")
  static let table = Table("items", partitionKey: KeyAttribute("pk", .string))
  static let worker = Function(
    "worker", code: .s3(bucket: "artifacts", key: "worker.zip"), runtime: .python3_12, handler: "app.handler",
    grants: [.consume(queue), .read(table)])
  static let other = Function("other", code: .s3(bucket: "artifacts", key: "other.zip"), runtime: .python3_12, handler: "app.handler")

  static func app(_ suppressions: [Suppression]) -> App {
    App {
      Stack("skips", region: .usEast1, phase: .minimumViable) {
        queue
        table
        worker
        other
        suppressions
      }
    }
  }

  static func files(_ suppressions: [Suppression]) -> (terraform: String, cloudFormation: CloudFormationTemplate) {
    let result = synthesize(app(suppressions))
    XCTAssertFalse(result.hasErrors, result.diagnosticText)
    let terraform = result.files.first { $0.path == "terraform/skips/main.tf" }?.contents ?? ""
    let template = try! CloudFormationTemplate(json: result.files.first { $0.path == "cloudformation/skips.template.json" }!.contents)
    return (terraform, template)
  }

  /// The lines of the Terraform block `resource "type" "name"`.
  static func block(_ type: String, _ name: String, in terraform: String) -> [Substring] {
    let lines = terraform.split(separator: "\n", omittingEmptySubsequences: false)
    guard let start = lines.firstIndex(of: "resource \"\(type)\" \"\(name)\" {") else { return [] }
    let end = lines[start...].firstIndex(of: "}") ?? lines.endIndex
    return Array(lines[start..<end])
  }

  func testResourceSuppressionRendersOnTheResourceAndItsGeneratedResourcesOnly() {
    let (terraform, template) = Self.files([
      Suppress("CKV_AWS_117", on: Self.worker, because: "reaches only SQS and DynamoDB"),
      Suppress("CKV_AWS_158", on: Self.worker, because: "default log encryption"),
    ])
    XCTAssertEqual(
      Self.block("aws_lambda_function", "worker", in: terraform).dropFirst().first,
      "  # checkov:skip=CKV_AWS_117:reaches only SQS and DynamoDB")
    XCTAssertTrue(Self.block("aws_cloudwatch_log_group", "worker_logs", in: terraform).contains("  # checkov:skip=CKV_AWS_158:default log encryption"))
    XCTAssertFalse(Self.block("aws_lambda_function", "other", in: terraform).contains { $0.contains("checkov:skip") })
    XCTAssertFalse(Self.block("aws_cloudwatch_log_group", "other_logs", in: terraform).contains { $0.contains("checkov:skip") })
    // Only the check's types: the function does not carry the log group's check, nor the role either.
    XCTAssertFalse(Self.block("aws_lambda_function", "worker", in: terraform).contains { $0.contains("CKV_AWS_158") })
    XCTAssertFalse(Self.block("aws_iam_role", "worker_role", in: terraform).contains { $0.contains("checkov:skip") })

    template.assertHasResource(
      "AWS::Lambda::Function",
      .objectLike([
        "Properties": .objectLike(["FunctionName": .exact(.string("skips-worker"))]),
        "Metadata": .objectEquals([
          "checkov": .objectEquals([
            "skip": [.objectEquals(["id": .exact(.string("CKV_AWS_117")), "comment": .exact(.string("reaches only SQS and DynamoDB"))])]
          ])
        ]),
      ]))
    XCTAssertEqual(template.json["Resources"]?["WorkerLogs"]?["Metadata"]?["checkov"]?["skip"]?[0]?["id"]?.stringValue, "CKV_AWS_158")
    XCTAssertNil(template.json["Resources"]?["Other"]?["Metadata"])
    XCTAssertNil(template.json["Resources"]?["OtherLogs"]?["Metadata"])
  }

  func testStackSuppressionRendersOnEveryResourceTheCheckReads() {
    let (terraform, template) = Self.files([Suppress("CKV_AWS_116", because: "invoked synchronously")])
    for name in ["worker", "other"] {
      XCTAssertTrue(Self.block("aws_lambda_function", name, in: terraform).contains("  # checkov:skip=CKV_AWS_116:invoked synchronously"), name)
    }
    XCTAssertFalse(Self.block("aws_dynamodb_table", "items", in: terraform).contains { $0.contains("checkov:skip") })
    for logicalID in ["Worker", "Other"] {
      XCTAssertEqual(template.json["Resources"]?[logicalID]?["Metadata"]?["checkov"]?["skip"]?[0]?["comment"]?.stringValue, "invoked synchronously")
    }
    XCTAssertNil(template.json["Resources"]?["Items"]?["Metadata"])
  }

  func testLibrarySkipsCarryTheirReasons() {
    let (_, template) = Self.files([])
    // Queues encrypted with SQS-managed keys: checkov reads only KmsMasterKeyId.
    XCTAssertEqual(template.json["Resources"]?["Jobs"]?["Metadata"]?["checkov"]?["skip"]?[0]?["id"]?.stringValue, "CKV_AWS_27")
    // The worker's role has no statement on "*", so it carries no CKV_AWS_111 skip.
    XCTAssertNil(template.json["Resources"]?["WorkerRole"]?["Metadata"])
  }

  func testSuppressionsOfUnknownChecksStopOutput() {
    let result = synthesize(Self.app([Suppress("CKV_AWS_117x", because: "typo")]))
    XCTAssertTrue(result.hasErrors)
    XCTAssertTrue(result.files.isEmpty)
    XCTAssertEqual(result.diagnostics.map(\.ruleID), ["SUP002"])
  }
}
