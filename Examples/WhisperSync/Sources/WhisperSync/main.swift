// Seed 004 as a whole: WhisperSync's voice-memo pipeline in us-east-1 (queue-based load
// levelling with an overflow queue, the batch-25 consumer, ten shards of queue + table, Redis
// and a TTL cache table, autoscaling, EventBridge + SNS fan-out, a Step Functions Map driving
// ECS tasks, Kinesis, DAX, CloudFront with the geo allow-list, Route 53, a dashboard) and its
// memo table replicated as a global table to the three Regions the seed names, each of which
// runs a regional API on its own replica.
import IaCGen

let account = "123456789012"
let artifacts = "whispersync-artifacts-\(account)"
let environment = "prod"
let replicaRegions: [Region] = [.usWest2, .euWest1, .apSoutheast1]

// Seed 004 section 8: the global table; `name:` makes the name the same in every Region, which
// is how the regional stacks reach their replica.
let memos = Table(
  "memos", name: "whispersync-memos-\(environment)", partitionKey: KeyAttribute("pk", .string),
  stream: .newAndOldImages, replicas: replicaRegions.map { TableReplica($0) })

let network = Network("core", cidr: "10.40.0.0/16", zones: 3, natGateways: .perZone)
let recordings = Bucket(
  "recordings", name: "whispersync-recordings-\(account)",
  lifecycleRules: [LifecycleRule("archive", transitions: [.init(after: .days(30), to: .glacierInstantRetrieval)], noncurrentVersionExpiration: .days(30))])
let edgeLogs = Bucket("edge-logs", name: "whispersync-edge-logs-\(account)", lifecycleRules: [LifecycleRule("expire", expiration: .days(90), noncurrentVersionExpiration: .days(30))])

// Section 1: queue-based load levelling.
let deadLetters = Queue("dead-letters", retention: .days(14))
let primaryQueue = Queue(
  "primary", visibilityTimeout: .minutes(15), receiveWaitTime: .seconds(20), deadLetter: DeadLetter(deadLetters, maxReceiveCount: 3))
let overflowQueue = Queue("overflow", visibilityTimeout: .minutes(15), receiveWaitTime: .seconds(20), deadLetter: DeadLetter(deadLetters, maxReceiveCount: 3))
let archiveQueue = Queue("archive", visibilityTimeout: .minutes(5), receiveWaitTime: .seconds(20))

// Section 4: Redis for hot data, a DynamoDB table with TTL for warm data.
let hotCache = Cache("hot", engine: .redis, engineVersion: "7.1", nodeType: "cache.t4g.small", network: .private(network))
let cacheTable = Table("cache", partitionKey: KeyAttribute("cache_key", .string), ttlAttribute: "ttl")

// Section 2: ten shards of queue + table.
let shards = (0..<10).map { shard in
  (queue: Queue("shard-\(shard)-queue", name: "whispersync-shard-\(shard)-\(environment)", visibilityTimeout: .minutes(6)),
   table: Table("shard-\(shard)-table", partitionKey: KeyAttribute("pk", .string)))
}

// Section 9: the seed's optimized function is a container image with SnapStart, which AWS
// rejects (SnapStart takes zip packages only); this consumer is the image without SnapStart.
// A test keeps the seed's version to show the diagnostic.
// DAX in front of the memo table: the consumer reads memos through it.
let memoReads = DAXCluster("memo-reads", nodes: 3, tables: [memos], network: .private(network))

let consumer = Function(
  "consumer", code: .image("\(account).dkr.ecr.us-east-1.amazonaws.com/whispersync-consumer:2024-11"), memoryMB: 1769,
  timeout: .minutes(2), architecture: .arm64,  // at most a sixth of the queue's 15-minute visibility timeout
  environment: [
    "BATCH_SIZE": "25", "PRIMARY_QUEUE": primaryQueue.url, "OVERFLOW_QUEUE": overflowQueue.url, "MEMOS_TABLE": memos.tableName,
    "CACHE_TABLE": cacheTable.tableName, "REDIS_HOST": hotCache.endpoint, "MEMO_CACHE": memoReads.endpoint, "PYTHONUNBUFFERED": "1", "AWS_XRAY_CONTEXT_MISSING": "LOG_ERROR",
  ],
  alias: FunctionAlias("live", provisionedConcurrency: 1),
  grants: [.consume(primaryQueue), .send(to: overflowQueue), .readWrite(memos), .read(memoReads), .readWrite(cacheTable)] + shards.map { .send(to: $0.queue) },
  tracing: .active, network: .private(network))
