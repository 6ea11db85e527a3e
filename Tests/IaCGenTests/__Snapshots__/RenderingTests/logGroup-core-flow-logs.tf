resource "aws_cloudwatch_log_group" "core_flow_logs" {
  name              = "/aws/vpc/kitchen-sink/core/flow-logs"
  retention_in_days = 365
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
    tier        = "network"
  }
}

