# Stack 'cloudsync' in us-east-1, scaling phase growth.

data "aws_availability_zones" "available" {
  # checkov:skip=CKV_AWS_394:subnets take the first zones by index (as Fn::GetAZs does); the subnet count fixes how many are used
  state = "available"
}

data "aws_partition" "current" {
}

data "aws_region" "current" {
}

resource "aws_cloudwatch_log_group" "core_flow_logs" {
  # checkov:skip=CKV_AWS_158:log groups use CloudWatch Logs' default encryption at rest
  name              = "/aws/vpc/cloudsync/core/flow-logs"
  retention_in_days = 365
  tags = {
    owner   = "platform"
    project = "cloudsync"
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
    owner   = "platform"
    project = "cloudsync"
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
  # checkov:skip=CKV2_AWS_12:no resource uses the VPC's default security group: each service, database and cache gets its own
  cidr_block           = "10.40.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    Name    = "core"
    owner   = "platform"
    project = "cloudsync"
  }
}

resource "aws_internet_gateway" "core" {
  tags = {
    Name    = "core-igw"
    owner   = "platform"
    project = "cloudsync"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_public_1" {
  availability_zone       = data.aws_availability_zones.available.names[0]
  cidr_block              = "10.40.0.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name    = "core-public-1"
    owner   = "platform"
    project = "cloudsync"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_public_2" {
  availability_zone       = data.aws_availability_zones.available.names[1]
  cidr_block              = "10.40.16.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name    = "core-public-2"
    owner   = "platform"
    project = "cloudsync"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_public_3" {
  availability_zone       = data.aws_availability_zones.available.names[2]
  cidr_block              = "10.40.32.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name    = "core-public-3"
    owner   = "platform"
    project = "cloudsync"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_private_1" {
  availability_zone       = data.aws_availability_zones.available.names[0]
  cidr_block              = "10.40.48.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name    = "core-private-1"
    owner   = "platform"
    project = "cloudsync"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_private_2" {
  availability_zone       = data.aws_availability_zones.available.names[1]
  cidr_block              = "10.40.64.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name    = "core-private-2"
    owner   = "platform"
    project = "cloudsync"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_private_3" {
  availability_zone       = data.aws_availability_zones.available.names[2]
  cidr_block              = "10.40.80.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name    = "core-private-3"
    owner   = "platform"
    project = "cloudsync"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_eip" "core_nat_1" {
  domain = "vpc"
  tags = {
    Name    = "core-nat-1"
    owner   = "platform"
    project = "cloudsync"
  }

  depends_on = [aws_internet_gateway.core]
}

resource "aws_nat_gateway" "core_nat_1" {
  allocation_id = aws_eip.core_nat_1.id
  subnet_id     = aws_subnet.core_public_1.id
  tags = {
    Name    = "core-nat-1"
    owner   = "platform"
    project = "cloudsync"
  }

  depends_on = [aws_internet_gateway.core]
}

resource "aws_eip" "core_nat_2" {
  domain = "vpc"
  tags = {
    Name    = "core-nat-2"
    owner   = "platform"
    project = "cloudsync"
  }

  depends_on = [aws_internet_gateway.core]
}

resource "aws_nat_gateway" "core_nat_2" {
  allocation_id = aws_eip.core_nat_2.id
  subnet_id     = aws_subnet.core_public_2.id
  tags = {
    Name    = "core-nat-2"
    owner   = "platform"
    project = "cloudsync"
  }

  depends_on = [aws_internet_gateway.core]
}

resource "aws_eip" "core_nat_3" {
  domain = "vpc"
  tags = {
    Name    = "core-nat-3"
    owner   = "platform"
    project = "cloudsync"
  }

  depends_on = [aws_internet_gateway.core]
}

resource "aws_nat_gateway" "core_nat_3" {
  allocation_id = aws_eip.core_nat_3.id
  subnet_id     = aws_subnet.core_public_3.id
  tags = {
    Name    = "core-nat-3"
    owner   = "platform"
    project = "cloudsync"
  }

  depends_on = [aws_internet_gateway.core]
}

resource "aws_route_table" "core_public_routes" {
  tags = {
    Name    = "core-public-routes"
    owner   = "platform"
    project = "cloudsync"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_route" "core_public_internet" {
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.core.id
  route_table_id         = aws_route_table.core_public_routes.id
}

resource "aws_route_table" "core_private_routes_1" {
  tags = {
    Name    = "core-private-routes-1"
    owner   = "platform"
    project = "cloudsync"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_route" "core_private_routes_1_nat" {
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.core_nat_1.id
  route_table_id         = aws_route_table.core_private_routes_1.id
}

resource "aws_route_table" "core_private_routes_2" {
  tags = {
    Name    = "core-private-routes-2"
    owner   = "platform"
    project = "cloudsync"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_route" "core_private_routes_2_nat" {
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.core_nat_2.id
  route_table_id         = aws_route_table.core_private_routes_2.id
}

resource "aws_route_table" "core_private_routes_3" {
  tags = {
    Name    = "core-private-routes-3"
    owner   = "platform"
    project = "cloudsync"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_route" "core_private_routes_3_nat" {
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.core_nat_3.id
  route_table_id         = aws_route_table.core_private_routes_3.id
}

resource "aws_route_table_association" "core_public_1" {
  route_table_id = aws_route_table.core_public_routes.id
  subnet_id      = aws_subnet.core_public_1.id
}

resource "aws_route_table_association" "core_private_1" {
  route_table_id = aws_route_table.core_private_routes_1.id
  subnet_id      = aws_subnet.core_private_1.id
}

resource "aws_route_table_association" "core_public_2" {
  route_table_id = aws_route_table.core_public_routes.id
  subnet_id      = aws_subnet.core_public_2.id
}

resource "aws_route_table_association" "core_private_2" {
  route_table_id = aws_route_table.core_private_routes_2.id
  subnet_id      = aws_subnet.core_private_2.id
}

resource "aws_route_table_association" "core_public_3" {
  route_table_id = aws_route_table.core_public_routes.id
  subnet_id      = aws_subnet.core_public_3.id
}

resource "aws_route_table_association" "core_private_3" {
  route_table_id = aws_route_table.core_private_routes_3.id
  subnet_id      = aws_subnet.core_private_3.id
}

resource "aws_vpc_endpoint" "core_s3" {
  route_table_ids = [aws_route_table.core_private_routes_1.id, aws_route_table.core_private_routes_2.id, aws_route_table.core_private_routes_3.id]
  service_name    = "com.amazonaws.${data.aws_region.current.name}.s3"
  tags = {
    Name    = "core-s3"
    owner   = "platform"
    project = "cloudsync"
  }
  vpc_endpoint_type = "Gateway"
  vpc_id            = aws_vpc.core.id
}

resource "aws_vpc_endpoint" "core_dynamodb" {
  route_table_ids = [aws_route_table.core_private_routes_1.id, aws_route_table.core_private_routes_2.id, aws_route_table.core_private_routes_3.id]
  service_name    = "com.amazonaws.${data.aws_region.current.name}.dynamodb"
  tags = {
    Name    = "core-dynamodb"
    owner   = "platform"
    project = "cloudsync"
  }
  vpc_endpoint_type = "Gateway"
  vpc_id            = aws_vpc.core.id
}

resource "aws_flow_log" "core_flow_log" {
  iam_role_arn         = aws_iam_role.core_flow_logs_role.arn
  log_destination      = aws_cloudwatch_log_group.core_flow_logs.arn
  log_destination_type = "cloud-watch-logs"
  tags = {
    Name    = "core-flow-log"
    owner   = "platform"
    project = "cloudsync"
  }
  traffic_type = "REJECT"
  vpc_id       = aws_vpc.core.id
}

resource "aws_ecs_cluster" "apps" {
  name = "cloudsync-apps"
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }

  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}

resource "aws_security_group" "app_db_sg" {
  # checkov:skip=CKV_AWS_260:the public load balancer accepts port 80 only to redirect to HTTPS
  description = "database app-db"
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_vpc_security_group_egress_rule" "app_db_sg" {
  cidr_ipv4         = "0.0.0.0/0"
  description       = "all outbound traffic"
  ip_protocol       = "-1"
  security_group_id = aws_security_group.app_db_sg.id
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
}

resource "aws_db_subnet_group" "app_db_subnets" {
  description = "subnets of cloudsync-app-db"
  name        = "cloudsync-app-db-subnets"
  subnet_ids  = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id, aws_subnet.core_private_3.id]
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
}

resource "aws_db_instance" "app_db" {
  # checkov:skip=CKV_AWS_118:CloudWatch's standard RDS metrics are enough at seed 001's size; no enhanced-monitoring role
  # checkov:skip=CKV_AWS_353:Performance Insights is not enabled at seed 001's size
  # checkov:skip=CKV_AWS_129:PostgreSQL logs are not exported to CloudWatch Logs; they stay in RDS for their retention
  # checkov:skip=CKV_AWS_157:read replicas run in one zone each; the primary is Multi-AZ and the DR replica is promoted only in a disaster
  # checkov:skip=CKV_AWS_161:services connect with the password from Secrets Manager; no IAM database authentication
  # checkov:skip=CKV2_AWS_30:query logging is off: statement logs would hold user data; slow queries are found with pg_stat_statements
  allocated_storage           = 500
  auto_minor_version_upgrade  = true
  backup_retention_period     = 35
  copy_tags_to_snapshot       = true
  db_name                     = "cloudsync"
  db_subnet_group_name        = aws_db_subnet_group.app_db_subnets.name
  deletion_protection         = true
  engine                      = "postgres"
  engine_version              = "17.6"
  final_snapshot_identifier   = "cloudsync-app-db-final"
  identifier                  = "cloudsync-app-db"
  instance_class              = "db.r5.2xlarge"
  manage_master_user_password = true
  max_allocated_storage       = 2000
  multi_az                    = true
  port                        = 5432
  publicly_accessible         = false
  skip_final_snapshot         = false
  storage_encrypted           = true
  storage_type                = "gp3"
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  username               = "app_admin"
  vpc_security_group_ids = [aws_security_group.app_db_sg.id]
}

resource "aws_db_instance" "app_db_replica_1" {
  # checkov:skip=CKV_AWS_118:CloudWatch's standard RDS metrics are enough at seed 001's size; no enhanced-monitoring role
  # checkov:skip=CKV_AWS_353:Performance Insights is not enabled at seed 001's size
  # checkov:skip=CKV_AWS_129:PostgreSQL logs are not exported to CloudWatch Logs; they stay in RDS for their retention
  # checkov:skip=CKV_AWS_157:read replicas run in one zone each; the primary is Multi-AZ and the DR replica is promoted only in a disaster
  # checkov:skip=CKV_AWS_161:services connect with the password from Secrets Manager; no IAM database authentication
  # checkov:skip=CKV2_AWS_30:query logging is off: statement logs would hold user data; slow queries are found with pg_stat_statements
  auto_minor_version_upgrade = true
  copy_tags_to_snapshot      = true
  deletion_protection        = true
  identifier                 = "cloudsync-app-db-replica-1"
  instance_class             = "db.r5.2xlarge"
  publicly_accessible        = false
  replicate_source_db        = aws_db_instance.app_db.identifier
  skip_final_snapshot        = true
  storage_encrypted          = true
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  vpc_security_group_ids = [aws_security_group.app_db_sg.id]
}

resource "aws_db_instance" "app_db_replica_2" {
  # checkov:skip=CKV_AWS_118:CloudWatch's standard RDS metrics are enough at seed 001's size; no enhanced-monitoring role
  # checkov:skip=CKV_AWS_353:Performance Insights is not enabled at seed 001's size
  # checkov:skip=CKV_AWS_129:PostgreSQL logs are not exported to CloudWatch Logs; they stay in RDS for their retention
  # checkov:skip=CKV_AWS_157:read replicas run in one zone each; the primary is Multi-AZ and the DR replica is promoted only in a disaster
  # checkov:skip=CKV_AWS_161:services connect with the password from Secrets Manager; no IAM database authentication
  # checkov:skip=CKV2_AWS_30:query logging is off: statement logs would hold user data; slow queries are found with pg_stat_statements
  auto_minor_version_upgrade = true
  copy_tags_to_snapshot      = true
  deletion_protection        = true
  identifier                 = "cloudsync-app-db-replica-2"
  instance_class             = "db.r5.2xlarge"
  publicly_accessible        = false
  replicate_source_db        = aws_db_instance.app_db.identifier
  skip_final_snapshot        = true
  storage_encrypted          = true
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  vpc_security_group_ids = [aws_security_group.app_db_sg.id]
}

resource "aws_security_group" "kong_db_sg" {
  # checkov:skip=CKV_AWS_260:the public load balancer accepts port 80 only to redirect to HTTPS
  description = "database kong-db"
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_vpc_security_group_egress_rule" "kong_db_sg" {
  cidr_ipv4         = "0.0.0.0/0"
  description       = "all outbound traffic"
  ip_protocol       = "-1"
  security_group_id = aws_security_group.kong_db_sg.id
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
}

resource "aws_db_subnet_group" "kong_db_subnets" {
  description = "subnets of cloudsync-kong-db"
  name        = "cloudsync-kong-db-subnets"
  subnet_ids  = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id, aws_subnet.core_private_3.id]
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
}

resource "aws_db_instance" "kong_db" {
  # checkov:skip=CKV_AWS_118:CloudWatch's standard RDS metrics are enough at seed 001's size; no enhanced-monitoring role
  # checkov:skip=CKV_AWS_353:Performance Insights is not enabled at seed 001's size
  # checkov:skip=CKV_AWS_129:PostgreSQL logs are not exported to CloudWatch Logs; they stay in RDS for their retention
  # checkov:skip=CKV_AWS_157:read replicas run in one zone each; the primary is Multi-AZ and the DR replica is promoted only in a disaster
  # checkov:skip=CKV_AWS_161:services connect with the password from Secrets Manager; no IAM database authentication
  # checkov:skip=CKV2_AWS_30:query logging is off: statement logs would hold user data; slow queries are found with pg_stat_statements
  allocated_storage           = 50
  auto_minor_version_upgrade  = true
  backup_retention_period     = 35
  copy_tags_to_snapshot       = true
  db_name                     = "kong"
  db_subnet_group_name        = aws_db_subnet_group.kong_db_subnets.name
  deletion_protection         = true
  engine                      = "postgres"
  engine_version              = "17.6"
  final_snapshot_identifier   = "cloudsync-kong-db-final"
  identifier                  = "cloudsync-kong-db"
  instance_class              = "db.t4g.medium"
  manage_master_user_password = true
  max_allocated_storage       = 500
  multi_az                    = true
  port                        = 5432
  publicly_accessible         = false
  skip_final_snapshot         = false
  storage_encrypted           = true
  storage_type                = "gp3"
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  username               = "app_admin"
  vpc_security_group_ids = [aws_security_group.kong_db_sg.id]
}

resource "aws_security_group" "cache_sg" {
  # checkov:skip=CKV_AWS_260:the public load balancer accepts port 80 only to redirect to HTTPS
  description = "cache cache"
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_vpc_security_group_egress_rule" "cache_sg" {
  cidr_ipv4         = "0.0.0.0/0"
  description       = "all outbound traffic"
  ip_protocol       = "-1"
  security_group_id = aws_security_group.cache_sg.id
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
}

resource "aws_elasticache_subnet_group" "cache_subnets" {
  description = "subnets of cache cache"
  name        = "cloudsync-cache-subnets"
  subnet_ids  = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id, aws_subnet.core_private_3.id]
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
}

resource "aws_elasticache_parameter_group" "cache_parameters" {
  description = "parameters of cache cache"
  family      = "redis7"
  name        = "cloudsync-cache-parameters"
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }

  parameter {
    name  = "cluster-enabled"
    value = "yes"
  }
  parameter {
    name  = "maxmemory-policy"
    value = "allkeys-lru"
  }
}

