@testable import IaCGen
import IaCGenTesting
import XCTest

final class LoweringTests: XCTestCase {
  func testNamesTagsAndGeneratedResources() {
    let model = lowerStack(Baseline().stack())
    XCTAssertEqual(model.resources.map(\.id.rawValue), [
      "dead-letters", "primary", "memos", "consumer-logs", "consumer-role", "consumer", "consumer-from-primary", "uploads", "uploads-policy",
    ])
    XCTAssertEqual(model.queues.map(\.physicalName), ["orders-dead-letters", "orders-primary"])
    XCTAssertEqual(model.functions.first?.physicalName, "orders-consumer")
    XCTAssertEqual(model.functions.first?.tags, [Tag("team", "audio")])
  }

  func testResourceTagsOverrideStackTags() {
    var queue = Queue("q", type: .fifo(), tags: ["team": "queues", "tier": "1"])
    queue.retention = .days(1)
    let model = lowerStack(Stack("s", region: .usEast1, tags: ["team": "audio", "env": "prod"]) { queue })
    XCTAssertEqual(model.queues[0].tags, [Tag("env", "prod"), Tag("team", "queues"), Tag("tier", "1")])
    XCTAssertEqual(model.queues[0].physicalName, "s-q.fifo")
  }

  func testExecutionRoleHasLoggingGrantsAndTriggerPermissions() throws {
    let model = lowerStack(Baseline().stack())
    let role = try XCTUnwrap(model.roles.first)
    XCTAssertEqual(role.statements.map(\.sid), ["WriteLogs", "ReadWriteMemos", "ConsumePrimary"])
    XCTAssertEqual(
      role.statements[2].actions,
      ["sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:ReceiveMessage"])
    XCTAssertEqual(role.statements[2].resources, [.reference(Reference(target: "primary", kind: .queue, attribute: .arn))])
  }