let shardWorker = Function(
  "shard-worker", code: .s3(bucket: artifacts, key: "shard-worker.zip"), runtime: .python3_12, handler: "shard.handler",
  memoryMB: 512, timeout: .minutes(1), architecture: .arm64, grants: shards.flatMap { [.consume($0.queue), .readWrite($0.table)] })

// Section 6: EventBridge and SNS fan-out.
func handler(_ id: ResourceID, _ key: String, grants: [Grant] = []) -> Function {
  Function(id, code: .s3(bucket: artifacts, key: key), runtime: .python3_12, handler: "app.handler", memoryMB: 256,
           timeout: .seconds(30), architecture: .arm64, grants: grants)
}
let analytics = handler("analytics", "analytics.zip", grants: [.read(memos)])
let notifications = handler("notifications", "notifications.zip")
let sentiment = handler("sentiment", "sentiment.zip", grants: [.readWrite(memos)])
let memoryIndexing = handler("memory-indexing", "memory-indexing.zip", grants: [.readWrite(memos)])
let bus = EventBus("bus", name: "whispersync-\(environment)")
let workJournal = EventRule(
  "work-journal", bus: bus,
  pattern: EventPattern(sources: ["whispersync"], detailTypes: ["TranscriptProcessed"], detail: ["agent_type": ["work_journal"]]),
  targets: [EventTarget(.function(analytics)), EventTarget(.queue(archiveQueue)), EventTarget(.function(notifications))])
let memoryRule = EventRule(
  "memory", bus: bus,
  pattern: EventPattern(sources: ["whispersync"], detailTypes: ["TranscriptProcessed"], detail: ["agent_type": ["memory"]]),
  targets: [EventTarget(.function(sentiment), inputPath: "$.detail"), EventTarget(.function(memoryIndexing), inputPath: "$.detail")])
let fanOut = Topic("fan-out", subscriptions: [Subscription(.queue(archiveQueue), rawDelivery: true), Subscription(.function(notifications))])

// Section 7: Step Functions Map over ECS Fargate tasks.
let batchCluster = ECSCluster("batch")
let batchWorker = FargateService(
  "batch-worker", cluster: batchCluster, cpu: 1024, memoryMB: 2048, architecture: .arm64,
  containers: [Container("worker", image: "\(account).dkr.ecr.us-east-1.amazonaws.com/whispersync-batch:2024-11", environment: ["MEMOS_TABLE": memos.tableName])],
  desiredCount: 1, network: .private(network), grants: [.consume(primaryQueue), .readWrite(memos), .readWrite(recordings)])
let collector = handler("collect", "collect.zip", grants: [.read(memos)])
let batchProcessor = StateMachine("batch-processor", definition: Workflow(startAt: "CollectItems", states: [
  .task("CollectItems", .invoke(collector), retry: [Retry()], next: "ProcessBatch"),
  .map("ProcessBatch", itemsPath: "$.items", maxConcurrency: 10, iterator: Workflow(startAt: "Process", states: [
    .task("Process", .runTask(batchWorker), retry: [Retry(maxAttempts: 2)], end: true),
  ]), end: true),
]))

// Section 9: Kinesis and DAX.
let changes = KinesisStream("memo-changes", capacity: .provisioned(shards: 10))

// Section 8: CloudFront with the geo allow-list, a CloudFront-scope firewall, Route 53.
let zone = HostedZone("zone", domain: "whispersync.app")
let firewall = WebACL("edge-firewall", scope: .cloudFront, managedRules: [.commonRuleSet, .knownBadInputs], rateLimitPerIP: 2000)
// The regional APIs answer at api.whispersync.app (latency routing below); CloudFront and its
// firewall sit in front of them too.
let distribution = Distribution(
  "global", comment: "WhisperSync recordings and API",
  origins: [Origin("recordings", .bucket(recordings)), Origin("api", .domain("api.whispersync.app"))],
  defaultBehavior: CacheBehavior(origin: "recordings", cachePolicy: .cachingOptimized, originRequestPolicy: .corsS3Origin),
  behaviors: [CacheBehavior("/memos*", origin: "api", cachePolicy: .cachingDisabled, originRequestPolicy: .allViewerExceptHostHeader, methods: .all)],
  geoRestriction: .allow(["US", "CA", "GB", "DE", "FR", "JP", "AU"]), webACL: firewall,
  accessLogs: DistributionLogs(bucket: edgeLogs, prefix: "cdn/"))

let oncall = Topic("oncall", subscriptions: [Subscription(.email("oncall@example.com"))])

