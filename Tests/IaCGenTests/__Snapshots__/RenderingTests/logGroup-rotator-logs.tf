resource "aws_cloudwatch_log_group" "rotator_logs" {
  name              = "/aws/lambda/kitchen-sink-rotator"
  retention_in_days = 365
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
}

