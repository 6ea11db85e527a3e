resource "aws_cloudwatch_metric_alarm" "api_cpu_critical" {
  alarm_actions       = [aws_sns_topic.memo_events.arn]
  alarm_description   = "CPU above 95%"
  alarm_name          = "api-cpu-critical"
  comparison_operator = "GreaterThanThreshold"
  dimensions = {
    ClusterName = aws_ecs_cluster.apps.name
    ServiceName = aws_ecs_service.api.name
  }
  evaluation_periods = 5
  metric_name        = "CPUUtilization"
  namespace          = "AWS/ECS"
  ok_actions         = [aws_sns_topic.memo_events.arn]
  period             = 60
  statistic          = "Average"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  threshold          = 95
  treat_missing_data = "missing"
}

