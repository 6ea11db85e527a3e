import IaCGen
import IaCGenTesting
import XCTest

/// Rules whose failing stacks need more than one changed setting.
final class ModelRuleTests: XCTestCase {
  func testDeadLetterCycleIsReported() {
    var a = Queue("a")
    var b = Queue("b")
    a.deadLetter = DeadLetter(b, maxReceiveCount: 3)
    b.deadLetter = DeadLetter(a, maxReceiveCount: 3)
    b.retention = .days(5)
    let result = synthesize(App { Stack("cyclic", region: .usEast1) { a; b } })
    XCTAssertEqual(
      result.diagnosticText,
      expand(
        """
        @a: error: [STK004] references form a cycle: 'a' -> 'b' -> 'a'; remove one of the references
          note: in stack 'cyclic', resource 'a' (aws_sqs_queue.a / AWS::SQS::Queue)
        @a: warning: [SQS009] dead-letter queue 'a' keeps messages for 345600 s, no longer than queue 'b' (432000 s); messages keep their original enqueue time, so raise the dead-letter queue's retention (14 days is usual)
          note: in stack 'cyclic', resource 'a' (aws_sqs_queue.a / AWS::SQS::Queue)

        """, in: result))
  }

  func testTemplateResourceLimit() {
    let functions = (0..<170).map { index in
      Function("f\(index)", code: .s3(bucket: "artifacts", key: "k.zip"), runtime: .python3_12, handler: "app.handler")
    }
    let result = synthesize(App { Stack("big", region: .usEast1) { functions } })
    XCTAssertEqual(
      result.diagnosticText,
      expand(
        """
        @stack: error: [STK010] stack 'big' renders to 510 CloudFormation resources; a template allows 500, so split it into several stacks
          note: in stack 'big'

        """, in: result))
  }

  func testSharedTranslationsGiveTheSameFindingsAndMismatchedOnesAreIgnored() {
    let app = App {
      Stack("one", region: .usEast1) { Queue("memos-x"); Queue("memos_x") }
      Stack("two", region: .usEast1) { Queue("jobs") }
    }
    let model = lowerApp(app)
    let alone = runValidation(model)
    XCTAssertEqual(alone.filter { $0.ruleID == "STK002" }.count, 1)
    XCTAssertEqual(runValidation(model, cloudFormation: CloudFormationTranslation.stacks(of: model)), alone)
    let swapped = Array(CloudFormationTranslation.stacks(of: model).reversed())
    XCTAssertEqual(runValidation(model, cloudFormation: swapped), alone)
    XCTAssertEqual(runValidation(model, cloudFormation: []), alone)
  }

  func testInlinePolicySizeLimit() {
    let tables = (0..<40).map { Table("table-with-a-long-name-\($0)", partitionKey: KeyAttribute("pk", .string)) }
    let function = Function(
      "reader", code: .s3(bucket: "artifacts", key: "k.zip"), runtime: .python3_12, handler: "app.handler",
      grants: tables.map { Grant.readWrite($0) })
    let result = synthesize(App { Stack("wide", region: .usEast1) { tables; function } })
    XCTAssertEqual(result.diagnostics.map(\.ruleID), ["IAM002"])
    XCTAssertTrue(result.diagnosticText.contains("role 'reader-role' needs about"), result.diagnosticText)
    XCTAssertEqual(result.diagnostics.first?.location, function.location)
  }

  func testWildcardActionsAreRejected() {
    let location = SourceLocation(fileID: "Stacks/Hand.swift", filePath: "/x/Stacks/Hand.swift", line: 3, column: 1)
    let role = Role(
      id: "hand-made", servicePrincipal: "lambda.amazonaws.com",
      statements: [PolicyStatement(sid: "All", actions: ["sqs:*"], resources: ["*"])], tags: [], location: location)
    let model = AppModel(stacks: [
      StackModel(
        name: "hand", region: .usEast1, phase: .minimumViable, tags: [], resources: [.role(role)], outputs: [],
        location: location)
    ])
    let text = runValidation(model).map(DiagnosticFormatter().format).joined()
    XCTAssertEqual(
      text,
      """
      Stacks/Hand.swift:3:1: error: [IAM001] role 'hand-made' allows 'sqs:*' in statement 'All'; list the actions explicitly
        note: in stack 'hand', resource 'hand-made' (aws_iam_role.hand_made / AWS::IAM::Role)

      """)
  }

  func testGeneratedRolesNeverUseWildcardActions() {
    let result = Baseline().synthesize()
    for stack in result.model.stacks {
      for role in stack.roles {
        for statement in role.statements { XCTAssertFalse(statement.actions.contains { $0.contains("*") }) }
      }
    }
  }

