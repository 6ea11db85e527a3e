resource "aws_lambda_function" "snappy" {
  architectures = ["x86_64"]
  function_name = "kitchen-sink-snappy"
  handler       = "main.handler"
  memory_size   = 256
  package_type  = "Zip"
  publish       = true
  role          = aws_iam_role.snappy_role.arn
  runtime       = "python3.13"
  s3_bucket     = "artifacts"
  s3_key        = "snappy.zip"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  timeout = 3

  ephemeral_storage {
    size = 512
  }
  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.snappy_logs.name
  }
  snap_start {
    apply_on = "PublishedVersions"
  }
  tracing_config {
    mode = "PassThrough"
  }

  depends_on = [aws_iam_role_policy.snappy_role]
}

