// Application Auto Scaling: scalable targets, target tracking, step scaling with alarms, schedules.

/// Scales one dimension of a resource between `min` and `max`: by tracking a metric's target,
/// by steps driven by a CloudWatch alarm, and on schedules.
///
/// ```swift
/// AutoScaling("consumer-concurrency", target: .provisionedConcurrency(consumer), min: 1, max: 100,
///             targetTracking: [.provisionedConcurrencyUtilization(0.7)])
/// AutoScaling("workers-tasks", target: .serviceTasks(workers), min: 1, max: 20,
///             targetTracking: [.cpu(70, scaleOutCooldown: .seconds(60), scaleInCooldown: .seconds(300))],
///             stepScaling: [StepScaling("queue-depth", metric: .queueDepth(primary),
///                                       steps: [.atMost(0, adjust: -1), .atLeast(100, adjust: 1), .atLeast(500, adjust: 5)])])
/// ```
public struct AutoScaling: Hashable, Codable, Sendable {
  public var id: ResourceID
  public var target: ScalableTarget
  public var min: Int
  public var max: Int
  public var targetTracking: [TargetTracking]
  public var stepScaling: [StepScaling]
  public var schedules: [ScheduledScaling]
  /// Tags of the scalable target (Terraform) and of the step-scaling alarms; the stack's tags
  /// are added in lowering.
  public var tags: [Tag]
  public var location: SourceLocation

  public init(
    _ id: ResourceID, target: ScalableTarget, min: Int, max: Int, targetTracking: [TargetTracking] = [],
    stepScaling: [StepScaling] = [], schedules: [ScheduledScaling] = [], tags: [Tag] = [],
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) {
    self.id = id
    self.target = target
    self.min = min
    self.max = max
    self.targetTracking = targetTracking
    self.stepScaling = stepScaling
    self.schedules = schedules
    self.tags = tags
    self.location = SourceLocation(fileID, filePath, line, column)
  }

  func part(_ name: String) -> ResourceID { id.appending(name) }
}

/// What is scaled.
public enum ScalableTarget: Hashable, Codable, Sendable {
  /// Provisioned concurrency of a function's alias.
  case provisionedConcurrency(ResourceID)
  /// Read or write capacity of a provisioned table, or of one of its global indexes.
  case tableReads(ResourceID, index: String?)
  case tableWrites(ResourceID, index: String?)
  /// The desired task count of a Fargate service.
  case serviceTasks(ResourceID)
  /// The reader count of an Aurora cluster.
  case auroraReaders(ResourceID)

  public static func provisionedConcurrency(_ function: Function) -> ScalableTarget { .provisionedConcurrency(function.id) }
  public static func tableReads(_ table: Table, index: String? = nil) -> ScalableTarget { .tableReads(table.id, index: index) }
  public static func tableWrites(_ table: Table, index: String? = nil) -> ScalableTarget { .tableWrites(table.id, index: index) }
  public static func serviceTasks(_ service: FargateService) -> ScalableTarget { .serviceTasks(service.id) }
  public static func auroraReaders(_ cluster: AuroraCluster) -> ScalableTarget { .auroraReaders(cluster.id) }

  /// The resource scaled.
  public var resource: ResourceID {
    switch self {
    case .provisionedConcurrency(let id), .tableReads(let id, _), .tableWrites(let id, _), .serviceTasks(let id),
      .auroraReaders(let id):
      return id
    }
  }
  public var resourceKind: ResourceKind {
    switch self {
    case .provisionedConcurrency: return .function
    case .tableReads, .tableWrites: return .table
    case .serviceTasks: return .fargateService
    case .auroraReaders: return .auroraCluster
    }
  }
  var serviceNamespace: String {
    switch self {
    case .provisionedConcurrency: return "lambda"
    case .tableReads, .tableWrites: return "dynamodb"
    case .serviceTasks: return "ecs"
    case .auroraReaders: return "rds"
    }
  }
  var scalableDimension: String {
    switch self {
    case .provisionedConcurrency: return "lambda:function:ProvisionedConcurrency"
    case .tableReads(_, let index): return index == nil ? "dynamodb:table:ReadCapacityUnits" : "dynamodb:index:ReadCapacityUnits"
    case .tableWrites(_, let index): return index == nil ? "dynamodb:table:WriteCapacityUnits" : "dynamodb:index:WriteCapacityUnits"
    case .serviceTasks: return "ecs:service:DesiredCount"
    case .auroraReaders: return "rds:cluster:ReadReplicaCount"
    }
  }
}

/// A target-tracking policy: keep a metric at `target`.
public struct TargetTracking: Hashable, Codable, Sendable {
  public var metric: TrackedMetric
  public var target: Double
  public var scaleOutCooldown: TimeSpan?
  public var scaleInCooldown: TimeSpan?

  public init(_ metric: TrackedMetric, target: Double, scaleOutCooldown: TimeSpan? = nil, scaleInCooldown: TimeSpan? = nil) {
    self.metric = metric
    self.target = target
    self.scaleOutCooldown = scaleOutCooldown
    self.scaleInCooldown = scaleInCooldown
  }

