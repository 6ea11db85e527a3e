resource "aws_cloudwatch_metric_alarm" "legacy_connections" {
  alarm_actions       = [aws_sns_topic.memo_events.arn]
  alarm_description   = "connections above 80% of the maximum"
  alarm_name          = "legacy-connections"
  comparison_operator = "GreaterThanThreshold"
  dimensions = {
    DBInstanceIdentifier = "legacy"
  }
  evaluation_periods = 5
  metric_name        = "DatabaseConnections"
  namespace          = "AWS/RDS"
  ok_actions         = [aws_sns_topic.memo_events.arn]
  period             = 60
  statistic          = "Average"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  threshold          = 320
  treat_missing_data = "missing"
}

