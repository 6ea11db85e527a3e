import IaCGen
import IaCGenTesting
import XCTest

/// The testing module's template queries and matchers, passing and failing, with their messages.
final class TemplateAssertionTests: FailureRecordingTestCase {
  static func ordersStack() -> Stack {
    let dlq = Queue("orders-dlq", retention: .days(14))
    let queue = Queue("orders", visibilityTimeout: .seconds(30), deadLetter: DeadLetter(dlq, maxReceiveCount: 3))
    let handler = Function(
      "handler", code: .s3(bucket: "artifacts-bucket", key: "h.zip"), runtime: .python3_12, handler: "app.handler", grants: [.consume(queue)])
    return Stack("orders", region: .usEast1) {
      dlq
      queue
      handler
      QueueTrigger(queue: queue, function: handler, batchSize: 10)
      Output("queue-url", queue.url)
    }
  }

  let template = CloudFormationTemplate(ordersStack())
  let configuration = TerraformConfiguration(ordersStack())

  func testQueriesCountAndFindResources() {
    XCTAssertEqual(template.resourceCount(ofType: "AWS::SQS::Queue"), 2)
    XCTAssertEqual(template.resources(ofType: "AWS::SQS::Queue").map(\.logicalID), ["OrdersDlq", "Orders"])
    XCTAssertEqual(template.findResources("AWS::SQS::Queue", properties: ["MessageRetentionPeriod": 1_209_600]), ["OrdersDlq"])
    XCTAssertEqual(template.output("QueueUrl"), .object([.init("Value", .object([.init("Ref", .string("Orders"))]))]))
    XCTAssertEqual(configuration.resourceCount(ofType: "aws_sqs_queue"), 2)
    XCTAssertEqual(configuration.findResources("aws_sqs_queue", matching: ["redrive_policy": .anyValue]), ["orders"])
    XCTAssertEqual(configuration.outputNames, ["queue_url"])
  }