resource "aws_elasticache_replication_group" "cache" {
  # checkov:skip=CKV_AWS_31:in-transit encryption is on; only the services' security groups reach the caches, which use no AUTH token
  # checkov:skip=CKV_AWS_191:the caches hold re-creatable data, encrypted at rest with ElastiCache's service key
  at_rest_encryption_enabled = true
  automatic_failover_enabled = true
  cluster_mode               = "enabled"
  description                = "cache cache"
  engine                     = "redis"
  engine_version             = "7.1"
  multi_az_enabled           = true
  node_type                  = "cache.r6g.large"
  num_node_groups            = 3
  parameter_group_name       = aws_elasticache_parameter_group.cache_parameters.name
  port                       = 6379
  replicas_per_node_group    = 2
  replication_group_id       = "cloudsync-cache"
  security_group_ids         = [aws_security_group.cache_sg.id]
  snapshot_retention_limit   = 7
  subnet_group_name          = aws_elasticache_subnet_group.cache_subnets.name
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  transit_encryption_enabled = true
}

resource "aws_security_group" "job_store_sg" {
  # checkov:skip=CKV_AWS_260:the public load balancer accepts port 80 only to redirect to HTTPS
  description = "cache job-store"
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_vpc_security_group_egress_rule" "job_store_sg" {
  cidr_ipv4         = "0.0.0.0/0"
  description       = "all outbound traffic"
  ip_protocol       = "-1"
  security_group_id = aws_security_group.job_store_sg.id
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
}

