resource "aws_cloudwatch_log_group" "ledger_batch_logs" {
  name              = "/aws/vendedlogs/states/kitchen-sink-ledger-batch"
  retention_in_days = 365
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
}

