resource "aws_sqs_queue" "jobs" {
  content_based_deduplication       = true
  deduplication_scope               = "messageGroup"
  delay_seconds                     = 5
  fifo_queue                        = true
  fifo_throughput_limit             = "perMessageGroupId"
  kms_data_key_reuse_period_seconds = 3600
  kms_master_key_id                 = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  max_message_size                  = 65536
  message_retention_seconds         = 604800
  name                              = "kitchen-sink-jobs.fifo"
  receive_wait_time_seconds         = 20
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dead_letters.arn
    maxReceiveCount     = 5
  })
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
    tier        = "critical"
  }
  visibility_timeout_seconds = 600
}

