resource "aws_cloudwatch_metric_alarm" "worker_throttles" {
  alarm_actions       = [aws_sns_topic.memo_events.arn]
  alarm_description   = "invocations throttled"
  alarm_name          = "worker-throttles"
  comparison_operator = "GreaterThanThreshold"
  dimensions = {
    FunctionName = aws_lambda_function.worker.function_name
  }
  evaluation_periods = 1
  metric_name        = "Throttles"
  namespace          = "AWS/Lambda"
  ok_actions         = [aws_sns_topic.memo_events.arn]
  period             = 60
  statistic          = "Sum"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  threshold          = 0
  treat_missing_data = "notBreaching"
}

