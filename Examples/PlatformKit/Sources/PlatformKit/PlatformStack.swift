// The serverless platform (API Gateway, Lambda functions sized per tier, Step Functions driving a
// Fargate task, DynamoDB, S3, Keycloak on Fargate behind an ALB, Aurora Serverless), sized as
// docs/scaling-phases.md sizes it at each phase.
import IaCGen

/// The sizes docs/scaling-phases.md gives each phase.
struct PhaseSizing {
  var apiMemoryMB: Int
  var apiConcurrency: Int
  var processingMemoryMB: Int
  var taskCPU: Int
  var taskMemoryMB: Int
  var keycloakTasks: ClosedRange<Int>
  var serviceTasks: ClosedRange<Int>
  var auroraCapacity: ClosedRange<Double>
  var auroraReaders: Int
  var zones: Int

  static func sized(for phase: ScalingPhase) -> PhaseSizing {
    switch phase {
    case .minimumViable:
      return PhaseSizing(apiMemoryMB: 128, apiConcurrency: 100, processingMemoryMB: 1024, taskCPU: 256, taskMemoryMB: 512,
                         keycloakTasks: 1...1, serviceTasks: 1...1, auroraCapacity: 1...2, auroraReaders: 0, zones: 2)
    case .earlyProduction:
      return PhaseSizing(apiMemoryMB: 256, apiConcurrency: 200, processingMemoryMB: 1536, taskCPU: 256, taskMemoryMB: 512,
                         keycloakTasks: 1...2, serviceTasks: 1...3, auroraCapacity: 2...4, auroraReaders: 0, zones: 2)
    case .growth:
      return PhaseSizing(apiMemoryMB: 512, apiConcurrency: 400, processingMemoryMB: 2048, taskCPU: 1024, taskMemoryMB: 2048,
                         keycloakTasks: 2...5, serviceTasks: 2...10, auroraCapacity: 2...8, auroraReaders: 1, zones: 3)
    case .scale:
      return PhaseSizing(apiMemoryMB: 1024, apiConcurrency: 800, processingMemoryMB: 3008, taskCPU: 1024, taskMemoryMB: 2048,
                         keycloakTasks: 2...5, serviceTasks: 2...10, auroraCapacity: 4...16, auroraReaders: 2, zones: 3)
    }
  }
}