resource "aws_elasticache_subnet_group" "job_store_subnets" {
  description = "subnets of cache job-store"
  name        = "cloudsync-job-store-subnets"
  subnet_ids  = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id, aws_subnet.core_private_3.id]
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
}

resource "aws_elasticache_parameter_group" "job_store_parameters" {
  description = "parameters of cache job-store"
  family      = "redis7"
  name        = "cloudsync-job-store-parameters"
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }

  parameter {
    name  = "maxmemory-policy"
    value = "noeviction"
  }
}

resource "aws_elasticache_replication_group" "job_store" {
  # checkov:skip=CKV_AWS_31:in-transit encryption is on; only the services' security groups reach the caches, which use no AUTH token
  # checkov:skip=CKV_AWS_191:the caches hold re-creatable data, encrypted at rest with ElastiCache's service key
  at_rest_encryption_enabled = true
  automatic_failover_enabled = true
  cluster_mode               = "disabled"
  description                = "cache job-store"
  engine                     = "redis"
  engine_version             = "7.1"
  multi_az_enabled           = true
  node_type                  = "cache.r6g.large"
  num_cache_clusters         = 2
  parameter_group_name       = aws_elasticache_parameter_group.job_store_parameters.name
  port                       = 6379
  replication_group_id       = "cloudsync-job-store"
  security_group_ids         = [aws_security_group.job_store_sg.id]
  snapshot_retention_limit   = 7
  subnet_group_name          = aws_elasticache_subnet_group.job_store_subnets.name
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  transit_encryption_enabled = true
}

resource "aws_iam_role" "files_replication_role" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "s3.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
}

resource "aws_iam_role_policy" "files_replication_role" {
  name = "files-replication-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "ReadReplicationConfiguration"
        Effect   = "Allow"
        Action   = ["s3:GetReplicationConfiguration", "s3:ListBucket"]
        Resource = ["arn:${data.aws_partition.current.partition}:s3:::cloudsync-files-123456789012"]
      },
      {
        Sid      = "ReadObjectVersions"
        Effect   = "Allow"
        Action   = ["s3:GetObjectVersionAcl", "s3:GetObjectVersionForReplication", "s3:GetObjectVersionTagging"]
        Resource = ["arn:${data.aws_partition.current.partition}:s3:::cloudsync-files-123456789012/*"]
      },
      {
        Sid      = "ReplicateObjects"
        Effect   = "Allow"
        Action   = ["s3:ReplicateDelete", "s3:ReplicateObject", "s3:ReplicateTags"]
        Resource = ["arn:${data.aws_partition.current.partition}:s3:::cloudsync-files-dr-123456789012/*"]
      },
    ]
  })
  role = aws_iam_role.files_replication_role.id
}

resource "aws_s3_bucket" "files" {
  # checkov:skip=CKV_AWS_145:encrypted at rest with S3-managed keys (SSE-S3) in both Regions; no requirement for a customer key
  # checkov:skip=CKV_AWS_18:object access is audited through CloudTrail data events at the account level, not server access logs
  # checkov:skip=CKV2_AWS_62:the API queues a job for each upload itself; no S3 event notifications are used
  # checkov:skip=CKV2_AWS_61:the replica bucket mirrors the source, whose lifecycle archives objects; replicas expire with their source
  bucket = "cloudsync-files-123456789012"
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
}

resource "aws_s3_bucket_public_access_block" "files" {
  block_public_acls       = true
  block_public_policy     = true
  bucket                  = aws_s3_bucket.files.id
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "files" {
  bucket = aws_s3_bucket.files.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "files" {
  # checkov:skip=CKV_AWS_145:encrypted at rest with S3-managed keys (SSE-S3) in both Regions; no requirement for a customer key
  bucket = aws_s3_bucket.files.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "files" {
  bucket = aws_s3_bucket.files.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_replication_configuration" "files" {
  bucket = aws_s3_bucket.files.id
  role   = aws_iam_role.files_replication_role.arn

  rule {
    id       = "replicate-to-us-west-2"
    priority = 1
    status   = "Enabled"

    delete_marker_replication {
      status = "Enabled"
    }
    destination {
      bucket = aws_s3_bucket.files_replica.arn

      metrics {
        status = "Enabled"

        event_threshold {
          minutes = 15
        }
      }
      replication_time {
        status = "Enabled"

        time {
          minutes = 15
        }
      }
    }
    filter {
    }
  }

  depends_on = [aws_s3_bucket_versioning.files, aws_s3_bucket_versioning.files_replica]
}

resource "aws_s3_bucket_lifecycle_configuration" "files" {
  bucket = aws_s3_bucket.files.id

  rule {
    id     = "archive-after-a-year"
    status = "Enabled"

    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
    filter {
      prefix = ""
    }
    noncurrent_version_expiration {
      noncurrent_days = 90
    }
    transition {
      days          = 365
      storage_class = "GLACIER"
    }
  }

  depends_on = [aws_s3_bucket_versioning.files]
}

resource "aws_s3_bucket_policy" "files_policy" {
  bucket = aws_s3_bucket.files.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "DenyInsecureTransport"
        Effect    = "Deny"
        Principal = "*"
        Action    = ["s3:*"]
        Resource  = [aws_s3_bucket.files.arn, "${aws_s3_bucket.files.arn}/*"]
        Condition = {
          Bool = {
            "aws:SecureTransport" = "false"
          }
        }
      },
    ]
  })

  depends_on = [aws_s3_bucket_public_access_block.files]
}