// checkov findings this design accepts, each with its reason (rendered as skips on the resources).
let functionDecisions = [
  Suppress("CKV_AWS_116", because: "functions are invoked by queue triggers (whose queues have dead-letter queues), APIs, Step Functions and EventBridge with its retries"),
  Suppress("CKV_AWS_173", because: "environment variables hold resource names and URLs, no secrets; Lambda encrypts them with its service key"),
  Suppress("CKV_AWS_272", because: "code comes from the artifact buckets, which only CI writes; no code-signing profile"),
  Suppress("CKV_AWS_158", because: "log groups use CloudWatch Logs' default encryption at rest; memo text is not logged"),
]
let primaryDecisions = functionDecisions + [
  Suppress("CKV_AWS_115", because: "seed 004 bounds the consumers through their queue triggers' maximum concurrency and reserves concurrency only where it documents it"),
  Suppress("CKV_AWS_117", because: "only functions that reach the cache and DAX run in the VPC; the others reach AWS APIs over TLS"),
  Suppress("CKV2_AWS_12", on: network, because: "no resource uses the VPC's default security group: each function, cluster and cache gets its own"),
  Suppress("CKV_AWS_119", because: "tables are encrypted at rest with DynamoDB's AWS owned key; no requirement for customer managed keys"),
  Suppress("CKV_AWS_271", on: memos, because: "replicas use DynamoDB's AWS owned key, like the table"),
  Suppress("CKV_AWS_31", on: hotCache, because: "in-transit encryption is on; only the consumers' security group reaches the cache, which uses no AUTH token"),
  Suppress("CKV_AWS_191", on: hotCache, because: "the cache holds re-creatable data, encrypted at rest with ElastiCache's service key"),
  Suppress("CKV_AWS_336", on: batchWorker, because: "the batch worker writes temporary audio files to its root file system"),
  Suppress("CKV_AWS_284", on: batchProcessor, because: "the batch workflow is traced through its tasks' own X-Ray segments; no state machine tracing"),
  Suppress("CKV_AWS_285", on: batchProcessor, because: "execution history in Step Functions is enough for a nightly batch; no log group"),
  Suppress("CKV_AWS_145", because: "buckets are encrypted at rest with S3-managed keys (SSE-S3); no requirement for a customer key"),
  Suppress("CKV_AWS_144", because: "recordings are replicated by the application's archive path; the edge logs are kept in one Region"),
  Suppress("CKV_AWS_18", because: "object access is audited through CloudTrail data events; the edge log bucket is itself a log target"),
  Suppress("CKV2_AWS_62", because: "new recordings are announced through the primary queue, not S3 event notifications"),
  Suppress("CKV2_AWS_38", on: zone, because: "DNSSEC signing needs a KMS key in us-east-1 and registrar changes; not set up for this zone"),
  Suppress("CKV2_AWS_39", on: zone, because: "DNS query logging is not kept for this zone"),
  Suppress("CKV2_AWS_31", on: firewall, because: "WAF request logging is not configured; iacgen's WebACL keeps sampled requests and metrics only"),
  Suppress("CKV2_AWS_47", on: distribution, because: "the origins are S3 and Python functions, not Java; the WAF runs the common and known-bad-inputs rule sets"),
  Suppress("CKV_AWS_174", on: distribution, because: "the distribution uses the default CloudFront certificate, which fixes the TLS policy"),
  Suppress("CKV2_AWS_42", on: distribution, because: "recordings are served from the CloudFront domain; the default certificate serves HTTPS"),
  Suppress("CKV2_AWS_32", on: distribution, because: "the distribution serves audio files to the app, not web pages; no response headers policy"),
  Suppress("CKV_AWS_305", on: distribution, because: "the distribution serves recordings by key, not a website; there is no root object"),
  Suppress("CKV_AWS_310", on: distribution, because: "one S3 origin; a second would need replicated recordings"),
]