/// The platform's stack for `phase`.
public func platformStack(_ phase: ScalingPhase, account: String = "123456789012") -> Stack {
  let size = PhaseSizing.sized(for: phase)
  let atLeastGrowth = phase == .growth || phase == .scale
  let name = "platform-" + ["minimum-viable": "phase0", "early-production": "phase1", "growth": "phase2", "scale": "phase3"][phase.rawValue]!
  let artifacts = "platform-artifacts-\(account)"

  let network = Network("core", cidr: "10.60.0.0/16", zones: size.zones, natGateways: atLeastGrowth ? .perZone : .one)
  let uploads = Bucket(
    "uploads", name: "\(name)-uploads-\(account)",
    lifecycleRules: atLeastGrowth ? [LifecycleRule("archive", transitions: [.init(after: .days(90), to: .glacierInstantRetrieval)], noncurrentVersionExpiration: .days(30))] : [],
    intelligentTiering: phase == .scale ? IntelligentTiering() : nil)
  let items = Table(
    "items", partitionKey: KeyAttribute("pk", .string), sortKey: KeyAttribute("sk", .string),
    billing: phase == .minimumViable ? .onDemand : .provisioned(read: 50, write: 30))

  // Phase 2 on: DAX in front of the hot table; the API reads and writes items through it.
  let dax = atLeastGrowth ? DAXCluster("items-cache", nodes: phase == .scale ? 5 : 3, tables: [items], network: .private(network)) : nil

  // Function tiers (seed 002): API 128-256 MB and up, processing 1-3 GB, coordination 256 MB.
  var apiEnvironment: [String: StringValue] = ["ITEMS_TABLE": items.tableName, "UPLOADS_BUCKET": uploads.bucketName]
  apiEnvironment["ITEMS_CACHE"] = dax?.endpoint
  let api = Function(
    "api", code: .s3(bucket: artifacts, key: "api.zip"), runtime: .python3_12, handler: "api.handler", memoryMB: size.apiMemoryMB,
    timeout: .seconds(10), architecture: .arm64, environment: apiEnvironment,
    reservedConcurrency: size.apiConcurrency, grants: [.readWrite(items), .readWrite(uploads)] + (dax.map { [.readWrite($0)] } ?? []),
    network: atLeastGrowth ? .private(network) : nil)  // in the network from phase 2 on, to reach DAX
  let processor = Function(
    "processor", code: .s3(bucket: artifacts, key: "processor.zip"), runtime: .python3_12, handler: "processor.handler",
    memoryMB: size.processingMemoryMB, timeout: .minutes(5), architecture: .arm64, grants: [.read(uploads), .write(items)])
  let coordinator = Function(
    "coordinator", code: .s3(bucket: artifacts, key: "coordinator.zip"), runtime: .python3_12, handler: "coordinator.handler",
    memoryMB: 256, timeout: .seconds(30), architecture: .arm64, grants: [.read(items)])

  let apps = ECSCluster("apps")
  let transcoder = FargateService(
    "transcoder", cluster: apps, cpu: size.taskCPU, memoryMB: size.taskMemoryMB,
    containers: [Container("transcoder", image: "\(account).dkr.ecr.us-east-1.amazonaws.com/transcoder:1.0", environment: ["UPLOADS_BUCKET": uploads.bucketName])],
    desiredCount: 0, network: .private(network), grants: [.readWrite(uploads)])
  let workflow = StateMachine("media-pipeline", definition: Workflow(startAt: "Prepare", states: [
    .task("Prepare", .invoke(coordinator), retry: [Retry()], next: "Transcode"),
    .map("Transcode", itemsPath: "$.files", maxConcurrency: atLeastGrowth ? 20 : 5, iterator: Workflow(startAt: "Run", states: [
      .task("Run", .runTask(transcoder), retry: [Retry(maxAttempts: 2)], end: true),
    ]), next: "Process"),
    .task("Process", .invoke(processor), retry: [Retry()], catch: [Catcher(next: "Failed")], next: "Done"),
    .succeed("Done"),
    .fail("Failed", error: "PipelineFailed", cause: "processing failed"),
  ]))

  // Keycloak on Fargate behind an ALB, with Aurora Serverless for its data.
  // Phase 3: Aurora Global, with a standby in another Region (`platformStandbyStack`).
  let keycloakData = AuroraCluster(
    "keycloak-db", minCapacity: size.auroraCapacity.lowerBound, maxCapacity: size.auroraCapacity.upperBound,
    readers: size.auroraReaders, databaseName: "keycloak", backupRetentionDays: atLeastGrowth ? 35 : 7, network: .private(network),
    globalDatabase: phase == .scale ? .primary(identifier: keycloakGlobalDatabase) : nil)
  let keycloakTargets = TargetGroup("keycloak-targets", network: network, port: 8080, healthCheck: HealthCheck(path: "/health/ready"))
  let authBalancer = LoadBalancer(
    "auth", network: network, certificateArn: "arn:aws:acm:us-east-1:\(account):certificate/11111111-2222-3333-4444-555555555555",
    defaultTarget: keycloakTargets)
  let keycloak = FargateService(
    "keycloak", cluster: apps, cpu: size.taskCPU, memoryMB: size.taskMemoryMB,
    containers: [Container(
      "keycloak", image: "quay.io/keycloak/keycloak:26.0", port: 8080,
      environment: ["KC_DB": "postgres", "KC_DB_URL_HOST": keycloakData.endpoint], secrets: ["KC_DB_PASSWORD": keycloakData.masterSecretArn],
      command: ["start", "--optimized"])],
    desiredCount: size.keycloakTasks.lowerBound, network: .private(network), targetGroup: keycloakTargets)

  let restApi = RestApi(
    "public-api", methods: [ApiMethod("GET", "/items", api), ApiMethod("POST", "/items", api), ApiMethod("GET", "/items/{id}", api)],
    throttling: Throttling(rate: atLeastGrowth ? 5_000 : 1_000, burst: atLeastGrowth ? 2_500 : 500),
    cacheSizeGB: atLeastGrowth ? "0.5" : nil)
  let oncall = Topic("oncall", subscriptions: [Subscription(.email("oncall@example.com"))])

  return Stack(name, region: .usEast1, phase: phase, tags: ["system": "seed-002-platform", "phase": phase.rawValue]) {
    network
    uploads
    items
    api
    processor
    coordinator
    apps
    transcoder
    workflow
    keycloakData
    keycloakTargets
    authBalancer
    keycloak
    restApi
    oncall
    Connection(from: keycloak, to: keycloakData)
    Alarms.standard(for: api, notify: oncall)

    if phase != .minimumViable {
      AutoScaling("keycloak-tasks", target: .serviceTasks(keycloak), min: size.keycloakTasks.lowerBound, max: size.keycloakTasks.upperBound,
                  targetTracking: [.cpu(70, scaleOutCooldown: .seconds(60), scaleInCooldown: .seconds(300))])
      AutoScaling("items-reads", target: .tableReads(items), min: 50, max: atLeastGrowth ? 4_000 : 500, targetTracking: [.readUtilization(70)])
      AutoScaling("items-writes", target: .tableWrites(items), min: 30, max: atLeastGrowth ? 2_000 : 300, targetTracking: [.writeUtilization(70)])
    }
    if let dax {
      // Phase 2: DAX in front of the hot table, WAF on the public API and the auth balancer.
      dax
      Connection(from: api, to: dax)
      WebACL("api-firewall", protects: [.restApi(restApi), .loadBalancer(authBalancer)])
    }
    if phase == .scale {
      // Phase 3: CloudFront in front of the API and the auth balancer.
      let edgeFirewall = WebACL("edge-firewall", scope: .cloudFront, managedRules: [.commonRuleSet, .knownBadInputs, .anonymousIP])
      edgeFirewall
      Distribution(
        "edge", comment: "API and sign-in",
        origins: [Origin("api", .restApi(restApi)), Origin("auth", .loadBalancer(authBalancer))],
        defaultBehavior: CacheBehavior(origin: "api", cachePolicy: .cachingDisabled, originRequestPolicy: .allViewerExceptHostHeader, methods: .all),
        behaviors: [CacheBehavior("/realms/*", origin: "auth", cachePolicy: .cachingDisabled, originRequestPolicy: .allViewerExceptHostHeader, methods: .all)],
        priceClass: .all, webACL: edgeFirewall)
    }
    Output("api-url", restApi.url)
    Output("auth-endpoint", authBalancer.dnsName)

    // checkov findings the platform accepts, each with its reason (rendered as skips on the resources).
    networkDecisions
    auroraDecisions
    Suppress("CKV_AWS_115", because: "seed 002 reserves concurrency for the API tier only; processing and coordination share the account pool")
    Suppress("CKV_AWS_116", because: "functions are invoked synchronously by the API and by Step Functions, which retries and catches failures")
    Suppress("CKV_AWS_117", because: "only the API function reaches DAX, and it runs in the network from phase 2 on; the others reach AWS APIs over TLS")
    Suppress("CKV_AWS_173", because: "environment variables hold a table and a bucket name, no secrets; Lambda encrypts them with its service key")
    Suppress("CKV_AWS_272", because: "code comes from the platform's artifact bucket, which only CI writes; no code-signing profile")
    Suppress("CKV_AWS_158", because: "log groups use CloudWatch Logs' default encryption at rest")
    Suppress("CKV_AWS_119", on: items, because: "encrypted at rest with DynamoDB's AWS owned key; no requirement for a customer managed key")
    Suppress("CKV_AWS_145", on: uploads, because: "encrypted at rest with S3-managed keys (SSE-S3); no requirement for a customer key")
    Suppress("CKV_AWS_144", on: uploads, because: "seed 002 replicates the Keycloak data (phase 3), not uploads, which clients can send again")
    Suppress("CKV_AWS_18", on: uploads, because: "object access is audited through CloudTrail data events at the account level, not server access logs")
    Suppress("CKV2_AWS_62", on: uploads, because: "the workflow is started by the API, not by S3 event notifications")
    Suppress("CKV_AWS_336", because: "Keycloak and the transcoder write temporary files to their root file system")
    Suppress("CKV_AWS_284", on: workflow, because: "the workflow's tasks trace themselves; no state machine tracing")
    Suppress("CKV_AWS_285", on: workflow, because: "Step Functions keeps the execution history; no execution log group")
    Suppress("CKV_AWS_260", on: authBalancer, because: "the sign-in load balancer accepts port 80 only to redirect to HTTPS")
    Suppress("CKV_AWS_91", on: authBalancer, because: "load balancer access logs are not kept; Keycloak logs sign-in events")
    Suppress("CKV_AWS_59", on: restApi, because: "the API functions check the caller's Keycloak token; no API Gateway authorizer")
    Suppress("CKV2_AWS_51", on: restApi, because: "public clients, no mutual TLS")
    Suppress("CKV2_AWS_53", on: restApi, because: "the API function validates request bodies; no API Gateway request models")
    Suppress("CKV2_AWS_4", on: restApi, because: "access logs are on for the stage; execution logging stays off to keep request data out of logs")
    Suppress("CKV_AWS_237", on: restApi, because: "the REST API is updated in place; its deployment is replaced, not the API")
    if atLeastGrowth {
      Suppress("CKV2_AWS_31", because: "WAF request logging is not configured; iacgen's WebACL keeps sampled requests and metrics only")
      Suppress("CKV2_AWS_76", on: authBalancer, because: "Keycloak 26 is not affected by Log4Shell; the firewall runs AWS's common rule set")
      Suppress("CKV2_AWS_77", on: restApi, because: "the API runs Python functions, not Java; the firewall runs AWS's common rule set")
    } else {
      Suppress("CKV2_AWS_28", on: authBalancer, because: "seed 002 adds WAF in phase 2; phases 0 and 1 rely on Keycloak's brute-force protection")
      Suppress("CKV2_AWS_29", on: restApi, because: "seed 002 adds WAF in phase 2; phases 0 and 1 rely on the stage's throttling")
      Suppress("CKV_AWS_120", on: restApi, because: "seed 002 adds the stage cache in phase 2")
      Suppress("CKV_AWS_225", on: restApi, because: "seed 002 adds the stage cache in phase 2")
      Suppress("CKV2_AWS_61", on: uploads, because: "seed 002 archives uploads from phase 2 on; until then the bucket is small")
    }
    if phase == .scale {
      Suppress("CKV2_AWS_57", on: keycloakData, because: "RDS manages the master password in Secrets Manager and rotates it itself every seven days")
      Suppress("CKV_AWS_149", on: keycloakData, because: "the RDS-managed master secret uses Secrets Manager's AWS managed key")
      Suppress("CKV_AWS_174", because: "the distribution uses the default CloudFront certificate, which fixes the TLS policy")
      Suppress("CKV2_AWS_42", because: "no custom domain in seed 002's architecture; the default CloudFront certificate serves HTTPS")
      Suppress("CKV2_AWS_32", because: "the origins are an API and Keycloak, which set their own response headers")
      Suppress("CKV_AWS_305", because: "the distribution fronts an API and sign-in, not a website; there is no root object")
      Suppress("CKV_AWS_310", because: "each path has one origin in one Region; the standby Region holds data, not origins")
      Suppress("CKV_AWS_374", because: "the platform is offered worldwide; no geo restriction")
      Suppress("CKV_AWS_86", because: "API access logs are kept at the stage; CloudFront logs would duplicate them")
    }
  }
}