resource "aws_sqs_queue" "dead_letters" {
  delay_seconds             = 0
  max_message_size          = 262144
  message_retention_seconds = 1209600
  name                      = "cloudsync-dead-letters"
  receive_wait_time_seconds = 0
  sqs_managed_sse_enabled   = true
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  visibility_timeout_seconds = 30
}

resource "aws_sqs_queue" "priority_jobs" {
  delay_seconds             = 0
  max_message_size          = 262144
  message_retention_seconds = 345600
  name                      = "cloudsync-priority-jobs"
  receive_wait_time_seconds = 20
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dead_letters.arn
    maxReceiveCount     = 5
  })
  sqs_managed_sse_enabled = true
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  visibility_timeout_seconds = 300
}

resource "aws_sqs_queue" "default_jobs" {
  delay_seconds             = 0
  max_message_size          = 262144
  message_retention_seconds = 345600
  name                      = "cloudsync-default-jobs"
  receive_wait_time_seconds = 20
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dead_letters.arn
    maxReceiveCount     = 5
  })
  sqs_managed_sse_enabled = true
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  visibility_timeout_seconds = 300
}

resource "aws_sqs_queue" "batch_jobs" {
  delay_seconds             = 0
  max_message_size          = 262144
  message_retention_seconds = 345600
  name                      = "cloudsync-batch-jobs"
  receive_wait_time_seconds = 20
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dead_letters.arn
    maxReceiveCount     = 3
  })
  sqs_managed_sse_enabled = true
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  visibility_timeout_seconds = 1800
}

resource "aws_lb_target_group" "kong_targets" {
  deregistration_delay = "30"
  name                 = "cloudsync-kong-targets"
  port                 = 8000
  protocol             = "HTTP"
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  target_type = "ip"
  vpc_id      = aws_vpc.core.id

  health_check {
    enabled             = true
    healthy_threshold   = 3
    interval            = 15
    matcher             = "200"
    path                = "/status"
    protocol            = "HTTP"
    timeout             = 5
    unhealthy_threshold = 3
  }
  stickiness {
    cookie_duration = 86400
    enabled         = false
    type            = "lb_cookie"
  }
}

resource "aws_lb_target_group" "socket_targets" {
  # checkov:skip=CKV_AWS_378:the load balancer terminates TLS; targets are reached over HTTP inside private subnets
  deregistration_delay = "30"
  name                 = "cloudsync-socket-targets"
  port                 = 8080
  protocol             = "HTTP"
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  target_type = "ip"
  vpc_id      = aws_vpc.core.id

  health_check {
    enabled             = true
    healthy_threshold   = 3
    interval            = 15
    matcher             = "200"
    path                = "/healthz"
    protocol            = "HTTP"
    timeout             = 5
    unhealthy_threshold = 3
  }
  stickiness {
    cookie_duration = 86400
    enabled         = true
    type            = "lb_cookie"
  }
}

resource "aws_security_group" "edge_sg" {
  # checkov:skip=CKV_AWS_260:the public load balancer accepts port 80 only to redirect to HTTPS
  description = "load balancer edge"
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_vpc_security_group_egress_rule" "edge_sg" {
  cidr_ipv4         = "0.0.0.0/0"
  description       = "all outbound traffic"
  ip_protocol       = "-1"
  security_group_id = aws_security_group.edge_sg.id
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
}

resource "aws_vpc_security_group_ingress_rule" "edge_sg_internet_80" {
  # checkov:skip=CKV_AWS_260:the public load balancer accepts port 80 only to redirect to HTTPS
  cidr_ipv4         = "0.0.0.0/0"
  description       = "internet to port 80"
  from_port         = 80
  ip_protocol       = "tcp"
  security_group_id = aws_security_group.edge_sg.id
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  to_port = 80
}

resource "aws_vpc_security_group_ingress_rule" "edge_sg_internet_443" {
  # checkov:skip=CKV_AWS_260:the public load balancer accepts port 80 only to redirect to HTTPS
  cidr_ipv4         = "0.0.0.0/0"
  description       = "internet to port 443"
  from_port         = 443
  ip_protocol       = "tcp"
  security_group_id = aws_security_group.edge_sg.id
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  to_port = 443
}

resource "aws_lb" "edge" {
  # checkov:skip=CKV_AWS_91:load balancer access logs are not kept; Kong logs every request
  # checkov:skip=CKV2_AWS_76:the services are Python and Kong (Lua), not Java; the WAF runs the common and known-bad-inputs rule sets
  drop_invalid_header_fields = true
  enable_deletion_protection = true
  idle_timeout               = 300
  internal                   = false
  load_balancer_type         = "application"
  name                       = "cloudsync-edge"
  security_groups            = [aws_security_group.edge_sg.id]
  subnets                    = [aws_subnet.core_public_1.id, aws_subnet.core_public_2.id, aws_subnet.core_public_3.id]
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
}

resource "aws_lb_listener" "edge_http" {
  load_balancer_arn = aws_lb.edge.arn
  port              = 80
  protocol          = "HTTP"
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }

  default_action {
    type = "redirect"

    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}

resource "aws_lb_listener" "edge_https" {
  certificate_arn   = "arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"
  load_balancer_arn = aws_lb.edge.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }

  default_action {
    target_group_arn = aws_lb_target_group.kong_targets.arn
    type             = "forward"
  }
}

resource "aws_lb_listener_rule" "edge_route_1" {
  listener_arn = aws_lb_listener.edge_https.arn
  priority     = 10
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }

  action {
    target_group_arn = aws_lb_target_group.socket_targets.arn
    type             = "forward"
  }
  condition {
    path_pattern {
      values = ["/ws", "/ws/*"]
    }
  }
}

resource "aws_wafv2_web_acl" "edge_firewall" {
  # checkov:skip=CKV2_AWS_31:WAF request logging is not configured; iacgen's WebACL keeps sampled requests and metrics only
  # checkov:skip=CKV2_AWS_76:the services are Python and Kong (Lua), not Java; the WAF runs the common and known-bad-inputs rule sets
  name  = "cloudsync-edge-firewall"
  scope = "REGIONAL"
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }

  default_action {
    allow {
    }
  }
  rule {
    name     = "AWSManagedRulesCommonRuleSet"
    priority = 0

    override_action {
      none {
      }
    }
    statement {
      managed_rule_group_statement {
        name        = "AWSManagedRulesCommonRuleSet"
        vendor_name = "AWS"
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "AWSManagedRulesCommonRuleSet"
      sampled_requests_enabled   = true
    }
  }
  rule {
    name     = "AWSManagedRulesKnownBadInputsRuleSet"
    priority = 1

    override_action {
      none {
      }
    }
    statement {
      managed_rule_group_statement {
        name        = "AWSManagedRulesKnownBadInputsRuleSet"
        vendor_name = "AWS"
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "AWSManagedRulesKnownBadInputsRuleSet"
      sampled_requests_enabled   = true
    }
  }
  rule {
    name     = "rate-limit-per-ip"
    priority = 2

    action {
      block {
      }
    }
    statement {
      rate_based_statement {
        aggregate_key_type = "IP"
        limit              = 2000
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "rate-limit-per-ip"
      sampled_requests_enabled   = true
    }
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "cloudsync-edge-firewall"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl_association" "edge_firewall_protects_edge" {
  resource_arn = aws_lb.edge.arn
  web_acl_arn  = aws_wafv2_web_acl.edge_firewall.arn
}

resource "aws_security_group" "kong_sg" {
  # checkov:skip=CKV_AWS_260:the public load balancer accepts port 80 only to redirect to HTTPS
  description = "service kong"
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_vpc_security_group_egress_rule" "kong_sg" {
  cidr_ipv4         = "0.0.0.0/0"
  description       = "all outbound traffic"
  ip_protocol       = "-1"
  security_group_id = aws_security_group.kong_sg.id
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
}

resource "aws_vpc_security_group_ingress_rule" "kong_from_edge" {
  # checkov:skip=CKV_AWS_260:the public load balancer accepts port 80 only to redirect to HTTPS
  description                  = "edge to kong"
  from_port                    = 8000
  ip_protocol                  = "tcp"
  referenced_security_group_id = aws_security_group.edge_sg.id
  security_group_id            = aws_security_group.kong_sg.id
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  to_port = 8000
}

resource "aws_cloudwatch_log_group" "kong_logs" {
  # checkov:skip=CKV_AWS_158:log groups use CloudWatch Logs' default encryption at rest
  name              = "/ecs/cloudsync/kong"
  retention_in_days = 365
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
}

resource "aws_iam_role" "kong_execution_role" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "ecs-tasks.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
}

resource "aws_iam_role_policy" "kong_execution_role" {
  name = "kong-execution-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "WriteLogs"
        Effect   = "Allow"
        Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
        Resource = ["${aws_cloudwatch_log_group.kong_logs.arn}:*"]
      },
      {
        Sid      = "ReadSecrets"
        Effect   = "Allow"
        Action   = ["secretsmanager:GetSecretValue"]
        Resource = [aws_db_instance.kong_db.master_user_secret[0].secret_arn]
      },
    ]
  })
  role = aws_iam_role.kong_execution_role.id
}

