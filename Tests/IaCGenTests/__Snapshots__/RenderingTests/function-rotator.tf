resource "aws_lambda_function" "rotator" {
  architectures = ["x86_64"]
  function_name = "kitchen-sink-rotator"
  handler       = "rotate.handler"
  memory_size   = 128
  package_type  = "Zip"
  role          = aws_iam_role.rotator_role.arn
  runtime       = "python3.12"
  s3_bucket     = "artifacts"
  s3_key        = "rotator.zip"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  timeout = 30

  ephemeral_storage {
    size = 512
  }
  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.rotator_logs.name
  }
  tracing_config {
    mode = "PassThrough"
  }
  vpc_config {
    security_group_ids = [aws_security_group.rotator_sg.id]
    subnet_ids         = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id, aws_subnet.core_private_3.id]
  }

  depends_on = [aws_iam_role_policy.rotator_role]
}

