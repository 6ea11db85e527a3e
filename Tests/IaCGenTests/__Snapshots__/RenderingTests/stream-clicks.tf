resource "aws_kinesis_stream" "clicks" {
  encryption_type  = "KMS"
  kms_key_id       = "alias/aws/kinesis"
  name             = "kitchen-sink-clicks"
  retention_period = 48
  shard_count      = 4
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }

  stream_mode_details {
    stream_mode = "PROVISIONED"
  }
}