resource "aws_iam_role" "kong_task_role" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "ecs-tasks.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
}

resource "aws_ecs_task_definition" "kong" {
  # checkov:skip=CKV_AWS_336:the containers write temporary files to their root file system
  container_definitions = jsonencode([
    {
      name      = "kong"
      image     = "kong:3.5"
      essential = true
      portMappings = [
        {
          containerPort = 8000
          protocol      = "tcp"
        },
      ]
      environment = [
        {
          name  = "KONG_DATABASE"
          value = "postgres"
        },
        {
          name  = "KONG_PG_HOST"
          value = aws_db_instance.kong_db.address
        },
        {
          name  = "KONG_PLUGINS"
          value = "rate-limiting,prometheus"
        },
      ]
      secrets = [
        {
          name      = "KONG_PG_PASSWORD"
          valueFrom = aws_db_instance.kong_db.master_user_secret[0].secret_arn
        },
      ]
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = aws_cloudwatch_log_group.kong_logs.name
          awslogs-region        = data.aws_region.current.name
          awslogs-stream-prefix = "kong"
        }
      }
    },
  ])
  cpu                      = "1024"
  execution_role_arn       = aws_iam_role.kong_execution_role.arn
  family                   = "kong"
  memory                   = "2048"
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  task_role_arn = aws_iam_role.kong_task_role.arn

  runtime_platform {
    cpu_architecture        = "X86_64"
    operating_system_family = "LINUX"
  }
}

resource "aws_ecs_service" "kong" {
  cluster                            = aws_ecs_cluster.apps.id
  deployment_maximum_percent         = 200
  deployment_minimum_healthy_percent = 100
  desired_count                      = 3
  enable_ecs_managed_tags            = true
  health_check_grace_period_seconds  = 60
  launch_type                        = "FARGATE"
  name                               = "kong"
  platform_version                   = "LATEST"
  propagate_tags                     = "SERVICE"
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  task_definition = aws_ecs_task_definition.kong.arn

  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }
  lifecycle {
    ignore_changes = [desired_count]
  }
  load_balancer {
    container_name   = "kong"
    container_port   = 8000
    target_group_arn = aws_lb_target_group.kong_targets.arn
  }
  network_configuration {
    assign_public_ip = false
    security_groups  = [aws_security_group.kong_sg.id]
    subnets          = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id, aws_subnet.core_private_3.id]
  }

  depends_on = [aws_lb_listener.edge_http, aws_lb_listener.edge_https, aws_iam_role_policy.kong_execution_role]
}

resource "aws_security_group" "api_sg" {
  # checkov:skip=CKV_AWS_260:the public load balancer accepts port 80 only to redirect to HTTPS
  description = "service api"
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_vpc_security_group_egress_rule" "api_sg" {
  cidr_ipv4         = "0.0.0.0/0"
  description       = "all outbound traffic"
  ip_protocol       = "-1"
  security_group_id = aws_security_group.api_sg.id
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
}

resource "aws_cloudwatch_log_group" "api_logs" {
  # checkov:skip=CKV_AWS_158:log groups use CloudWatch Logs' default encryption at rest
  name              = "/ecs/cloudsync/api"
  retention_in_days = 365
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
}

resource "aws_iam_role" "api_execution_role" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "ecs-tasks.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
}

resource "aws_iam_role_policy" "api_execution_role" {
  name = "api-execution-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "WriteLogs"
        Effect   = "Allow"
        Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
        Resource = ["${aws_cloudwatch_log_group.api_logs.arn}:*"]
      },
      {
        Sid      = "AuthenticateToECR"
        Effect   = "Allow"
        Action   = ["ecr:GetAuthorizationToken"]
        Resource = ["*"]
      },
      {
        Sid      = "PullImages"
        Effect   = "Allow"
        Action   = ["ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
        Resource = ["arn:${data.aws_partition.current.partition}:ecr:us-east-1:123456789012:repository/cloudsync-api"]
      },
      {
        Sid      = "ReadSecrets"
        Effect   = "Allow"
        Action   = ["secretsmanager:GetSecretValue"]
        Resource = [aws_db_instance.app_db.master_user_secret[0].secret_arn]
      },
    ]
  })
  role = aws_iam_role.api_execution_role.id
}

resource "aws_iam_role" "api_task_role" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "ecs-tasks.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
}

resource "aws_iam_role_policy" "api_task_role" {
  name = "api-task-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "ListBucketFiles"
        Effect   = "Allow"
        Action   = ["s3:ListBucket"]
        Resource = [aws_s3_bucket.files.arn]
      },
      {
        Sid      = "ReadWriteObjectsFiles"
        Effect   = "Allow"
        Action   = ["s3:AbortMultipartUpload", "s3:DeleteObject", "s3:GetObject", "s3:PutObject"]
        Resource = ["${aws_s3_bucket.files.arn}/*"]
      },
      {
        Sid      = "SendToPriorityJobs"
        Effect   = "Allow"
        Action   = ["sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:SendMessage"]
        Resource = [aws_sqs_queue.priority_jobs.arn]
      },
      {
        Sid      = "SendToDefaultJobs"
        Effect   = "Allow"
        Action   = ["sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:SendMessage"]
        Resource = [aws_sqs_queue.default_jobs.arn]
      },
      {
        Sid      = "SendToBatchJobs"
        Effect   = "Allow"
        Action   = ["sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:SendMessage"]
        Resource = [aws_sqs_queue.batch_jobs.arn]
      },
    ]
  })
  role = aws_iam_role.api_task_role.id
}

