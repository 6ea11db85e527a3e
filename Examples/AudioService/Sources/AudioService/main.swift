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

// Seed 000: reserved concurrency 10 was the critical bottleneck; the target is 100 to 1000.
let upload = Function(
  "upload", code: .s3(bucket: artifacts, key: "upload.zip"), runtime: .python3_12, handler: "upload.handler", memoryMB: 512,
  timeout: .seconds(10), architecture: .arm64, environment: ["UPLOADS_BUCKET": uploads.bucketName, "JOBS_TABLE": jobs.tableName, "QUEUE_URL": transcodeQueue.url],
  reservedConcurrency: 200, alias: FunctionAlias("live", provisionedConcurrency: 50),
  grants: [.write(uploads), .write(jobs), .send(to: transcodeQueue)], network: .private(network))
let status = Function(
  "status", code: .s3(bucket: artifacts, key: "status.zip"), runtime: .python3_12, handler: "status.handler", memoryMB: 256,
  timeout: .seconds(5), architecture: .arm64, environment: ["JOBS_TABLE": jobs.tableName], reservedConcurrency: 100,
  grants: [.read(jobs)], network: .private(network))
let transcoder = Function(
  "transcoder", code: .s3(bucket: artifacts, key: "transcoder.zip"), runtime: .python3_12, handler: "transcode.handler",
  memoryMB: 3008, timeout: .minutes(5), architecture: .arm64, environment: ["JOBS_TABLE": jobs.tableName],
  ephemeralStorageMB: 4096, reservedConcurrency: 200, grants: [.readWrite(uploads), .write(jobs)])
let hotJobs = DAXCluster("jobs-cache", nodes: 3, tables: [jobs], network: .private(network))

let api = RestApi(
  "audio-api",
  methods: [ApiMethod("POST", "/uploads", upload), ApiMethod("GET", "/jobs/{id}", status), ApiMethod("GET", "/jobs", status)],
  throttling: Throttling(rate: 2000, burst: 4000), cacheSizeGB: "0.5", cacheTTL: .seconds(30))

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
  }
}.run()