/// checkov findings every platform network accepts.
let networkDecisions = [
  Suppress("CKV2_AWS_12", because: "no resource uses the VPC's default security group: each service, database and function gets its own"),
]

/// checkov findings the Keycloak Aurora cluster accepts, in the primary and the standby Region.
let auroraDecisions = [
  Suppress("CKV2_AWS_27", because: "query logging is off: Keycloak's statements hold credentials and user data"),
  Suppress("CKV2_AWS_8", because: "Aurora's automated backups (7 to 35 days by phase) are the backup; no AWS Backup plan"),
  Suppress("CKV_AWS_118", because: "CloudWatch's standard Aurora metrics are enough; no enhanced-monitoring role"),
  Suppress("CKV_AWS_353", because: "Performance Insights is not enabled for Keycloak's small database"),
  Suppress("CKV_AWS_162", because: "Keycloak connects with the password from Secrets Manager; it does not support IAM database authentication"),
  Suppress("CKV_AWS_324", because: "PostgreSQL logs are not exported to CloudWatch Logs; they stay in RDS for their retention"),
  Suppress("CKV_AWS_327", because: "encrypted at rest with the RDS AWS managed key; no requirement for a customer key"),
]

/// The global database phase 3's Keycloak data belongs to.
let keycloakGlobalDatabase = "platform-keycloak-global"

/// Phase 3's standby Region: a network and a secondary cluster of the Keycloak global
/// database, ready to be promoted (seed 002: Aurora Global at 100K+ users).
public func platformStandbyStack(region: Region) -> Stack {
  let network = Network("core", cidr: "10.61.0.0/16", zones: 3, natGateways: .none)
  let standby = AuroraCluster(
    "keycloak-db", minCapacity: 4, maxCapacity: 16, readers: 1, backupRetentionDays: 35, network: .private(network),
    globalDatabase: .secondary(identifier: keycloakGlobalDatabase, primary: "keycloak-db"))
  return Stack("platform-phase3-standby", region: region, phase: .scale, tags: ["system": "seed-002-platform", "phase": "scale", "role": "standby"]) {
    network
    standby
    Output("standby-reader", standby.readerEndpoint)
    networkDecisions
    auroraDecisions
    Suppress("CKV_AWS_158", on: network, because: "the flow-log group uses CloudWatch Logs' default encryption at rest; flow records hold no payloads")
  }
}