App {
  Stack("whispersync", region: .usEast1, phase: .scale, tags: ["system": "whispersync", "environment": environment]) {
    network
    recordings
    edgeLogs
    memos
    deadLetters
    primaryQueue
    overflowQueue
    archiveQueue
    hotCache
    cacheTable
    shards.map(\.queue)
    shards.map(\.table)
    consumer
    shardWorker
    Connection(from: consumer, to: hotCache)
    Connection(from: consumer, to: memoReads)
    // Section 1: batches of 25 with a 20 s window, at most 100 concurrent consumers.
    QueueTrigger(queue: primaryQueue, function: consumer, batchSize: 25, batchingWindow: .seconds(20), maximumConcurrency: 100)
    shards.map { QueueTrigger("\($0.queue.id)-trigger", queue: $0.queue, function: shardWorker, batchSize: 10) }
    // Section 5: provisioned concurrency 1-100 at 70% utilization; ECS 1-20 on CPU and queue depth.
    AutoScaling("consumer-concurrency", target: .provisionedConcurrency(consumer), min: 1, max: 100,
                targetTracking: [.provisionedConcurrencyUtilization(0.7)])
    batchCluster
    batchWorker
    Suppress("PH005", on: batchWorker, because: "seed 004 scales the batch worker from 1 to 20 tasks on queue depth; it serves no requests, so one task is enough when idle")
    AutoScaling(
      "batch-tasks", target: .serviceTasks(batchWorker), min: 1, max: 20,
      targetTracking: [.cpu(70, scaleOutCooldown: .seconds(60), scaleInCooldown: .seconds(300))],
      stepScaling: [StepScaling("queue-depth", metric: .queueDepth(primaryQueue), steps: [.atMost(0, adjust: -1), .atLeast(100, adjust: 1), .atLeast(500, adjust: 5)])])
    analytics
    notifications
    sentiment
    memoryIndexing
    bus
    workJournal
    memoryRule
    fanOut
    collector
    batchProcessor
    changes
    memoReads
    zone
    firewall
    distribution
    DNSRecords("edge-names", zone: zone, records: [DNSRecord("@", .alias(.distribution(distribution))), DNSRecord("cdn", .alias(.distribution(distribution)))])
    oncall
    Alarms.standard(for: consumer, notify: oncall)
    Dashboard("scaling", widgets: [
      .text("## WhisperSync scaling (seed 004, section 10)"),
      .metrics("System throughput", [
        MetricSpecification(namespace: "WhisperSync", name: "TranscriptsPerSecond", statistic: "Sum"),
        MetricSpecification(namespace: "AWS/Lambda", name: "ConcurrentExecutions", dimensions: [MetricDimension("FunctionName", consumer.functionName)], statistic: "Maximum"),
      ]),
      .metrics("Queue depth", [.queueDepth(primaryQueue), .queueDepth(overflowQueue)]),
    ])
    Output("recordings-cdn", distribution.domainName)
    Output("memos-table", memos.tableName)
    Output("zone-id", zone.zoneID, description: "The ID the regional stacks' latency records name (ExistingZone below)")
    primaryDecisions
  }

  // Regional stacks: an API in each replica Region, reading and writing its local replica, at
  // api.whispersync.app in every Region; Route 53 answers with the closest healthy Region. The
  // zone belongs to the primary stack: these stacks name it by the ID its `zone-id` output gives.
  let sharedZone = ExistingZone(id: "Z04812WHISPERSYNC", domain: "whispersync.app")
  for region in replicaRegions {
    let api = Function(
      "regional-api", code: .s3(bucket: "\(artifacts)-\(region.code)", key: "regional-api.zip"), runtime: .python3_12,
      handler: "api.handler", memoryMB: 512, timeout: .seconds(10), architecture: .arm64,
      environment: ["MEMOS_TABLE": memos.replica(in: region).tableName], reservedConcurrency: 100,
      grants: [.readWrite(memos.replica(in: region))], tracing: .active)
    let certificate = Certificate("api-certificate", domain: "api.whispersync.app", zone: sharedZone)
    let http = HttpApi(
      "regional", routes: [ApiRoute("GET /memos/{id}", api), ApiRoute("POST /memos", api)], throttling: Throttling(rate: 1000, burst: 500),
      domain: ApiDomain("api.whispersync.app", certificate: certificate))
    Stack("whispersync-\(region.code)", region: region, phase: .scale, tags: ["system": "whispersync", "environment": environment]) {
      api
      certificate
      http
      DNSRecords(
        "api-latency", zone: sharedZone,
        records: [DNSRecord("api", .alias(.httpApi(http)), routing: .latency(region, healthCheck: "api"), setIdentifier: region.code)],
        healthChecks: [DNSHealthCheck("api", domain: "api-\(region.code).whispersync.app", path: "/memos/health")])
      Output("api-url", http.url)
      functionDecisions
      Suppress("CKV_AWS_117", on: api, because: "the regional API reaches only its DynamoDB replica over TLS; no private resource needs a VPC")
      Suppress("CKV_AWS_309", on: http, because: "memos are addressed by unguessable IDs and the function checks the caller's signed token")
    }
  }
}.run()
