resource "aws_cloudwatch_metric_alarm" "worker_errors_critical" {
  alarm_actions       = [aws_sns_topic.memo_events.arn]
  alarm_description   = "error rate above 5%"
  alarm_name          = "worker-errors-critical"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  ok_actions          = [aws_sns_topic.memo_events.arn]
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  threshold          = 5
  treat_missing_data = "notBreaching"

  metric_query {
    expression  = "100 * errors / MAX([errors, invocations])"
    id          = "result"
    label       = "error rate (%)"
    return_data = true
  }
  metric_query {
    id          = "errors"
    return_data = false

    metric {
      dimensions = {
        FunctionName = aws_lambda_function.worker.function_name
      }
      metric_name = "Errors"
      namespace   = "AWS/Lambda"
      period      = 300
      stat        = "Sum"
    }
  }
  metric_query {
    id          = "invocations"
    return_data = false

    metric {
      dimensions = {
        FunctionName = aws_lambda_function.worker.function_name
      }
      metric_name = "Invocations"
      namespace   = "AWS/Lambda"
      period      = 300
      stat        = "Sum"
    }
  }
}

