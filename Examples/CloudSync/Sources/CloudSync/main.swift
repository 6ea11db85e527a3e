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
  }
}.run()
