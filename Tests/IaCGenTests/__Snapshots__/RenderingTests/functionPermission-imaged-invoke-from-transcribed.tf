resource "aws_lambda_permission" "imaged_invoke_from_transcribed" {
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.imaged.function_name
  principal      = "events.amazonaws.com"
  source_account = data.aws_caller_identity.current.account_id
  source_arn     = aws_cloudwatch_event_rule.transcribed.arn
}

