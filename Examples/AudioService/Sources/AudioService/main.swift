// Seed 000's target architecture for the audio-processing service: CloudFront in front of
// API Gateway, upload and status functions with reserved (and provisioned) concurrency,
// DynamoDB with DAX for the hot job table, S3 with transfer acceleration for uploads, and SQS
// batch processing for transcoding. Sized for the seed's target of 1000 RPS.
import IaCGen

let account = "123456789012"
let artifacts = "audio-artifacts-\(account)"

let network = Network("core", cidr: "10.70.0.0/16", zones: 3, natGateways: .perZone)
let uploads = Bucket(
  "uploads", name: "audio-uploads-\(account)",
  lifecycleRules: [LifecycleRule("raw-to-archive", prefix: "raw/", transitions: [.init(after: .days(30), to: .glacierInstantRetrieval)])],
  transferAcceleration: true)
let jobs = Table(
  "jobs", partitionKey: KeyAttribute("jobId", .string), billing: .provisioned(read: 1000, write: 200),
  globalIndexes: [GlobalIndex("by-user", partitionKey: KeyAttribute("userId", .string), sortKey: KeyAttribute("createdAt", .number))],
  ttlAttribute: "expiresAt")
let deadLetters = Queue("transcode-dead-letters", retention: .days(14))
let transcodeQueue = Queue(
  "transcode", visibilityTimeout: .minutes(30), receiveWaitTime: .seconds(20), deadLetter: DeadLetter(deadLetters, maxReceiveCount: 3))

// DAX in front of the hot job table: upload writes through it, status reads through it.
let hotJobs = DAXCluster("jobs-cache", nodes: 3, tables: [jobs], network: .private(network))

// Seed 000: reserved concurrency 10 was the critical bottleneck; the target is 100 to 1000.
let upload = Function(
  "upload", code: .s3(bucket: artifacts, key: "upload.zip"), runtime: .python3_12, handler: "upload.handler", memoryMB: 512,
  timeout: .seconds(10), architecture: .arm64, environment: [
    "UPLOADS_BUCKET": uploads.bucketName, "JOBS_TABLE": jobs.tableName, "JOBS_CACHE": hotJobs.endpoint, "QUEUE_URL": transcodeQueue.url,
  ],
  reservedConcurrency: 200, alias: FunctionAlias("live", provisionedConcurrency: 50),
  grants: [.write(uploads), .write(jobs), .write(hotJobs), .send(to: transcodeQueue)], network: .private(network))
let status = Function(
  "status", code: .s3(bucket: artifacts, key: "status.zip"), runtime: .python3_12, handler: "status.handler", memoryMB: 256,
  timeout: .seconds(5), architecture: .arm64, environment: ["JOBS_TABLE": jobs.tableName, "JOBS_CACHE": hotJobs.endpoint],
  reservedConcurrency: 100, grants: [.read(jobs), .read(hotJobs)], network: .private(network))
let transcoder = Function(
  "transcoder", code: .s3(bucket: artifacts, key: "transcoder.zip"), runtime: .python3_12, handler: "transcode.handler",
  memoryMB: 3008, timeout: .minutes(5), architecture: .arm64, environment: ["JOBS_TABLE": jobs.tableName],
  ephemeralStorageMB: 4096, reservedConcurrency: 200, grants: [.readWrite(uploads), .write(jobs)])

let api = RestApi(
  "audio-api",
  methods: [ApiMethod("POST", "/uploads", upload), ApiMethod("GET", "/jobs/{id}", status), ApiMethod("GET", "/jobs", status)],
  throttling: Throttling(rate: 2000, burst: 4000), cacheSizeGB: "0.5", cacheTTL: .seconds(30))

