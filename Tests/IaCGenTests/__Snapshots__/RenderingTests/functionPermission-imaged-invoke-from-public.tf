resource "aws_lambda_permission" "imaged_invoke_from_public" {
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.imaged.function_name
  principal      = "apigateway.amazonaws.com"
  source_account = data.aws_caller_identity.current.account_id
  source_arn     = "${aws_apigatewayv2_api.public.execution_arn}/*/*"
}

