// Alarm -> aws_cloudwatch_metric_alarm.

import HCL

extension TerraformEmitter {
  func translateAlarm(_ alarm: Alarm) -> HCL.Block {
    var block = TerraformBlockBuilder()
    block.set("alarm_name", alarm.physicalName)
    block.set("alarm_description", alarm.description)
    block.set("comparison_operator", alarm.comparison.rawValue)
    block.set("evaluation_periods", alarm.evaluationPeriods)
    block.set("threshold", .double(alarm.threshold))
    block.set("treat_missing_data", alarm.missingData.rawValue)
    if !alarm.actions.isEmpty {
      let topics = HCL.Expression.tuple(alarm.actions.map { TerraformValues.address("aws_sns_topic", $0, "arn") })
      block.set("alarm_actions", topics)
      block.set("ok_actions", topics)
    }
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
    return resourceBlock("aws_cloudwatch_metric_alarm", alarm.id, block)
  }
}
