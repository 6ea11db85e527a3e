resource "aws_lambda_permission" "archiver_invoke_from_audio" {
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.archiver.function_name
  principal      = "apigateway.amazonaws.com"
  source_account = data.aws_caller_identity.current.account_id
  source_arn     = "${aws_api_gateway_rest_api.audio.execution_arn}/*/*"
}

