resource "aws_cloudwatch_log_group" "workers_logs" {
  name              = "/ecs/kitchen-sink/workers"
  retention_in_days = 365
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
}

