// Seed 002's platform (API Gateway, Lambda functions sized per tier, Step Functions driving a
// Fargate task, DynamoDB, S3, Keycloak on Fargate behind an ALB, Aurora Serverless), sized as
// ../shared/reference/scaling-phases.md sizes it at each phase.
import IaCGen

/// The sizes seed 002 gives each phase.
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

  // Function tiers (seed 002): API 128-256 MB and up, processing 1-3 GB, coordination 256 MB.
  let api = Function(
    "api", code: .s3(bucket: artifacts, key: "api.zip"), runtime: .python3_12, handler: "api.handler", memoryMB: size.apiMemoryMB,
    timeout: .seconds(10), architecture: .arm64, environment: ["ITEMS_TABLE": items.tableName, "UPLOADS_BUCKET": uploads.bucketName],
    reservedConcurrency: size.apiConcurrency, grants: [.readWrite(items), .readWrite(uploads)],
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
    if atLeastGrowth {
      // Phase 2: DAX in front of the hot table, WAF on the public API and the auth balancer.
      let dax = DAXCluster("items-cache", nodes: phase == .scale ? 5 : 3, tables: [items], network: .private(network))
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
  }
}

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
  }
}
