// AutoScaling -> aws_appautoscaling_target, policies, scheduled actions and step alarms.

import HCL

extension TerraformEmitter {
  /// The target and its policies; for a global table's capacity, the same again in each
  /// replica's Region (through its provider alias), since each replica scales on its own.
  func translateAutoScaling(_ scaling: AutoScaling, in index: ModelIndex) -> [HCL.Block] {
    guard let resourceID = scaling.resourceID(in: index) else { return [] }  // the validator reports it
    let dependencies: [[String]]
    switch scaling.target {
    case .provisionedConcurrency(let id):
      dependencies = [["aws_lambda_alias", id.terraformName]]
        + (index.function(id)?.alias?.provisionedConcurrency != nil ? [["aws_lambda_provisioned_concurrency_config", id.terraformName]] : [])
    case .tableReads(let id, _), .tableWrites(let id, _): dependencies = [["aws_dynamodb_table", id.terraformName]]
    case .serviceTasks(let id): dependencies = [["aws_ecs_service", id.terraformName]]
    case .auroraReaders(let id): dependencies = [["aws_rds_cluster", id.terraformName]]
    }
    var blocks = autoScalingBlocks(scaling, resourceID: resourceID, dependencies: dependencies)
    guard case .table(let table)? = index[scaling.target.resource], table.isGlobal else { return blocks }
    for replica in table.replicas {
      var regional = scaling
      regional.id = scaling.id.appending(replica.region.code)
      let provider = HCL.Expression.traversal(["aws", replica.region.providerAlias])
      blocks += autoScalingBlocks(
        regional, resourceID: resourceID, dependencies: [["aws_dynamodb_table_replica", table.id.appending(replica.region.code).terraformName]]
      ).map { block in
        var block = block
        block.body.items.insert(.attribute(HCL.Attribute(name: "provider", value: provider)), at: 0)
        return block
      }
    }
    return blocks
  }

  private func autoScalingBlocks(_ scaling: AutoScaling, resourceID: String, dependencies: [[String]]) -> [HCL.Block] {
    let target = scaling.target
    var main = TerraformBlockBuilder()
    main.set("max_capacity", scaling.max)
    main.set("min_capacity", scaling.min)
    main.set("resource_id", resourceID)
    main.set("scalable_dimension", target.scalableDimension)
    main.set("service_namespace", target.serviceNamespace)
    main.setTags(scaling.tags)
    for dependency in dependencies { main.dependOn(dependency) }
    var blocks = [resourceBlock("aws_appautoscaling_target", scaling.id, main)]

    func attachTarget(_ block: inout TerraformBlockBuilder) {
      block.set("resource_id", TerraformValues.address("aws_appautoscaling_target", scaling.id, "resource_id"))
      block.set("scalable_dimension", TerraformValues.address("aws_appautoscaling_target", scaling.id, "scalable_dimension"))
      block.set("service_namespace", TerraformValues.address("aws_appautoscaling_target", scaling.id, "service_namespace"))
    }
    for (position, tracking) in scaling.targetTracking.enumerated() {
      var policy = TerraformBlockBuilder()
      policy.set("name", "\(scaling.id)-tracking-\(position + 1)")
      policy.set("policy_type", "TargetTrackingScaling")
      attachTarget(&policy)
      policy.block("target_tracking_scaling_policy_configuration") { configuration in
        configuration.set("target_value", .double(tracking.target))
        configuration.set("scale_in_cooldown", tracking.scaleInCooldown?.seconds)
        configuration.set("scale_out_cooldown", tracking.scaleOutCooldown?.seconds)
        switch tracking.metric {
        case .predefined(let type):
          configuration.block("predefined_metric_specification") { $0.set("predefined_metric_type", type) }
        case .custom(let metric):
          configuration.block("customized_metric_specification") { custom in
            custom.set("metric_name", metric.name)
            custom.set("namespace", metric.namespace)
            custom.set("statistic", metric.statistic)
            for dimension in metric.dimensions {
              custom.block("dimensions") { nested in
                nested.set("name", dimension.name)
                nested.set("value", TerraformValues.expression(dimension.value))
              }
            }
          }
        }
      }
      blocks.append(resourceBlock("aws_appautoscaling_policy", scaling.part("tracking-\(position + 1)"), policy))
    }
    for alarm in scaling.scalingAlarms {
      guard let step = scaling.stepScaling(of: alarm) else { continue }
      var policy = TerraformBlockBuilder()
      policy.set("name", alarm.policy.rawValue)
      policy.set("policy_type", "StepScaling")
      attachTarget(&policy)
      policy.block("step_scaling_policy_configuration") { configuration in
        configuration.set("adjustment_type", "ChangeInCapacity")
        configuration.set("cooldown", step.cooldown.seconds)
        configuration.set("metric_aggregation_type", step.metric.statistic == "Average" ? "Average" : step.metric.statistic == "Minimum" ? "Minimum" : "Maximum")
        for adjustment in alarm.steps {
          configuration.block("step_adjustment") { nested in
            nested.set("metric_interval_lower_bound", adjustment.lower.map(formatNumber))
            nested.set("metric_interval_upper_bound", adjustment.upper.map(formatNumber))
            nested.set("scaling_adjustment", adjustment.adjust)
          }
        }
      }
      blocks.append(resourceBlock("aws_appautoscaling_policy", alarm.policy, policy))
      var watch = TerraformBlockBuilder()
      watch.set("alarm_name", alarm.id.rawValue)
      watch.set("alarm_description", "step scaling '\(step.name)' of \(scaling.id)")
      watch.set("alarm_actions", .tuple([TerraformValues.address("aws_appautoscaling_policy", alarm.policy, "arn")]))
      watch.set("comparison_operator", alarm.comparison)
      watch.set("evaluation_periods", step.evaluationPeriods)
      watch.set("metric_name", step.metric.name)
      watch.set("namespace", step.metric.namespace)
      watch.set("period", step.period.seconds)
      watch.set("statistic", step.metric.statistic)
      watch.set("threshold", .double(alarm.threshold))
      watch.set("treat_missing_data", "notBreaching")
      watch.setTags(scaling.tags)
      if !step.metric.dimensions.isEmpty {
        watch.set("dimensions", .object(step.metric.dimensions.map { ($0.name, TerraformValues.expression($0.value)) }))
      }
      blocks.append(resourceBlock("aws_cloudwatch_metric_alarm", alarm.id, watch))
    }
    for schedule in scaling.schedules {
      var action = TerraformBlockBuilder()
      action.set("name", "\(scaling.id)-\(schedule.name)")
      action.set("schedule", schedule.schedule)
      action.set("timezone", schedule.timezone)
      attachTarget(&action)
      action.block("scalable_target_action") { bounds in
        bounds.set("max_capacity", String(schedule.max))
        bounds.set("min_capacity", String(schedule.min))
      }
      blocks.append(resourceBlock("aws_appautoscaling_scheduled_action", scaling.part(schedule.name), action))
    }
    return blocks
  }
}
