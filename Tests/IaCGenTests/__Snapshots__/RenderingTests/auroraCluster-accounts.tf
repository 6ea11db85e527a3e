resource "aws_db_subnet_group" "accounts_subnets" {
  description = "subnets of kitchen-sink-accounts"
  name        = "kitchen-sink-accounts-subnets"
  subnet_ids  = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id, aws_subnet.core_private_3.id]
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
}

resource "aws_rds_cluster" "accounts" {
  backup_retention_period     = 35
  cluster_identifier          = "kitchen-sink-accounts"
  copy_tags_to_snapshot       = true
  database_name               = "accounts"
  db_subnet_group_name        = aws_db_subnet_group.accounts_subnets.name
  deletion_protection         = true
  engine                      = "aurora-postgresql"
  engine_mode                 = "provisioned"
  engine_version              = "16.8"
  final_snapshot_identifier   = "kitchen-sink-accounts-final"
  kms_key_id                  = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  manage_master_user_password = true
  master_username             = "app_admin"
  port                        = 5432
  skip_final_snapshot         = false
  storage_encrypted           = true
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  vpc_security_group_ids = [aws_security_group.accounts_sg.id]

  serverlessv2_scaling_configuration {
    max_capacity = 16
    min_capacity = 2
  }
}

resource "aws_rds_cluster_instance" "accounts_instance_1" {
  auto_minor_version_upgrade = true
  cluster_identifier         = aws_rds_cluster.accounts.id
  engine                     = aws_rds_cluster.accounts.engine
  engine_version             = aws_rds_cluster.accounts.engine_version
  identifier                 = "kitchen-sink-accounts-1"
  instance_class             = "db.serverless"
  promotion_tier             = 0
  publicly_accessible        = false
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
}

resource "aws_rds_cluster_instance" "accounts_instance_2" {
  auto_minor_version_upgrade = true
  cluster_identifier         = aws_rds_cluster.accounts.id
  engine                     = aws_rds_cluster.accounts.engine
  engine_version             = aws_rds_cluster.accounts.engine_version
  identifier                 = "kitchen-sink-accounts-2"
  instance_class             = "db.serverless"
  promotion_tier             = 1
  publicly_accessible        = false
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
}

resource "aws_rds_cluster_instance" "accounts_instance_3" {
  auto_minor_version_upgrade = true
  cluster_identifier         = aws_rds_cluster.accounts.id
  engine                     = aws_rds_cluster.accounts.engine
  engine_version             = aws_rds_cluster.accounts.engine_version
  identifier                 = "kitchen-sink-accounts-3"
  instance_class             = "db.serverless"
  promotion_tier             = 1
  publicly_accessible        = false
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
}

