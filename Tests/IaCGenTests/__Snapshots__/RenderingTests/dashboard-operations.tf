resource "aws_cloudwatch_dashboard" "operations" {
  dashboard_body = jsonencode({
    widgets = [
      {
        type   = "text"
        x      = 0
        y      = 0
        width  = 24
        height = 2
        properties = {
          markdown = "## Kitchen sink: quote\" backslash\\ $${interp} %%{directive} */ tab\t emoji🎙️ rtl‮x"
        }
      },
      {
        type   = "metric"
        x      = 0
        y      = 2
        width  = 12
        height = 6
        properties = {
          title  = "Worker duration"
          region = data.aws_region.current.name
          view   = "timeSeries"
          period = 60
          metrics = [
            [
              "AWS/Lambda",
              "Duration",
              "FunctionName",
              aws_lambda_function.worker.function_name,
              {
                stat = "Average"
              },
            ],
          ]
        }
      },
      {
        type   = "alarm"
        x      = 12
        y      = 2
        width  = 12
        height = 6
        properties = {
          title  = "Worker alarms"
          alarms = [aws_cloudwatch_metric_alarm.worker_duration_warning.arn, aws_cloudwatch_metric_alarm.worker_duration_critical.arn, aws_cloudwatch_metric_alarm.worker_errors_warning.arn, aws_cloudwatch_metric_alarm.worker_errors_critical.arn, aws_cloudwatch_metric_alarm.worker_throttles.arn]
        }
      },
      {
        type   = "metric"
        x      = 0
        y      = 8
        width  = 24
        height = 6
        properties = {
          title  = "Queue depth"
          region = data.aws_region.current.name
          view   = "timeSeries"
          period = 300
          metrics = [
            [
              "AWS/SQS",
              "ApproximateNumberOfMessagesVisible",
              "QueueName",
              aws_sqs_queue.jobs.name,
              {
                stat = "Maximum"
              },
            ],
            [
              "AWS/SQS",
              "ApproximateNumberOfMessagesVisible",
              "QueueName",
              aws_sqs_queue.events.name,
              {
                stat = "Maximum"
              },
            ],
          ]
        }
      },
    ]
  })
  dashboard_name = "operations"
}

