resource "aws_lambda_function" "archiver" {
  architectures = ["x86_64"]
  function_name = "kitchen-sink-archiver"
  handler       = "index.handler"
  memory_size   = 128
  package_type  = "Zip"
  role          = aws_iam_role.archiver_role.arn
  runtime       = "nodejs22.x"
  s3_bucket     = "artifacts"
  s3_key        = "archiver.zip"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  timeout = 3

  environment {
    variables = {
      ACCOUNT       = "${data.aws_caller_identity.current.account_id}@${data.aws_region.current.name}"
      MEDIA         = aws_s3_bucket.media.bucket
      MEDIA_OBJECTS = "${aws_s3_bucket.media.arn}/*"
    }
  }
  ephemeral_storage {
    size = 512
  }
  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.archiver_logs.name
  }
  tracing_config {
    mode = "PassThrough"
  }
  vpc_config {
    security_group_ids = [aws_security_group.archiver_sg.id]
    subnet_ids         = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id, aws_subnet.core_private_3.id]
  }

  depends_on = [aws_iam_role_policy.archiver_role]
}

