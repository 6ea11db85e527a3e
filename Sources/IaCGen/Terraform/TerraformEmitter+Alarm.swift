// Alarm -> aws_cloudwatch_metric_alarm, with a step-scaling policy per scaling action.

import HCL

extension TerraformEmitter {
  func translateAlarm(_ alarm: Alarm) -> [HCL.Block] {
    var blocks: [HCL.Block] = []
    for action in alarm.scalingActions {
      var policy = TerraformBlockBuilder()
      policy.set("name", action.policy.rawValue)
      policy.set("policy_type", "StepScaling")
      policy.set("resource_id", TerraformValues.address("aws_appautoscaling_target", action.target, "resource_id"))
      policy.set("scalable_dimension", TerraformValues.address("aws_appautoscaling_target", action.target, "scalable_dimension"))
      policy.set("service_namespace", TerraformValues.address("aws_appautoscaling_target", action.target, "service_namespace"))
      policy.block("step_scaling_policy_configuration") { configuration in
        configuration.set("adjustment_type", "ChangeInCapacity")
        configuration.set("cooldown", action.cooldown.seconds)
        configuration.set("metric_aggregation_type", alarm.metricAggregation)
        configuration.block("step_adjustment") { step in
          step.set(alarm.firesBelowThreshold ? "metric_interval_upper_bound" : "metric_interval_lower_bound", "0")
          step.set("scaling_adjustment", action.adjustment)
        }
      }
      blocks.append(resourceBlock("aws_appautoscaling_policy", action.policy, policy))
    }
    var block = TerraformBlockBuilder()
    block.set("alarm_name", alarm.physicalName)
    block.set("alarm_description", alarm.description)
    block.set("comparison_operator", alarm.comparison.rawValue)
    block.set("evaluation_periods", alarm.evaluationPeriods)
    block.set("threshold", .double(alarm.threshold))
    block.set("treat_missing_data", alarm.missingData.rawValue)
    block.setTags(alarm.tags)
    let topics = alarm.notifiedTopics.map { TerraformValues.address("aws_sns_topic", $0, "arn") }
    let policies = alarm.scalingActions.map { TerraformValues.address("aws_appautoscaling_policy", $0.policy, "arn") }
    if !topics.isEmpty || !policies.isEmpty { block.set("alarm_actions", .tuple(topics + policies)) }
    if !topics.isEmpty { block.set("ok_actions", .tuple(topics)) }
    switch alarm.metric {
    case .single(let metric):
      block.set("namespace", metric.namespace)
      block.set("metric_name", metric.name)
      block.set("statistic", metric.statistic)
      block.set("period", alarm.period.seconds)
      if !metric.dimensions.isEmpty {
        block.set("dimensions", .object(metric.dimensions.map { ($0.name, TerraformValues.expression($0.value)) }))
      }
    case .expression(let expression, let label, let metrics):
      block.block("metric_query") { query in
        query.set("expression", expression)
        query.set("id", "result")
        query.set("label", label)
        query.set("return_data", true)
      }
      for named in metrics {
        block.block("metric_query") { query in
          query.set("id", named.id)
          query.set("return_data", false)
          query.block("metric") { metric in
            metric.set("metric_name", named.metric.name)
            metric.set("namespace", named.metric.namespace)
            metric.set("period", alarm.period.seconds)
            metric.set("stat", named.metric.statistic)
            if !named.metric.dimensions.isEmpty {
              metric.set("dimensions", .object(named.metric.dimensions.map { ($0.name, TerraformValues.expression($0.value)) }))
            }
          }
        }
      }
    }
    return blocks + [resourceBlock("aws_cloudwatch_metric_alarm", alarm.id, block)]
  }
}
