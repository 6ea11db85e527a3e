resource "aws_db_subnet_group" "legacy_subnets" {
  description = "subnets of kitchen-sink-legacy"
  name        = "kitchen-sink-legacy-subnets"
  subnet_ids  = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id, aws_subnet.core_private_3.id]
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
}

resource "aws_db_instance" "legacy" {
  allocated_storage           = 200
  auto_minor_version_upgrade  = true
  backup_retention_period     = 35
  copy_tags_to_snapshot       = true
  db_name                     = "app"
  db_subnet_group_name        = aws_db_subnet_group.legacy_subnets.name
  deletion_protection         = true
  engine                      = "postgres"
  engine_version              = "17.6"
  final_snapshot_identifier   = "kitchen-sink-legacy-final"
  identifier                  = "kitchen-sink-legacy"
  instance_class              = "db.r6g.large"
  manage_master_user_password = true
  max_allocated_storage       = 1000
  multi_az                    = true
  port                        = 5432
  publicly_accessible         = false
  skip_final_snapshot         = false
  storage_encrypted           = true
  storage_type                = "gp3"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  username               = "app_admin"
  vpc_security_group_ids = [aws_security_group.legacy_sg.id]
}

resource "aws_db_instance" "legacy_replica_1" {
  auto_minor_version_upgrade = true
  copy_tags_to_snapshot      = true
  deletion_protection        = true
  identifier                 = "kitchen-sink-legacy-replica-1"
  instance_class             = "db.r6g.xlarge"
  publicly_accessible        = false
  replicate_source_db        = aws_db_instance.legacy.identifier
  skip_final_snapshot        = true
  storage_encrypted          = true
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  vpc_security_group_ids = [aws_security_group.legacy_sg.id]
}

resource "aws_db_instance" "legacy_replica_2" {
  auto_minor_version_upgrade = true
  copy_tags_to_snapshot      = true
  deletion_protection        = true
  identifier                 = "kitchen-sink-legacy-replica-2"
  instance_class             = "db.r6g.xlarge"
  publicly_accessible        = false
  replicate_source_db        = aws_db_instance.legacy.identifier
  skip_final_snapshot        = true
  storage_encrypted          = true
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  vpc_security_group_ids = [aws_security_group.legacy_sg.id]
}