  func testDuplicateStackNames() {
    let result = synthesize(App {
      Stack("same", region: .usEast1) { Queue("a") }
      Stack("same", region: .usWest2) { Queue("b") }
    })
    XCTAssertEqual(result.diagnostics.map(\.ruleID), ["APP001"])
    let byCase = synthesize(App {
      Stack("Orders", region: .usEast1) { Queue("a") }
      Stack("orders", region: .usWest2) { Queue("b") }
    })
    XCTAssertEqual(byCase.diagnostics.map(\.ruleID), ["APP001"])
    XCTAssertEqual(byCase.diagnostics.first?.message.hasPrefix("stack names 'Orders' and 'orders' differ only in case"), true, byCase.diagnosticText)
    XCTAssertEqual(byCase.files.map(\.path), [], "nothing is written")
  }

  func testAnEmptyStackIsAnError() {
    let result = synthesize(App {
      Stack("orders", region: .usEast1) { Queue("a") }
      Stack("empty", region: .usWest2) {}
    })
    XCTAssertEqual(result.diagnostics.map(\.ruleID), ["APP003"], result.diagnosticText)
    XCTAssertEqual(result.diagnostics.first?.stack, "empty")
    XCTAssertEqual(result.files.map(\.path), [], "nothing is written")
  }

  func testAnAppWithoutStacksWritesNothing() {
    let result = synthesize(App(stacks: []))
    XCTAssertEqual(result.diagnostics.map(\.ruleID), ["APP002"])
    XCTAssertEqual(result.files.map(\.path), [], "an earlier output is left as it was")
  }

  func testAReferenceInAPlainStringIsAnErrorAtItsLine() throws {
    let queue = Queue("jobs")
    let interpolation: any PlainInterpolation = ReferenceInterpolation()
    let (text, line) = interpolation.text(queue.url)
    let result = synthesize(App {
      Stack("orders", region: .usEast1) {
        queue
        Function("worker", code: .s3(bucket: "artifacts", key: "worker.zip"), runtime: .python3_12, handler: "app.handler", environment: ["JOBS": StringValue(text)])
      }
    })
    XCTAssertEqual(result.diagnostics.map(\.ruleID), ["APP004"], result.diagnosticText)
    let diagnostic = try XCTUnwrap(result.diagnostics.first)
    XCTAssertEqual(diagnostic.location?.line, line, "at the interpolation, not at the function")
    XCTAssertEqual(diagnostic.location?.fileID, "IaCGenTests/ModelRuleTests.swift")
    XCTAssertTrue(diagnostic.message.hasPrefix("the url of queue 'jobs' is interpolated into a plain String"), diagnostic.message)
    XCTAssertEqual(result.files.map(\.path), [], "nothing is written")
    // Literal text survives a plain String; a value that reaches no stack is not reported.
    XCTAssertEqual(interpolation.text(StringValue("abc")).text, "url=abc")
    _ = interpolation.text(queue.arn)
    XCTAssertEqual(synthesize(App { Stack("orders", region: .usEast1) { queue } }).diagnostics.map(\.ruleID), [])
  }
}

extension ModelRuleTests {
  /// Throttling above the account's quota is reported once, by CAP004, against the quota the
  /// app declares (or the Region's default); API001 reports only negative settings.
  func testThrottlingIsComparedWithTheDeclaredQuotaOnce() {
    func findings(_ rate: Double, _ burst: Int, quotas: AccountQuotas = AccountQuotas()) -> [String] {
      let function = Function("f", code: .s3(bucket: "artifacts", key: "f.zip"), runtime: .python3_12, handler: "h")
      let app = App(quotas: quotas) {
        Stack("s", region: .usEast1) {
          function
          HttpApi("api", routes: [ApiRoute("GET /", function)], throttling: Throttling(rate: rate, burst: burst))
        }
      }
      return synthesize(app).diagnostics.filter { ["API001", "CAP004"].contains($0.ruleID) }.map(\.ruleID)
    }
    XCTAssertEqual(findings(10_000, 5_000), [])
    XCTAssertEqual(findings(20_000, 5_000), ["CAP004"], "one finding, not API001 as well")
    XCTAssertEqual(findings(20_000, 8_000, quotas: AccountQuotas(apiRequestsPerSecond: 25_000, apiBurst: 10_000)), [], "a raised quota the app declares")
    XCTAssertEqual(findings(-1, 10), ["API001"])
  }
}

/// Interpolates a value into a plain String (through a protocol, so the deliberate use of the
/// deprecated interpolation does not warn here).
private protocol PlainInterpolation {
  func text(_ value: StringValue) -> (text: String, line: Int)
}

private struct ReferenceInterpolation: PlainInterpolation {
  @available(*, deprecated, message: "interpolates a reference into a String on purpose")
  func text(_ value: StringValue) -> (text: String, line: Int) { ("url=\(value)", #line) }
}
