resource "aws_ecs_cluster" "apps" {
  name = "kitchen-sink-apps"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }

  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}

