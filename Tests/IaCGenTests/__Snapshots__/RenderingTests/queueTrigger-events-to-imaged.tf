resource "aws_lambda_event_source_mapping" "events_to_imaged" {
  batch_size                         = 100
  enabled                            = false
  event_source_arn                   = aws_sqs_queue.events.arn
  function_name                      = aws_lambda_function.imaged.arn
  maximum_batching_window_in_seconds = 5
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
}

