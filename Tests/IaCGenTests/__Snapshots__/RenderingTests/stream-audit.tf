resource "aws_kinesis_stream" "audit" {
  encryption_type  = "KMS"
  kms_key_id       = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  name             = "kitchen-sink-audit"
  retention_period = 24
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }

  stream_mode_details {
    stream_mode = "ON_DEMAND"
  }
}

