// AutoScaling -> ScalableTarget (with scheduled actions), ScalingPolicies, step alarms.

import JSONSyntax

extension CloudFormationEmitter {
  func translateAutoScaling(_ scaling: AutoScaling, in index: ModelIndex) -> [CloudFormationResource] {
    guard let resourceID = scaling.resourceID(in: index) else { return [] }  // the validator reports it
    // A global table's capacity scales inside AWS::DynamoDB::GlobalTable.
    if case .table(let table)? = index[scaling.target.resource], table.isGlobal { return [] }
    let target = scaling.target
    var main = CloudFormationProperties()
    main.set("MaxCapacity", scaling.max)
    main.set("MinCapacity", scaling.min)
    main.set("ResourceId", resourceID)
    main.set("ScalableDimension", target.scalableDimension)
    main.set("ServiceNamespace", target.serviceNamespace)
    if !scaling.schedules.isEmpty {
      main.set("ScheduledActions", .array(scaling.schedules.map { schedule in
        .object([
          .init("ScalableTargetAction", .object([.init("MaxCapacity", .int(schedule.max)), .init("MinCapacity", .int(schedule.min))])),
          .init("Schedule", .string(schedule.schedule)),
          .init("ScheduledActionName", .string("\(scaling.id)-\(schedule.name)")),
          .init("Timezone", .string(schedule.timezone)),
        ])
      }))
    }
    let dependency: String
    switch target {
    case .provisionedConcurrency(let id): dependency = id.logicalID + "Alias"
    case .tableReads(let id, _), .tableWrites(let id, _), .serviceTasks(let id), .auroraReaders(let id): dependency = id.logicalID
    }
    var resources = [
      CloudFormationResource(
        logicalID: scaling.id.logicalID, type: "AWS::ApplicationAutoScaling::ScalableTarget", properties: main,
        dependsOn: [dependency])
    ]
    for (position, tracking) in scaling.targetTracking.enumerated() {
      var configuration: [JSON.Member] = []
      switch tracking.metric {
      case .predefined(let type):
        configuration.append(.init("PredefinedMetricSpecification", .object([.init("PredefinedMetricType", .string(type))])))
      case .custom(let metric):
        var custom: [JSON.Member] = []
        if !metric.dimensions.isEmpty {
          custom.append(.init("Dimensions", .array(metric.dimensions.map {
            .object([.init("Name", .string($0.name)), .init("Value", CloudFormationValues.json($0.value))])
          })))
        }
        custom += [
          .init("MetricName", .string(metric.name)), .init("Namespace", .string(metric.namespace)),
          .init("Statistic", .string(metric.statistic)),
        ]
        configuration.append(.init("CustomizedMetricSpecification", .object(custom)))
      }
      if let cooldown = tracking.scaleInCooldown { configuration.append(.init("ScaleInCooldown", .int(cooldown.seconds))) }
      if let cooldown = tracking.scaleOutCooldown { configuration.append(.init("ScaleOutCooldown", .int(cooldown.seconds))) }
      configuration.append(.init("TargetValue", .double(tracking.target)))
      var policy = CloudFormationProperties()
      policy.set("PolicyName", "\(scaling.id)-tracking-\(position + 1)")
      policy.set("PolicyType", "TargetTrackingScaling")
      policy.set("ScalingTargetId", CloudFormationValues.ref(scaling.id.logicalID))
      policy.set("TargetTrackingScalingPolicyConfiguration", .object(configuration))
      resources.append(
        CloudFormationResource(
          logicalID: scaling.part("tracking-\(position + 1)").logicalID, type: "AWS::ApplicationAutoScaling::ScalingPolicy",
          properties: policy))
    }
    for alarm in scaling.scalingAlarms {
      guard let step = scaling.stepScaling(of: alarm) else { continue }
      var policy = CloudFormationProperties()
      policy.set("PolicyName", alarm.policy.rawValue)
      policy.set("PolicyType", "StepScaling")
      policy.set("ScalingTargetId", CloudFormationValues.ref(scaling.id.logicalID))
      policy.set("StepScalingPolicyConfiguration", .object([
        .init("AdjustmentType", .string("ChangeInCapacity")),
        .init("Cooldown", .int(step.cooldown.seconds)),
        .init("MetricAggregationType", .string(["Average", "Minimum"].contains(step.metric.statistic) ? step.metric.statistic : "Maximum")),
        .init("StepAdjustments", .array(alarm.steps.map { adjustment in
          var members: [JSON.Member] = []
          if let lower = adjustment.lower { members.append(.init("MetricIntervalLowerBound", .double(lower))) }
          if let upper = adjustment.upper { members.append(.init("MetricIntervalUpperBound", .double(upper))) }
          members.append(.init("ScalingAdjustment", .int(adjustment.adjust)))
          return .object(members)
        })),
      ]))
      resources.append(
        CloudFormationResource(
          logicalID: alarm.policy.logicalID, type: "AWS::ApplicationAutoScaling::ScalingPolicy", properties: policy))
      var watch = CloudFormationProperties()
      watch.set("AlarmName", alarm.id.rawValue)
      watch.set("AlarmDescription", "step scaling '\(step.name)' of \(scaling.id)")
      watch.set("AlarmActions", .array([CloudFormationValues.ref(alarm.policy.logicalID)]))
      watch.set("ComparisonOperator", alarm.comparison)
      watch.set("EvaluationPeriods", step.evaluationPeriods)
      watch.set("MetricName", step.metric.name)
      watch.set("Namespace", step.metric.namespace)
      watch.set("Period", step.period.seconds)
      watch.set("Statistic", step.metric.statistic)
      watch.set("Threshold", .double(alarm.threshold))
      watch.set("TreatMissingData", "notBreaching")
      watch.set("Tags", CloudFormationValues.tags(scaling.tags))
      if !step.metric.dimensions.isEmpty {
        watch.set("Dimensions", .array(step.metric.dimensions.map {
          .object([.init("Name", .string($0.name)), .init("Value", CloudFormationValues.json($0.value))])
        }))
      }
      resources.append(CloudFormationResource(logicalID: alarm.id.logicalID, type: "AWS::CloudWatch::Alarm", properties: watch))
    }
    return resources
  }
}
