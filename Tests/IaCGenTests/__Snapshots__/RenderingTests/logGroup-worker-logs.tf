resource "aws_cloudwatch_log_group" "worker_logs" {
  name              = "/aws/lambda/kitchen-sink-worker"
  retention_in_days = 30
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    owner       = "ledger-team"
    project     = "iacgen"
  }
}

