import IaCGen
import IaCGenTesting
import XCTest

/// Loads travel along the stack: an API route's requests reach its function, a topic's
/// messages reach the queues that subscribe to it. The capacity rules check what arrives.
final class LoadFlowTests: XCTestCase {
  static let code = FunctionCode.s3(bucket: "audio-artifacts", key: "app.zip")

  /// Seed 000 declared per route: the route's rate and duration reach the function behind it.
  func testRouteLoadsReachTheirFunctions() {
    let lines = (upload: #line + 1, api: #line + 3)
    let upload = Function("upload", code: Self.code, runtime: .python3_12, handler: "upload.handler", reservedConcurrency: 10)
    let status = Function("status", code: Self.code, runtime: .python3_12, handler: "status.handler", reservedConcurrency: 10)
    let api = RestApi(
      "audio-api", methods: [ApiMethod("POST", "/uploads", upload), ApiMethod("GET", "/jobs/{id}", status), ApiMethod("GET", "/jobs", status)],
      throttling: Throttling(rate: 1500, burst: 2000))
    let app = App {
      Stack("audio", region: .usEast1) {
        upload
        status
        api
        Load(api, route: "POST /uploads", requestsPerSecond: 1000, averageDuration: .milliseconds(95))
        Load(api, route: "GET /jobs/{id}", requestsPerSecond: 600, averageDuration: .milliseconds(20))
        Load(api, route: "GET /jobs", requestsPerSecond: 400, averageDuration: .milliseconds(50))
      }
    }
    XCTAssertEqual(formatCapacityTable(capacityTable(lowerApp(app))), """
      Capacity:
      stack  resource   declared load                                                                           capacity                       headroom
      audio  audio-api  2000 req/s over routes                                                                  1500 req/s (stage throttling)  -25%
      audio  upload     1000 req/s x 95 ms via POST /uploads = 95 concurrent                                    10 concurrent (reserved)       -89%
      audio  status     600 req/s x 20 ms via GET /jobs/{id} + 400 req/s x 50 ms via GET /jobs = 32 concurrent  10 concurrent (reserved)       -69%

      """)
    XCTAssertEqual(synthesize(app).diagnosticText, """
      IaCGenTests/LoadFlowTests.swift:\(lines.upload):26: error: [CAP001] function 'upload' receives 1000 requests/s at 95 ms from route 'POST /uploads' of REST API 'audio-api': 1000 requests/s x 95 ms needs 95 concurrent executions, but reserved concurrency 10 serves at most 105 requests/s; raise reserved concurrency to at least 95
        note: in stack 'audio', resource 'upload' (aws_lambda_function.upload / AWS::Lambda::Function)
      IaCGenTests/LoadFlowTests.swift:\(lines.upload + 1):26: error: [CAP001] function 'status' receives 600 requests/s at 20 ms from route 'GET /jobs/{id}' of REST API 'audio-api' and 400 requests/s at 50 ms from route 'GET /jobs' of REST API 'audio-api': 600 x 20 ms + 400 x 50 ms needs 32 concurrent executions, but reserved concurrency 10 covers 10 of them; raise reserved concurrency to at least 32
        note: in stack 'audio', resource 'status' (aws_lambda_function.status / AWS::Lambda::Function)
      IaCGenTests/LoadFlowTests.swift:\(lines.api):22: error: [CAP004] REST API 'audio-api' is declared for 2000 requests/s over its routes but throttles at 1500; raise its throttling rate to at least 2000
        note: in stack 'audio', resource 'audio-api' (aws_api_gateway_rest_api.audio_api / AWS::ApiGateway::RestApi)

      """)
  }

  /// A topic's messages reach each subscribed queue on top of what producers send it directly.
  func testTopicMessagesReachSubscribedQueues() {
    let lines = (queue: #line + 1, load: 0)
    let jobs = Queue("jobs", visibilityTimeout: .minutes(5))
    let audit = Queue("audit")
    let worker = Function("worker", code: Self.code, runtime: .python3_12, handler: "worker.handler", timeout: .seconds(30))
    let events = Topic("events", subscriptions: [Subscription(.queue(jobs)), Subscription(.queue(audit), filter: ["type": ["upload"]])])
    let app = App {
      Stack("pipeline", region: .usWest2) {
        jobs
        audit
        worker
        events
        QueueTrigger(queue: jobs, function: worker, batchSize: 10, maximumConcurrency: 20)
        Load(events, messagesPerSecond: 500)
        Load(jobs, messagesPerSecond: 100, processingTimePerMessage: .milliseconds(100))
      }
    }
    _ = lines.load
    XCTAssertEqual(formatCapacityTable(capacityTable(lowerApp(app))), """
      Capacity:
      stack     resource  declared load                             capacity                        headroom
      pipeline  events    500 msg/s                                 9000 msg/s (SNS publish quota)  +1700%
      pipeline  jobs      600 msg/s incl. topic 'events' at 100 ms  200 msg/s (consumers)           -67%

      """)
    XCTAssertEqual(synthesize(app).diagnosticText, """
      IaCGenTests/LoadFlowTests.swift:\(lines.queue):21: error: [CAP002] queue 'jobs' receives 600 messages/s (100 declared on it and 500 from topic 'events') at 100 ms each, but its consumers ('worker' at 20 concurrent executions) handle at most 200 messages/s; the backlog grows by 24000 messages a minute; allow at least 60 concurrent executions in all
        note: in stack 'pipeline', resource 'jobs' (aws_sqs_queue.jobs / AWS::SQS::Queue)

      """)
  }

  /// Stage throttling above the account's rate or burst is capped by the account; a route
  /// load names a route the API has.
  func testThrottlingAboveTheAccountAndUnknownRoutes() {
    let lines = (api: #line + 2, load: #line + 7)
    let handler = Function("handler", code: Self.code, runtime: .python3_12, handler: "app.handler")
    let api = HttpApi("public", routes: [ApiRoute("GET /", handler)], throttling: Throttling(rate: 3_000, burst: 2_000))
    let app = App {
      Stack("edge", region: .init("af-south-1")) {
        handler
        api
        Load(api, route: "POST /", requestsPerSecond: 10, averageDuration: .milliseconds(10))
      }
    }
    XCTAssertEqual(synthesize(app).diagnosticText, """
      IaCGenTests/LoadFlowTests.swift:\(lines.api):22: warning: [CAP004] HTTP API 'public' allows bursts of 2000 requests, above the account's 1250 in af-south-1, which caps it; lower the burst or declare a granted increase with `App(quotas: AccountQuotas(apiBurst:))`
        note: in stack 'edge', resource 'public' (aws_apigatewayv2_api.public / AWS::ApiGatewayV2::Api)
      IaCGenTests/LoadFlowTests.swift:\(lines.api):22: warning: [CAP004] HTTP API 'public' throttles at 3000 requests/s, above the account's 2500 in af-south-1, which caps it; request an increase and declare it with `App(quotas: AccountQuotas(apiRequestsPerSecond:))`
        note: in stack 'edge', resource 'public' (aws_apigatewayv2_api.public / AWS::ApiGatewayV2::Api)
      IaCGenTests/LoadFlowTests.swift:\(lines.load):13: error: [CAP006] load is declared for route 'POST /' of HTTP API 'public', which has no such route
        note: in stack 'edge'

      """)
    let raised = App(stacks: app.stacks, quotas: AccountQuotas(apiRequestsPerSecond: 5_000, apiBurst: 2_500))
    XCTAssertFalse(synthesize(raised).diagnosticText.contains("which caps it"))
  }
}
