resource "aws_db_subnet_group" "reports_subnets" {
  description = "subnets of kitchen-sink-reports"
  name        = "kitchen-sink-reports-subnets"
  subnet_ids  = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id, aws_subnet.core_private_3.id]
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
}

resource "aws_rds_cluster" "reports" {
  backup_retention_period     = 7
  cluster_identifier          = "kitchen-sink-reports"
  copy_tags_to_snapshot       = true
  database_name               = "app"
  db_subnet_group_name        = aws_db_subnet_group.reports_subnets.name
  deletion_protection         = false
  engine                      = "aurora-mysql"
  engine_mode                 = "provisioned"
  engine_version              = "8.0.mysql_aurora.3.08.0"
  final_snapshot_identifier   = "kitchen-sink-reports-final"
  manage_master_user_password = true
  master_username             = "app_admin"
  port                        = 3306
  skip_final_snapshot         = false
  storage_encrypted           = true
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  vpc_security_group_ids = [aws_security_group.reports_sg.id]

  serverlessv2_scaling_configuration {
    max_capacity = 4
    min_capacity = 0.5
  }
}

resource "aws_rds_cluster_instance" "reports_instance_1" {
  auto_minor_version_upgrade = true
  cluster_identifier         = aws_rds_cluster.reports.id
  engine                     = aws_rds_cluster.reports.engine
  engine_version             = aws_rds_cluster.reports.engine_version
  identifier                 = "kitchen-sink-reports-1"
  instance_class             = "db.serverless"
  promotion_tier             = 0
  publicly_accessible        = false
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
}

