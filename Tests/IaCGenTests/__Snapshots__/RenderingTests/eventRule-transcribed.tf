resource "aws_cloudwatch_event_rule" "transcribed" {
  description    = "memos the transcriber finished"
  event_bus_name = aws_cloudwatch_event_bus.ledger_bus.name
  event_pattern = jsonencode({
    source      = ["whispersync.transcriber"]
    detail-type = ["MemoTranscribed"]
    detail = {
      language = ["en", "de"]
    }
  })
  name  = "kitchen-sink-transcribed"
  state = "ENABLED"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
}

resource "aws_cloudwatch_event_target" "transcribed_target_1" {
  arn            = aws_lambda_function.imaged.arn
  event_bus_name = aws_cloudwatch_event_bus.ledger_bus.name
  input_path     = "$.detail"
  rule           = aws_cloudwatch_event_rule.transcribed.name
  target_id      = "target-1"

  dead_letter_config {
    arn = aws_sqs_queue.events.arn
  }
}

resource "aws_cloudwatch_event_target" "transcribed_target_2" {
  arn            = aws_sqs_queue.events.arn
  event_bus_name = aws_cloudwatch_event_bus.ledger_bus.name
  rule           = aws_cloudwatch_event_rule.transcribed.name
  target_id      = "target-2"
}

resource "aws_cloudwatch_event_target" "transcribed_target_3" {
  arn            = aws_sns_topic.memo_events.arn
  event_bus_name = aws_cloudwatch_event_bus.ledger_bus.name
  rule           = aws_cloudwatch_event_rule.transcribed.name
  target_id      = "target-3"
}