  func testResourceCount() {
    assertPasses { template.assertResourceCount("AWS::SQS::Queue", 2) }
    assertFails(at: #line + 1, "expected 3 AWS::SQS::Queue, found 2: OrdersDlq, Orders") {
      template.assertResourceCount("AWS::SQS::Queue", 3)
    }
    assertFails(at: #line, "expected 1 aws_dynamodb_table, found 0") { configuration.assertResourceCount("aws_dynamodb_table", 1) }
  }

  func testPartialMatchIsTheDefaultAndFailuresListEveryMismatchWithItsPath() {
    assertPasses {
      template.assertHasResourceProperties("AWS::SQS::Queue", ["VisibilityTimeout": 30, "RedrivePolicy": ["maxReceiveCount": 3]])
    }
    assertFails(
      at: #line + 6,
      """
      no AWS::SQS::Queue has properties matching; Orders (the closest of 2) differs:
        /Resources/Orders/Properties/VisibilityTimeout: expected 180, found 30
        /Resources/Orders/Properties/RedrivePolicy/maxReceiveCount: expected 5, found 3
      """
    ) { template.assertHasResourceProperties("AWS::SQS::Queue", ["VisibilityTimeout": 180, "RedrivePolicy": ["maxReceiveCount": 5]]) }
    assertFails(at: #line + 1, "no AWS::DynamoDB::Table in the template (it has AWS::IAM::Role, AWS::Lambda::EventSourceMapping, AWS::Lambda::Function, AWS::Logs::LogGroup, AWS::SQS::Queue)") {
      template.assertHasResourceProperties("AWS::DynamoDB::Table", ["TableName": "orders"])
    }
  }

  func testExactArrayAbsentAnyAndPatternMatchers() {
    assertPasses {
      template.assertHasResourceProperties(
        "AWS::SQS::Queue",
        [
          "RedrivePolicy": .exact(.object([
            .init("deadLetterTargetArn", .object([.init("Fn::GetAtt", .array([.string("OrdersDlq"), .string("Arn")]))])),
            .init("maxReceiveCount", .number(3)),
          ])),
          "KmsMasterKeyId": .absent, "QueueName": .stringLike("^orders-orders$"), "SqsManagedSseEnabled": .anyValue,
        ])
    }
    assertFails(
      at: #line + 5,
      """
      no AWS::SQS::Queue has properties matching; OrdersDlq (the closest of 2) differs:
        /Resources/OrdersDlq/Properties/SqsManagedSseEnabled: expected no such member, found true
      """
    ) { template.assertHasResourceProperties("AWS::SQS::Queue", .objectEquals(["DelaySeconds": 0, "MaximumMessageSize": 262_144, "MessageRetentionPeriod": 1_209_600, "QueueName": "orders-orders-dlq", "ReceiveMessageWaitTimeSeconds": 0, "VisibilityTimeout": 30])) }
    assertFails(
      at: #line + 8,
      """
      no AWS::SQS::Queue has properties matching; OrdersDlq (the closest of 2) differs:
        /Resources/OrdersDlq/Properties/SqsManagedSseEnabled: expected it to be absent, found true
        /Resources/OrdersDlq/Properties/QueueName: expected a string like /^billing/, found "orders-orders-dlq"
        /Resources/OrdersDlq/Properties/RedrivePolicy: expected any value, it is absent
      """
    ) {
      template.assertHasResourceProperties("AWS::SQS::Queue", ["MessageRetentionPeriod": 1_209_600, "SqsManagedSseEnabled": .absent, "QueueName": .stringLike("^billing"), "RedrivePolicy": .anyValue])
    }
  }

  func testArrayMatchersAndCaptures() {
    let arn = Capture()
    assertPasses {
      template.assertHasResourceProperties(
        "AWS::Lambda::EventSourceMapping", ["EventSourceArn": .capture(arn, ["Fn::GetAtt": .arrayWith(["Orders"])])])
    }
    XCTAssertEqual(arn.value, .object([.init("Fn::GetAtt", .array([.string("Orders"), .string("Arn")]))]))
    assertPasses { template.assertHasResourceProperties("AWS::Lambda::EventSourceMapping", ["EventSourceArn": ["Fn::GetAtt": ["Orders", "Arn"]]]) }
    assertFails(
      at: #line + 5,
      """
      no AWS::Lambda::EventSourceMapping has properties matching; HandlerFromOrders differs:
        /Resources/HandlerFromOrders/Properties/EventSourceArn/Fn::GetAtt: expected an array with an element matching "Arn", in order, found ["Orders","Arn"]
      """
    ) { template.assertHasResourceProperties("AWS::Lambda::EventSourceMapping", ["EventSourceArn": ["Fn::GetAtt": .arrayWith(["Arn", "Arn"])]]) }
    assertFails(
      at: #line + 5,
      """
      no AWS::Lambda::EventSourceMapping has properties matching; HandlerFromOrders differs:
        /Resources/HandlerFromOrders/Properties/EventSourceArn/Fn::GetAtt: expected 1 elements, found 2: ["Orders","Arn"]
      """
    ) { template.assertHasResourceProperties("AWS::Lambda::EventSourceMapping", ["EventSourceArn": ["Fn::GetAtt": ["Orders"]]]) }
    let unused = Capture()
    _ = failures { template.assertHasResourceProperties("AWS::SQS::Queue", ["QueueName": .capture(unused), "VisibilityTimeout": 1]) }
    XCTAssertNil(unused.value, "a failed match records no capture")
  }

  func testOutputsAndWholeResources() {
    assertPasses { template.assertHasOutput("QueueUrl", ["Value": ["Ref": "Orders"]]) }
    assertFails(at: #line + 1, "output Missing differs:\n  /Outputs/Missing: expected an object, it is absent") {
      template.assertHasOutput("Missing", ["Value": .anyValue])
    }
    assertPasses { template.assertHasResource("AWS::Lambda::Function", ["Type": "AWS::Lambda::Function", "Properties": ["Runtime": "python3.12"]]) }
    assertPasses { template.assertTemplateMatches(["AWSTemplateFormatVersion": "2010-09-09"]) }
  }

  func testTerraformBodiesBlocksAndEncodedPolicies() {
    assertPasses {
      configuration.assertHasResource(
        "aws_sqs_queue", ["visibility_timeout_seconds": 30, "sqs_managed_sse_enabled": true, "redrive_policy": ["deadLetterTargetArn": "aws_sqs_queue.orders_dlq.arn"]])
    }
    assertPasses {
      configuration.assertHasResource(
        "aws_iam_role", ["assume_role_policy": ["Statement": .arrayWith([["Principal": ["Service": "lambda.amazonaws.com"], "Action": "sts:AssumeRole"]])]])
    }
    assertPasses { configuration.assertHasOutput("queue_url", ["value": "aws_sqs_queue.orders.url"]) }
    assertFails(
      at: #line + 5,
      """
      no aws_sqs_queue has a body matching; orders (the closest of 2) differs:
        /resource/aws_sqs_queue/orders/visibility_timeout_seconds: expected 180, found 30
      """
    ) { configuration.assertHasResource("aws_sqs_queue", ["visibility_timeout_seconds": 180, "redrive_policy": .anyValue]) }
  }
}

extension TemplateAssertionTests {
  /// A template read back from its file text matches the one rendered in memory, member order included.
  func testTemplatesReadFromJSONText() throws {
    let rendered = synthesize(Self.ordersApp).file("cloudformation/orders.template.json") ?? ""
    let read = try CloudFormationTemplate(json: rendered)
    XCTAssertEqual(read.json, template.json)
    assertPasses { read.assertHasResourceProperties("AWS::SQS::Queue", ["VisibilityTimeout": 30]) }
    XCTAssertEqual(try TemplateValue(parsingJSON: #"{"a": [1, 2.5e1, true, null, "x\"\u00e9\n"]}"#), .object([
      .init("a", .array([.number(1), .number(25), .bool(true), .null, .string("x\"é\n")]))
    ]))
    XCTAssertThrowsError(try TemplateValue(parsingJSON: #"{"a": 1"#)) { error in
      XCTAssertEqual("\(error)", "invalid JSON at byte 7: unterminated object")
    }
  }

