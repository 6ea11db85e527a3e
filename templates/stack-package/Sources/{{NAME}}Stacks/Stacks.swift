// The stacks of {{NAME}}, sized for the {{PHASE}} phase (docs/scaling-phases.md in iacgen's repository):
// an HTTP API in front of a function, a table, and a queue with a worker.
import IaCGen

/// The app: `iacgen synth` runs it, the tests inspect it.
public func makeApp() -> App {
  let deadLetters = Queue("jobs-dead-letters", retention: .days(14))
  let jobs = Queue(
    "jobs", visibilityTimeout: .minutes(5), receiveWaitTime: .seconds(20), deadLetter: DeadLetter(deadLetters, maxReceiveCount: 3))
  // {{#scale}}
  // At scale the data tier reaches another Region: a global table (docs/scaling-phases.md).
  let items = Table(
    "items", partitionKey: KeyAttribute("id", .string), stream: .newAndOldImages, replicas: [TableReplica(.usWest2)])
  // {{/scale}}
  // {{^scale}}
  let items = Table("items", partitionKey: KeyAttribute("id", .string))
  // {{/scale}}
  let api = Function(
    "api", code: .s3(bucket: "{{STACK}}-artifacts", key: "api.zip"), runtime: .python3_12, handler: "app.handler",
    memoryMB: {{MEMORY}}, timeout: .seconds(10), environment: ["TABLE": items.tableName, "QUEUE_URL": jobs.url],
    reservedConcurrency: {{RESERVED}}, grants: [.readWrite(items), .send(to: jobs)])
  let worker = Function(
    "worker", code: .s3(bucket: "{{STACK}}-artifacts", key: "worker.zip"), runtime: .python3_12, handler: "worker.handler",
    memoryMB: {{MEMORY}}, timeout: .seconds(30), reservedConcurrency: {{RESERVED}}, grants: [.write(items)])
  let http = HttpApi(
    "public", routes: [ApiRoute("GET /items/{id}", api), ApiRoute("POST /items", api)],
    throttling: Throttling(rate: {{RATE}}, burst: {{BURST}}))

  return App {
    Stack("{{STACK}}", region: .usEast1, phase: .{{PHASE_CASE}}) {
      deadLetters
      jobs
      items
      api
      worker
      http
      QueueTrigger(queue: jobs, function: worker, batchSize: 10, maximumConcurrency: {{RESERVED}})
      // {{#growth}}
      // From growth on, the API sits behind CloudFront with a web ACL (docs/scaling-phases.md).
      let firewall = WebACL("edge-firewall", scope: .cloudFront, rateLimitPerIP: 2000)
      firewall
      Distribution(
        "edge", comment: "{{STACK}} API", origins: [Origin("api", .httpApi(http))],
        defaultBehavior: CacheBehavior(
          origin: "api", cachePolicy: .cachingDisabled, originRequestPolicy: .allViewerExceptHostHeader, methods: .all),
        webACL: firewall)
      // {{/growth}}
      // The load the stack must carry; `iacgen synth` prints the capacity it leaves.
      Load(http, route: "POST /items", requestsPerSecond: {{RPS}}, averageDuration: .milliseconds(100))
      Output("api-url", http.url)
    }
  }
}
