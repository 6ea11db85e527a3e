resource "aws_cloudwatch_log_group" "sockets_logs" {
  name              = "/ecs/kitchen-sink/sockets"
  retention_in_days = 365
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
}

