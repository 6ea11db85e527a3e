resource "aws_cloudwatch_event_rule" "nightly" {
  name                = "kitchen-sink-nightly"
  schedule_expression = "cron(0 3 * * ? *)"
  state               = "ENABLED"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
}

resource "aws_cloudwatch_event_target" "nightly_target_1" {
  arn       = aws_lambda_function.imaged.arn
  rule      = aws_cloudwatch_event_rule.nightly.name
  target_id = "target-1"
}

resource "aws_cloudwatch_event_target" "nightly_target_2" {
  arn       = aws_sfn_state_machine.quick.arn
  role_arn  = aws_iam_role.nightly_role.arn
  rule      = aws_cloudwatch_event_rule.nightly.name
  target_id = "target-2"
}

