resource "aws_lambda_permission" "imaged_invoke_from_memo_events" {
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.imaged.function_name
  principal      = "sns.amazonaws.com"
  source_account = data.aws_caller_identity.current.account_id
  source_arn     = aws_sns_topic.memo_events.arn
}

