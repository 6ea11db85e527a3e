resource "aws_security_group" "api_sg" {
  description = "service api"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_vpc_security_group_egress_rule" "api_sg" {
  cidr_ipv4         = "0.0.0.0/0"
  description       = "all outbound traffic"
  ip_protocol       = "-1"
  security_group_id = aws_security_group.api_sg.id
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
}

