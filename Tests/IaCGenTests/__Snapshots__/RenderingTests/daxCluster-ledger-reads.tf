resource "aws_dax_subnet_group" "ledger_reads_subnets" {
  description = "subnets of DAX cluster ledger-reads"
  name        = "ledger-reads-subnets"
  subnet_ids  = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id, aws_subnet.core_private_3.id]
}

resource "aws_dax_cluster" "ledger_reads" {
  cluster_endpoint_encryption_type = "TLS"
  cluster_name                     = "ledger-reads"
  iam_role_arn                     = aws_iam_role.ledger_reads_role.arn
  node_type                        = "dax.r5.large"
  replication_factor               = 3
  security_group_ids               = [aws_security_group.ledger_reads_sg.id]
  subnet_group_name                = aws_dax_subnet_group.ledger_reads_subnets.name
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
    tier        = "cache"
  }

  server_side_encryption {
    enabled = true
  }

  depends_on = [aws_iam_role_policy.ledger_reads_role]
}