  /// Average CPU of a service's tasks (percent).
  public static func cpu(_ percent: Double, scaleOutCooldown: TimeSpan? = nil, scaleInCooldown: TimeSpan? = nil) -> TargetTracking {
    TargetTracking(.predefined("ECSServiceAverageCPUUtilization"), target: percent, scaleOutCooldown: scaleOutCooldown, scaleInCooldown: scaleInCooldown)
  }
  /// Average memory of a service's tasks (percent).
  public static func memory(_ percent: Double, scaleOutCooldown: TimeSpan? = nil, scaleInCooldown: TimeSpan? = nil) -> TargetTracking {
    TargetTracking(.predefined("ECSServiceAverageMemoryUtilization"), target: percent, scaleOutCooldown: scaleOutCooldown, scaleInCooldown: scaleInCooldown)
  }
  /// Fraction of provisioned concurrency in use (0.1 to 0.9).
  public static func provisionedConcurrencyUtilization(_ fraction: Double) -> TargetTracking {
    TargetTracking(.predefined("LambdaProvisionedConcurrencyUtilization"), target: fraction)
  }
  /// Consumed read capacity as a percentage of provisioned (20 to 90).
  public static func readUtilization(_ percent: Double) -> TargetTracking {
    TargetTracking(.predefined("DynamoDBReadCapacityUtilization"), target: percent)
  }
  /// Consumed write capacity as a percentage of provisioned (20 to 90).
  public static func writeUtilization(_ percent: Double) -> TargetTracking {
    TargetTracking(.predefined("DynamoDBWriteCapacityUtilization"), target: percent)
  }
  /// Average CPU of an Aurora cluster's readers (percent).
  public static func readerCPU(_ percent: Double) -> TargetTracking {
    TargetTracking(.predefined("RDSReaderAverageCPUUtilization"), target: percent)
  }
}

/// A metric to track: one of Application Auto Scaling's predefined metrics, or a CloudWatch metric.
public enum TrackedMetric: Hashable, Codable, Sendable {
  case predefined(String)
  case custom(MetricSpecification)
}

/// A CloudWatch metric with its statistic.
public struct MetricSpecification: Hashable, Codable, Sendable {
  public var namespace: String
  public var name: String
  public var dimensions: [MetricDimension]
  public var statistic: String

  public init(namespace: String, name: String, dimensions: [MetricDimension] = [], statistic: String = "Average") {
    self.namespace = namespace
    self.name = name
    self.dimensions = dimensions
    self.statistic = statistic
  }

  /// Visible messages of a queue (its depth).
  public static func queueDepth(_ queue: Queue) -> MetricSpecification {
    MetricSpecification(
      namespace: "AWS/SQS", name: "ApproximateNumberOfMessagesVisible",
      dimensions: [MetricDimension("QueueName", queue.queueName)], statistic: "Maximum")
  }
}

/// A metric dimension; its value may reference a resource.
public struct MetricDimension: Hashable, Codable, Sendable {
  public var name: String
  public var value: StringValue
  public init(_ name: String, _ value: StringValue) {
    self.name = name
    self.value = value
  }
}

/// Step scaling driven by CloudWatch alarms on a metric: each step adds or removes capacity
/// when the metric is at most or at least a threshold. Scale-out and scale-in steps become
/// a policy and an alarm each.
public struct StepScaling: Hashable, Codable, Sendable {
  public var name: String
  public var metric: MetricSpecification
  public var steps: [Step]
  public var cooldown: TimeSpan
  public var period: TimeSpan
  public var evaluationPeriods: Int

  public init(
    _ name: String, metric: MetricSpecification, steps: [Step], cooldown: TimeSpan = .seconds(60),
    period: TimeSpan = .seconds(60), evaluationPeriods: Int = 1
  ) {
    self.name = name
    self.metric = metric
    self.steps = steps
    self.cooldown = cooldown
    self.period = period
    self.evaluationPeriods = evaluationPeriods
  }

  /// One step: when the metric is at least (or at most) `threshold`, change capacity by `adjust`.
  public struct Step: Hashable, Codable, Sendable {
    public var threshold: Double
    public var isLowerBound: Bool
    public var adjust: Int
    public static func atLeast(_ threshold: Double, adjust: Int) -> Step { Step(threshold: threshold, isLowerBound: true, adjust: adjust) }
    public static func atMost(_ threshold: Double, adjust: Int) -> Step { Step(threshold: threshold, isLowerBound: false, adjust: adjust) }
  }

  /// Scale-out steps (at least), ascending.
  var scaleOut: [Step] { steps.filter(\.isLowerBound).sorted { $0.threshold < $1.threshold } }
  /// Scale-in steps (at most), descending.
  var scaleIn: [Step] { steps.filter { !$0.isLowerBound }.sorted { $0.threshold > $1.threshold } }
}

/// A scheduled change of the capacity bounds.
public struct ScheduledScaling: Hashable, Codable, Sendable {
  public var name: String
  /// `cron(...)`, `rate(...)` or `at(...)`.
  public var schedule: String
  public var min: Int
  public var max: Int
  public var timezone: String
  public init(_ name: String, schedule: String, min: Int, max: Int, timezone: String = "UTC") {
    self.name = name
    self.schedule = schedule
    self.min = min
    self.max = max
    self.timezone = timezone
  }
}
