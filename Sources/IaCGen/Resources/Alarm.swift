// CloudWatch alarms and the ready-made alarm sets.

/// A CloudWatch alarm on a metric (or a metric math expression), notifying topics and
/// driving scaling targets.
///
/// ```swift
/// Alarm("api-5xx", metric: .single(MetricSpecification(namespace: "AWS/ApplicationELB", name: "HTTPCode_Target_5XX_Count",
///       dimensions: [...], statistic: "Sum")), threshold: 10, comparison: .greaterThan,
///       actions: [.notify(oncall), .scale(workers, by: 2)])
/// ```
public struct Alarm: Hashable, Codable, Sendable {
  public var id: ResourceID
  public var name: String?
  public var description: String?
  public var metric: AlarmMetric
  public var period: TimeSpan
  public var evaluationPeriods: Int
  public var threshold: Double
  public var comparison: Comparison
  public var missingData: MissingData
  /// What happens when the alarm fires (topics also hear when it recovers).
  public var actions: [AlarmAction]
  /// The alarm's own tags; the stack's tags are added in lowering.
  public var tags: [Tag]
  public var location: SourceLocation

  public init(
    _ id: ResourceID, name: String? = nil, description: String? = nil, metric: AlarmMetric, period: TimeSpan = .minutes(1),
    evaluationPeriods: Int = 1, threshold: Double, comparison: Comparison, missingData: MissingData = .missing,
    actions: [AlarmAction] = [], tags: [Tag] = [],
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) {
    self.id = id
    self.name = name
    self.description = description
    self.metric = metric
    self.period = period
    self.evaluationPeriods = evaluationPeriods
    self.threshold = threshold
    self.comparison = comparison
    self.missingData = missingData
    self.actions = actions
    self.tags = tags
    self.location = SourceLocation(fileID, filePath, line, column)
  }

  public var physicalName: String { name ?? id.rawValue }
  /// Topics notified, in declaration order.
  var notifiedTopics: [ResourceID] {
    actions.compactMap { if case .notify(let topic) = $0 { return topic } else { return nil } }
  }
  /// Scaling actions with their policy's ID (one step-scaling policy per action).
  var scalingActions: [(policy: ResourceID, target: ResourceID, adjustment: Int, cooldown: TimeSpan)] {
    actions.enumerated().compactMap { position, action in
      guard case .scale(let target, let adjustment, let cooldown) = action else { return nil }
      return (id.appending("scale-\(position + 1)"), target, adjustment, cooldown)
    }
  }
  /// How a step-scaling policy aggregates the alarm's data points.
  var metricAggregation: String {
    guard case .single(let metric) = metric else { return "Average" }
    return ["Average", "Minimum"].contains(metric.statistic) ? metric.statistic : "Maximum"
  }
  /// True when the alarm fires on values below the threshold.
  var firesBelowThreshold: Bool { comparison == .lessThan || comparison == .lessThanOrEqual }

  /// An alarm declared at `location` (alarm sets pass their caller's).
  init(
    _ id: ResourceID, description: String, metric: AlarmMetric, period: TimeSpan, evaluationPeriods: Int = 1, threshold: Double,
    comparison: Comparison, missingData: MissingData = .missing, actions: [AlarmAction], at location: SourceLocation
  ) {
    self.init(
      id, description: description, metric: metric, period: period, evaluationPeriods: evaluationPeriods, threshold: threshold,
      comparison: comparison, missingData: missingData, actions: actions)
    self.location = location
  }
}

/// What an alarm does when it fires.
public enum AlarmAction: Hashable, Codable, Sendable {
  /// Publish to a topic (on alarm and on recovery).
  case notify(ResourceID)
  /// Change an autoscaled target's capacity by `adjustment` (negative scales in), through a
  /// step-scaling policy of its own, then wait `cooldown`.
  case scale(ResourceID, adjustment: Int, cooldown: TimeSpan)

  public static func notify(_ topic: Topic) -> AlarmAction { .notify(topic.id) }
  public static func scale(_ scaling: AutoScaling, by adjustment: Int, cooldown: TimeSpan = .seconds(60)) -> AlarmAction {
    .scale(scaling.id, adjustment: adjustment, cooldown: cooldown)
  }
}

/// What an alarm watches.
public enum AlarmMetric: Hashable, Codable, Sendable {
  case single(MetricSpecification)
  /// A metric math expression over named metrics, such as `100 * errors / invocations`.
  case expression(String, label: String, metrics: [NamedMetric])
}

/// A metric with an ID for use in a math expression.
public struct NamedMetric: Hashable, Codable, Sendable {
  public var id: String
  public var metric: MetricSpecification
  public init(_ id: String, _ metric: MetricSpecification) {
    self.id = id
    self.metric = metric
  }
}

/// How the metric compares with the threshold.
public enum Comparison: String, Hashable, Codable, Sendable {
  case greaterThan = "GreaterThanThreshold"
  case greaterThanOrEqual = "GreaterThanOrEqualToThreshold"
  case lessThan = "LessThanThreshold"
  case lessThanOrEqual = "LessThanOrEqualToThreshold"
}

/// How missing data points count.
public enum MissingData: String, Hashable, Codable, Sendable {
  case missing, notBreaching, breaching, ignore
}

