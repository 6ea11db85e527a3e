import IaCGen

/// A stack that uses every setting of every resource kind of this issue, and strings that
/// need escaping in both formats. The rendering and referee tests share it.
enum KitchenSink {
  /// A us-east-1 stack with a CloudFront-scope web ACL and a distribution in front of a bucket,
  /// a REST API and an HTTP API, a certificate validated in the stack's zone for the
  /// distribution and the APIs' custom domains, and the distribution's access logs.
  static var edgeStack: Stack {
    let site = Bucket("site", name: "kitchen-sink-site-0123")
    let backup = Bucket("site-backup", name: "kitchen-sink-site-backup-0123")
    let logs = Bucket("edge-logs", name: "kitchen-sink-edge-logs-0123", lifecycleRules: [LifecycleRule("expire", expiration: .days(90), noncurrentVersionExpiration: .days(30))])
    let zone = HostedZone("zone", domain: "example.com", records: [
      DNSRecord("@", .values(type: "TXT", values: ["\"v=spf1 -all\""], ttl: .hours(1))),
      DNSRecord("www", .values(type: "CNAME", values: ["cdn.example.com"])),
      DNSRecord("api", .values(type: "A", values: ["192.0.2.10"]), routing: .failover(.primary, healthCheck: "api"), setIdentifier: "primary"),
      DNSRecord("api", .values(type: "A", values: ["192.0.2.20"]), routing: .failover(.secondary, healthCheck: nil), setIdentifier: "secondary"),
      DNSRecord("geo", .values(type: "A", values: ["192.0.2.30"]), routing: .latency(.usEast1), setIdentifier: "use1"),
      DNSRecord("canary", .values(type: "A", values: ["192.0.2.40"]), routing: .weighted(10), setIdentifier: "canary"),
    ], healthChecks: [DNSHealthCheck("api", domain: "api-primary.example.com")])
    let certificate = Certificate("edge-cert", domain: "example.com", alternativeNames: ["*.example.com"], zone: zone)
    let handler = Function("handler", code: .s3(bucket: "artifacts", key: "h.zip"), runtime: .python3_12, handler: "app.handler")
    let rest = RestApi("rest", methods: [ApiMethod("GET", "/items", handler)], domain: ApiDomain("rest.example.com", certificate: certificate, basePath: "v1"))
    let http = HttpApi("http", routes: [ApiRoute("GET /things", handler)], domain: ApiDomain("http.example.com", certificate: certificate))
    let acl = WebACL("edge-acl", scope: .cloudFront, managedRules: [.commonRuleSet, .anonymousIP], rateLimitPerIP: 5000)
    let cdn = Distribution(
      "cdn", comment: "site and APIs",
      origins: [
        Origin("site", .bucket(site)), Origin("backup", .bucket(backup)), Origin("rest", .restApi(rest)), Origin("http", .httpApi(http)),
        Origin("rest-west", .domain("rest-west.example.com", path: "/v1")),
      ],
      originGroups: [
        OriginGroup("site-failover", primary: "site", secondary: "backup"),
        OriginGroup("catalog-failover", primary: "rest", secondary: "rest-west", failoverStatusCodes: [500, 502, 503, 504, 404]),
      ],
      defaultBehavior: CacheBehavior(origin: "site-failover", cachePolicy: .custom(name: "static", minTTL: .seconds(0), defaultTTL: .hours(1), maxTTL: .days(1))),
      behaviors: [
        CacheBehavior("/items*", origin: "rest", cachePolicy: .cachingDisabled, originRequestPolicy: .allViewerExceptHostHeader, methods: .all),
        CacheBehavior("/things*", origin: "http", cachePolicy: .cachingDisabled, originRequestPolicy: .allViewerExceptHostHeader, methods: .all),
        CacheBehavior("/catalog*", origin: "catalog-failover", cachePolicy: .cachingOptimized),
      ],
      priceClass: .priceClass200, geoRestriction: .allow(["US", "CA", "DE", "GB"]), aliases: ["cdn.example.com"],
      certificate: certificate, webACL: acl, accessLogs: DistributionLogs(bucket: logs, prefix: "cdn/"))
    return Stack("kitchen-edge", region: .usEast1, phase: .scale) {
      site
      backup
      logs
      zone
      certificate
      handler
      rest
      http
      acl
      cdn
      DNSRecords("edge-names", zone: zone, records: [
        DNSRecord("cdn", .alias(.distribution(cdn))),
        DNSRecord("rest", .alias(.restApi(rest))),
        DNSRecord("http", .alias(.httpApi(http))),
      ])
    }
  }

