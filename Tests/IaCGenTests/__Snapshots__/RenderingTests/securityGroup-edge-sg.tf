resource "aws_security_group" "edge_sg" {
  description = "load balancer edge"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_vpc_security_group_egress_rule" "edge_sg" {
  cidr_ipv4         = "0.0.0.0/0"
  description       = "all outbound traffic"
  ip_protocol       = "-1"
  security_group_id = aws_security_group.edge_sg.id
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
}

resource "aws_vpc_security_group_ingress_rule" "edge_sg_internet_80" {
  cidr_ipv4         = "0.0.0.0/0"
  description       = "internet to port 80"
  from_port         = 80
  ip_protocol       = "tcp"
  security_group_id = aws_security_group.edge_sg.id
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  to_port = 80
}

resource "aws_vpc_security_group_ingress_rule" "edge_sg_internet_443" {
  cidr_ipv4         = "0.0.0.0/0"
  description       = "internet to port 443"
  from_port         = 443
  ip_protocol       = "tcp"
  security_group_id = aws_security_group.edge_sg.id
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  to_port = 443
}

