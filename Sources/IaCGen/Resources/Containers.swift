// ECS clusters and Fargate services.

/// An ECS cluster with Container Insights.
public struct ECSCluster: Hashable, Codable, Sendable {
  public var id: ResourceID
  /// The cluster name; defaults to `<stack>-<id>`.
  public var name: String?
  public var containerInsights: Bool
  public var tags: [Tag]
  public var location: SourceLocation

  public init(
    _ id: ResourceID, name: String? = nil, containerInsights: Bool = true, tags: [String: String] = [:],
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) {
    self.id = id
    self.name = name
    self.containerInsights = containerInsights
    self.tags = Tag.sorted(tags)
    self.location = SourceLocation(fileID, filePath, line, column)
  }

  public var physicalName: String { name ?? id.rawValue }
  /// The cluster's ARN.
  public var arn: StringValue { .reference(Reference(target: id, kind: .ecsCluster, attribute: .arn)) }
}

/// A Fargate service: a task definition of containers, run `desiredCount` times in a network's
/// private subnets, with generated execution and task roles, a log group, and optional
/// registration with a load balancer's target group.
///
/// ```swift
/// let api = FargateService("api", cluster: apps, cpu: 512, memoryMB: 1024,
///                          containers: [Container("api", image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1.4", port: 8000)],
///                          desiredCount: 2, network: .private(network), targetGroup: apiTargets)
/// ```
public struct FargateService: Hashable, Codable, Sendable {
  public var id: ResourceID
  public var name: String?
  public var cluster: ResourceID
  /// Task CPU units (256 = 0.25 vCPU) and memory; must be one of Fargate's pairs.
  public var cpu: Int
  public var memoryMB: Int
  public var architecture: Architecture
  public var containers: [Container]
  public var desiredCount: Int
  public var minimumHealthyPercent: Int
  public var maximumPercent: Int
  /// Roll back a deployment whose tasks keep failing.
  public var circuitBreaker: Bool
  public var network: NetworkPlacement?
  /// The target group the first container with a port registers with.
  public var targetGroup: ResourceID?
  public var healthCheckGracePeriod: TimeSpan
  /// What the task's containers may do with other resources.
  public var grants: [Grant]
  public var logRetentionDays: Int
  public var tags: [Tag]
  public var location: SourceLocation

  // Set by lowering.
  var executionRoleID: ResourceID?
  var taskRoleID: ResourceID?
  var logGroupID: ResourceID?
  /// The load balancer forwarding to `targetGroup` (the service waits for its listeners).
  var registeredBalancer: ResourceID?
  /// Set by lowering when auto scaling manages the desired count.
  var desiredCountAutoscaled = false

  public init(
    _ id: ResourceID,
    name: String? = nil,
    cluster: ECSCluster,
    cpu: Int = 256,
    memoryMB: Int = 512,
    architecture: Architecture = .x86_64,
    containers: [Container],
    desiredCount: Int = 1,
    minimumHealthyPercent: Int = 100,
    maximumPercent: Int = 200,
    circuitBreaker: Bool = true,
    network: NetworkPlacement,
    targetGroup: TargetGroup? = nil,
    healthCheckGracePeriod: TimeSpan = .seconds(60),
    grants: [Grant] = [],
    logRetentionDays: Int = 365,
    tags: [String: String] = [:],
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) {
    self.id = id
    self.name = name
    self.cluster = cluster.id
    self.cpu = cpu
    self.memoryMB = memoryMB
    self.architecture = architecture
    self.containers = containers
    self.desiredCount = desiredCount
    self.minimumHealthyPercent = minimumHealthyPercent
    self.maximumPercent = maximumPercent
    self.circuitBreaker = circuitBreaker
    self.network = network
    self.targetGroup = targetGroup?.id
    self.healthCheckGracePeriod = healthCheckGracePeriod
    self.grants = grants
    self.logRetentionDays = logRetentionDays
    self.tags = Tag.sorted(tags)
    self.location = SourceLocation(fileID, filePath, line, column)
  }

  public var physicalName: String { name ?? id.rawValue }
  /// The port of the first container that has one: what connections and the target group reach.
  public var port: Int? { containers.lazy.compactMap(\.port).first }
  /// The container registered with the target group.
  var servingContainer: Container? { containers.first { $0.port != nil } }
  /// The service's name (for scaling and alarms).
  public var serviceName: StringValue { .reference(Reference(target: id, kind: .fargateService, attribute: .name)) }

  func part(_ name: String) -> ResourceID { id.appending(name) }
}

/// A container of a Fargate task.
public struct Container: Hashable, Codable, Sendable {
  public var name: String
  public var image: String
  public var port: Int?
  public var environment: [String: StringValue]
  /// Environment variables read from Secrets Manager at start (name -> secret ARN).
  public var secrets: [String: StringValue]
  public var command: [String]
  public var essential: Bool

  public init(
    _ name: String, image: String, port: Int? = nil, environment: [String: StringValue] = [:],
    secrets: [String: StringValue] = [:], command: [String] = [], essential: Bool = true
  ) {
    self.name = name
    self.image = image
    self.port = port
    self.environment = environment
    self.secrets = secrets
    self.command = command
    self.essential = essential
  }

  /// The ECR repository ARN of the image, when it is an ECR image URI.
  var ecrRepositoryArn: StringValue? {
    // <account>.dkr.ecr.<region>.amazonaws.com/<repository>[:tag|@digest]
    let parts = image.split(separator: "/", maxSplits: 1)
    guard parts.count == 2 else { return nil }
    let host = parts[0].split(separator: ".")
    guard host.count >= 6, host[1] == "dkr", host[2] == "ecr" else { return nil }
    let repository = parts[1].split(separator: "@")[0].split(separator: ":")[0]
    return "arn:\(StringValue.partition):ecr:\(String(host[3])):\(String(host[0])):repository/\(String(repository))"
  }
}