  /// A directory of outputs against its golden copy: recorded when missing, then compared file by file.
  func testGoldenDirectories() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("iacgen-golden-directory-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let output = root.appendingPathComponent("out")
    let golden = root.appendingPathComponent("golden")
    try FileManager.default.createDirectory(at: output.appendingPathComponent("terraform"), withIntermediateDirectories: true)
    try Data("a\nb\n".utf8).write(to: output.appendingPathComponent("terraform/main.tf"))
    try Data("{}\n".utf8).write(to: output.appendingPathComponent("stack.json"))
    XCTAssertEqual(failures { assertGoldenDirectory(output, matches: golden) }.map(\.message), [
      "Recorded new golden directory at \(golden.path); run again to compare"
    ])
    assertPasses { assertGoldenDirectory(output, matches: golden) }
    try Data("a\nc\n".utf8).write(to: output.appendingPathComponent("terraform/main.tf"))
    try FileManager.default.removeItem(at: output.appendingPathComponent("stack.json"))
    try Data("new\n".utf8).write(to: output.appendingPathComponent("extra.tf"))
    assertFails(
      at: #line + 1, "\(golden.path) differs from the output (- golden, + actual; IACGEN_RECORD=1 re-records):\nmissing: stack.json\nadded: extra.tf\nchanged: terraform/main.tf\n@@ line 2 @@\n- b\n+ c\n"
    ) { assertGoldenDirectory(output, matches: golden) }
  }
}