resource "aws_ecs_task_definition" "api" {
  # checkov:skip=CKV_AWS_336:the containers write temporary files to their root file system
  container_definitions = jsonencode([
    {
      name      = "api"
      image     = "123456789012.dkr.ecr.us-east-1.amazonaws.com/cloudsync-api:2.3.0"
      essential = true
      portMappings = [
        {
          containerPort = 8000
          protocol      = "tcp"
        },
      ]
      environment = [
        {
          name  = "CACHE_HOST"
          value = aws_elasticache_replication_group.cache.configuration_endpoint_address
        },
        {
          name  = "DATABASE_HOST"
          value = aws_db_instance.app_db.address
        },
        {
          name  = "DEFAULT_QUEUE_URL"
          value = aws_sqs_queue.default_jobs.url
        },
        {
          name  = "FILES_BUCKET"
          value = aws_s3_bucket.files.bucket
        },
      ]
      secrets = [
        {
          name      = "DATABASE_PASSWORD"
          valueFrom = aws_db_instance.app_db.master_user_secret[0].secret_arn
        },
      ]
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = aws_cloudwatch_log_group.api_logs.name
          awslogs-region        = data.aws_region.current.name
          awslogs-stream-prefix = "api"
        }
      }
    },
  ])
  cpu                      = "512"
  execution_role_arn       = aws_iam_role.api_execution_role.arn
  family                   = "api"
  memory                   = "1024"
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  task_role_arn = aws_iam_role.api_task_role.arn

  runtime_platform {
    cpu_architecture        = "X86_64"
    operating_system_family = "LINUX"
  }
}

resource "aws_ecs_service" "api" {
  cluster                            = aws_ecs_cluster.apps.id
  deployment_maximum_percent         = 200
  deployment_minimum_healthy_percent = 100
  desired_count                      = 2
  enable_ecs_managed_tags            = true
  launch_type                        = "FARGATE"
  name                               = "api"
  platform_version                   = "LATEST"
  propagate_tags                     = "SERVICE"
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  task_definition = aws_ecs_task_definition.api.arn

  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }
  lifecycle {
    ignore_changes = [desired_count]
  }
  network_configuration {
    assign_public_ip = false
    security_groups  = [aws_security_group.api_sg.id]
    subnets          = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id, aws_subnet.core_private_3.id]
  }

  depends_on = [aws_iam_role_policy.api_execution_role]
}

resource "aws_security_group" "sockets_sg" {
  # checkov:skip=CKV_AWS_260:the public load balancer accepts port 80 only to redirect to HTTPS
  description = "service sockets"
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_vpc_security_group_egress_rule" "sockets_sg" {
  cidr_ipv4         = "0.0.0.0/0"
  description       = "all outbound traffic"
  ip_protocol       = "-1"
  security_group_id = aws_security_group.sockets_sg.id
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
}

resource "aws_vpc_security_group_ingress_rule" "sockets_from_edge" {
  # checkov:skip=CKV_AWS_260:the public load balancer accepts port 80 only to redirect to HTTPS
  description                  = "edge to sockets"
  from_port                    = 8080
  ip_protocol                  = "tcp"
  referenced_security_group_id = aws_security_group.edge_sg.id
  security_group_id            = aws_security_group.sockets_sg.id
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  to_port = 8080
}

resource "aws_cloudwatch_log_group" "sockets_logs" {
  # checkov:skip=CKV_AWS_158:log groups use CloudWatch Logs' default encryption at rest
  name              = "/ecs/cloudsync/sockets"
  retention_in_days = 365
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
}

resource "aws_iam_role" "sockets_execution_role" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "ecs-tasks.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
}

resource "aws_iam_role_policy" "sockets_execution_role" {
  name = "sockets-execution-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "WriteLogs"
        Effect   = "Allow"
        Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
        Resource = ["${aws_cloudwatch_log_group.sockets_logs.arn}:*"]
      },
      {
        Sid      = "AuthenticateToECR"
        Effect   = "Allow"
        Action   = ["ecr:GetAuthorizationToken"]
        Resource = ["*"]
      },
      {
        Sid      = "PullImages"
        Effect   = "Allow"
        Action   = ["ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
        Resource = ["arn:${data.aws_partition.current.partition}:ecr:us-east-1:123456789012:repository/cloudsync-ws"]
      },
    ]
  })
  role = aws_iam_role.sockets_execution_role.id
}

resource "aws_iam_role" "sockets_task_role" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "ecs-tasks.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
}

resource "aws_ecs_task_definition" "sockets" {
  # checkov:skip=CKV_AWS_336:the containers write temporary files to their root file system
  container_definitions = jsonencode([
    {
      name      = "sockets"
      image     = "123456789012.dkr.ecr.us-east-1.amazonaws.com/cloudsync-ws:2.3.0"
      essential = true
      portMappings = [
        {
          containerPort = 8080
          protocol      = "tcp"
        },
      ]
      environment = [
        {
          name  = "CACHE_HOST"
          value = aws_elasticache_replication_group.cache.configuration_endpoint_address
        },
      ]
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = aws_cloudwatch_log_group.sockets_logs.name
          awslogs-region        = data.aws_region.current.name
          awslogs-stream-prefix = "sockets"
        }
      }
    },
  ])
  cpu                      = "512"
  execution_role_arn       = aws_iam_role.sockets_execution_role.arn
  family                   = "sockets"
  memory                   = "1024"
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  task_role_arn = aws_iam_role.sockets_task_role.arn

  runtime_platform {
    cpu_architecture        = "X86_64"
    operating_system_family = "LINUX"
  }
}

resource "aws_ecs_service" "sockets" {
  cluster                            = aws_ecs_cluster.apps.id
  deployment_maximum_percent         = 200
  deployment_minimum_healthy_percent = 100
  desired_count                      = 2
  enable_ecs_managed_tags            = true
  health_check_grace_period_seconds  = 60
  launch_type                        = "FARGATE"
  name                               = "sockets"
  platform_version                   = "LATEST"
  propagate_tags                     = "SERVICE"
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  task_definition = aws_ecs_task_definition.sockets.arn

  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }
  lifecycle {
    ignore_changes = [desired_count]
  }
  load_balancer {
    container_name   = "sockets"
    container_port   = 8080
    target_group_arn = aws_lb_target_group.socket_targets.arn
  }
  network_configuration {
    assign_public_ip = false
    security_groups  = [aws_security_group.sockets_sg.id]
    subnets          = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id, aws_subnet.core_private_3.id]
  }

  depends_on = [aws_lb_listener.edge_http, aws_lb_listener.edge_https, aws_iam_role_policy.sockets_execution_role]
}

resource "aws_security_group" "workers_sg" {
  # checkov:skip=CKV_AWS_260:the public load balancer accepts port 80 only to redirect to HTTPS
  description = "service workers"
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_vpc_security_group_egress_rule" "workers_sg" {
  cidr_ipv4         = "0.0.0.0/0"
  description       = "all outbound traffic"
  ip_protocol       = "-1"
  security_group_id = aws_security_group.workers_sg.id
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
}

resource "aws_cloudwatch_log_group" "workers_logs" {
  # checkov:skip=CKV_AWS_158:log groups use CloudWatch Logs' default encryption at rest
  name              = "/ecs/cloudsync/workers"
  retention_in_days = 365
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
}

resource "aws_iam_role" "workers_execution_role" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "ecs-tasks.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
}

resource "aws_iam_role_policy" "workers_execution_role" {
  name = "workers-execution-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "WriteLogs"
        Effect   = "Allow"
        Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
        Resource = ["${aws_cloudwatch_log_group.workers_logs.arn}:*"]
      },
      {
        Sid      = "AuthenticateToECR"
        Effect   = "Allow"
        Action   = ["ecr:GetAuthorizationToken"]
        Resource = ["*"]
      },
      {
        Sid      = "PullImages"
        Effect   = "Allow"
        Action   = ["ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
        Resource = ["arn:${data.aws_partition.current.partition}:ecr:us-east-1:123456789012:repository/cloudsync-worker"]
      },
      {
        Sid      = "ReadSecrets"
        Effect   = "Allow"
        Action   = ["secretsmanager:GetSecretValue"]
        Resource = [aws_db_instance.app_db.master_user_secret[0].secret_arn]
      },
    ]
  })
  role = aws_iam_role.workers_execution_role.id
}

resource "aws_iam_role" "workers_task_role" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "ecs-tasks.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
}

