resource "aws_sqs_queue" "dead_letters" {
  content_based_deduplication = false
  deduplication_scope         = "queue"
  delay_seconds               = 0
  fifo_queue                  = true
  fifo_throughput_limit       = "perQueue"
  max_message_size            = 262144
  message_retention_seconds   = 1209600
  name                        = "kitchen-sink-dead-letters.fifo"
  receive_wait_time_seconds   = 0
  sqs_managed_sse_enabled     = true
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  visibility_timeout_seconds = 30
}

