resource "aws_lambda_function" "worker" {
  architectures                  = ["arm64"]
  description                    = "Processes ledger jobs: quote\" backslash\\ $${interp} %%{directive} */ tab\t emoji🎙️ rtl‮x"
  function_name                  = "kitchen-sink-worker"
  handler                        = "example.Handler::handleRequest"
  memory_size                    = 2048
  package_type                   = "Zip"
  publish                        = true
  reserved_concurrent_executions = 50
  role                           = aws_iam_role.worker_role.arn
  runtime                        = "java21"
  s3_bucket                      = "artifacts"
  s3_key                         = "worker.zip"
  s3_object_version              = "v3"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    owner       = "ledger-team"
    project     = "iacgen"
  }
  timeout = 60

  environment {
    variables = {
      AWKWARD       = "quote\" backslash\\ $${interp} %%{directive} */ tab\t emoji🎙️ rtl‮x"
      EVENTS_NAME   = aws_sqs_queue.events.name
      INDEX_ARNS    = "${aws_dynamodb_table.ledger.arn}/index/*"
      JOBS_URL      = aws_sqs_queue.jobs.url
      LEDGER        = aws_dynamodb_table.ledger.name
      LEDGER_STREAM = aws_dynamodb_table.ledger.stream_arn
    }
  }
  ephemeral_storage {
    size = 512
  }
  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.worker_logs.name
  }
  tracing_config {
    mode = "Active"
  }

  depends_on = [aws_iam_role_policy.worker_role]
}

resource "aws_lambda_alias" "worker" {
  function_name    = aws_lambda_function.worker.function_name
  function_version = aws_lambda_function.worker.version
  name             = "live"

  lifecycle {
    ignore_changes = [function_version, routing_config]
  }
}

resource "aws_lambda_provisioned_concurrency_config" "worker" {
  function_name                     = aws_lambda_alias.worker.function_name
  provisioned_concurrent_executions = 5
  qualifier                         = aws_lambda_alias.worker.name

  lifecycle {
    ignore_changes = [provisioned_concurrent_executions]
  }
}

