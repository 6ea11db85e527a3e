resource "aws_cloudwatch_metric_alarm" "api_memory_warning" {
  alarm_actions       = [aws_sns_topic.memo_events.arn]
  alarm_description   = "memory above 85% for 3 minutes"
  alarm_name          = "api-memory-warning"
  comparison_operator = "GreaterThanThreshold"
  dimensions = {
    ClusterName = aws_ecs_cluster.apps.name
    ServiceName = aws_ecs_service.api.name
  }
  evaluation_periods = 3
  metric_name        = "MemoryUtilization"
  namespace          = "AWS/ECS"
  ok_actions         = [aws_sns_topic.memo_events.arn]
  period             = 60
  statistic          = "Average"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  threshold          = 85
  treat_missing_data = "missing"
}

