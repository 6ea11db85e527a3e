resource "aws_lb" "edge" {
  drop_invalid_header_fields = true
  enable_deletion_protection = true
  idle_timeout               = 300
  internal                   = false
  load_balancer_type         = "application"
  name                       = "kitchen-sink-edge"
  security_groups            = [aws_security_group.edge_sg.id]
  subnets                    = [aws_subnet.core_public_1.id, aws_subnet.core_public_2.id, aws_subnet.core_public_3.id]
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
}

resource "aws_lb_listener" "edge_http" {
  load_balancer_arn = aws_lb.edge.arn
  port              = 80
  protocol          = "HTTP"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }

  default_action {
    type = "redirect"

    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}

resource "aws_lb_listener" "edge_https" {
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/1234abcd-12ab-34cd-56ef-1234567890ab"
  load_balancer_arn = aws_lb.edge.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }

  default_action {
    target_group_arn = aws_lb_target_group.api_targets.arn
    type             = "forward"
  }
}

resource "aws_lb_listener_rule" "edge_route_1" {
  listener_arn = aws_lb_listener.edge_https.arn
  priority     = 10
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }

  action {
    target_group_arn = aws_lb_target_group.socket_targets.arn
    type             = "forward"
  }
  condition {
    path_pattern {
      values = ["/ws", "/ws/*"]
    }
  }
}

resource "aws_lb_listener_rule" "edge_route_2" {
  listener_arn = aws_lb_listener.edge_https.arn
  priority     = 20
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }

  action {
    target_group_arn = aws_lb_target_group.podinfo_targets.arn
    type             = "forward"
  }
  condition {
    path_pattern {
      values = ["/podinfo/*"]
    }
  }
}

