# Stack 'platform-phase3-standby' in us-west-2, scaling phase scale.

data "aws_availability_zones" "available" {
  # checkov:skip=CKV_AWS_394:subnets take the first zones by index (as Fn::GetAZs does); the subnet count fixes how many are used
  state = "available"
}

data "aws_region" "current" {
}

resource "aws_cloudwatch_log_group" "core_flow_logs" {
  # checkov:skip=CKV_AWS_158:the flow-log group uses CloudWatch Logs' default encryption at rest; flow records hold no payloads
  name              = "/aws/vpc/platform-phase3-standby/core/flow-logs"
  retention_in_days = 365
  tags = {
    phase  = "scale"
    role   = "standby"
    system = "seed-002-platform"
  }
}

resource "aws_iam_role" "core_flow_logs_role" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "vpc-flow-logs.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
  tags = {
    phase  = "scale"
    role   = "standby"
    system = "seed-002-platform"
  }
}

resource "aws_iam_role_policy" "core_flow_logs_role" {
  name = "core-flow-logs-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "DeliverFlowLogs"
        Effect   = "Allow"
        Action   = ["logs:CreateLogStream", "logs:DescribeLogGroups", "logs:DescribeLogStreams", "logs:PutLogEvents"]
        Resource = [aws_cloudwatch_log_group.core_flow_logs.arn, "${aws_cloudwatch_log_group.core_flow_logs.arn}:*"]
      },
    ]
  })
  role = aws_iam_role.core_flow_logs_role.id
}

resource "aws_vpc" "core" {
  # checkov:skip=CKV2_AWS_12:no resource uses the VPC's default security group: each service, database and function gets its own
  cidr_block           = "10.61.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    Name   = "core"
    phase  = "scale"
    role   = "standby"
    system = "seed-002-platform"
  }
}

