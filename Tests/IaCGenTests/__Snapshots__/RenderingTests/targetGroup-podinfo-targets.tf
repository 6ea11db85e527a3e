resource "aws_lb_target_group" "podinfo_targets" {
  deregistration_delay = "30"
  name                 = "kitchen-sink-podinfo-targets"
  port                 = 9898
  protocol             = "HTTP"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  target_type = "instance"
  vpc_id      = aws_vpc.core.id

  health_check {
    enabled             = true
    healthy_threshold   = 3
    interval            = 15
    matcher             = "200"
    path                = "/health"
    protocol            = "HTTP"
    timeout             = 5
    unhealthy_threshold = 3
  }
  stickiness {
    cookie_duration = 86400
    enabled         = false
    type            = "lb_cookie"
  }
}

