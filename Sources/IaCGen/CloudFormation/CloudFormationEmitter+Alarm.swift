// Alarm -> AWS::CloudWatch::Alarm, with a step-scaling policy per scaling action.

import JSONSyntax

extension CloudFormationEmitter {
  func translateAlarm(_ alarm: Alarm) -> [CloudFormationResource] {
    var resources: [CloudFormationResource] = []
    for action in alarm.scalingActions {
      var policy = CloudFormationProperties()
      policy.set("PolicyName", action.policy.rawValue)
      policy.set("PolicyType", "StepScaling")
      policy.set("ScalingTargetId", CloudFormationValues.ref(action.target.logicalID))
      policy.set("StepScalingPolicyConfiguration", .object([
        .init("AdjustmentType", .string("ChangeInCapacity")),
        .init("Cooldown", .int(action.cooldown.seconds)),
        .init("MetricAggregationType", .string(alarm.metricAggregation)),
        .init("StepAdjustments", .array([.object([
          .init(alarm.firesBelowThreshold ? "MetricIntervalUpperBound" : "MetricIntervalLowerBound", .int(0)),
          .init("ScalingAdjustment", .int(action.adjustment)),
        ])])),
      ]))
      resources.append(CloudFormationResource(logicalID: action.policy.logicalID, type: "AWS::ApplicationAutoScaling::ScalingPolicy", properties: policy))
    }
    func dimensions(_ metric: MetricSpecification) -> JSON.Value {
      .array(metric.dimensions.map { .object([.init("Name", .string($0.name)), .init("Value", CloudFormationValues.json($0.value))]) })
    }
    var properties = CloudFormationProperties()
    properties.set("AlarmName", alarm.physicalName)
    properties.set("AlarmDescription", alarm.description)
    properties.set("ComparisonOperator", alarm.comparison.rawValue)
    properties.set("EvaluationPeriods", alarm.evaluationPeriods)
    properties.set("Threshold", .double(alarm.threshold))
    properties.set("TreatMissingData", alarm.missingData.rawValue)
    properties.set("Tags", CloudFormationValues.tags(alarm.tags))
    let topics = alarm.notifiedTopics.map { CloudFormationValues.ref($0.logicalID) }
    let policies = alarm.scalingActions.map { CloudFormationValues.ref($0.policy.logicalID) }
    if !topics.isEmpty || !policies.isEmpty { properties.set("AlarmActions", .array(topics + policies)) }
    if !topics.isEmpty { properties.set("OKActions", .array(topics)) }
    switch alarm.metric {
    case .single(let metric):
      properties.set("Namespace", metric.namespace)
      properties.set("MetricName", metric.name)
      properties.set("Statistic", metric.statistic)
      properties.set("Period", alarm.period.seconds)
      if !metric.dimensions.isEmpty { properties.set("Dimensions", dimensions(metric)) }
    case .expression(let expression, let label, let metrics):
      var queries: [JSON.Value] = [
        .object([
          .init("Expression", .string(expression)), .init("Id", .string("result")), .init("Label", .string(label)),
          .init("ReturnData", .bool(true)),
        ])
      ]
      for named in metrics {
        var metric: [JSON.Member] = []
        if !named.metric.dimensions.isEmpty { metric.append(.init("Dimensions", dimensions(named.metric))) }
        metric += [.init("MetricName", .string(named.metric.name)), .init("Namespace", .string(named.metric.namespace))]
        queries.append(.object([
          .init("Id", .string(named.id)),
          .init("MetricStat", .object([
            .init("Metric", .object(metric)), .init("Period", .int(alarm.period.seconds)), .init("Stat", .string(named.metric.statistic)),
          ])),
          .init("ReturnData", .bool(false)),
        ]))
      }
      properties.set("Metrics", .array(queries))
    }
    return resources + [CloudFormationResource(logicalID: alarm.id.logicalID, type: "AWS::CloudWatch::Alarm", properties: properties)]
  }
}
