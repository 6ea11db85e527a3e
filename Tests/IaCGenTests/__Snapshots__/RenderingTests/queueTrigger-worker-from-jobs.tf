resource "aws_lambda_event_source_mapping" "worker_from_jobs" {
  batch_size              = 10
  enabled                 = true
  event_source_arn        = aws_sqs_queue.jobs.arn
  function_name           = aws_lambda_alias.worker.arn
  function_response_types = ["ReportBatchItemFailures"]
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }

  scaling_config {
    maximum_concurrency = 20
  }
}

