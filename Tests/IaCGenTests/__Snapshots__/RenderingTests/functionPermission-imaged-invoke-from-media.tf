resource "aws_lambda_permission" "imaged_invoke_from_media" {
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.imaged.function_name
  principal      = "s3.amazonaws.com"
  source_account = data.aws_caller_identity.current.account_id
  source_arn     = "arn:${data.aws_partition.current.partition}:s3:::kitchen-sink-media-0123"
}

