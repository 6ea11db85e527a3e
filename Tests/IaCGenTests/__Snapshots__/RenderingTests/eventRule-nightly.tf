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

