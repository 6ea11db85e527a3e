resource "aws_lb_target_group" "socket_targets" {
  deregistration_delay = "120"
  name                 = "kitchen-sink-socket-targets"
  port                 = 9000
  protocol             = "HTTP"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  target_type = "ip"
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
    enabled         = true
    type            = "lb_cookie"
  }
}

