import IaCGen
import IaCGenTesting
import XCTest

/// The seeds' documented bottlenecks, declared as stacks: each must produce exactly the
/// findings the seed describes, with the arithmetic.
final class SeedFindingsTests: XCTestCase {
  /// Seed 000's current state against its target: API Gateway -> Lambda with reserved
  /// concurrency 10 at 1000 RPS and 95 ms; DynamoDB at 50 RCU / 30 WCU; SQS consumed at
  /// 100 ms per message against 1000 messages/s.
  func testSeed000CurrentStateAgainstItsTarget() {
    let lines = (jobs: #line + 1, upload: #line + 2, queue: #line + 6)
    let jobs = Table("jobs", partitionKey: KeyAttribute("jobId", .string), billing: .provisioned(read: 50, write: 30))
    let upload = Function(
      "upload", code: .s3(bucket: "audio-artifacts", key: "upload.zip"), runtime: .python3_12, handler: "upload.handler",
      timeout: .seconds(10), reservedConcurrency: 10, grants: [.write(jobs)])
    let api = RestApi("audio-api", methods: [ApiMethod("POST", "/uploads", upload)], throttling: Throttling(rate: 1000, burst: 2000))
    let transcodeQueue = Queue("transcode", visibilityTimeout: .minutes(30))
    let transcoder = Function(
      "transcoder", code: .s3(bucket: "audio-artifacts", key: "transcoder.zip"), runtime: .python3_12, handler: "transcode.handler",
      timeout: .minutes(5), reservedConcurrency: 10)
    let app = App {
      Stack("audio-current", region: .usEast1, phase: .earlyProduction) {
        jobs
        upload
        api
        transcodeQueue
        transcoder
        QueueTrigger(queue: transcodeQueue, function: transcoder, batchSize: 1)
        Load(upload, requestsPerSecond: 1000, averageDuration: .milliseconds(95))
        Load(api, requestsPerSecond: 1000)
        Load(jobs, readsPerSecond: 1000, writesPerSecond: 20, stronglyConsistent: true)
        Load(transcodeQueue, messagesPerSecond: 1000, processingTimePerMessage: .milliseconds(100))
      }
    }
    XCTAssertEqual(formatCapacityTable(capacityTable(lowerApp(app))), """
      Capacity:
      stack          resource   declared load                       capacity                       headroom
      audio-current  upload     1000 req/s x 95 ms = 95 concurrent  10 concurrent (reserved)       -89%
      audio-current  audio-api  1000 req/s                          1000 req/s (stage throttling)  +0%
      audio-current  jobs       1000 reads/s = 1000 RCU             50 RCU (provisioned)           -95%
      audio-current  jobs       20 writes/s = 20 WCU                30 WCU (provisioned)           +50%
      audio-current  transcode  1000 msg/s at 100 ms                100 msg/s (consumers)          -90%

      """)
    XCTAssertEqual(synthesize(app).diagnosticText, """
      IaCGenTests/SeedFindingsTests.swift:\(lines.jobs):21: error: [CAP003] table 'jobs' is declared for 1000 reads/s and 20 writes/s of 1 KB items: 1000 x 1 read units needs 1000 RCU, but it has 50 (provisioned); raise it to at least 1000 or cache reads with DAX
        note: in stack 'audio-current', resource 'jobs' (aws_dynamodb_table.jobs / AWS::DynamoDB::Table)
      IaCGenTests/SeedFindingsTests.swift:\(lines.jobs):21: warning: [CAP003] table 'jobs' is declared for 1000 reads/s with no DAX cluster in front; at this rate reads go through DAX (docs/scaling-phases.md)
        note: in stack 'audio-current', resource 'jobs' (aws_dynamodb_table.jobs / AWS::DynamoDB::Table)
      IaCGenTests/SeedFindingsTests.swift:\(lines.jobs):21: warning: [PH001] table 'jobs' has fixed provisioned capacity in an early-production stack; from early production on, capacity scales (target 70%)
        note: in stack 'audio-current', resource 'jobs' (aws_dynamodb_table.jobs / AWS::DynamoDB::Table)
      IaCGenTests/SeedFindingsTests.swift:\(lines.upload):26: error: [CAP001] function 'upload' is declared for 1000 requests/s at 95 ms: 1000 requests/s x 95 ms needs 95 concurrent executions, but reserved concurrency 10 serves at most 105 requests/s; raise reserved concurrency to at least 95
        note: in stack 'audio-current', resource 'upload' (aws_lambda_function.upload / AWS::Lambda::Function)
      IaCGenTests/SeedFindingsTests.swift:\(lines.queue):31: error: [CAP002] queue 'transcode' is declared for 1000 messages/s at 100 ms each, but its consumers ('transcoder' at 10 concurrent executions) handle at most 100 messages/s; the backlog grows by 54000 messages a minute; allow at least 100 concurrent executions in all
        note: in stack 'audio-current', resource 'transcode' (aws_sqs_queue.transcode / AWS::SQS::Queue)

      """)
  }
}

extension SeedFindingsTests {
  /// Seed 000's growth: 200, 500, 1000 and 2000 RPS at months 1, 3, 6 and 12 against a
  /// target of 1000 RPS. Reserved concurrency 100 carries the target and falls short at month 12.
  func testSeed000GrowthTargetsWarnAtTheFirstMonthThatFallsShort() {
    let lines = (upload: #line + 1, load: 0)
    let upload = Function(
      "upload", code: .s3(bucket: "audio-artifacts", key: "upload.zip"), runtime: .python3_12, handler: "upload.handler",
      timeout: .seconds(10), reservedConcurrency: 100)
    let app = App {
      Stack("audio-target", region: .usEast1) {
        upload
        Load(upload, requestsPerSecond: 1000, averageDuration: .milliseconds(95))
        GrowthTarget(month: 1, factor: 0.2)
        GrowthTarget(month: 3, factor: 0.5)
        GrowthTarget(month: 12, factor: 2)
        GrowthTarget(month: 6, factor: 1)
      }
    }
    _ = lines.load
    XCTAssertEqual(synthesize(app).diagnosticText, """
      IaCGenTests/SeedFindingsTests.swift:\(lines.upload):26: warning: [CAP001] by month 12 (2x the declared load), function 'upload' is declared for 2000 requests/s at 95 ms: 2000 requests/s x 95 ms needs 190 concurrent executions, but reserved concurrency 100 serves at most 1052 requests/s; raise reserved concurrency to at least 190
        note: in stack 'audio-target', resource 'upload' (aws_lambda_function.upload / AWS::Lambda::Function)

      """)
  }

  /// Seed 001: 10,000 connections per WebSocket server; 25,000 connections need 3.
  func testSeed001WebSocketTierOnTwoServers() {
    let network = Network("core", cidr: "10.0.0.0/16")
    let cluster = ECSCluster("apps")
    let lines = (sockets: #line + 1, load: 0)
    let sockets = FargateService(
      "sockets", cluster: cluster, cpu: 512, memoryMB: 1024, containers: [Container("ws", image: "cloudsync-ws:2.3.0", port: 8080)],
      desiredCount: 2, network: .private(network))
    let app = App {
      Stack("cloudsync", region: .usEast1) {
        network
        cluster
        sockets
        Load(sockets, connections: 25_000)
      }
    }
    _ = lines.load
    XCTAssertEqual(synthesize(app).diagnosticText, """
      IaCGenTests/SeedFindingsTests.swift:\(lines.sockets):33: error: [CAP005] service 'sockets' is declared for load: 25000 connections at 10000 per task need 3 tasks, but its desired count is 2; raise it to at least 3
        note: in stack 'cloudsync', resource 'sockets' (aws_ecs_service.sockets / AWS::ECS::Service)

      """)
  }

  /// Seed 002's phase 2 requires WAF on the public API and expects DAX in front of the table.
  func testPhase2StackWithoutWAFOrDAX() {
    let lines = (items: #line + 1, api: #line + 5)
    let items = Table("items", partitionKey: KeyAttribute("pk", .string), billing: .provisioned(read: 50, write: 30))
    let handler = Function(
      "api", code: .s3(bucket: "platform-artifacts", key: "api.zip"), runtime: .python3_12, handler: "api.handler",
      memoryMB: 512, grants: [.readWrite(items)])
    let api = RestApi("public-api", methods: [ApiMethod("GET", "/items", handler)])
    let app = App {
      Stack("platform-phase2", region: .usEast1, phase: .growth) {
        items
        handler
        api
        AutoScaling("items-reads", target: .tableReads(items), min: 50, max: 4000, targetTracking: [.readUtilization(70)])
        AutoScaling("items-writes", target: .tableWrites(items), min: 30, max: 2000, targetTracking: [.writeUtilization(70)])
      }
    }
    XCTAssertEqual(synthesize(app).diagnosticText, """
      IaCGenTests/SeedFindingsTests.swift:\(lines.items):22: warning: [PH004] table 'items' has provisioned capacity and no cache in a growth stack; put a DAX cluster in front of it (from growth on; docs/scaling-phases.md)
        note: in stack 'platform-phase2', resource 'items' (aws_dynamodb_table.items / AWS::DynamoDB::Table)
      IaCGenTests/SeedFindingsTests.swift:\(lines.api):22: error: [PH002] REST API 'public-api' is public in a growth stack without a WAF web ACL; protect it with `WebACL(protects:)` (from growth on; docs/scaling-phases.md)
        note: in stack 'platform-phase2', resource 'public-api' (aws_api_gateway_rest_api.public_api / AWS::ApiGateway::RestApi)

      """)
  }
}

/// Suppressions: findings are listed with the reason, do not count, and do not stop output.
final class SuppressionTests: XCTestCase {
  func testSuppressedErrorIsListedWithItsReasonAndDoesNotStopOutput() {
    let worker = Function(
      "worker", code: .s3(bucket: "artifacts", key: "worker.zip"), runtime: .python3_12, handler: "app.handler", reservedConcurrency: 5)
    let result = synthesize(App {
      Stack("batch", region: .usEast1) {
        worker
        Load(worker, requestsPerSecond: 100, averageDuration: .seconds(1))
        Suppress("CAP001", on: worker, because: "the nightly batch may take longer; it is not user facing")
      }
    })
    XCTAssertFalse(result.hasErrors)
    XCTAssertFalse(result.files.isEmpty)
    XCTAssertTrue(result.diagnosticText.contains("error: [CAP001] function 'worker'"), result.diagnosticText)
    XCTAssertTrue(result.diagnosticText.contains("  note: suppressed: the nightly batch may take longer; it is not user facing\n"), result.diagnosticText)
    XCTAssertTrue(DiagnosticFormatter().format(result.diagnostics).hasSuffix("0 errors, 0 warnings, 1 suppressed\n"))
  }
}

extension SeedFindingsTests {
  /// Seed 004 section 9 asks for SnapStart on a container-image function; AWS rejects it.
  func testSeed004SnapStartOnAContainerImageIsRejected() {
    let line = #line + 1
    let optimized = Function(
      "optimized", code: .image("123456789012.dkr.ecr.us-east-1.amazonaws.com/lambda-container:latest"), memoryMB: 1769,
      architecture: .arm64,
      environment: ["AWS_NODEJS_CONNECTION_REUSE_ENABLED": "1", "PYTHONUNBUFFERED": "1", "AWS_XRAY_CONTEXT_MISSING": "LOG_ERROR"],
      snapStart: true)
    let result = synthesize(App { Stack("whispersync", region: .usEast1) { optimized } })
    XCTAssertEqual(result.diagnosticText, """
      IaCGenTests/SeedFindingsTests.swift:\(line):29: error: [FN011] function 'optimized' enables SnapStart, but it runs a container image; turn SnapStart off or change the function
        note: in stack 'whispersync', resource 'optimized' (aws_lambda_function.optimized / AWS::Lambda::Function)

      """)
    XCTAssertTrue(result.files.isEmpty, "an error stops output")
  }
}
