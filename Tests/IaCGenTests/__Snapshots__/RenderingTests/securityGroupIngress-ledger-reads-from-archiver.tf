resource "aws_vpc_security_group_ingress_rule" "ledger_reads_from_archiver" {
  description                  = "archiver to ledger-reads"
  from_port                    = 9111
  ip_protocol                  = "tcp"
  referenced_security_group_id = aws_security_group.archiver_sg.id
  security_group_id            = aws_security_group.ledger_reads_sg.id
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
    tier        = "cache"
  }
  to_port = 9111
}