// checkov findings this design accepts, each with its reason (rendered as skips on the resources).
let checkovDecisions = [
  // Network
  Suppress("CKV2_AWS_12", on: network, because: "no resource uses the VPC's default security group: each function and cluster gets its own"),
  // Functions: invoked synchronously by the API or by the transcode queue's trigger (which has a dead-letter queue)
  Suppress("CKV_AWS_116", because: "functions are invoked synchronously by the API or by a queue trigger whose queue has a dead-letter queue"),
  Suppress("CKV_AWS_117", on: transcoder, because: "the transcoder reaches only S3 and DynamoDB over their TLS endpoints; upload and status run in the VPC to reach DAX"),
  Suppress("CKV_AWS_173", because: "environment variables hold resource names and URLs, no secrets; Lambda encrypts them with its service key"),
  Suppress("CKV_AWS_272", because: "code comes from the artifact bucket, which only CI writes; no code-signing profile"),
  Suppress("CKV_AWS_158", because: "log groups use CloudWatch Logs' default encryption at rest; request bodies are not logged"),
  // Data
  Suppress("CKV_AWS_119", on: jobs, because: "encrypted at rest with DynamoDB's AWS owned key; job records hold no customer content"),
  Suppress("CKV_AWS_145", on: uploads, because: "encrypted at rest with S3-managed keys (SSE-S3); no requirement for a customer key"),
  Suppress("CKV_AWS_144", on: uploads, because: "raw uploads are re-creatable by clients; seed 000's architecture is single-Region"),
  Suppress("CKV_AWS_18", on: uploads, because: "object access is audited through CloudTrail data events at the account level, not server access logs"),
  Suppress("CKV2_AWS_62", on: uploads, because: "uploads are announced by the upload function through the transcode queue, not S3 event notifications"),
  Suppress("CKV_AWS_300", on: uploads, because: "uploads use single PUTs through transfer acceleration (no multipart), so no incomplete uploads accumulate"),
  // API (reached through the edge distribution and its firewall)
  Suppress("CKV_AWS_59", on: api, because: "a public upload API: callers authenticate with signed upload tokens checked by the functions"),
  Suppress("CKV2_AWS_51", on: api, because: "public clients, no mutual TLS; the edge distribution terminates TLS"),
  Suppress("CKV2_AWS_53", on: api, because: "the functions validate request bodies; no API Gateway request models"),
  Suppress("CKV2_AWS_29", on: api, because: "clients reach the API through the edge distribution, which the edge-firewall WAF protects"),
  Suppress("CKV2_AWS_4", on: api, because: "access logs are on for the stage; execution logging stays off to keep request data out of logs"),
  Suppress("CKV_AWS_237", on: api, because: "the REST API is updated in place; its deployment is replaced, not the API"),
  // Edge distribution
  Suppress("CKV_AWS_174", because: "the distribution uses the default CloudFront certificate (no custom domain in seed 000), which fixes the TLS policy"),
  Suppress("CKV2_AWS_42", because: "no custom domain in seed 000's architecture; the default CloudFront certificate serves HTTPS"),
  Suppress("CKV2_AWS_32", because: "the origin is an API whose functions set their own response headers"),
  Suppress("CKV_AWS_305", because: "the distribution fronts an API, not a website; there is no root object"),
  Suppress("CKV_AWS_310", because: "a single API origin in one Region; seed 000 documents no second origin"),
  Suppress("CKV_AWS_374", because: "the service is offered worldwide; no geo restriction"),
  Suppress("CKV_AWS_86", because: "API access logs are kept at the stage; CloudFront logs would duplicate them"),
  Suppress("CKV2_AWS_47", because: "the WAF uses a rate limit per IP; the API runs Python functions, not Java (Log4j rules do not apply)"),
  Suppress("CKV2_AWS_31", because: "WAF request logging is not configured; iacgen's WebACL keeps sampled requests and metrics only"),
]

App {
  Stack("audio-service", region: .usEast1, phase: .scale, tags: ["service": "audio"]) {
    network
    uploads
    jobs
    deadLetters
    transcodeQueue
    upload
    status
    transcoder
    hotJobs
    api
    Connection(from: upload, to: hotJobs)
    Connection(from: status, to: hotJobs)
    // Seed 000: batch SQS processing instead of 100 ms per message.
    QueueTrigger(queue: transcodeQueue, function: transcoder, batchSize: 10, batchingWindow: .seconds(5), maximumConcurrency: 200)
    AutoScaling("upload-concurrency", target: .provisionedConcurrency(upload), min: 50, max: 190,
                targetTracking: [.provisionedConcurrencyUtilization(0.7)])
    AutoScaling("jobs-reads", target: .tableReads(jobs), min: 1000, max: 10000, targetTracking: [.readUtilization(70)])
    let firewall = WebACL("edge-firewall", scope: .cloudFront, rateLimitPerIP: 2000)
    firewall
    Distribution(
      "edge", comment: "audio API",
      origins: [Origin("api", .restApi(api))],
      defaultBehavior: CacheBehavior(origin: "api", cachePolicy: .cachingDisabled, originRequestPolicy: .allViewerExceptHostHeader, methods: .all),
      webACL: firewall)
    // Seed 000's target load (1000 RPS at 95 ms, 1000 RCU, 1000 messages/s at 100 ms each) and
    // its growth projections (200, 500, 1000 and 2000 RPS at months 1, 3, 6 and 12).
    Load(api, route: "POST /uploads", requestsPerSecond: 1000, averageDuration: .milliseconds(95))
    Load(jobs, readsPerSecond: 2000)
    Load(transcodeQueue, messagesPerSecond: 1000, processingTimePerMessage: .milliseconds(100))
    GrowthTarget(month: 1, factor: 0.2)
    GrowthTarget(month: 3, factor: 0.5)
    GrowthTarget(month: 6, factor: 1)
    GrowthTarget(month: 12, factor: 2)
    Output("api-url", api.url)
    Suppress("PH007", because: "seed 000's target architecture serves one Region; it documents no recovery Region or global data")
    checkovDecisions
  }
}.run()
