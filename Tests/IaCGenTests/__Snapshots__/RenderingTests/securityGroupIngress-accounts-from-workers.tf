resource "aws_vpc_security_group_ingress_rule" "accounts_from_workers" {
  description                  = "workers to accounts"
  from_port                    = 5432
  ip_protocol                  = "tcp"
  referenced_security_group_id = aws_security_group.workers_sg.id
  security_group_id            = aws_security_group.accounts_sg.id
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  to_port = 5432
}

