resource "aws_cloudwatch_metric_alarm" "worker_duration_critical" {
  alarm_actions       = [aws_sns_topic.memo_events.arn]
  alarm_description   = "duration above 10 s"
  alarm_name          = "worker-duration-critical"
  comparison_operator = "GreaterThanThreshold"
  dimensions = {
    FunctionName = aws_lambda_function.worker.function_name
  }
  evaluation_periods = 1
  metric_name        = "Duration"
  namespace          = "AWS/Lambda"
  ok_actions         = [aws_sns_topic.memo_events.arn]
  period             = 300
  statistic          = "Average"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  threshold          = 10000
  treat_missing_data = "notBreaching"
}

