resource "aws_sqs_queue" "events" {
  delay_seconds             = 0
  max_message_size          = 262144
  message_retention_seconds = 345600
  name                      = "kitchen-events-custom"
  receive_wait_time_seconds = 0
  sqs_managed_sse_enabled   = true
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  visibility_timeout_seconds = 360
}

