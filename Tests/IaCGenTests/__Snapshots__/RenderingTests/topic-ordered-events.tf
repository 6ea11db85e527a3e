resource "aws_sns_topic" "ordered_events" {
  content_based_deduplication = true
  fifo_topic                  = true
  kms_master_key_id           = "alias/aws/sns"
  name                        = "kitchen-sink-ordered-events.fifo"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
}

resource "aws_sns_topic_subscription" "ordered_events_subscription_1" {
  endpoint  = aws_sqs_queue.dead_letters.arn
  protocol  = "sqs"
  topic_arn = aws_sns_topic.ordered_events.arn
}