resource "aws_iam_role_policy" "workers_task_role" {
  name = "workers-task-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "ConsumePriorityJobs"
        Effect   = "Allow"
        Action   = ["sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:ReceiveMessage"]
        Resource = [aws_sqs_queue.priority_jobs.arn]
      },
      {
        Sid      = "ConsumeDefaultJobs"
        Effect   = "Allow"
        Action   = ["sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:ReceiveMessage"]
        Resource = [aws_sqs_queue.default_jobs.arn]
      },
      {
        Sid      = "ConsumeBatchJobs"
        Effect   = "Allow"
        Action   = ["sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:ReceiveMessage"]
        Resource = [aws_sqs_queue.batch_jobs.arn]
      },
      {
        Sid      = "ListBucketFiles"
        Effect   = "Allow"
        Action   = ["s3:ListBucket"]
        Resource = [aws_s3_bucket.files.arn]
      },
      {
        Sid      = "ReadWriteObjectsFiles"
        Effect   = "Allow"
        Action   = ["s3:AbortMultipartUpload", "s3:DeleteObject", "s3:GetObject", "s3:PutObject"]
        Resource = ["${aws_s3_bucket.files.arn}/*"]
      },
    ]
  })
  role = aws_iam_role.workers_task_role.id
}

resource "aws_ecs_task_definition" "workers" {
  # checkov:skip=CKV_AWS_336:the containers write temporary files to their root file system
  container_definitions = jsonencode([
    {
      name      = "celery"
      image     = "123456789012.dkr.ecr.us-east-1.amazonaws.com/cloudsync-worker:2.3.0"
      essential = true
      command   = ["celery", "-A", "cloudsync", "worker", "-Q", "priority,default,batch"]
      environment = [
        {
          name  = "BROKER_HOST"
          value = aws_elasticache_replication_group.job_store.primary_endpoint_address
        },
        {
          name  = "DATABASE_HOST"
          value = aws_db_instance.app_db.address
        },
        {
          name  = "FILES_BUCKET"
          value = aws_s3_bucket.files.bucket
        },
      ]
      secrets = [
        {
          name      = "DATABASE_PASSWORD"
          valueFrom = aws_db_instance.app_db.master_user_secret[0].secret_arn
        },
      ]
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = aws_cloudwatch_log_group.workers_logs.name
          awslogs-region        = data.aws_region.current.name
          awslogs-stream-prefix = "celery"
        }
      }
    },
  ])
  cpu                      = "512"
  execution_role_arn       = aws_iam_role.workers_execution_role.arn
  family                   = "workers"
  memory                   = "1024"
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  task_role_arn = aws_iam_role.workers_task_role.arn

  runtime_platform {
    cpu_architecture        = "X86_64"
    operating_system_family = "LINUX"
  }
}

resource "aws_ecs_service" "workers" {
  cluster                            = aws_ecs_cluster.apps.id
  deployment_maximum_percent         = 200
  deployment_minimum_healthy_percent = 100
  desired_count                      = 2
  enable_ecs_managed_tags            = true
  launch_type                        = "FARGATE"
  name                               = "workers"
  platform_version                   = "LATEST"
  propagate_tags                     = "SERVICE"
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  task_definition = aws_ecs_task_definition.workers.arn

  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }
  lifecycle {
    ignore_changes = [desired_count]
  }
  network_configuration {
    assign_public_ip = false
    security_groups  = [aws_security_group.workers_sg.id]
    subnets          = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id, aws_subnet.core_private_3.id]
  }

  depends_on = [aws_iam_role_policy.workers_execution_role]
}

resource "aws_appautoscaling_target" "kong_tasks" {
  max_capacity       = 10
  min_capacity       = 2
  resource_id        = "service/cloudsync-apps/kong"
  scalable_dimension = "ecs:service:DesiredCount"
  service_namespace  = "ecs"
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }

  depends_on = [aws_ecs_service.kong]
}

resource "aws_appautoscaling_policy" "kong_tasks_tracking_1" {
  name               = "kong-tasks-tracking-1"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_appautoscaling_target.kong_tasks.resource_id
  scalable_dimension = aws_appautoscaling_target.kong_tasks.scalable_dimension
  service_namespace  = aws_appautoscaling_target.kong_tasks.service_namespace

  target_tracking_scaling_policy_configuration {
    scale_in_cooldown  = 300
    scale_out_cooldown = 60
    target_value       = 70

    predefined_metric_specification {
      predefined_metric_type = "ECSServiceAverageCPUUtilization"
    }
  }
}

resource "aws_appautoscaling_target" "api_tasks" {
  max_capacity       = 10
  min_capacity       = 2
  resource_id        = "service/cloudsync-apps/api"
  scalable_dimension = "ecs:service:DesiredCount"
  service_namespace  = "ecs"
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }

  depends_on = [aws_ecs_service.api]
}

resource "aws_appautoscaling_policy" "api_tasks_tracking_1" {
  name               = "api-tasks-tracking-1"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_appautoscaling_target.api_tasks.resource_id
  scalable_dimension = aws_appautoscaling_target.api_tasks.scalable_dimension
  service_namespace  = aws_appautoscaling_target.api_tasks.service_namespace

  target_tracking_scaling_policy_configuration {
    scale_in_cooldown  = 300
    scale_out_cooldown = 60
    target_value       = 70

    predefined_metric_specification {
      predefined_metric_type = "ECSServiceAverageCPUUtilization"
    }
  }
}

resource "aws_appautoscaling_target" "sockets_tasks" {
  max_capacity       = 10
  min_capacity       = 2
  resource_id        = "service/cloudsync-apps/sockets"
  scalable_dimension = "ecs:service:DesiredCount"
  service_namespace  = "ecs"
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }

  depends_on = [aws_ecs_service.sockets]
}

resource "aws_appautoscaling_policy" "sockets_tasks_tracking_1" {
  name               = "sockets-tasks-tracking-1"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_appautoscaling_target.sockets_tasks.resource_id
  scalable_dimension = aws_appautoscaling_target.sockets_tasks.scalable_dimension
  service_namespace  = aws_appautoscaling_target.sockets_tasks.service_namespace

  target_tracking_scaling_policy_configuration {
    scale_in_cooldown  = 300
    scale_out_cooldown = 60
    target_value       = 70

    predefined_metric_specification {
      predefined_metric_type = "ECSServiceAverageCPUUtilization"
    }
  }
}

resource "aws_appautoscaling_target" "workers_tasks" {
  max_capacity       = 20
  min_capacity       = 2
  resource_id        = "service/cloudsync-apps/workers"
  scalable_dimension = "ecs:service:DesiredCount"
  service_namespace  = "ecs"
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }

  depends_on = [aws_ecs_service.workers]
}

resource "aws_appautoscaling_policy" "workers_tasks_tracking_1" {
  name               = "workers-tasks-tracking-1"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_appautoscaling_target.workers_tasks.resource_id
  scalable_dimension = aws_appautoscaling_target.workers_tasks.scalable_dimension
  service_namespace  = aws_appautoscaling_target.workers_tasks.service_namespace

  target_tracking_scaling_policy_configuration {
    scale_in_cooldown  = 300
    scale_out_cooldown = 60
    target_value       = 70

    predefined_metric_specification {
      predefined_metric_type = "ECSServiceAverageCPUUtilization"
    }
  }
}

