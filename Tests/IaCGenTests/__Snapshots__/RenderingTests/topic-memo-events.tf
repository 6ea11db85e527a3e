resource "aws_sns_topic" "memo_events" {
  kms_master_key_id = "alias/aws/sns"
  name              = "kitchen-sink-memo-events"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
}

resource "aws_sns_topic_subscription" "memo_events_subscription_1" {
  endpoint = aws_sqs_queue.events.arn
  filter_policy = jsonencode({
    tier = ["gold"]
    type = ["transcribed", "deleted"]
  })
  protocol             = "sqs"
  raw_message_delivery = true
  topic_arn            = aws_sns_topic.memo_events.arn
}

resource "aws_sns_topic_subscription" "memo_events_subscription_2" {
  endpoint  = aws_lambda_function.imaged.arn
  protocol  = "lambda"
  topic_arn = aws_sns_topic.memo_events.arn
}

resource "aws_sns_topic_subscription" "memo_events_subscription_3" {
  endpoint  = "oncall@example.com"
  protocol  = "email"
  topic_arn = aws_sns_topic.memo_events.arn
}

