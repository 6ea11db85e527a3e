resource "aws_cloudwatch_log_group" "audio_access_logs" {
  name              = "/aws/apigateway/kitchen-sink-audio"
  retention_in_days = 365
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
}

