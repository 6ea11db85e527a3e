import IaCGen
import IaCGenTesting
import XCTest

/// A valid stack of every kind in this issue; tests change one setting to break one rule.
struct Baseline {
  var deadLetters = Queue("dead-letters", retention: .days(14))
  var primary = Queue("primary", visibilityTimeout: .minutes(15), receiveWaitTime: .seconds(20))
  var table = Table(
    "memos", partitionKey: KeyAttribute("pk", .string), sortKey: KeyAttribute("sk", .string),
    globalIndexes: [GlobalIndex("by-owner", partitionKey: KeyAttribute("owner", .string))], ttlAttribute: "expiresAt",
    stream: .newAndOldImages)
  var function = Function(
    "consumer", code: .s3(bucket: "artifacts", key: "consumer.zip"), runtime: .python3_12, handler: "app.handler",
    memoryMB: 512, timeout: .minutes(2))
  var trigger: QueueTrigger
  var outputs: [Output] = []
  var extra: [Table] = []
  var bucket = Bucket("uploads")
  var extraQueues: [Queue] = []
  var networks: [Network] = []
  var caches: [Cache] = []
  var connections: [Connection] = []
  var daxClusters: [DAXCluster] = []
  var secrets: [Secret] = []
  var streams: [KinesisStream] = []
  var auroraClusters: [AuroraCluster] = []
  var postgresDatabases: [PostgresDatabase] = []
  var ecsClusters: [ECSCluster] = []
  var services: [FargateService] = []
  var targetGroups: [TargetGroup] = []
  var loadBalancers: [LoadBalancer] = []
  var scalings: [AutoScaling] = []
  var instanceGroups: [InstanceGroup] = []
  var topics: [Topic] = []
  var eventRules: [EventRule] = []
  var alarms: [Alarm] = []
  var repositories: [Repository] = []
  var stateMachines: [StateMachine] = []
  var httpApis: [HttpApi] = []
  var restApis: [RestApi] = []
  var webACLs: [WebACL] = []
  var distributions: [Distribution] = []
  var hostedZones: [HostedZone] = []
  var certificates: [Certificate] = []
  var dnsRecords: [DNSRecords] = []
  var loads: [Load] = []
  var suppressions: [Suppression] = []
  var deployments: [LambdaDeployment] = []
  var dashboards: [Dashboard] = []

  /// A network, a cluster, a target group, a balancer and a service behind it.
  mutating func addService(zones: Int = 2, _ configure: (inout FargateService, inout TargetGroup, inout LoadBalancer) -> Void = { _, _, _ in }) {
    let network = Network("net", zones: zones)
    let cluster = ECSCluster("apps")
    var group = TargetGroup("web-targets", network: network, port: 8080)
    var balancer = LoadBalancer("edge", network: network, certificateArn: "arn:aws:acm:us-east-1:123456789012:certificate/abc", defaultTarget: group)
    var service = FargateService(
      "web", cluster: cluster, containers: [Container("web", image: "nginx:1.27", port: 8080)], network: .private(network),
      targetGroup: group)
    configure(&service, &group, &balancer)
    networks = [network]
    ecsClusters = [cluster]
    targetGroups = [group]
    loadBalancers = [balancer]
    services = [service]
  }

  /// A two-zone network and a cache in it, for network and cache cases.
  mutating func addNetworkAndCache(zones: Int = 2, _ configure: (inout Cache) -> Void = { _ in }) {
    let network = Network("net", zones: zones)
    var cache = Cache("cache", network: .private(network))
    configure(&cache)
    networks = [network]
    caches = [cache]
  }
  var region: Region = .usEast1
  var phase: ScalingPhase = .minimumViable
  var quotas = AccountQuotas()
  var stackName = "orders"
  var backend: TerraformBackend = .local()
  var stackBackend: TerraformBackend?
  var awsProvider: AWSProviderVersion = .tested
  var extraStacks: [Stack] = []

  init() {
    primary.deadLetter = DeadLetter(deadLetters, maxReceiveCount: 3)
    function.grants = [.readWrite(table)]
    function.environment = ["TABLE": table.tableName]
    trigger = QueueTrigger(queue: primary, function: function, batchSize: 25, batchingWindow: .seconds(20), maximumConcurrency: 50)
  }

  func stack() -> Stack {
    Stack(stackName, region: region, phase: phase, tags: ["team": "audio"], backend: stackBackend) {
      deadLetters
      primary
      table
      function
      trigger
      extra
      bucket
      extraQueues
      networks
      caches
      daxClusters
      secrets
      streams
      auroraClusters
      postgresDatabases
      ecsClusters
      targetGroups
      loadBalancers
      services
      scalings
      instanceGroups
      topics
      eventRules
      alarms
      repositories
      stateMachines
      httpApis
      restApis
      webACLs
      distributions
      hostedZones
      certificates
      dnsRecords
      loads
      suppressions
      deployments
      dashboards
      connections
      outputs
    }
  }

  func synthesize() -> SynthesisResult {
    IaCGen.synthesize(App(stacks: [stack()] + extraStacks, quotas: quotas, backend: backend, awsProvider: awsProvider))
  }
}


/// Expands `@id` (a resource's declaration), `@stack`, `@app` and `@output:id` in expected diagnostic text.
func expand(_ expected: String, in result: SynthesisResult) -> String {
  var text = expected
  // `@stack:name:` names one stack of several.
  for stack in result.model.stacks {
    text = text.replacingOccurrences(of: "@stack:\(stack.name):", with: "\(stack.location.fileID):\(stack.location.line):\(stack.location.column):")
  }
  if let app = result.model.location { text = text.replacingOccurrences(of: "@app:", with: "\(app.fileID):\(app.line):\(app.column):") }
  for stack in result.model.stacks {
    func location(_ l: SourceLocation) -> String { "\(l.fileID):\(l.line):\(l.column)" }
    // The last of duplicate IDs is the one reported.
    for output in stack.outputs.reversed() {
      text = text.replacingOccurrences(of: "@output:\(output.id)", with: location(output.location))
    }
    // Longest IDs first so '@dead-letters' is not taken for '@dead'.
    for resource in stack.resources.sorted(by: { $0.id.rawValue.count > $1.id.rawValue.count }) {
      text = text.replacingOccurrences(of: "@\(resource.id):", with: location(resource.location) + ":")
    }
    text = text.replacingOccurrences(of: "@stack:", with: location(stack.location) + ":")
    if let load = stack.loads.first { text = text.replacingOccurrences(of: "@load:", with: location(load.location) + ":") }
    if let suppression = stack.suppressions.first {
      text = text.replacingOccurrences(of: "@suppression:", with: location(suppression.location) + ":")
    }
    if let connection = stack.connections.first {
      text = text.replacingOccurrences(of: "@connection:", with: location(connection.location) + ":")
    }
  }
  return text
}