resource "aws_internet_gateway" "core" {
  tags = {
    Name   = "core-igw"
    phase  = "scale"
    role   = "standby"
    system = "seed-002-platform"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_public_1" {
  availability_zone       = data.aws_availability_zones.available.names[0]
  cidr_block              = "10.61.0.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name   = "core-public-1"
    phase  = "scale"
    role   = "standby"
    system = "seed-002-platform"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_public_2" {
  availability_zone       = data.aws_availability_zones.available.names[1]
  cidr_block              = "10.61.16.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name   = "core-public-2"
    phase  = "scale"
    role   = "standby"
    system = "seed-002-platform"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_public_3" {
  availability_zone       = data.aws_availability_zones.available.names[2]
  cidr_block              = "10.61.32.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name   = "core-public-3"
    phase  = "scale"
    role   = "standby"
    system = "seed-002-platform"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_private_1" {
  availability_zone       = data.aws_availability_zones.available.names[0]
  cidr_block              = "10.61.48.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name   = "core-private-1"
    phase  = "scale"
    role   = "standby"
    system = "seed-002-platform"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_private_2" {
  availability_zone       = data.aws_availability_zones.available.names[1]
  cidr_block              = "10.61.64.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name   = "core-private-2"
    phase  = "scale"
    role   = "standby"
    system = "seed-002-platform"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_private_3" {
  availability_zone       = data.aws_availability_zones.available.names[2]
  cidr_block              = "10.61.80.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name   = "core-private-3"
    phase  = "scale"
    role   = "standby"
    system = "seed-002-platform"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_route_table" "core_public_routes" {
  tags = {
    Name   = "core-public-routes"
    phase  = "scale"
    role   = "standby"
    system = "seed-002-platform"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_route" "core_public_internet" {
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.core.id
  route_table_id         = aws_route_table.core_public_routes.id
}

resource "aws_route_table" "core_private_routes" {
  tags = {
    Name   = "core-private-routes"
    phase  = "scale"
    role   = "standby"
    system = "seed-002-platform"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_route_table_association" "core_public_1" {
  route_table_id = aws_route_table.core_public_routes.id
  subnet_id      = aws_subnet.core_public_1.id
}

resource "aws_route_table_association" "core_private_1" {
  route_table_id = aws_route_table.core_private_routes.id
  subnet_id      = aws_subnet.core_private_1.id
}

resource "aws_route_table_association" "core_public_2" {
  route_table_id = aws_route_table.core_public_routes.id
  subnet_id      = aws_subnet.core_public_2.id
}

resource "aws_route_table_association" "core_private_2" {
  route_table_id = aws_route_table.core_private_routes.id
  subnet_id      = aws_subnet.core_private_2.id
}

resource "aws_route_table_association" "core_public_3" {
  route_table_id = aws_route_table.core_public_routes.id
  subnet_id      = aws_subnet.core_public_3.id
}

resource "aws_route_table_association" "core_private_3" {
  route_table_id = aws_route_table.core_private_routes.id
  subnet_id      = aws_subnet.core_private_3.id
}

resource "aws_vpc_endpoint" "core_s3" {
  route_table_ids = [aws_route_table.core_private_routes.id]
  service_name    = "com.amazonaws.${data.aws_region.current.name}.s3"
  tags = {
    Name   = "core-s3"
    phase  = "scale"
    role   = "standby"
    system = "seed-002-platform"
  }
  vpc_endpoint_type = "Gateway"
  vpc_id            = aws_vpc.core.id
}

resource "aws_vpc_endpoint" "core_dynamodb" {
  route_table_ids = [aws_route_table.core_private_routes.id]
  service_name    = "com.amazonaws.${data.aws_region.current.name}.dynamodb"
  tags = {
    Name   = "core-dynamodb"
    phase  = "scale"
    role   = "standby"
    system = "seed-002-platform"
  }
  vpc_endpoint_type = "Gateway"
  vpc_id            = aws_vpc.core.id
}

resource "aws_flow_log" "core_flow_log" {
  iam_role_arn         = aws_iam_role.core_flow_logs_role.arn
  log_destination      = aws_cloudwatch_log_group.core_flow_logs.arn
  log_destination_type = "cloud-watch-logs"
  tags = {
    Name   = "core-flow-log"
    phase  = "scale"
    role   = "standby"
    system = "seed-002-platform"
  }
  traffic_type = "REJECT"
  vpc_id       = aws_vpc.core.id
}

resource "aws_security_group" "keycloak_db_sg" {
  description = "Aurora cluster keycloak-db"
  tags = {
    phase  = "scale"
    role   = "standby"
    system = "seed-002-platform"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_vpc_security_group_egress_rule" "keycloak_db_sg" {
  cidr_ipv4         = "0.0.0.0/0"
  description       = "all outbound traffic"
  ip_protocol       = "-1"
  security_group_id = aws_security_group.keycloak_db_sg.id
  tags = {
    phase  = "scale"
    role   = "standby"
    system = "seed-002-platform"
  }
}

resource "aws_db_subnet_group" "keycloak_db_subnets" {
  description = "subnets of platform-phase3-standby-keycloak-db"
  name        = "platform-phase3-standby-keycloak-db-subnets"
  subnet_ids  = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id, aws_subnet.core_private_3.id]
  tags = {
    phase  = "scale"
    role   = "standby"
    system = "seed-002-platform"
  }
}

resource "aws_rds_cluster" "keycloak_db" {
  # checkov:skip=CKV2_AWS_27:query logging is off: Keycloak's statements hold credentials and user data
  # checkov:skip=CKV2_AWS_8:Aurora's automated backups (7 to 35 days by phase) are the backup; no AWS Backup plan
  # checkov:skip=CKV_AWS_162:Keycloak connects with the password from Secrets Manager; it does not support IAM database authentication
  # checkov:skip=CKV_AWS_324:PostgreSQL logs are not exported to CloudWatch Logs; they stay in RDS for their retention
  # checkov:skip=CKV_AWS_327:encrypted at rest with the RDS AWS managed key; no requirement for a customer key
  backup_retention_period   = 35
  cluster_identifier        = "platform-phase3-standby-keycloak-db"
  copy_tags_to_snapshot     = true
  db_subnet_group_name      = aws_db_subnet_group.keycloak_db_subnets.name
  deletion_protection       = true
  engine                    = "aurora-postgresql"
  engine_mode               = "provisioned"
  engine_version            = "16.8"
  final_snapshot_identifier = "platform-phase3-standby-keycloak-db-final"
  global_cluster_identifier = "platform-keycloak-global"
  port                      = 5432
  skip_final_snapshot       = false
  storage_encrypted         = true
  tags = {
    phase  = "scale"
    role   = "standby"
    system = "seed-002-platform"
  }
  vpc_security_group_ids = [aws_security_group.keycloak_db_sg.id]

  lifecycle {
    ignore_changes = [replication_source_identifier]
  }
  serverlessv2_scaling_configuration {
    max_capacity = 16
    min_capacity = 4
  }
}

resource "aws_rds_cluster_instance" "keycloak_db_instance_1" {
  # checkov:skip=CKV_AWS_118:CloudWatch's standard Aurora metrics are enough; no enhanced-monitoring role
  # checkov:skip=CKV_AWS_353:Performance Insights is not enabled for Keycloak's small database
  auto_minor_version_upgrade = true
  cluster_identifier         = aws_rds_cluster.keycloak_db.id
  engine                     = aws_rds_cluster.keycloak_db.engine
  engine_version             = aws_rds_cluster.keycloak_db.engine_version
  identifier                 = "platform-phase3-standby-keycloak-db-1"
  instance_class             = "db.serverless"
  promotion_tier             = 0
  publicly_accessible        = false
  tags = {
    phase  = "scale"
    role   = "standby"
    system = "seed-002-platform"
  }
}

resource "aws_rds_cluster_instance" "keycloak_db_instance_2" {
  # checkov:skip=CKV_AWS_118:CloudWatch's standard Aurora metrics are enough; no enhanced-monitoring role
  # checkov:skip=CKV_AWS_353:Performance Insights is not enabled for Keycloak's small database
  auto_minor_version_upgrade = true
  cluster_identifier         = aws_rds_cluster.keycloak_db.id
  engine                     = aws_rds_cluster.keycloak_db.engine
  engine_version             = aws_rds_cluster.keycloak_db.engine_version
  identifier                 = "platform-phase3-standby-keycloak-db-2"
  instance_class             = "db.serverless"
  promotion_tier             = 1
  publicly_accessible        = false
  tags = {
    phase  = "scale"
    role   = "standby"
    system = "seed-002-platform"
  }
}
