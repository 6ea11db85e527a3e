resource "aws_cloudwatch_metric_alarm" "edge_5xx" {
  alarm_actions       = [aws_sns_topic.memo_events.arn]
  alarm_description   = "target 5xx responses"
  alarm_name          = "edge-5xx"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  dimensions = {
    LoadBalancer = aws_lb.edge.arn
  }
  evaluation_periods = 4
  metric_name        = "HTTPCode_Target_5XX_Count"
  namespace          = "AWS/ApplicationELB"
  ok_actions         = [aws_sns_topic.memo_events.arn]
  period             = 30
  statistic          = "Sum"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  threshold          = 25
  treat_missing_data = "notBreaching"
}

