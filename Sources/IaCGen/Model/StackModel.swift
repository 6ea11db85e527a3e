// The lowered, provider-neutral model of one stack.

/// A stack after lowering: names resolved, tags applied, roles and log groups generated.
/// Resources are in dependency order (ties keep declaration order).
public struct StackModel: Hashable, Codable, Sendable {
  public var name: String
  public var region: Region
  public var phase: ScalingPhase
  public var tags: [Tag]
  public var resources: [ResourceModel]
  public var outputs: [Output]
  /// Declared connections (rendered as security group rules).
  public var connections: [Connection]
  /// Resources generated in other Regions (replica buckets), by Region in first-use order.
  public var regional: [RegionalResources]
  /// The load the stack declares.
  public var loads: [Load]
  /// Growth targets: the loads scaled by month.
  public var growth: [GrowthTarget]
  /// Findings the stack accepts, with reasons.
  public var suppressions: [Suppression]
  /// Where Terraform keeps the stack's state.
  public var backend: TerraformBackend
  /// True when the stack chose its backend (`Stack(..., backend:)`); false when it is the app's.
  public var ownsBackend: Bool
  public var location: SourceLocation

  public init(
    name: String, region: Region, phase: ScalingPhase, tags: [Tag], resources: [ResourceModel], outputs: [Output],
    connections: [Connection] = [], regional: [RegionalResources] = [], loads: [Load] = [], growth: [GrowthTarget] = [], suppressions: [Suppression] = [],
    backend: TerraformBackend = .local(), ownsBackend: Bool = false, location: SourceLocation
  ) {
    self.name = name
    self.region = region
    self.phase = phase
    self.tags = tags
    self.resources = resources
    self.outputs = outputs
    self.connections = connections
    self.regional = regional
    self.loads = loads
    self.growth = growth
    self.suppressions = suppressions
    self.backend = backend
    self.ownsBackend = ownsBackend
    self.location = location
  }

  /// Other Regions the stack's resources live in (replicas), in declaration order; each gets
  /// a Terraform provider alias.
  public var replicaRegions: [Region] {
    var result: [Region] = []
    for table in tables {
      for replica in table.replicas where replica.region != region && !result.contains(replica.region) { result.append(replica.region) }
    }
    for group in regional where !result.contains(group.region) { result.append(group.region) }
    return result
  }

  /// The resource with `id`, if any (the first, when IDs are duplicated).
  public func resource(_ id: ResourceID) -> ResourceModel? { resources.first { $0.id == id } }

