resource "aws_lambda_function" "handler" {
  architectures = ["x86_64"]
  function_name = "kitchen-edge-handler"
  handler       = "app.handler"
  memory_size   = 128
  package_type  = "Zip"
  role          = aws_iam_role.handler_role.arn
  runtime       = "python3.12"
  s3_bucket     = "artifacts"
  s3_key        = "h.zip"
  timeout       = 3

  ephemeral_storage {
    size = 512
  }
  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.handler_logs.name
  }
  tracing_config {
    mode = "PassThrough"
  }

  depends_on = [aws_iam_role_policy.handler_role]
}