  /// Text that must survive both formats literally.
  static let awkward = "quote\" backslash\\ ${interp} %{directive} */ tab\t emoji🎙️ rtl\u{202E}x"

  static var stack: Stack {
    let deadLetters = Queue("dead-letters", type: .fifo(), retention: .days(14))
    let jobs = Queue(
      "jobs", type: .fifo(contentBasedDeduplication: true, highThroughput: true), visibilityTimeout: .minutes(10),
      retention: .days(7), deliveryDelay: .seconds(5), receiveWaitTime: .seconds(20), maximumMessageBytes: 65_536,
      encryption: .kms(keyArn: "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab", dataKeyReuse: .hours(1)),
      deadLetter: DeadLetter(deadLetters, maxReceiveCount: 5), tags: ["tier": "critical"])
    let events = Queue("events", name: "kitchen-events-custom", visibilityTimeout: .minutes(6))
    let table = Table(
      "ledger", partitionKey: KeyAttribute("account", .string), sortKey: KeyAttribute("entry", .number),
      billing: .provisioned(read: 20, write: 10),
      globalIndexes: [
        GlobalIndex("by-day", partitionKey: KeyAttribute("day", .string), sortKey: KeyAttribute("entry", .number),
                    projection: .include(["amount", "note"]), readCapacity: 5, writeCapacity: 5),
        GlobalIndex("by-ref", partitionKey: KeyAttribute("ref", .binary), projection: .keysOnly),
      ],
      localIndexes: [LocalIndex("by-amount", sortKey: KeyAttribute("amount", .number), projection: .all)],
      ttlAttribute: "expires", stream: .newAndOldImages, pointInTimeRecoveryDays: 7,
      encryption: .customerManagedKey("arn:aws:kms:us-east-1:123456789012:key/abcd1234-12ab-34cd-56ef-1234567890ab"),
      deletionProtection: false, tableClass: .standardInfrequentAccess, tags: ["data": "ledger"])
    let cache = Table("cache", partitionKey: KeyAttribute("key", .string), ttlAttribute: "ttl", pointInTimeRecoveryDays: nil, encryption: .awsOwnedKey)
    let worker = Function(
      "worker", code: .s3(bucket: "artifacts", key: "worker.zip", objectVersion: "v3"), runtime: .java21,
      handler: "example.Handler::handleRequest", memoryMB: 2048, timeout: .seconds(60), architecture: .arm64,
      environment: [
        "JOBS_URL": jobs.url, "LEDGER": table.tableName, "LEDGER_STREAM": table.streamArn,
        "INDEX_ARNS": "\(table.arn)/index/*", "AWKWARD": StringValue(awkward), "EVENTS_NAME": events.queueName,
      ],
      reservedConcurrency: 50, alias: FunctionAlias("live", provisionedConcurrency: 5),
      description: "Processes ledger jobs: \(awkward)",
      grants: [.consume(jobs), .readWrite(table), .readStream(of: table), .read(cache), .send(to: events)],
      tracing: .active, logRetentionDays: 30, tags: ["owner": "ledger-team"])
    let snappy = Function(
      "snappy", code: .s3(bucket: "artifacts", key: "snappy.zip"), runtime: .python3_13, handler: "main.handler",
      memoryMB: 256, snapStart: true, grants: [.write(table)])
    let imaged = Function(
      "imaged", code: .image("123456789012.dkr.ecr.us-east-1.amazonaws.com/imaged:2024-06"), memoryMB: 1024,
      timeout: .seconds(30), environment: ["WORKER": worker.aliasArn, "WORKER_NAME": worker.functionName],
      ephemeralStorageMB: 2048, grants: [.invoke(worker)])
    let media = Bucket(
      "media", name: "kitchen-sink-media-0123", encryption: .kms(keyArn: "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"),
      lifecycleRules: [
        LifecycleRule(
          "tiering", prefix: "raw/", transitions: [.init(after: .days(30), to: .standardInfrequentAccess), .init(after: .days(90), to: .glacier)],
          expiration: .days(365), noncurrentVersionExpiration: .days(30)),
        LifecycleRule("uploads", abortIncompleteUploads: .days(3)),
      ],
      intelligentTiering: IntelligentTiering(archiveAfter: .days(90), deepArchiveAfter: .days(180)),
      transferAcceleration: true,
      cors: [CorsRule(allowedOrigins: ["https://app.example.com"], allowedMethods: ["GET", "PUT"], allowedHeaders: ["*"], exposeHeaders: ["ETag"])],
      notifications: [
        BucketNotification(.queue(events), events: [.objectCreated, .objectRemoved], prefix: "raw/", suffix: ".wav"),
        BucketNotification(.function(imaged), suffix: ".json"),
      ],
      replication: BucketReplication(
        to: .euCentral1, replicationTimeControl: true,
        replicaKmsKeyArn: "arn:aws:kms:eu-central-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab", storageClass: .standardInfrequentAccess),
      tags: ["data": "media"])
    let logs = Bucket("logs", versioning: false)
    let network = Network("core", cidr: "10.20.0.0/16", zones: 3, natGateways: .perZone, tags: ["tier": "network"])
    let sessions = Cache(
      "sessions", engine: .redis, engineVersion: "7.1", nodeType: "cache.r7g.large",
      topology: .clustered(shards: 3, replicasPerShard: 2),
      parameters: ["maxmemory-policy": "allkeys-lru", "cluster-enabled": "yes"], network: .private(network))
    let queueCache = Cache(
      "queue-cache", kmsKeyArn: "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
      auth: .tokenFromSecret(arn: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:cache-token-AbCdEf"),
      parameters: ["maxmemory-policy": "noeviction"], snapshotRetentionDays: 35, network: .private(network))
    let accelerator = DAXCluster("ledger-reads", nodes: 3, tables: [table, cache], network: .private(network), tags: ["tier": "cache"])
    let rotator = Function(
      "rotator", code: .s3(bucket: "artifacts", key: "rotator.zip"), runtime: .python3_12, handler: "rotate.handler",
      timeout: .seconds(30), network: .private(network))
    let dbSecret = Secret(
      "db-credentials", description: "database login", generate: GeneratedSecret(length: 40, template: #"{"username":"ledger"}"#, key: "password"),
      kmsKeyArn: "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
      rotation: SecretRotation(rotator, every: .days(30)), recoveryWindowDays: 7)
    let apiKey = Secret("api-key", recoveryWindowDays: 0, replicas: [SecretReplica(.euCentral1), SecretReplica(.usEast1, kmsKeyArn: "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")])
    let clicks = KinesisStream("clicks", capacity: .provisioned(shards: 4), retention: .hours(48))
    let audit = KinesisStream("audit", kmsKeyArn: "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")
    let accounts = AuroraCluster(
      "accounts", engine: .postgresql("16.8"), minCapacity: 2, maxCapacity: 16, readers: 2, databaseName: "accounts",
      kmsKeyArn: "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab", backupRetentionDays: 35,
      network: .private(network))
    let reports = AuroraCluster("reports", engine: .mysql("8.0.mysql_aurora.3.08.0"), readers: 0, deletionProtection: false, network: .private(network))
    let legacy = PostgresDatabase(
      "legacy", instanceClass: "db.r6g.large", storageGB: 200, maxStorageGB: 1000, readReplicas: 2,
      replicaInstanceClass: "db.r6g.xlarge", backupRetentionDays: 35, network: .private(network))
    let apps = ECSCluster("apps")
    let apiTargets = TargetGroup("api-targets", network: network, port: 8000, healthCheck: HealthCheck(path: "/healthz", matcher: "200-299"))
    let socketTargets = TargetGroup(
      "socket-targets", network: network, port: 9000, stickiness: .days(1), deregistrationDelay: .seconds(120))
    let podinfoTargets = TargetGroup("podinfo-targets", network: network, port: 9898, targetType: .instance)
    let podinfo = InstanceGroup(
      "podinfo", imageID: "ami-0123456789abcdef0", instanceType: "t3.small", min: 2, max: 6, desired: 2,
      userData: "#!/bin/bash\necho \"${HOME}\" %{x}\n", network: .private(network), targetGroup: podinfoTargets,
      scaleUp: .cpuAbove(80), scaleDown: .cpuBelow(30), grants: [.read(media)])
    let edge = LoadBalancer(
      "edge", network: network, certificateArn: "arn:aws:acm:eu-west-1:123456789012:certificate/1234abcd-12ab-34cd-56ef-1234567890ab",
      defaultTarget: apiTargets, routes: [Route(paths: ["/ws", "/ws/*"], to: socketTargets), Route(paths: ["/podinfo/*"], to: podinfoTargets)], idleTimeout: .seconds(300))
    let api = FargateService(
      "api", cluster: apps, cpu: 512, memoryMB: 1024, architecture: .arm64,
      containers: [
        Container(
          "api", image: "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:1.4.2", port: 8000,
          environment: ["LEDGER": table.tableName, "NOTE": StringValue(awkward)],
          secrets: ["DB_PASSWORD": dbSecret.arn], command: ["uvicorn", "app:main", "--port", "8000"]),
        Container("sidecar", image: "public.ecr.aws/aws-observability/aws-otel-collector:latest", essential: false),
      ],
      desiredCount: 2, network: .private(network), targetGroup: apiTargets, grants: [.readWrite(table), .send(to: events)])
    let sockets = FargateService(
      "sockets", cluster: apps, cpu: 1024, memoryMB: 2048,
      containers: [Container("ws", image: "123456789012.dkr.ecr.eu-west-1.amazonaws.com/ws:7", port: 9000)],
      desiredCount: 2, minimumHealthyPercent: 50, network: .private(network), targetGroup: socketTargets)
    let workers = FargateService(
      "workers", cluster: apps, containers: [Container("celery", image: "123456789012.dkr.ecr.eu-west-1.amazonaws.com/worker:7")],
      network: .private(network), grants: [.consume(jobs), .items(of: cache, .getItem, .putItem)])
    let memoEvents = Topic("memo-events", subscriptions: [
      Subscription(.queue(events), rawDelivery: true, filter: ["type": ["transcribed", "deleted"], "tier": ["gold"]]),
      Subscription(.function(imaged)), Subscription(.email("oncall@example.com")),
    ])
    let orderedEvents = Topic("ordered-events", fifo: true, contentBasedDeduplication: true, subscriptions: [Subscription(.queue(deadLetters))])
    let bus = EventBus("ledger-bus")
    let transcribed = EventRule(
      "transcribed", bus: bus, description: "memos the transcriber finished",
      pattern: EventPattern(sources: ["whispersync.transcriber"], detailTypes: ["MemoTranscribed"], detail: ["language": ["en", "de"]]),
      targets: [
        EventTarget(.function(imaged), inputPath: "$.detail", deadLetter: events), EventTarget(.queue(events)),
        EventTarget(.topic(memoEvents)),
      ])
    let quick = StateMachine("quick", type: .express, definition: Workflow(startAt: "Go", states: [.task("Go", .invoke(imaged), end: true)]), logging: .off)
    let nightly = EventRule("nightly", schedule: "cron(0 3 * * ? *)", targets: [EventTarget(.function(imaged)), EventTarget(.stateMachine(quick))])
    let workerAlarms = Alarms.standard(for: worker, notify: memoEvents)
    let apiTasks = AutoScaling(
      "api-tasks", target: .serviceTasks(api), min: 2, max: 10,
      targetTracking: [
        .cpu(70, scaleOutCooldown: .seconds(60), scaleInCooldown: .seconds(300)), .memory(80),
        TargetTracking(.custom(MetricSpecification(
          namespace: "KitchenSink", name: "BacklogPerTask", dimensions: [MetricDimension("Queue", jobs.queueName)])), target: 100),
      ],
      stepScaling: [StepScaling("queue-depth", metric: .queueDepth(jobs), steps: [.atMost(0, adjust: -1), .atLeast(100, adjust: 1), .atLeast(500, adjust: 5)])],
      schedules: [ScheduledScaling("nightly", schedule: "cron(0 22 * * ? *)", min: 2, max: 4, timezone: "Europe/Dublin")])
    let archiver = Function(
      "archiver", code: .s3(bucket: "artifacts", key: "archiver.zip"), runtime: .nodejs22, handler: "index.handler",
      environment: ["MEDIA": media.bucketName, "MEDIA_OBJECTS": media.objectsArn, "ACCOUNT": "\(StringValue.accountID)@\(StringValue.region)"],
      grants: [.readWrite(media), .read(logs), .read(dbSecret), .read(apiKey), .write(clicks), .read(audit), .publish(to: memoEvents), .read(accelerator)],
      network: .private(network))
    return Stack(
      "kitchen-sink", region: .euWest1, phase: .growth,
      tags: ["project": "iacgen", "cost-center": "42", "nöte": "ünïcode välue: a/b=c+d@e"]
    ) {
      deadLetters
      jobs
      events
      table
      cache
      worker
      snappy
      imaged
      media
      logs
      network
      sessions
      queueCache
      archiver
      Connection(from: archiver, to: sessions)
      Connection(from: archiver, to: queueCache)
      accelerator
      Connection(from: archiver, to: accelerator)
      accounts
      reports
      legacy
      Connection(from: archiver, to: accounts)
      Connection(from: archiver, to: legacy)
      apps
      apiTargets
      socketTargets
      edge
      podinfoTargets
      podinfo
      api
      sockets
      workers
      Connection(from: api, to: sessions)
      AutoScaling("worker-concurrency", target: .provisionedConcurrency(worker), min: 1, max: 100,
                  targetTracking: [.provisionedConcurrencyUtilization(0.7)])
      AutoScaling("ledger-read-capacity", target: .tableReads(table), min: 5, max: 500, targetTracking: [.readUtilization(70)])
      AutoScaling("ledger-day-writes", target: .tableWrites(table, index: "by-day"), min: 5, max: 100, targetTracking: [.writeUtilization(70)])
      apiTasks
      AutoScaling("accounts-readers", target: .auroraReaders(accounts), min: 1, max: 5, targetTracking: [.readerCPU(60)])
      Connection(from: workers, to: accounts)
      memoEvents
      orderedEvents
      Repository("api-images", replicateTo: [.euCentral1, .usEast1])
      Repository("worker-images", immutableTags: false, kmsKeyArn: "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab", keepImages: 100, expireUntaggedAfter: nil)
      StateMachine(
        "ledger-batch", definition: Workflow(startAt: "Check", states: [
          .choice("Check", choices: [ChoiceRule("$.mode", equals: .string("fan-out"), next: "Each"), ChoiceRule("$.count", equals: .number(0), next: "Done")], otherwise: "Both"),
          .map("Each", itemsPath: "$.files", maxConcurrency: 10, iterator: Workflow(startAt: "Transcode", states: [
            .task("Transcode", .runTask(workers), retry: [Retry(maxAttempts: 2)], catch: [Catcher(next: "Skip")], end: true),
            .succeed("Skip"),
          ]), next: "Done"),
          .parallel("Both", branches: [
            Workflow(startAt: "Index", states: [.task("Index", .invoke(imaged), retry: [Retry()], end: true)]),
            Workflow(startAt: "Pause", states: [.wait("Pause", seconds: 30, next: "Enqueue"), .task("Enqueue", .sendMessage(to: jobs), end: true)]),
          ], catch: [Catcher(next: "Failed")], next: "Done"),
          .succeed("Done"),
          .fail("Failed", error: "LedgerBatchFailed", cause: "a branch failed"),
        ]), logging: .all, tracing: true)
      quick
      HttpApi(
        "public", routes: [ApiRoute("GET /memos/{id}", imaged), ApiRoute("POST /memos", archiver), ApiRoute("$default", imaged)],
        throttling: Throttling(rate: 2000, burst: 1000), corsOrigins: ["https://app.example.com"])
      WebACL("shield", managedRules: [.commonRuleSet, .knownBadInputs, .sqlInjection], rateLimitPerIP: 1000,
             protects: [.loadBalancer(edge), .restApi("audio")])
      RestApi(
        "audio", methods: [
          ApiMethod("POST", "/uploads", archiver), ApiMethod("GET", "/jobs/{id}", imaged), ApiMethod("GET", "/jobs", imaged, apiKeyRequired: true),
        ], stageName: "prod", throttling: Throttling(rate: 1000, burst: 2000), cacheSizeGB: "0.5", cacheTTL: .seconds(60),
        usagePlans: [UsagePlan("partners", throttling: Throttling(rate: 50, burst: 100), requestsPerDay: 100_000)])
      bus
      transcribed
      nightly
      workerAlarms
      Dashboard("operations", widgets: [
        .text("## Kitchen sink: \(awkward)"),
        .metrics("Worker duration", [MetricSpecification(namespace: "AWS/Lambda", name: "Duration", dimensions: [MetricDimension("FunctionName", worker.functionName)])]),
        .alarms("Worker alarms", workerAlarms),
        .metrics("Queue depth", [.queueDepth(jobs), .queueDepth(events)], period: .minutes(5), width: 24),
      ])
      LambdaDeployment("worker-rollout", function: worker, strategy: .linear10PercentEvery2Minutes, rollbackAlarms: workerAlarms)
      Alarms.standard(for: api, in: apps, notify: memoEvents)
      Alarms.standard(for: legacy, maxConnections: 400, notify: memoEvents)
      Alarm(
        "edge-5xx", description: "target 5xx responses", metric: .single(MetricSpecification(
          namespace: "AWS/ApplicationELB", name: "HTTPCode_Target_5XX_Count",
          dimensions: [MetricDimension("LoadBalancer", edge.arn)], statistic: "Sum")),
        period: .seconds(30), evaluationPeriods: 4, threshold: 25, comparison: .greaterThanOrEqual, missingData: .notBreaching,
        actions: [.notify(memoEvents)])
      Alarm(
        "api-latency", description: "latency above 2 s: add tasks", metric: .single(MetricSpecification(
          namespace: "AWS/ApplicationELB", name: "TargetResponseTime", dimensions: [MetricDimension("LoadBalancer", edge.arn)], statistic: "Average")),
        period: .minutes(1), evaluationPeriods: 3, threshold: 2, comparison: .greaterThan,
        actions: [.notify(memoEvents), .scale(apiTasks, by: 2, cooldown: .minutes(2))])
      Alarm(
        "api-idle", description: "few requests: remove a task", metric: .single(MetricSpecification(
          namespace: "AWS/ApplicationELB", name: "RequestCount", dimensions: [MetricDimension("LoadBalancer", edge.arn)], statistic: "Sum")),
        period: .minutes(5), evaluationPeriods: 3, threshold: 100, comparison: .lessThan, actions: [.scale(apiTasks, by: -1)])
      rotator
      dbSecret
      apiKey
      clicks
      audit
      QueueTrigger(queue: jobs, function: worker, batchSize: 10, maximumConcurrency: 20)
      QueueTrigger("events-to-imaged", queue: events, function: imaged, batchSize: 100, batchingWindow: .seconds(5),
                   reportBatchItemFailures: false, enabled: false)
      Suppress("PH001", because: "sockets and workers keep fixed task counts so the rendering without auto scaling stays covered")
      Suppress("PH003", on: reports, because: "reports are rebuilt nightly from the ledger; a single-AZ cluster is acceptable")
      Suppress("PH005", on: workers, because: "workers consume a queue; one task is enough and queue depth scales them")
      Suppress("PH002", because: "the public HTTP API serves signed, rate-limited webhooks; CloudFront and WAF are in the edge stack")
      Output("jobs-url", jobs.url, description: "Where to send jobs: \(awkward)")
      Output("ledger-stream", table.streamArn)
      Output("worker-alias", worker.aliasArn)
      Output("index-arns", "\(table.arn)/index/*")
      Output("worker-logs", "log group of \(worker.functionName)")
      Output("sessions-endpoint", sessions.endpoint)
      Output("queue-cache-endpoint", queueCache.endpoint)
      Output("vpc", network.vpcID)
      Output("dax", accelerator.endpoint)
      Output("accounts-writer", accounts.endpoint)
      Output("accounts-reader", accounts.readerEndpoint)
      Output("accounts-secret", accounts.masterSecretArn)
      Output("legacy-endpoint", legacy.endpoint)
      Output("legacy-secret", legacy.masterSecretArn)
      Output("edge-dns", edge.dnsName)
      Output("api-service", api.serviceName)
      Output("awkward-mixed", "\(awkward) -> \(jobs.arn)")
    }
  }
}
