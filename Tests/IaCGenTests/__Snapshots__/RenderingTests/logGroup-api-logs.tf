resource "aws_cloudwatch_log_group" "api_logs" {
  name              = "/ecs/kitchen-sink/api"
  retention_in_days = 365
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
}

