// Seed 001 (CloudSync): Kong, WebSocket and FastAPI services on ECS Fargate behind an
// Application Load Balancer, Celery workers consuming three queues, PostgreSQL with read
// replicas (and a separate database for Kong), a Redis cluster of 3 shards x 2 replicas with TLS
// for caching and a Redis for job queues, and S3 for files, in us-east-1; and the seed's
// disaster-recovery Region, us-west-2 (RPO 5 minutes, RTO 30 minutes): files replicated with
// Replication Time Control, a cross-Region read replica of the database to promote, and a
// pilot light of the API (network, cluster, balancer, service at zero tasks) to scale up.
import IaCGen

let account = "123456789012"
let registry = "\(account).dkr.ecr.us-east-1.amazonaws.com"

let network = Network("core", cidr: "10.40.0.0/16", zones: 3, natGateways: .perZone)
let apps = ECSCluster("apps")

// Data tier.
let appDatabase = PostgresDatabase(
  "app-db", name: "cloudsync-app-db", instanceClass: "db.r5.2xlarge", storageGB: 500, maxStorageGB: 2000, multiAZ: true, readReplicas: 2,
  databaseName: "cloudsync", backupRetentionDays: 35, network: .private(network))
let kongDatabase = PostgresDatabase(
  "kong-db", instanceClass: "db.t4g.medium", storageGB: 50, databaseName: "kong", backupRetentionDays: 35,
  network: .private(network))
let cache = Cache(
  "cache", engine: .redis, engineVersion: "7.1", nodeType: "cache.r6g.large",
  topology: .clustered(shards: 3, replicasPerShard: 2),
  parameters: ["maxmemory-policy": "allkeys-lru", "cluster-enabled": "yes"], snapshotRetentionDays: 7,
  network: .private(network))
let jobStore = Cache(
  "job-store", engine: .redis, engineVersion: "7.1", nodeType: "cache.r6g.large", topology: .replicated(replicas: 1),
  parameters: ["maxmemory-policy": "noeviction"], network: .private(network))
// Seed 001's RPO of 5 minutes: Replication Time Control replicates most objects in seconds and
// 99.99% within 15 minutes.
let files = Bucket(
  "files", name: "cloudsync-files-\(account)",
  lifecycleRules: [LifecycleRule("archive-after-a-year", transitions: [.init(after: .days(365), to: .glacier)], noncurrentVersionExpiration: .days(90))],
  replication: BucketReplication(to: .usWest2, bucketName: "cloudsync-files-dr-\(account)", replicationTimeControl: true))

// Celery's three queues, with one dead-letter queue.
let deadLetters = Queue("dead-letters", retention: .days(14))
let priorityJobs = Queue("priority-jobs", visibilityTimeout: .minutes(5), receiveWaitTime: .seconds(20), deadLetter: DeadLetter(deadLetters, maxReceiveCount: 5))
let defaultJobs = Queue("default-jobs", visibilityTimeout: .minutes(5), receiveWaitTime: .seconds(20), deadLetter: DeadLetter(deadLetters, maxReceiveCount: 5))
let batchJobs = Queue("batch-jobs", visibilityTimeout: .minutes(30), receiveWaitTime: .seconds(20), deadLetter: DeadLetter(deadLetters, maxReceiveCount: 3))

// Edge: the load balancer sends API traffic to Kong and WebSocket traffic (sticky) to the socket servers.
let kongTargets = TargetGroup("kong-targets", network: network, port: 8000, healthCheck: HealthCheck(path: "/status"))
let socketTargets = TargetGroup(
  "socket-targets", network: network, port: 8080, healthCheck: HealthCheck(path: "/healthz"), stickiness: .days(1))
let edge = LoadBalancer(
  "edge", network: network, certificateArn: "arn:aws:acm:us-east-1:\(account):certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b",
  defaultTarget: kongTargets, routes: [Route(paths: ["/ws", "/ws/*"], to: socketTargets)], idleTimeout: .seconds(300))

// Services (seed 001: 0.5 vCPU and 1 GB per FastAPI container, Kong with 1 vCPU and 1 GB x 3).
let kong = FargateService(
  "kong", cluster: apps, cpu: 1024, memoryMB: 2048,
  containers: [Container(
    "kong", image: "kong:3.5", port: 8000,
    environment: ["KONG_DATABASE": "postgres", "KONG_PG_HOST": kongDatabase.endpoint, "KONG_PLUGINS": "rate-limiting,prometheus"],
    secrets: ["KONG_PG_PASSWORD": kongDatabase.masterSecretArn])],
  desiredCount: 3, network: .private(network), targetGroup: kongTargets)
