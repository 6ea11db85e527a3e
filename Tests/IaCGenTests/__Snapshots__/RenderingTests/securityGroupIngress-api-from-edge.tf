resource "aws_vpc_security_group_ingress_rule" "api_from_edge" {
  description                  = "edge to api"
  from_port                    = 8000
  ip_protocol                  = "tcp"
  referenced_security_group_id = aws_security_group.edge_sg.id
  security_group_id            = aws_security_group.api_sg.id
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  to_port = 8000
}