/// Ready-made alarm sets with the thresholds of the example systems, one line per resource.
public enum Alarms {
  /// Function alarms (Podinfo's thresholds): duration above 5 s (warning) and 10 s (critical),
  /// error rate above 1% and 5%, and any throttling.
  public static func standard(
    for function: Function, notify topic: Topic,
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) -> [Alarm] {
    let here = SourceLocation(fileID, filePath, line, column)
    let dimension = [MetricDimension("FunctionName", function.functionName)]
    func lambda(_ name: String, _ statistic: String) -> MetricSpecification {
      MetricSpecification(namespace: "AWS/Lambda", name: name, dimensions: dimension, statistic: statistic)
    }
    let errorRate = AlarmMetric.expression(
      "100 * errors / MAX([errors, invocations])", label: "error rate (%)",
      metrics: [NamedMetric("errors", lambda("Errors", "Sum")), NamedMetric("invocations", lambda("Invocations", "Sum"))])
    let id = function.id
    return [
      Alarm(id.appending("duration-warning"), description: "duration above 5 s", metric: .single(lambda("Duration", "Average")),
            period: .minutes(5), threshold: 5_000, comparison: .greaterThan, missingData: .notBreaching, actions: [.notify(topic)], at: here),
      Alarm(id.appending("duration-critical"), description: "duration above 10 s", metric: .single(lambda("Duration", "Average")),
            period: .minutes(5), threshold: 10_000, comparison: .greaterThan, missingData: .notBreaching, actions: [.notify(topic)], at: here),
      Alarm(id.appending("errors-warning"), description: "error rate above 1%", metric: errorRate,
            period: .minutes(5), threshold: 1, comparison: .greaterThan, missingData: .notBreaching, actions: [.notify(topic)], at: here),
      Alarm(id.appending("errors-critical"), description: "error rate above 5%", metric: errorRate,
            period: .minutes(5), threshold: 5, comparison: .greaterThan, missingData: .notBreaching, actions: [.notify(topic)], at: here),
      Alarm(id.appending("throttles"), description: "invocations throttled", metric: .single(lambda("Throttles", "Sum")),
            period: .minutes(1), threshold: 0, comparison: .greaterThan, missingData: .notBreaching, actions: [.notify(topic)], at: here),
    ]
  }

  /// Service alarms (CloudSync's thresholds): CPU above 80% for 5 minutes, memory above 85% for
  /// 3 minutes (Podinfo's 95% CPU as critical).
  public static func standard(
    for service: FargateService, in cluster: ECSCluster, notify topic: Topic,
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) -> [Alarm] {
    let here = SourceLocation(fileID, filePath, line, column)
    let dimensions = [
      MetricDimension("ClusterName", .reference(Reference(target: cluster.id, kind: .ecsCluster, attribute: .name))),
      MetricDimension("ServiceName", service.serviceName),
    ]
    func ecs(_ name: String) -> AlarmMetric {
      .single(MetricSpecification(namespace: "AWS/ECS", name: name, dimensions: dimensions, statistic: "Average"))
    }
    let id = service.id
    return [
      Alarm(id.appending("cpu-warning"), description: "CPU above 80% for 5 minutes", metric: ecs("CPUUtilization"),
            period: .minutes(1), evaluationPeriods: 5, threshold: 80, comparison: .greaterThan, actions: [.notify(topic)], at: here),
      Alarm(id.appending("cpu-critical"), description: "CPU above 95%", metric: ecs("CPUUtilization"),
            period: .minutes(1), evaluationPeriods: 5, threshold: 95, comparison: .greaterThan, actions: [.notify(topic)], at: here),
      Alarm(id.appending("memory-warning"), description: "memory above 85% for 3 minutes", metric: ecs("MemoryUtilization"),
            period: .minutes(1), evaluationPeriods: 3, threshold: 85, comparison: .greaterThan, actions: [.notify(topic)], at: here),
    ]
  }

  /// Database alarms (CloudSync's thresholds): CPU above 80% for 5 minutes and connections above
  /// 80% of `maxConnections`.
  public static func standard(
    for database: PostgresDatabase, maxConnections: Int, notify topic: Topic,
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) -> [Alarm] {
    let here = SourceLocation(fileID, filePath, line, column)
    let dimensions = [MetricDimension("DBInstanceIdentifier", StringValue(database.physicalName))]
    func rds(_ name: String) -> AlarmMetric {
      .single(MetricSpecification(namespace: "AWS/RDS", name: name, dimensions: dimensions, statistic: "Average"))
    }
    let id = database.id
    return [
      Alarm(id.appending("cpu-warning"), description: "CPU above 80% for 5 minutes", metric: rds("CPUUtilization"),
            period: .minutes(1), evaluationPeriods: 5, threshold: 80, comparison: .greaterThan, actions: [.notify(topic)], at: here),
      Alarm(id.appending("connections"), description: "connections above 80% of the maximum", metric: rds("DatabaseConnections"),
            period: .minutes(1), evaluationPeriods: 5, threshold: Double(maxConnections) * 0.8, comparison: .greaterThan, actions: [.notify(topic)], at: here),
    ]
  }
}
