resource "aws_appautoscaling_policy" "api_latency_scale_2" {
  name               = "api-latency-scale-2"
  policy_type        = "StepScaling"
  resource_id        = aws_appautoscaling_target.api_tasks.resource_id
  scalable_dimension = aws_appautoscaling_target.api_tasks.scalable_dimension
  service_namespace  = aws_appautoscaling_target.api_tasks.service_namespace

  step_scaling_policy_configuration {
    adjustment_type         = "ChangeInCapacity"
    cooldown                = 120
    metric_aggregation_type = "Average"

    step_adjustment {
      metric_interval_lower_bound = "0"
      scaling_adjustment          = 2
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "api_latency" {
  alarm_actions       = [aws_sns_topic.memo_events.arn, aws_appautoscaling_policy.api_latency_scale_2.arn]
  alarm_description   = "latency above 2 s: add tasks"
  alarm_name          = "api-latency"
  comparison_operator = "GreaterThanThreshold"
  dimensions = {
    LoadBalancer = aws_lb.edge.arn
  }
  evaluation_periods = 3
  metric_name        = "TargetResponseTime"
  namespace          = "AWS/ApplicationELB"
  ok_actions         = [aws_sns_topic.memo_events.arn]
  period             = 60
  statistic          = "Average"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  threshold          = 2
  treat_missing_data = "missing"
}