let api = FargateService(
  "api", cluster: apps, cpu: 512, memoryMB: 1024,
  containers: [Container(
    "api", image: "\(registry)/cloudsync-api:2.3.0", port: 8000,
    environment: ["DATABASE_HOST": appDatabase.endpoint, "CACHE_HOST": cache.endpoint, "FILES_BUCKET": files.bucketName,
                  "DEFAULT_QUEUE_URL": defaultJobs.url],
    secrets: ["DATABASE_PASSWORD": appDatabase.masterSecretArn])],
  desiredCount: 2, network: .private(network), grants: [.readWrite(files), .send(to: priorityJobs), .send(to: defaultJobs), .send(to: batchJobs)])
let sockets = FargateService(
  "sockets", cluster: apps, cpu: 512, memoryMB: 1024,
  containers: [Container("sockets", image: "\(registry)/cloudsync-ws:2.3.0", port: 8080, environment: ["CACHE_HOST": cache.endpoint])],
  desiredCount: 2, network: .private(network), targetGroup: socketTargets)
let workers = FargateService(
  "workers", cluster: apps, cpu: 512, memoryMB: 1024,
  containers: [Container(
    "celery", image: "\(registry)/cloudsync-worker:2.3.0",
    environment: ["DATABASE_HOST": appDatabase.endpoint, "BROKER_HOST": jobStore.endpoint, "FILES_BUCKET": files.bucketName],
    secrets: ["DATABASE_PASSWORD": appDatabase.masterSecretArn],
    command: ["celery", "-A", "cloudsync", "worker", "-Q", "priority,default,batch"])],
  desiredCount: 2, network: .private(network),
  grants: [.consume(priorityJobs), .consume(defaultJobs), .consume(batchJobs), .readWrite(files)])

// checkov findings both Regions' stacks accept, each with its reason (rendered as skips on the resources).
let regionDecisions = [
  Suppress("CKV2_AWS_12", because: "no resource uses the VPC's default security group: each service, database and cache gets its own"),
  Suppress("CKV_AWS_260", because: "the public load balancer accepts port 80 only to redirect to HTTPS"),
  Suppress("CKV_AWS_91", because: "load balancer access logs are not kept; Kong logs every request"),
  Suppress("CKV2_AWS_31", because: "WAF request logging is not configured; iacgen's WebACL keeps sampled requests and metrics only"),
  Suppress("CKV2_AWS_76", because: "the services are Python and Kong (Lua), not Java; the WAF runs the common and known-bad-inputs rule sets"),
  Suppress("CKV_AWS_336", because: "the containers write temporary files to their root file system"),
  Suppress("CKV_AWS_158", because: "log groups use CloudWatch Logs' default encryption at rest"),
  Suppress("CKV_AWS_118", because: "CloudWatch's standard RDS metrics are enough at seed 001's size; no enhanced-monitoring role"),
  Suppress("CKV_AWS_353", because: "Performance Insights is not enabled at seed 001's size"),
  Suppress("CKV_AWS_129", because: "PostgreSQL logs are not exported to CloudWatch Logs; they stay in RDS for their retention"),
  Suppress("CKV_AWS_157", because: "read replicas run in one zone each; the primary is Multi-AZ and the DR replica is promoted only in a disaster"),
]

// The recovery Region's pilot light.
let drNetwork = Network("core", cidr: "10.41.0.0/16", zones: 3, natGateways: .one)
let drApps = ECSCluster("apps")
let drDatabase = PostgresDatabase(
  "app-db", name: "cloudsync-app-db-dr", instanceClass: "db.r5.2xlarge", multiAZ: false,
  kmsKeyArn: "arn:aws:kms:us-west-2:\(account):key/6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d", backupRetentionDays: 35, network: .private(drNetwork),
  replicaOf: DatabaseReplicaSource(appDatabase, in: .usEast1))
let drTargets = TargetGroup("api-targets", network: drNetwork, port: 8000, healthCheck: HealthCheck(path: "/healthz"))
let drEdge = LoadBalancer(
  "edge", network: drNetwork, certificateArn: "arn:aws:acm:us-west-2:\(account):certificate/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
  defaultTarget: drTargets)