  func testItemGrantsAllowExactlyTheNamedOperations() throws {
    let plain = Table("plain", partitionKey: KeyAttribute("pk", .string))
    let keyed = Table("keyed", partitionKey: KeyAttribute("pk", .string), encryption: .customerManagedKey("arn:aws:kms:us-east-1:111122223333:key/k"))
    let function = Function(
      "f", code: .s3(bucket: "artifacts", key: "k"), runtime: .python3_12, handler: "h",
      grants: [.items(of: plain, .query, .getItem, .putItem, .getItem), .items(of: keyed, .getItem)])
    let model = lowerStack(Stack("s", region: .usEast1) { plain; keyed; function })
    let role = try XCTUnwrap(model.roles.first)
    XCTAssertEqual(role.statements.map(\.sid), ["WriteLogs", "ItemsPlain", "ItemsKeyed", "UseKeyOfKeyed"])
    XCTAssertEqual(role.statements[1].actions, ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query"])
    let plainArn = StringValue.reference(Reference(target: "plain", kind: .table, attribute: .arn))
    XCTAssertEqual(role.statements[1].resources, [plainArn, "\(plainArn)/index/*"])
    XCTAssertEqual(role.statements[2].actions, ["dynamodb:GetItem"])
    XCTAssertEqual(role.statements[3].actions, ["kms:Decrypt", "kms:DescribeKey"], "a read-only item grant only decrypts")
  }

  /// DAX, event buses, functions and state machines are granted like the data stores: explicit
  /// actions on the one resource; a use IAM guards without a grant is IAM003, a grant clears it.
  func testGrantsOnDAXBusesFunctionsAndStateMachines() throws {
    var baseline = Baseline()
    baseline.addNetworkAndCache()
    let dax = DAXCluster("reads", tables: [baseline.table], network: .private(baseline.networks[0]))
    baseline.daxClusters = [dax]
    baseline.function.network = .private(baseline.networks[0])
    baseline.connections = [Connection(from: baseline.function, to: dax)]
    XCTAssertEqual(
      baseline.synthesize().diagnostics.filter { $0.ruleID == "IAM003" }.map(\.message),
      ["function 'consumer' connects to DAX cluster 'reads' but holds no grant on it, so its calls would be denied; add `.read`, `.write` or `.readWrite` of it to the grants"])
    let bus = EventBus("events")
    let worker = Function("worker", code: .s3(bucket: "artifacts", key: "w.zip"), runtime: .python3_12, handler: "h")
    let flow = StateMachine("flow", type: .express, definition: Workflow(startAt: "done", states: [.succeed("done")]))
    baseline.function.grants += [.readWrite(dax), .putEvents(to: bus), .invoke(worker), .startExecution(of: flow)]
    let result = baseline.synthesize()
    XCTAssertEqual(result.diagnostics.filter { $0.ruleID == "IAM003" }, [], result.diagnosticText)
    let model = lowerStack(Stack("s", region: .usEast1) { dax; bus; worker; flow; baseline.function })
    let role = try XCTUnwrap(model.roles.first { $0.id == "consumer-role" })
    let byID = Dictionary(uniqueKeysWithValues: role.statements.map { ($0.sid, $0) })
    XCTAssertEqual(byID["ReadWriteThroughReads"]?.actions, [
      "dax:BatchGetItem", "dax:BatchWriteItem", "dax:ConditionCheckItem", "dax:DeleteItem", "dax:GetItem", "dax:PutItem", "dax:Query",
      "dax:Scan", "dax:UpdateItem",
    ])
    XCTAssertEqual(byID["ReadWriteThroughReads"]?.resources, [dax.arn])
    XCTAssertEqual(byID["PutEventsOnEvents"]?.actions, ["events:PutEvents"])
    XCTAssertEqual(byID["PutEventsOnEvents"]?.resources, [bus.arn])
    XCTAssertEqual(byID["InvokeWorker"]?.resources, [worker.arn, "\(worker.arn):*"])
    XCTAssertEqual(byID["StartExecutionsOfFlow"]?.actions, ["states:StartExecution", "states:StartSyncExecution"], "an express workflow runs synchronously too")
  }

  func testKMSKeysAndRepeatedStatementIDs() throws {
    let model = lowerStack(KitchenSink.stack)
    let role = try XCTUnwrap(model.roles.first { $0.id == "worker-role" })
    XCTAssertEqual(role.statements.map(\.sid), [
      "WriteLogs", "ConsumeJobs", "UseKeyOfJobs", "ReadWriteLedger", "UseKeyOfLedger", "ReadStreamLedger", "ListStreams",
      "UseKeyOfLedger2", "ReadCache", "SendToEvents", "WriteTraces",
    ])
  }

  func testNetworksKeepFlowLogsOfRejectedTrafficUnlessTurnedOff() throws {
    let stack = Stack("edge", region: .usEast1) { Network("core") }
    let model = lowerStack(stack)
    XCTAssertEqual(Array(model.resources.map(\.id.rawValue).prefix(3)), ["core-flow-logs", "core-flow-logs-role", "core"])
    let role = try XCTUnwrap(model.roles.first { $0.id == "core-flow-logs-role" })
    XCTAssertEqual(role.servicePrincipal, "vpc-flow-logs.amazonaws.com")
    XCTAssertEqual(role.statements.map(\.actions), [["logs:CreateLogStream", "logs:DescribeLogGroups", "logs:DescribeLogStreams", "logs:PutLogEvents"]])
    let logs = StringValue.reference(Reference(target: "core-flow-logs", kind: .logGroup, attribute: .arn))
    XCTAssertEqual(role.statements[0].resources, [logs, "\(logs):*"])

    let template = CloudFormationTemplate(stack)
    template.assertHasResourceProperties(
      "AWS::EC2::FlowLog",
      ["ResourceId": ["Ref": "Core"], "ResourceType": "VPC", "TrafficType": "REJECT", "LogDestinationType": "cloud-watch-logs",
       "LogGroupName": ["Ref": "CoreFlowLogs"], "DeliverLogsPermissionArn": ["Fn::GetAtt": ["CoreFlowLogsRole", "Arn"]]])
    template.assertHasResourceProperties("AWS::Logs::LogGroup", ["LogGroupName": "/aws/vpc/edge/core/flow-logs", "RetentionInDays": 365])
    let configuration = TerraformConfiguration(stack)
    XCTAssertEqual(configuration.findResources("aws_flow_log", matching: ["traffic_type": "REJECT", "log_destination_type": "cloud-watch-logs"]), ["core_flow_log"])

    let all = CloudFormationTemplate(Stack("edge", region: .usEast1) { Network("core", flowLogs: .all) })
    all.assertHasResourceProperties("AWS::EC2::FlowLog", ["TrafficType": "ALL"])
    let off = Stack("edge", region: .usEast1) { Network("core", flowLogs: nil) }
    XCTAssertEqual(CloudFormationTemplate(off).resourceCount(ofType: "AWS::EC2::FlowLog"), 0)
    XCTAssertEqual(TerraformConfiguration(off).resourceCount(ofType: "aws_flow_log"), 0)
    XCTAssertFalse(lowerStack(off).resources.contains { $0.kind == .logGroup || $0.kind == .role })
  }

  func testDependencyOrderPutsReferencedResourcesFirst() {
    let function = Function("f", code: .s3(bucket: "artifacts", key: "k"), runtime: .python3_12, handler: "h", environment: ["Q": Queue("late").url])
    let model = lowerStack(Stack("s", region: .usEast1) { function; Queue("late") })
    XCTAssertEqual(model.resources.map(\.id.rawValue), ["f-logs", "f-role", "late", "f"])
  }

  func testIdentifierConversions() {
    let cases: [(ResourceID, String, String)] = [
      ("primary", "primary", "Primary"),
      ("dead-letters", "dead_letters", "DeadLetters"),
      ("deadLetters", "dead_letters", "DeadLetters"),
      ("shard_7-queue", "shard_7_queue", "Shard7Queue"),
      ("api2Handler", "api2_handler", "Api2Handler"),
    ]
    for (id, terraform, logical) in cases {
      XCTAssertEqual(id.terraformName, terraform)
      XCTAssertEqual(id.logicalID, logical)
    }
    XCTAssertFalse(ResourceID("-x").isValid)
    XCTAssertFalse(ResourceID("a b").isValid)
    XCTAssertTrue(ResourceID("shard-\(3)").isValid)
  }

  func testStringValueInterpolationMergesLiterals() {
    let table = Table("t", partitionKey: KeyAttribute("pk", .string))
    let value: StringValue = "arn/\(table.arn)/index/\("*")"
    XCTAssertEqual(value.parts, [.literal("arn/"), .reference(Reference(target: "t", kind: .table, attribute: .arn)), .literal("/index/*")])
    XCTAssertNil(value.literal)
    XCTAssertEqual(StringValue("x").literal, "x")
  }
}