resource "aws_appautoscaling_policy" "workers_tasks_default_queue_depth_out" {
  name               = "workers-tasks-default-queue-depth-out"
  policy_type        = "StepScaling"
  resource_id        = aws_appautoscaling_target.workers_tasks.resource_id
  scalable_dimension = aws_appautoscaling_target.workers_tasks.scalable_dimension
  service_namespace  = aws_appautoscaling_target.workers_tasks.service_namespace

  step_scaling_policy_configuration {
    adjustment_type         = "ChangeInCapacity"
    cooldown                = 60
    metric_aggregation_type = "Maximum"

    step_adjustment {
      metric_interval_lower_bound = "0"
      metric_interval_upper_bound = "400"
      scaling_adjustment          = 1
    }
    step_adjustment {
      metric_interval_lower_bound = "400"
      scaling_adjustment          = 5
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "workers_tasks_default_queue_depth_out_alarm" {
  alarm_actions       = [aws_appautoscaling_policy.workers_tasks_default_queue_depth_out.arn]
  alarm_description   = "step scaling 'default-queue-depth' of workers-tasks"
  alarm_name          = "workers-tasks-default-queue-depth-out-alarm"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  dimensions = {
    QueueName = aws_sqs_queue.default_jobs.name
  }
  evaluation_periods = 1
  metric_name        = "ApproximateNumberOfMessagesVisible"
  namespace          = "AWS/SQS"
  period             = 60
  statistic          = "Maximum"
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  threshold          = 100
  treat_missing_data = "notBreaching"
}

resource "aws_appautoscaling_policy" "workers_tasks_default_queue_depth_in" {
  name               = "workers-tasks-default-queue-depth-in"
  policy_type        = "StepScaling"
  resource_id        = aws_appautoscaling_target.workers_tasks.resource_id
  scalable_dimension = aws_appautoscaling_target.workers_tasks.scalable_dimension
  service_namespace  = aws_appautoscaling_target.workers_tasks.service_namespace

  step_scaling_policy_configuration {
    adjustment_type         = "ChangeInCapacity"
    cooldown                = 60
    metric_aggregation_type = "Maximum"

    step_adjustment {
      metric_interval_upper_bound = "0"
      scaling_adjustment          = -1
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "workers_tasks_default_queue_depth_in_alarm" {
  alarm_actions       = [aws_appautoscaling_policy.workers_tasks_default_queue_depth_in.arn]
  alarm_description   = "step scaling 'default-queue-depth' of workers-tasks"
  alarm_name          = "workers-tasks-default-queue-depth-in-alarm"
  comparison_operator = "LessThanOrEqualToThreshold"
  dimensions = {
    QueueName = aws_sqs_queue.default_jobs.name
  }
  evaluation_periods = 1
  metric_name        = "ApproximateNumberOfMessagesVisible"
  namespace          = "AWS/SQS"
  period             = 60
  statistic          = "Maximum"
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  threshold          = 0
  treat_missing_data = "notBreaching"
}

resource "aws_vpc_security_group_ingress_rule" "kong_db_from_kong" {
  # checkov:skip=CKV_AWS_260:the public load balancer accepts port 80 only to redirect to HTTPS
  description                  = "kong to kong-db"
  from_port                    = 5432
  ip_protocol                  = "tcp"
  referenced_security_group_id = aws_security_group.kong_sg.id
  security_group_id            = aws_security_group.kong_db_sg.id
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  to_port = 5432
}

resource "aws_vpc_security_group_ingress_rule" "api_from_kong" {
  # checkov:skip=CKV_AWS_260:the public load balancer accepts port 80 only to redirect to HTTPS
  description                  = "kong to api"
  from_port                    = 8000
  ip_protocol                  = "tcp"
  referenced_security_group_id = aws_security_group.kong_sg.id
  security_group_id            = aws_security_group.api_sg.id
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  to_port = 8000
}

resource "aws_vpc_security_group_ingress_rule" "app_db_from_api" {
  # checkov:skip=CKV_AWS_260:the public load balancer accepts port 80 only to redirect to HTTPS
  description                  = "api to app-db"
  from_port                    = 5432
  ip_protocol                  = "tcp"
  referenced_security_group_id = aws_security_group.api_sg.id
  security_group_id            = aws_security_group.app_db_sg.id
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  to_port = 5432
}

resource "aws_vpc_security_group_ingress_rule" "cache_from_api" {
  # checkov:skip=CKV_AWS_260:the public load balancer accepts port 80 only to redirect to HTTPS
  description                  = "api to cache"
  from_port                    = 6379
  ip_protocol                  = "tcp"
  referenced_security_group_id = aws_security_group.api_sg.id
  security_group_id            = aws_security_group.cache_sg.id
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  to_port = 6379
}

resource "aws_vpc_security_group_ingress_rule" "cache_from_sockets" {
  # checkov:skip=CKV_AWS_260:the public load balancer accepts port 80 only to redirect to HTTPS
  description                  = "sockets to cache"
  from_port                    = 6379
  ip_protocol                  = "tcp"
  referenced_security_group_id = aws_security_group.sockets_sg.id
  security_group_id            = aws_security_group.cache_sg.id
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  to_port = 6379
}

resource "aws_vpc_security_group_ingress_rule" "app_db_from_workers" {
  # checkov:skip=CKV_AWS_260:the public load balancer accepts port 80 only to redirect to HTTPS
  description                  = "workers to app-db"
  from_port                    = 5432
  ip_protocol                  = "tcp"
  referenced_security_group_id = aws_security_group.workers_sg.id
  security_group_id            = aws_security_group.app_db_sg.id
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  to_port = 5432
}

resource "aws_vpc_security_group_ingress_rule" "job_store_from_workers" {
  # checkov:skip=CKV_AWS_260:the public load balancer accepts port 80 only to redirect to HTTPS
  description                  = "workers to job-store"
  from_port                    = 6379
  ip_protocol                  = "tcp"
  referenced_security_group_id = aws_security_group.workers_sg.id
  security_group_id            = aws_security_group.job_store_sg.id
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
  to_port = 6379
}

resource "aws_s3_bucket" "files_replica" {
  # checkov:skip=CKV_AWS_145:encrypted at rest with S3-managed keys (SSE-S3) in both Regions; no requirement for a customer key
  # checkov:skip=CKV_AWS_18:object access is audited through CloudTrail data events at the account level, not server access logs
  # checkov:skip=CKV2_AWS_62:the API queues a job for each upload itself; no S3 event notifications are used
  # checkov:skip=CKV2_AWS_61:the replica bucket mirrors the source, whose lifecycle archives objects; replicas expire with their source
  provider = aws.us_west_2
  bucket   = "cloudsync-files-dr-123456789012"
  tags = {
    owner   = "platform"
    project = "cloudsync"
  }
}

resource "aws_s3_bucket_public_access_block" "files_replica" {
  provider                = aws.us_west_2
  block_public_acls       = true
  block_public_policy     = true
  bucket                  = aws_s3_bucket.files_replica.id
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "files_replica" {
  provider = aws.us_west_2
  bucket   = aws_s3_bucket.files_replica.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "files_replica" {
  # checkov:skip=CKV_AWS_145:encrypted at rest with S3-managed keys (SSE-S3) in both Regions; no requirement for a customer key
  provider = aws.us_west_2
  bucket   = aws_s3_bucket.files_replica.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "files_replica" {
  provider = aws.us_west_2
  bucket   = aws_s3_bucket.files_replica.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_policy" "files_replica_policy" {
  provider = aws.us_west_2
  bucket   = aws_s3_bucket.files_replica.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "DenyInsecureTransport"
        Effect    = "Deny"
        Principal = "*"
        Action    = ["s3:*"]
        Resource  = [aws_s3_bucket.files_replica.arn, "${aws_s3_bucket.files_replica.arn}/*"]
        Condition = {
          Bool = {
            "aws:SecureTransport" = "false"
          }
        }
      },
    ]
  })

  depends_on = [aws_s3_bucket_public_access_block.files_replica]
}