let drApi = FargateService(
  "api", cluster: drApps, cpu: 512, memoryMB: 1024,
  containers: [Container(
    "api", image: "\(account).dkr.ecr.us-west-2.amazonaws.com/cloudsync-api:2.3.0", port: 8000,
    environment: ["DATABASE_HOST": drDatabase.endpoint, "FILES_BUCKET": "cloudsync-files-dr-\(account)"])],
  desiredCount: 0, network: .private(drNetwork), targetGroup: drTargets)

App {
  Stack("cloudsync", region: .usEast1, phase: .growth, tags: ["project": "cloudsync", "owner": "platform"]) {
    network
    apps
    appDatabase
    kongDatabase
    cache
    jobStore
    files
    deadLetters
    priorityJobs
    defaultJobs
    batchJobs
    kongTargets
    socketTargets
    edge
    // Phase 2 (seed 002): WAF in front of the public entry point; Kong still rate-limits per consumer.
    WebACL("edge-firewall", managedRules: [.commonRuleSet, .knownBadInputs], rateLimitPerIP: 2000, protects: [.loadBalancer(edge)])
    kong
    api
    sockets
    workers

    Connection(from: kong, to: kongDatabase)
    Connection(from: kong, to: api)
    Connection(from: api, to: appDatabase)
    Connection(from: api, to: cache)
    Connection(from: sockets, to: cache)
    Connection(from: workers, to: appDatabase)
    Connection(from: workers, to: jobStore)

    // Seed 001: target tracking on CPU 70%, scale out after 60 s, in after 300 s.
    for service in [kong, api, sockets] {
      AutoScaling(
        "\(service.id)-tasks", target: .serviceTasks(service), min: 2, max: 10,
        targetTracking: [.cpu(70, scaleOutCooldown: .seconds(60), scaleInCooldown: .seconds(300))])
    }
    // Celery workers follow the default queue's depth.
    AutoScaling(
      "workers-tasks", target: .serviceTasks(workers), min: 2, max: 20,
      targetTracking: [.cpu(70, scaleOutCooldown: .seconds(60), scaleInCooldown: .seconds(300))],
      stepScaling: [StepScaling("default-queue-depth", metric: .queueDepth(defaultJobs),
                                steps: [.atMost(0, adjust: -1), .atLeast(100, adjust: 1), .atLeast(500, adjust: 5)])])

    Output("endpoint", edge.dnsName, description: "Point the API and WebSocket DNS names here")
    Output("files-bucket", files.bucketName)
    regionDecisions
    Suppress("CKV_AWS_161", because: "services connect with the password from Secrets Manager; no IAM database authentication")
    Suppress("CKV2_AWS_30", because: "query logging is off: statement logs would hold user data; slow queries are found with pg_stat_statements")
    Suppress("CKV_AWS_31", because: "in-transit encryption is on; only the services' security groups reach the caches, which use no AUTH token")
    Suppress("CKV_AWS_191", because: "the caches hold re-creatable data, encrypted at rest with ElastiCache's service key")
    Suppress("CKV_AWS_378", on: socketTargets, because: "the load balancer terminates TLS; targets are reached over HTTP inside private subnets")
    Suppress("CKV_AWS_145", on: files, because: "encrypted at rest with S3-managed keys (SSE-S3) in both Regions; no requirement for a customer key")
    Suppress("CKV_AWS_18", on: files, because: "object access is audited through CloudTrail data events at the account level, not server access logs")
    Suppress("CKV2_AWS_62", on: files, because: "the API queues a job for each upload itself; no S3 event notifications are used")
    Suppress("CKV2_AWS_61", on: files, because: "the replica bucket mirrors the source, whose lifecycle archives objects; replicas expire with their source")
  }

  // Seed 001's RTO of 30 minutes: promote the replica, scale the service up, move DNS.
  Stack("cloudsync-dr", region: .usWest2, phase: .growth, tags: ["project": "cloudsync", "owner": "platform", "role": "disaster-recovery"]) {
    drNetwork
    drApps
    drDatabase
    drTargets
    drEdge
    WebACL("edge-firewall", managedRules: [.commonRuleSet, .knownBadInputs], rateLimitPerIP: 2000, protects: [.loadBalancer(drEdge)])
    drApi
    Connection(from: drApi, to: drDatabase)
    AutoScaling("api-tasks", target: .serviceTasks(drApi), min: 0, max: 10,
                targetTracking: [.cpu(70, scaleOutCooldown: .seconds(60), scaleInCooldown: .seconds(300))])
    Output("endpoint", drEdge.dnsName, description: "The recovery endpoint, once the service is scaled up")
    regionDecisions
  }
}.run()