  /// Every function, queue, trigger and table, typed.
  public var functions: [Function] { resources.compactMap { if case .function(let r) = $0 { return r } else { return nil } } }
  public var queues: [Queue] { resources.compactMap { if case .queue(let r) = $0 { return r } else { return nil } } }
  public var queueTriggers: [QueueTrigger] {
    resources.compactMap { if case .queueTrigger(let r) = $0 { return r } else { return nil } }
  }
  public var tables: [Table] { resources.compactMap { if case .table(let r) = $0 { return r } else { return nil } } }
  public var buckets: [Bucket] { resources.compactMap { if case .bucket(let r) = $0 { return r } else { return nil } } }
  public var networks: [Network] { resources.compactMap { if case .network(let r) = $0 { return r } else { return nil } } }
  public var securityGroupIngresses: [SecurityGroupIngress] {
    resources.compactMap { if case .securityGroupIngress(let r) = $0 { return r } else { return nil } }
  }
  public var caches: [Cache] { resources.compactMap { if case .cache(let r) = $0 { return r } else { return nil } } }
  public var daxClusters: [DAXCluster] {
    resources.compactMap { if case .daxCluster(let r) = $0 { return r } else { return nil } }
  }
  public var secrets: [Secret] { resources.compactMap { if case .secret(let r) = $0 { return r } else { return nil } } }
  public var streams: [KinesisStream] { resources.compactMap { if case .stream(let r) = $0 { return r } else { return nil } } }
  public var auroraClusters: [AuroraCluster] {
    resources.compactMap { if case .auroraCluster(let r) = $0 { return r } else { return nil } }
  }
  public var postgresDatabases: [PostgresDatabase] {
    resources.compactMap { if case .postgresDatabase(let r) = $0 { return r } else { return nil } }
  }
  public var fargateServices: [FargateService] {
    resources.compactMap { if case .fargateService(let r) = $0 { return r } else { return nil } }
  }
  public var loadBalancers: [LoadBalancer] {
    resources.compactMap { if case .loadBalancer(let r) = $0 { return r } else { return nil } }
  }
  public var targetGroups: [TargetGroup] {
    resources.compactMap { if case .targetGroup(let r) = $0 { return r } else { return nil } }
  }
  public var autoScalings: [AutoScaling] {
    resources.compactMap { if case .autoScaling(let r) = $0 { return r } else { return nil } }
  }
  public var instanceGroups: [InstanceGroup] {
    resources.compactMap { if case .instanceGroup(let r) = $0 { return r } else { return nil } }
  }
  public var topics: [Topic] { resources.compactMap { if case .topic(let r) = $0 { return r } else { return nil } } }
  public var eventRules: [EventRule] { resources.compactMap { if case .eventRule(let r) = $0 { return r } else { return nil } } }
  public var alarms: [Alarm] { resources.compactMap { if case .alarm(let r) = $0 { return r } else { return nil } } }
  public var repositories: [Repository] {
    resources.compactMap { if case .repository(let r) = $0 { return r } else { return nil } }
  }
  public var stateMachines: [StateMachine] {
    resources.compactMap { if case .stateMachine(let r) = $0 { return r } else { return nil } }
  }
  public var httpApis: [HttpApi] { resources.compactMap { if case .httpApi(let r) = $0 { return r } else { return nil } } }
  public var restApis: [RestApi] { resources.compactMap { if case .restApi(let r) = $0 { return r } else { return nil } } }
  public var webACLs: [WebACL] { resources.compactMap { if case .webACL(let r) = $0 { return r } else { return nil } } }
  public var distributions: [Distribution] {
    resources.compactMap { if case .distribution(let r) = $0 { return r } else { return nil } }
  }
  public var certificates: [Certificate] {
    resources.compactMap { if case .certificate(let r) = $0 { return r } else { return nil } }
  }
  /// Records of every zone, in declaration order.
  public var zoneRecords: [ZoneRecord] {
    resources.compactMap { if case .zoneRecord(let r) = $0 { return r } else { return nil } }
  }
  /// A zone's records as declared (lowering moves them out of the zone).
  public func records(of zone: HostedZone) -> [DNSRecord] {
    zoneRecords.filter { $0.zone == .declared(zone.id) }.map(\.record)
  }
  /// Records grouped by zone (declared or existing), zones in first-use order.
  var recordsByZone: [(zone: ZoneReference, records: [ZoneRecord])] {
    var groups: [(zone: ZoneReference, records: [ZoneRecord])] = []
    for record in zoneRecords {
      if let position = groups.firstIndex(where: { $0.zone == record.zone }) {
        groups[position].records.append(record)
      } else {
        groups.append((record.zone, [record]))
      }
    }
    return groups
  }
  public var hostedZones: [HostedZone] {
    resources.compactMap { if case .hostedZone(let r) = $0 { return r } else { return nil } }
  }
  public var lambdaDeployments: [LambdaDeployment] {
    resources.compactMap { if case .lambdaDeployment(let r) = $0 { return r } else { return nil } }
  }
  public var dashboards: [Dashboard] { resources.compactMap { if case .dashboard(let r) = $0 { return r } else { return nil } } }
  public var roles: [Role] { resources.compactMap { if case .role(let r) = $0 { return r } else { return nil } } }
}

/// Resources of a stack that live in another Region: Terraform renders them in the stack's
/// module through a provider alias, CloudFormation in a template of their own, deployed first.
public struct RegionalResources: Hashable, Codable, Sendable {
  public var region: Region
  public var resources: [ResourceModel]
  public init(region: Region, resources: [ResourceModel]) {
    self.region = region
    self.resources = resources
  }
}
