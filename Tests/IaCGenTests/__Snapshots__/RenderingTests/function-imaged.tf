resource "aws_lambda_function" "imaged" {
  architectures = ["x86_64"]
  function_name = "kitchen-sink-imaged"
  image_uri     = "123456789012.dkr.ecr.us-east-1.amazonaws.com/imaged:2024-06"
  memory_size   = 1024
  package_type  = "Image"
  role          = aws_iam_role.imaged_role.arn
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  timeout = 30

  environment {
    variables = {
      WORKER      = aws_lambda_alias.worker.arn
      WORKER_NAME = aws_lambda_function.worker.function_name
    }
  }
  ephemeral_storage {
    size = 2048
  }
  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.imaged_logs.name
  }
  tracing_config {
    mode = "PassThrough"
  }

  depends_on = [aws_iam_role_policy.imaged_role]
}

