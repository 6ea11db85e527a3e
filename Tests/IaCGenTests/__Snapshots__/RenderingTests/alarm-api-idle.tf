resource "aws_appautoscaling_policy" "api_idle_scale_1" {
  name               = "api-idle-scale-1"
  policy_type        = "StepScaling"
  resource_id        = aws_appautoscaling_target.api_tasks.resource_id
  scalable_dimension = aws_appautoscaling_target.api_tasks.scalable_dimension
  service_namespace  = aws_appautoscaling_target.api_tasks.service_namespace

  step_scaling_policy_configuration {
    adjustment_type         = "ChangeInCapacity"
    cooldown                = 60
    metric_aggregation_type = "Maximum"

    step_adjustment {
      metric_interval_upper_bound = "0"
      scaling_adjustment          = -1
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "api_idle" {
  alarm_actions       = [aws_appautoscaling_policy.api_idle_scale_1.arn]
  alarm_description   = "few requests: remove a task"
  alarm_name          = "api-idle"
  comparison_operator = "LessThanThreshold"
  dimensions = {
    LoadBalancer = aws_lb.edge.arn
  }
  evaluation_periods = 3
  metric_name        = "RequestCount"
  namespace          = "AWS/ApplicationELB"
  period             = 300
  statistic          = "Sum"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  threshold          = 100
  treat_missing_data = "missing"
}

