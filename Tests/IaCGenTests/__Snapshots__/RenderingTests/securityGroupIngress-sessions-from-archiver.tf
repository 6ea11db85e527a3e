resource "aws_vpc_security_group_ingress_rule" "sessions_from_archiver" {
  description                  = "archiver to sessions"
  from_port                    = 6379
  ip_protocol                  = "tcp"
  referenced_security_group_id = aws_security_group.archiver_sg.id
  security_group_id            = aws_security_group.sessions_sg.id
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  to_port = 6379
}

