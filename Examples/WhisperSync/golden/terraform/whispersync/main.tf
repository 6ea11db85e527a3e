# Stack 'whispersync' in us-east-1, scaling phase scale.

data "aws_availability_zones" "available" {
  # checkov:skip=CKV_AWS_394:subnets take the first zones by index (as Fn::GetAZs does); the subnet count fixes how many are used
  state = "available"
}

data "aws_caller_identity" "current" {
}

data "aws_partition" "current" {
}

data "aws_region" "current" {
}

resource "aws_cloudwatch_log_group" "core_flow_logs" {
  # checkov:skip=CKV_AWS_158:log groups use CloudWatch Logs' default encryption at rest; memo text is not logged
  name              = "/aws/vpc/whispersync/core/flow-logs"
  retention_in_days = 365
  tags = {
    environment = "prod"
    system      = "whispersync"
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
    environment = "prod"
    system      = "whispersync"
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
  # checkov:skip=CKV2_AWS_12:no resource uses the VPC's default security group: each function, cluster and cache gets its own
  cidr_block           = "10.40.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    Name        = "core"
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_internet_gateway" "core" {
  tags = {
    Name        = "core-igw"
    environment = "prod"
    system      = "whispersync"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_public_1" {
  availability_zone       = data.aws_availability_zones.available.names[0]
  cidr_block              = "10.40.0.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name        = "core-public-1"
    environment = "prod"
    system      = "whispersync"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_public_2" {
  availability_zone       = data.aws_availability_zones.available.names[1]
  cidr_block              = "10.40.16.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name        = "core-public-2"
    environment = "prod"
    system      = "whispersync"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_public_3" {
  availability_zone       = data.aws_availability_zones.available.names[2]
  cidr_block              = "10.40.32.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name        = "core-public-3"
    environment = "prod"
    system      = "whispersync"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_private_1" {
  availability_zone       = data.aws_availability_zones.available.names[0]
  cidr_block              = "10.40.48.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name        = "core-private-1"
    environment = "prod"
    system      = "whispersync"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_private_2" {
  availability_zone       = data.aws_availability_zones.available.names[1]
  cidr_block              = "10.40.64.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name        = "core-private-2"
    environment = "prod"
    system      = "whispersync"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_private_3" {
  availability_zone       = data.aws_availability_zones.available.names[2]
  cidr_block              = "10.40.80.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name        = "core-private-3"
    environment = "prod"
    system      = "whispersync"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_eip" "core_nat_1" {
  domain = "vpc"
  tags = {
    Name        = "core-nat-1"
    environment = "prod"
    system      = "whispersync"
  }

  depends_on = [aws_internet_gateway.core]
}

resource "aws_nat_gateway" "core_nat_1" {
  allocation_id = aws_eip.core_nat_1.id
  subnet_id     = aws_subnet.core_public_1.id
  tags = {
    Name        = "core-nat-1"
    environment = "prod"
    system      = "whispersync"
  }

  depends_on = [aws_internet_gateway.core]
}

resource "aws_eip" "core_nat_2" {
  domain = "vpc"
  tags = {
    Name        = "core-nat-2"
    environment = "prod"
    system      = "whispersync"
  }

  depends_on = [aws_internet_gateway.core]
}

resource "aws_nat_gateway" "core_nat_2" {
  allocation_id = aws_eip.core_nat_2.id
  subnet_id     = aws_subnet.core_public_2.id
  tags = {
    Name        = "core-nat-2"
    environment = "prod"
    system      = "whispersync"
  }

  depends_on = [aws_internet_gateway.core]
}

resource "aws_eip" "core_nat_3" {
  domain = "vpc"
  tags = {
    Name        = "core-nat-3"
    environment = "prod"
    system      = "whispersync"
  }

  depends_on = [aws_internet_gateway.core]
}

resource "aws_nat_gateway" "core_nat_3" {
  allocation_id = aws_eip.core_nat_3.id
  subnet_id     = aws_subnet.core_public_3.id
  tags = {
    Name        = "core-nat-3"
    environment = "prod"
    system      = "whispersync"
  }

  depends_on = [aws_internet_gateway.core]
}

resource "aws_route_table" "core_public_routes" {
  tags = {
    Name        = "core-public-routes"
    environment = "prod"
    system      = "whispersync"
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
    Name        = "core-private-routes-1"
    environment = "prod"
    system      = "whispersync"
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
    Name        = "core-private-routes-2"
    environment = "prod"
    system      = "whispersync"
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
    Name        = "core-private-routes-3"
    environment = "prod"
    system      = "whispersync"
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
    Name        = "core-s3"
    environment = "prod"
    system      = "whispersync"
  }
  vpc_endpoint_type = "Gateway"
  vpc_id            = aws_vpc.core.id
}

resource "aws_vpc_endpoint" "core_dynamodb" {
  route_table_ids = [aws_route_table.core_private_routes_1.id, aws_route_table.core_private_routes_2.id, aws_route_table.core_private_routes_3.id]
  service_name    = "com.amazonaws.${data.aws_region.current.name}.dynamodb"
  tags = {
    Name        = "core-dynamodb"
    environment = "prod"
    system      = "whispersync"
  }
  vpc_endpoint_type = "Gateway"
  vpc_id            = aws_vpc.core.id
}

resource "aws_flow_log" "core_flow_log" {
  iam_role_arn         = aws_iam_role.core_flow_logs_role.arn
  log_destination      = aws_cloudwatch_log_group.core_flow_logs.arn
  log_destination_type = "cloud-watch-logs"
  tags = {
    Name        = "core-flow-log"
    environment = "prod"
    system      = "whispersync"
  }
  traffic_type = "REJECT"
  vpc_id       = aws_vpc.core.id
}

resource "aws_s3_bucket" "recordings" {
  # checkov:skip=CKV_AWS_145:buckets are encrypted at rest with S3-managed keys (SSE-S3); no requirement for a customer key
  # checkov:skip=CKV_AWS_144:recordings are replicated by the application's archive path; the edge logs are kept in one Region
  # checkov:skip=CKV_AWS_18:object access is audited through CloudTrail data events; the edge log bucket is itself a log target
  # checkov:skip=CKV2_AWS_62:new recordings are announced through the primary queue, not S3 event notifications
  bucket = "whispersync-recordings-123456789012"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_s3_bucket_public_access_block" "recordings" {
  block_public_acls       = true
  block_public_policy     = true
  bucket                  = aws_s3_bucket.recordings.id
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "recordings" {
  bucket = aws_s3_bucket.recordings.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "recordings" {
  # checkov:skip=CKV_AWS_145:buckets are encrypted at rest with S3-managed keys (SSE-S3); no requirement for a customer key
  bucket = aws_s3_bucket.recordings.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "recordings" {
  bucket = aws_s3_bucket.recordings.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "recordings" {
  bucket = aws_s3_bucket.recordings.id

  rule {
    id     = "archive"
    status = "Enabled"

    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
    filter {
      prefix = ""
    }
    noncurrent_version_expiration {
      noncurrent_days = 30
    }
    transition {
      days          = 30
      storage_class = "GLACIER_IR"
    }
  }

  depends_on = [aws_s3_bucket_versioning.recordings]
}

resource "aws_s3_bucket" "edge_logs" {
  # checkov:skip=CKV_AWS_145:buckets are encrypted at rest with S3-managed keys (SSE-S3); no requirement for a customer key
  # checkov:skip=CKV_AWS_144:recordings are replicated by the application's archive path; the edge logs are kept in one Region
  # checkov:skip=CKV_AWS_18:object access is audited through CloudTrail data events; the edge log bucket is itself a log target
  # checkov:skip=CKV2_AWS_62:new recordings are announced through the primary queue, not S3 event notifications
  bucket = "whispersync-edge-logs-123456789012"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_s3_bucket_public_access_block" "edge_logs" {
  block_public_acls       = true
  block_public_policy     = true
  bucket                  = aws_s3_bucket.edge_logs.id
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "edge_logs" {
  # checkov:skip=CKV2_AWS_65:CloudFront standard logging delivers log files with ACLs; the bucket keeps ACLs for that only
  bucket = aws_s3_bucket.edge_logs.id

  rule {
    object_ownership = "BucketOwnerPreferred"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "edge_logs" {
  # checkov:skip=CKV_AWS_145:buckets are encrypted at rest with S3-managed keys (SSE-S3); no requirement for a customer key
  bucket = aws_s3_bucket.edge_logs.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "edge_logs" {
  bucket = aws_s3_bucket.edge_logs.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "edge_logs" {
  bucket = aws_s3_bucket.edge_logs.id

  rule {
    id     = "expire"
    status = "Enabled"

    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
    expiration {
      days = 90
    }
    filter {
      prefix = ""
    }
    noncurrent_version_expiration {
      noncurrent_days = 30
    }
  }

  depends_on = [aws_s3_bucket_versioning.edge_logs]
}

resource "aws_s3_bucket_policy" "edge_logs_policy" {
  bucket = aws_s3_bucket.edge_logs.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "DenyInsecureTransport"
        Effect    = "Deny"
        Principal = "*"
        Action    = ["s3:*"]
        Resource  = [aws_s3_bucket.edge_logs.arn, "${aws_s3_bucket.edge_logs.arn}/*"]
        Condition = {
          Bool = {
            "aws:SecureTransport" = "false"
          }
        }
      },
    ]
  })

  depends_on = [aws_s3_bucket_public_access_block.edge_logs]
}

resource "aws_dynamodb_table" "memos" {
  # checkov:skip=CKV_AWS_119:tables are encrypted at rest with DynamoDB's AWS owned key; no requirement for customer managed keys
  billing_mode                = "PAY_PER_REQUEST"
  deletion_protection_enabled = true
  hash_key                    = "pk"
  name                        = "whispersync-memos-prod"
  stream_enabled              = true
  stream_view_type            = "NEW_AND_OLD_IMAGES"
  table_class                 = "STANDARD"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }

  attribute {
    name = "pk"
    type = "S"
  }
  lifecycle {
    ignore_changes = [replica]
  }
  point_in_time_recovery {
    enabled                 = true
    recovery_period_in_days = 35
  }
  server_side_encryption {
    enabled = true
  }
}

resource "aws_dynamodb_table_replica" "memos_us_west_2" {
  # checkov:skip=CKV_AWS_271:replicas use DynamoDB's AWS owned key, like the table
  deletion_protection_enabled = true
  global_table_arn            = aws_dynamodb_table.memos.arn
  point_in_time_recovery      = true
  provider                    = aws.us_west_2
  table_class_override        = "STANDARD"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_dynamodb_table_replica" "memos_eu_west_1" {
  # checkov:skip=CKV_AWS_271:replicas use DynamoDB's AWS owned key, like the table
  deletion_protection_enabled = true
  global_table_arn            = aws_dynamodb_table.memos.arn
  point_in_time_recovery      = true
  provider                    = aws.eu_west_1
  table_class_override        = "STANDARD"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_dynamodb_table_replica" "memos_ap_southeast_1" {
  # checkov:skip=CKV_AWS_271:replicas use DynamoDB's AWS owned key, like the table
  deletion_protection_enabled = true
  global_table_arn            = aws_dynamodb_table.memos.arn
  point_in_time_recovery      = true
  provider                    = aws.ap_southeast_1
  table_class_override        = "STANDARD"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_sqs_queue" "dead_letters" {
  delay_seconds             = 0
  max_message_size          = 262144
  message_retention_seconds = 1209600
  name                      = "whispersync-dead-letters"
  receive_wait_time_seconds = 0
  sqs_managed_sse_enabled   = true
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  visibility_timeout_seconds = 30
}

resource "aws_sqs_queue" "primary" {
  delay_seconds             = 0
  max_message_size          = 262144
  message_retention_seconds = 345600
  name                      = "whispersync-primary"
  receive_wait_time_seconds = 20
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dead_letters.arn
    maxReceiveCount     = 3
  })
  sqs_managed_sse_enabled = true
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  visibility_timeout_seconds = 900
}

resource "aws_sqs_queue" "overflow" {
  delay_seconds             = 0
  max_message_size          = 262144
  message_retention_seconds = 345600
  name                      = "whispersync-overflow"
  receive_wait_time_seconds = 20
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dead_letters.arn
    maxReceiveCount     = 3
  })
  sqs_managed_sse_enabled = true
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  visibility_timeout_seconds = 900
}

resource "aws_sqs_queue" "archive" {
  delay_seconds             = 0
  max_message_size          = 262144
  message_retention_seconds = 345600
  name                      = "whispersync-archive"
  receive_wait_time_seconds = 20
  sqs_managed_sse_enabled   = true
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  visibility_timeout_seconds = 300
}

resource "aws_security_group" "hot_sg" {
  description = "cache hot"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_vpc_security_group_egress_rule" "hot_sg" {
  cidr_ipv4         = "0.0.0.0/0"
  description       = "all outbound traffic"
  ip_protocol       = "-1"
  security_group_id = aws_security_group.hot_sg.id
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_elasticache_subnet_group" "hot_subnets" {
  description = "subnets of cache hot"
  name        = "whispersync-hot-subnets"
  subnet_ids  = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id, aws_subnet.core_private_3.id]
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_elasticache_replication_group" "hot" {
  # checkov:skip=CKV_AWS_31:in-transit encryption is on; only the consumers' security group reaches the cache, which uses no AUTH token
  # checkov:skip=CKV_AWS_191:the cache holds re-creatable data, encrypted at rest with ElastiCache's service key
  at_rest_encryption_enabled = true
  automatic_failover_enabled = true
  cluster_mode               = "disabled"
  description                = "cache hot"
  engine                     = "redis"
  engine_version             = "7.1"
  multi_az_enabled           = true
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  port                       = 6379
  replication_group_id       = "whispersync-hot"
  security_group_ids         = [aws_security_group.hot_sg.id]
  snapshot_retention_limit   = 7
  subnet_group_name          = aws_elasticache_subnet_group.hot_subnets.name
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  transit_encryption_enabled = true
}

resource "aws_dynamodb_table" "cache" {
  # checkov:skip=CKV_AWS_119:tables are encrypted at rest with DynamoDB's AWS owned key; no requirement for customer managed keys
  billing_mode                = "PAY_PER_REQUEST"
  deletion_protection_enabled = true
  hash_key                    = "cache_key"
  name                        = "whispersync-cache"
  table_class                 = "STANDARD"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }

  attribute {
    name = "cache_key"
    type = "S"
  }
  point_in_time_recovery {
    enabled                 = true
    recovery_period_in_days = 35
  }
  server_side_encryption {
    enabled = true
  }
  ttl {
    attribute_name = "ttl"
    enabled        = true
  }
}

resource "aws_sqs_queue" "shard_0_queue" {
  delay_seconds             = 0
  max_message_size          = 262144
  message_retention_seconds = 345600
  name                      = "whispersync-shard-0-prod"
  receive_wait_time_seconds = 0
  sqs_managed_sse_enabled   = true
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  visibility_timeout_seconds = 360
}

resource "aws_sqs_queue" "shard_1_queue" {
  delay_seconds             = 0
  max_message_size          = 262144
  message_retention_seconds = 345600
  name                      = "whispersync-shard-1-prod"
  receive_wait_time_seconds = 0
  sqs_managed_sse_enabled   = true
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  visibility_timeout_seconds = 360
}

resource "aws_sqs_queue" "shard_2_queue" {
  delay_seconds             = 0
  max_message_size          = 262144
  message_retention_seconds = 345600
  name                      = "whispersync-shard-2-prod"
  receive_wait_time_seconds = 0
  sqs_managed_sse_enabled   = true
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  visibility_timeout_seconds = 360
}

resource "aws_sqs_queue" "shard_3_queue" {
  delay_seconds             = 0
  max_message_size          = 262144
  message_retention_seconds = 345600
  name                      = "whispersync-shard-3-prod"
  receive_wait_time_seconds = 0
  sqs_managed_sse_enabled   = true
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  visibility_timeout_seconds = 360
}

resource "aws_sqs_queue" "shard_4_queue" {
  delay_seconds             = 0
  max_message_size          = 262144
  message_retention_seconds = 345600
  name                      = "whispersync-shard-4-prod"
  receive_wait_time_seconds = 0
  sqs_managed_sse_enabled   = true
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  visibility_timeout_seconds = 360
}

resource "aws_sqs_queue" "shard_5_queue" {
  delay_seconds             = 0
  max_message_size          = 262144
  message_retention_seconds = 345600
  name                      = "whispersync-shard-5-prod"
  receive_wait_time_seconds = 0
  sqs_managed_sse_enabled   = true
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  visibility_timeout_seconds = 360
}

resource "aws_sqs_queue" "shard_6_queue" {
  delay_seconds             = 0
  max_message_size          = 262144
  message_retention_seconds = 345600
  name                      = "whispersync-shard-6-prod"
  receive_wait_time_seconds = 0
  sqs_managed_sse_enabled   = true
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  visibility_timeout_seconds = 360
}

resource "aws_sqs_queue" "shard_7_queue" {
  delay_seconds             = 0
  max_message_size          = 262144
  message_retention_seconds = 345600
  name                      = "whispersync-shard-7-prod"
  receive_wait_time_seconds = 0
  sqs_managed_sse_enabled   = true
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  visibility_timeout_seconds = 360
}

resource "aws_sqs_queue" "shard_8_queue" {
  delay_seconds             = 0
  max_message_size          = 262144
  message_retention_seconds = 345600
  name                      = "whispersync-shard-8-prod"
  receive_wait_time_seconds = 0
  sqs_managed_sse_enabled   = true
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  visibility_timeout_seconds = 360
}

resource "aws_sqs_queue" "shard_9_queue" {
  delay_seconds             = 0
  max_message_size          = 262144
  message_retention_seconds = 345600
  name                      = "whispersync-shard-9-prod"
  receive_wait_time_seconds = 0
  sqs_managed_sse_enabled   = true
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  visibility_timeout_seconds = 360
}

resource "aws_dynamodb_table" "shard_0_table" {
  # checkov:skip=CKV_AWS_119:tables are encrypted at rest with DynamoDB's AWS owned key; no requirement for customer managed keys
  billing_mode                = "PAY_PER_REQUEST"
  deletion_protection_enabled = true
  hash_key                    = "pk"
  name                        = "whispersync-shard-0-table"
  table_class                 = "STANDARD"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }

  attribute {
    name = "pk"
    type = "S"
  }
  point_in_time_recovery {
    enabled                 = true
    recovery_period_in_days = 35
  }
  server_side_encryption {
    enabled = true
  }
}

resource "aws_dynamodb_table" "shard_1_table" {
  # checkov:skip=CKV_AWS_119:tables are encrypted at rest with DynamoDB's AWS owned key; no requirement for customer managed keys
  billing_mode                = "PAY_PER_REQUEST"
  deletion_protection_enabled = true
  hash_key                    = "pk"
  name                        = "whispersync-shard-1-table"
  table_class                 = "STANDARD"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }

  attribute {
    name = "pk"
    type = "S"
  }
  point_in_time_recovery {
    enabled                 = true
    recovery_period_in_days = 35
  }
  server_side_encryption {
    enabled = true
  }
}

resource "aws_dynamodb_table" "shard_2_table" {
  # checkov:skip=CKV_AWS_119:tables are encrypted at rest with DynamoDB's AWS owned key; no requirement for customer managed keys
  billing_mode                = "PAY_PER_REQUEST"
  deletion_protection_enabled = true
  hash_key                    = "pk"
  name                        = "whispersync-shard-2-table"
  table_class                 = "STANDARD"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }

  attribute {
    name = "pk"
    type = "S"
  }
  point_in_time_recovery {
    enabled                 = true
    recovery_period_in_days = 35
  }
  server_side_encryption {
    enabled = true
  }
}

resource "aws_dynamodb_table" "shard_3_table" {
  # checkov:skip=CKV_AWS_119:tables are encrypted at rest with DynamoDB's AWS owned key; no requirement for customer managed keys
  billing_mode                = "PAY_PER_REQUEST"
  deletion_protection_enabled = true
  hash_key                    = "pk"
  name                        = "whispersync-shard-3-table"
  table_class                 = "STANDARD"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }

  attribute {
    name = "pk"
    type = "S"
  }
  point_in_time_recovery {
    enabled                 = true
    recovery_period_in_days = 35
  }
  server_side_encryption {
    enabled = true
  }
}

resource "aws_dynamodb_table" "shard_4_table" {
  # checkov:skip=CKV_AWS_119:tables are encrypted at rest with DynamoDB's AWS owned key; no requirement for customer managed keys
  billing_mode                = "PAY_PER_REQUEST"
  deletion_protection_enabled = true
  hash_key                    = "pk"
  name                        = "whispersync-shard-4-table"
  table_class                 = "STANDARD"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }

  attribute {
    name = "pk"
    type = "S"
  }
  point_in_time_recovery {
    enabled                 = true
    recovery_period_in_days = 35
  }
  server_side_encryption {
    enabled = true
  }
}

resource "aws_dynamodb_table" "shard_5_table" {
  # checkov:skip=CKV_AWS_119:tables are encrypted at rest with DynamoDB's AWS owned key; no requirement for customer managed keys
  billing_mode                = "PAY_PER_REQUEST"
  deletion_protection_enabled = true
  hash_key                    = "pk"
  name                        = "whispersync-shard-5-table"
  table_class                 = "STANDARD"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }

  attribute {
    name = "pk"
    type = "S"
  }
  point_in_time_recovery {
    enabled                 = true
    recovery_period_in_days = 35
  }
  server_side_encryption {
    enabled = true
  }
}

resource "aws_dynamodb_table" "shard_6_table" {
  # checkov:skip=CKV_AWS_119:tables are encrypted at rest with DynamoDB's AWS owned key; no requirement for customer managed keys
  billing_mode                = "PAY_PER_REQUEST"
  deletion_protection_enabled = true
  hash_key                    = "pk"
  name                        = "whispersync-shard-6-table"
  table_class                 = "STANDARD"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }

  attribute {
    name = "pk"
    type = "S"
  }
  point_in_time_recovery {
    enabled                 = true
    recovery_period_in_days = 35
  }
  server_side_encryption {
    enabled = true
  }
}

resource "aws_dynamodb_table" "shard_7_table" {
  # checkov:skip=CKV_AWS_119:tables are encrypted at rest with DynamoDB's AWS owned key; no requirement for customer managed keys
  billing_mode                = "PAY_PER_REQUEST"
  deletion_protection_enabled = true
  hash_key                    = "pk"
  name                        = "whispersync-shard-7-table"
  table_class                 = "STANDARD"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }

  attribute {
    name = "pk"
    type = "S"
  }
  point_in_time_recovery {
    enabled                 = true
    recovery_period_in_days = 35
  }
  server_side_encryption {
    enabled = true
  }
}

resource "aws_dynamodb_table" "shard_8_table" {
  # checkov:skip=CKV_AWS_119:tables are encrypted at rest with DynamoDB's AWS owned key; no requirement for customer managed keys
  billing_mode                = "PAY_PER_REQUEST"
  deletion_protection_enabled = true
  hash_key                    = "pk"
  name                        = "whispersync-shard-8-table"
  table_class                 = "STANDARD"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }

  attribute {
    name = "pk"
    type = "S"
  }
  point_in_time_recovery {
    enabled                 = true
    recovery_period_in_days = 35
  }
  server_side_encryption {
    enabled = true
  }
}

resource "aws_dynamodb_table" "shard_9_table" {
  # checkov:skip=CKV_AWS_119:tables are encrypted at rest with DynamoDB's AWS owned key; no requirement for customer managed keys
  billing_mode                = "PAY_PER_REQUEST"
  deletion_protection_enabled = true
  hash_key                    = "pk"
  name                        = "whispersync-shard-9-table"
  table_class                 = "STANDARD"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }

  attribute {
    name = "pk"
    type = "S"
  }
  point_in_time_recovery {
    enabled                 = true
    recovery_period_in_days = 35
  }
  server_side_encryption {
    enabled = true
  }
}

resource "aws_cloudwatch_log_group" "consumer_logs" {
  # checkov:skip=CKV_AWS_158:log groups use CloudWatch Logs' default encryption at rest; memo text is not logged
  name              = "/aws/lambda/whispersync-consumer"
  retention_in_days = 365
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_security_group" "consumer_sg" {
  description = "function consumer"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_vpc_security_group_egress_rule" "consumer_sg" {
  cidr_ipv4         = "0.0.0.0/0"
  description       = "all outbound traffic"
  ip_protocol       = "-1"
  security_group_id = aws_security_group.consumer_sg.id
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_cloudwatch_log_group" "shard_worker_logs" {
  # checkov:skip=CKV_AWS_158:log groups use CloudWatch Logs' default encryption at rest; memo text is not logged
  name              = "/aws/lambda/whispersync-shard-worker"
  retention_in_days = 365
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_iam_role" "shard_worker_role" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "lambda.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_iam_role_policy" "shard_worker_role" {
  name = "shard-worker-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "WriteLogs"
        Effect   = "Allow"
        Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
        Resource = ["${aws_cloudwatch_log_group.shard_worker_logs.arn}:*"]
      },
      {
        Sid      = "ConsumeShard0Queue"
        Effect   = "Allow"
        Action   = ["sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:ReceiveMessage"]
        Resource = [aws_sqs_queue.shard_0_queue.arn]
      },
      {
        Sid      = "ReadWriteShard0Table"
        Effect   = "Allow"
        Action   = ["dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:ConditionCheckItem", "dynamodb:DeleteItem", "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:UpdateItem"]
        Resource = [aws_dynamodb_table.shard_0_table.arn, "${aws_dynamodb_table.shard_0_table.arn}/index/*"]
      },
      {
        Sid      = "ConsumeShard1Queue"
        Effect   = "Allow"
        Action   = ["sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:ReceiveMessage"]
        Resource = [aws_sqs_queue.shard_1_queue.arn]
      },
      {
        Sid      = "ReadWriteShard1Table"
        Effect   = "Allow"
        Action   = ["dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:ConditionCheckItem", "dynamodb:DeleteItem", "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:UpdateItem"]
        Resource = [aws_dynamodb_table.shard_1_table.arn, "${aws_dynamodb_table.shard_1_table.arn}/index/*"]
      },
      {
        Sid      = "ConsumeShard2Queue"
        Effect   = "Allow"
        Action   = ["sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:ReceiveMessage"]
        Resource = [aws_sqs_queue.shard_2_queue.arn]
      },
      {
        Sid      = "ReadWriteShard2Table"
        Effect   = "Allow"
        Action   = ["dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:ConditionCheckItem", "dynamodb:DeleteItem", "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:UpdateItem"]
        Resource = [aws_dynamodb_table.shard_2_table.arn, "${aws_dynamodb_table.shard_2_table.arn}/index/*"]
      },
      {
        Sid      = "ConsumeShard3Queue"
        Effect   = "Allow"
        Action   = ["sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:ReceiveMessage"]
        Resource = [aws_sqs_queue.shard_3_queue.arn]
      },
      {
        Sid      = "ReadWriteShard3Table"
        Effect   = "Allow"
        Action   = ["dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:ConditionCheckItem", "dynamodb:DeleteItem", "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:UpdateItem"]
        Resource = [aws_dynamodb_table.shard_3_table.arn, "${aws_dynamodb_table.shard_3_table.arn}/index/*"]
      },
      {
        Sid      = "ConsumeShard4Queue"
        Effect   = "Allow"
        Action   = ["sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:ReceiveMessage"]
        Resource = [aws_sqs_queue.shard_4_queue.arn]
      },
      {
        Sid      = "ReadWriteShard4Table"
        Effect   = "Allow"
        Action   = ["dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:ConditionCheckItem", "dynamodb:DeleteItem", "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:UpdateItem"]
        Resource = [aws_dynamodb_table.shard_4_table.arn, "${aws_dynamodb_table.shard_4_table.arn}/index/*"]
      },
      {
        Sid      = "ConsumeShard5Queue"
        Effect   = "Allow"
        Action   = ["sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:ReceiveMessage"]
        Resource = [aws_sqs_queue.shard_5_queue.arn]
      },
      {
        Sid      = "ReadWriteShard5Table"
        Effect   = "Allow"
        Action   = ["dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:ConditionCheckItem", "dynamodb:DeleteItem", "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:UpdateItem"]
        Resource = [aws_dynamodb_table.shard_5_table.arn, "${aws_dynamodb_table.shard_5_table.arn}/index/*"]
      },
      {
        Sid      = "ConsumeShard6Queue"
        Effect   = "Allow"
        Action   = ["sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:ReceiveMessage"]
        Resource = [aws_sqs_queue.shard_6_queue.arn]
      },
      {
        Sid      = "ReadWriteShard6Table"
        Effect   = "Allow"
        Action   = ["dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:ConditionCheckItem", "dynamodb:DeleteItem", "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:UpdateItem"]
        Resource = [aws_dynamodb_table.shard_6_table.arn, "${aws_dynamodb_table.shard_6_table.arn}/index/*"]
      },
      {
        Sid      = "ConsumeShard7Queue"
        Effect   = "Allow"
        Action   = ["sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:ReceiveMessage"]
        Resource = [aws_sqs_queue.shard_7_queue.arn]
      },
      {
        Sid      = "ReadWriteShard7Table"
        Effect   = "Allow"
        Action   = ["dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:ConditionCheckItem", "dynamodb:DeleteItem", "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:UpdateItem"]
        Resource = [aws_dynamodb_table.shard_7_table.arn, "${aws_dynamodb_table.shard_7_table.arn}/index/*"]
      },
      {
        Sid      = "ConsumeShard8Queue"
        Effect   = "Allow"
        Action   = ["sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:ReceiveMessage"]
        Resource = [aws_sqs_queue.shard_8_queue.arn]
      },
      {
        Sid      = "ReadWriteShard8Table"
        Effect   = "Allow"
        Action   = ["dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:ConditionCheckItem", "dynamodb:DeleteItem", "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:UpdateItem"]
        Resource = [aws_dynamodb_table.shard_8_table.arn, "${aws_dynamodb_table.shard_8_table.arn}/index/*"]
      },
      {
        Sid      = "ConsumeShard9Queue"
        Effect   = "Allow"
        Action   = ["sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:ReceiveMessage"]
        Resource = [aws_sqs_queue.shard_9_queue.arn]
      },
      {
        Sid      = "ReadWriteShard9Table"
        Effect   = "Allow"
        Action   = ["dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:ConditionCheckItem", "dynamodb:DeleteItem", "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:UpdateItem"]
        Resource = [aws_dynamodb_table.shard_9_table.arn, "${aws_dynamodb_table.shard_9_table.arn}/index/*"]
      },
    ]
  })
  role = aws_iam_role.shard_worker_role.id
}

resource "aws_lambda_function" "shard_worker" {
  # checkov:skip=CKV_AWS_116:functions are invoked by queue triggers (whose queues have dead-letter queues), APIs, Step Functions and EventBridge with its retries
  # checkov:skip=CKV_AWS_173:environment variables hold resource names and URLs, no secrets; Lambda encrypts them with its service key
  # checkov:skip=CKV_AWS_272:code comes from the artifact buckets, which only CI writes; no code-signing profile
  # checkov:skip=CKV_AWS_115:seed 004 bounds the consumers through their queue triggers' maximum concurrency and reserves concurrency only where it documents it
  # checkov:skip=CKV_AWS_117:only functions that reach the cache and DAX run in the VPC; the others reach AWS APIs over TLS
  architectures = ["arm64"]
  function_name = "whispersync-shard-worker"
  handler       = "shard.handler"
  memory_size   = 512
  package_type  = "Zip"
  role          = aws_iam_role.shard_worker_role.arn
  runtime       = "python3.12"
  s3_bucket     = "whispersync-artifacts-123456789012"
  s3_key        = "shard-worker.zip"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  timeout = 60

  ephemeral_storage {
    size = 512
  }
  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.shard_worker_logs.name
  }
  tracing_config {
    mode = "PassThrough"
  }

  depends_on = [aws_iam_role_policy.shard_worker_role]
}

resource "aws_lambda_event_source_mapping" "shard_0_queue_trigger" {
  batch_size              = 10
  enabled                 = true
  event_source_arn        = aws_sqs_queue.shard_0_queue.arn
  function_name           = aws_lambda_function.shard_worker.arn
  function_response_types = ["ReportBatchItemFailures"]
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_lambda_event_source_mapping" "shard_1_queue_trigger" {
  batch_size              = 10
  enabled                 = true
  event_source_arn        = aws_sqs_queue.shard_1_queue.arn
  function_name           = aws_lambda_function.shard_worker.arn
  function_response_types = ["ReportBatchItemFailures"]
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_lambda_event_source_mapping" "shard_2_queue_trigger" {
  batch_size              = 10
  enabled                 = true
  event_source_arn        = aws_sqs_queue.shard_2_queue.arn
  function_name           = aws_lambda_function.shard_worker.arn
  function_response_types = ["ReportBatchItemFailures"]
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_lambda_event_source_mapping" "shard_3_queue_trigger" {
  batch_size              = 10
  enabled                 = true
  event_source_arn        = aws_sqs_queue.shard_3_queue.arn
  function_name           = aws_lambda_function.shard_worker.arn
  function_response_types = ["ReportBatchItemFailures"]
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_lambda_event_source_mapping" "shard_4_queue_trigger" {
  batch_size              = 10
  enabled                 = true
  event_source_arn        = aws_sqs_queue.shard_4_queue.arn
  function_name           = aws_lambda_function.shard_worker.arn
  function_response_types = ["ReportBatchItemFailures"]
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_lambda_event_source_mapping" "shard_5_queue_trigger" {
  batch_size              = 10
  enabled                 = true
  event_source_arn        = aws_sqs_queue.shard_5_queue.arn
  function_name           = aws_lambda_function.shard_worker.arn
  function_response_types = ["ReportBatchItemFailures"]
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_lambda_event_source_mapping" "shard_6_queue_trigger" {
  batch_size              = 10
  enabled                 = true
  event_source_arn        = aws_sqs_queue.shard_6_queue.arn
  function_name           = aws_lambda_function.shard_worker.arn
  function_response_types = ["ReportBatchItemFailures"]
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_lambda_event_source_mapping" "shard_7_queue_trigger" {
  batch_size              = 10
  enabled                 = true
  event_source_arn        = aws_sqs_queue.shard_7_queue.arn
  function_name           = aws_lambda_function.shard_worker.arn
  function_response_types = ["ReportBatchItemFailures"]
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_lambda_event_source_mapping" "shard_8_queue_trigger" {
  batch_size              = 10
  enabled                 = true
  event_source_arn        = aws_sqs_queue.shard_8_queue.arn
  function_name           = aws_lambda_function.shard_worker.arn
  function_response_types = ["ReportBatchItemFailures"]
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_lambda_event_source_mapping" "shard_9_queue_trigger" {
  batch_size              = 10
  enabled                 = true
  event_source_arn        = aws_sqs_queue.shard_9_queue.arn
  function_name           = aws_lambda_function.shard_worker.arn
  function_response_types = ["ReportBatchItemFailures"]
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_ecs_cluster" "batch" {
  name = "whispersync-batch"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }

  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}

resource "aws_security_group" "batch_worker_sg" {
  description = "service batch-worker"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_vpc_security_group_egress_rule" "batch_worker_sg" {
  cidr_ipv4         = "0.0.0.0/0"
  description       = "all outbound traffic"
  ip_protocol       = "-1"
  security_group_id = aws_security_group.batch_worker_sg.id
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_cloudwatch_log_group" "batch_worker_logs" {
  # checkov:skip=CKV_AWS_158:log groups use CloudWatch Logs' default encryption at rest; memo text is not logged
  name              = "/ecs/whispersync/batch-worker"
  retention_in_days = 365
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_iam_role" "batch_worker_execution_role" {
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
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_iam_role_policy" "batch_worker_execution_role" {
  name = "batch-worker-execution-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "WriteLogs"
        Effect   = "Allow"
        Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
        Resource = ["${aws_cloudwatch_log_group.batch_worker_logs.arn}:*"]
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
        Resource = ["arn:${data.aws_partition.current.partition}:ecr:us-east-1:123456789012:repository/whispersync-batch"]
      },
    ]
  })
  role = aws_iam_role.batch_worker_execution_role.id
}

resource "aws_iam_role" "batch_worker_task_role" {
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
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_iam_role_policy" "batch_worker_task_role" {
  name = "batch-worker-task-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "ConsumePrimary"
        Effect   = "Allow"
        Action   = ["sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:ReceiveMessage"]
        Resource = [aws_sqs_queue.primary.arn]
      },
      {
        Sid      = "ReadWriteMemos"
        Effect   = "Allow"
        Action   = ["dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:ConditionCheckItem", "dynamodb:DeleteItem", "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:UpdateItem"]
        Resource = [aws_dynamodb_table.memos.arn, "${aws_dynamodb_table.memos.arn}/index/*"]
      },
      {
        Sid      = "ListBucketRecordings"
        Effect   = "Allow"
        Action   = ["s3:ListBucket"]
        Resource = [aws_s3_bucket.recordings.arn]
      },
      {
        Sid      = "ReadWriteObjectsRecordings"
        Effect   = "Allow"
        Action   = ["s3:AbortMultipartUpload", "s3:DeleteObject", "s3:GetObject", "s3:PutObject"]
        Resource = ["${aws_s3_bucket.recordings.arn}/*"]
      },
    ]
  })
  role = aws_iam_role.batch_worker_task_role.id
}

resource "aws_ecs_task_definition" "batch_worker" {
  # checkov:skip=CKV_AWS_336:the batch worker writes temporary audio files to its root file system
  container_definitions = jsonencode([
    {
      name      = "worker"
      image     = "123456789012.dkr.ecr.us-east-1.amazonaws.com/whispersync-batch:2024-11"
      essential = true
      environment = [
        {
          name  = "MEMOS_TABLE"
          value = aws_dynamodb_table.memos.name
        },
      ]
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = aws_cloudwatch_log_group.batch_worker_logs.name
          awslogs-region        = data.aws_region.current.name
          awslogs-stream-prefix = "worker"
        }
      }
    },
  ])
  cpu                      = "1024"
  execution_role_arn       = aws_iam_role.batch_worker_execution_role.arn
  family                   = "batch-worker"
  memory                   = "2048"
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  task_role_arn = aws_iam_role.batch_worker_task_role.arn

  runtime_platform {
    cpu_architecture        = "ARM64"
    operating_system_family = "LINUX"
  }
}

resource "aws_ecs_service" "batch_worker" {
  cluster                            = aws_ecs_cluster.batch.id
  deployment_maximum_percent         = 200
  deployment_minimum_healthy_percent = 100
  desired_count                      = 1
  enable_ecs_managed_tags            = true
  launch_type                        = "FARGATE"
  name                               = "batch-worker"
  platform_version                   = "LATEST"
  propagate_tags                     = "SERVICE"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  task_definition = aws_ecs_task_definition.batch_worker.arn

  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }
  lifecycle {
    ignore_changes = [desired_count]
  }
  network_configuration {
    assign_public_ip = false
    security_groups  = [aws_security_group.batch_worker_sg.id]
    subnets          = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id, aws_subnet.core_private_3.id]
  }

  depends_on = [aws_iam_role_policy.batch_worker_execution_role]
}

resource "aws_appautoscaling_target" "batch_tasks" {
  max_capacity       = 20
  min_capacity       = 1
  resource_id        = "service/whispersync-batch/batch-worker"
  scalable_dimension = "ecs:service:DesiredCount"
  service_namespace  = "ecs"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }

  depends_on = [aws_ecs_service.batch_worker]
}

resource "aws_appautoscaling_policy" "batch_tasks_tracking_1" {
  name               = "batch-tasks-tracking-1"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_appautoscaling_target.batch_tasks.resource_id
  scalable_dimension = aws_appautoscaling_target.batch_tasks.scalable_dimension
  service_namespace  = aws_appautoscaling_target.batch_tasks.service_namespace

  target_tracking_scaling_policy_configuration {
    scale_in_cooldown  = 300
    scale_out_cooldown = 60
    target_value       = 70

    predefined_metric_specification {
      predefined_metric_type = "ECSServiceAverageCPUUtilization"
    }
  }
}

resource "aws_appautoscaling_policy" "batch_tasks_queue_depth_out" {
  name               = "batch-tasks-queue-depth-out"
  policy_type        = "StepScaling"
  resource_id        = aws_appautoscaling_target.batch_tasks.resource_id
  scalable_dimension = aws_appautoscaling_target.batch_tasks.scalable_dimension
  service_namespace  = aws_appautoscaling_target.batch_tasks.service_namespace

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

resource "aws_cloudwatch_metric_alarm" "batch_tasks_queue_depth_out_alarm" {
  alarm_actions       = [aws_appautoscaling_policy.batch_tasks_queue_depth_out.arn]
  alarm_description   = "step scaling 'queue-depth' of batch-tasks"
  alarm_name          = "batch-tasks-queue-depth-out-alarm"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  dimensions = {
    QueueName = aws_sqs_queue.primary.name
  }
  evaluation_periods = 1
  metric_name        = "ApproximateNumberOfMessagesVisible"
  namespace          = "AWS/SQS"
  period             = 60
  statistic          = "Maximum"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  threshold          = 100
  treat_missing_data = "notBreaching"
}

resource "aws_appautoscaling_policy" "batch_tasks_queue_depth_in" {
  name               = "batch-tasks-queue-depth-in"
  policy_type        = "StepScaling"
  resource_id        = aws_appautoscaling_target.batch_tasks.resource_id
  scalable_dimension = aws_appautoscaling_target.batch_tasks.scalable_dimension
  service_namespace  = aws_appautoscaling_target.batch_tasks.service_namespace

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

resource "aws_cloudwatch_metric_alarm" "batch_tasks_queue_depth_in_alarm" {
  alarm_actions       = [aws_appautoscaling_policy.batch_tasks_queue_depth_in.arn]
  alarm_description   = "step scaling 'queue-depth' of batch-tasks"
  alarm_name          = "batch-tasks-queue-depth-in-alarm"
  comparison_operator = "LessThanOrEqualToThreshold"
  dimensions = {
    QueueName = aws_sqs_queue.primary.name
  }
  evaluation_periods = 1
  metric_name        = "ApproximateNumberOfMessagesVisible"
  namespace          = "AWS/SQS"
  period             = 60
  statistic          = "Maximum"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  threshold          = 0
  treat_missing_data = "notBreaching"
}

resource "aws_cloudwatch_log_group" "analytics_logs" {
  # checkov:skip=CKV_AWS_158:log groups use CloudWatch Logs' default encryption at rest; memo text is not logged
  name              = "/aws/lambda/whispersync-analytics"
  retention_in_days = 365
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_iam_role" "analytics_role" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "lambda.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_iam_role_policy" "analytics_role" {
  name = "analytics-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "WriteLogs"
        Effect   = "Allow"
        Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
        Resource = ["${aws_cloudwatch_log_group.analytics_logs.arn}:*"]
      },
      {
        Sid      = "ReadMemos"
        Effect   = "Allow"
        Action   = ["dynamodb:BatchGetItem", "dynamodb:ConditionCheckItem", "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan"]
        Resource = [aws_dynamodb_table.memos.arn, "${aws_dynamodb_table.memos.arn}/index/*"]
      },
    ]
  })
  role = aws_iam_role.analytics_role.id
}

resource "aws_lambda_function" "analytics" {
  # checkov:skip=CKV_AWS_116:functions are invoked by queue triggers (whose queues have dead-letter queues), APIs, Step Functions and EventBridge with its retries
  # checkov:skip=CKV_AWS_173:environment variables hold resource names and URLs, no secrets; Lambda encrypts them with its service key
  # checkov:skip=CKV_AWS_272:code comes from the artifact buckets, which only CI writes; no code-signing profile
  # checkov:skip=CKV_AWS_115:seed 004 bounds the consumers through their queue triggers' maximum concurrency and reserves concurrency only where it documents it
  # checkov:skip=CKV_AWS_117:only functions that reach the cache and DAX run in the VPC; the others reach AWS APIs over TLS
  architectures = ["arm64"]
  function_name = "whispersync-analytics"
  handler       = "app.handler"
  memory_size   = 256
  package_type  = "Zip"
  role          = aws_iam_role.analytics_role.arn
  runtime       = "python3.12"
  s3_bucket     = "whispersync-artifacts-123456789012"
  s3_key        = "analytics.zip"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  timeout = 30

  ephemeral_storage {
    size = 512
  }
  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.analytics_logs.name
  }
  tracing_config {
    mode = "PassThrough"
  }

  depends_on = [aws_iam_role_policy.analytics_role]
}

resource "aws_cloudwatch_log_group" "notifications_logs" {
  # checkov:skip=CKV_AWS_158:log groups use CloudWatch Logs' default encryption at rest; memo text is not logged
  name              = "/aws/lambda/whispersync-notifications"
  retention_in_days = 365
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_iam_role" "notifications_role" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "lambda.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_iam_role_policy" "notifications_role" {
  name = "notifications-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "WriteLogs"
        Effect   = "Allow"
        Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
        Resource = ["${aws_cloudwatch_log_group.notifications_logs.arn}:*"]
      },
    ]
  })
  role = aws_iam_role.notifications_role.id
}

resource "aws_lambda_function" "notifications" {
  # checkov:skip=CKV_AWS_116:functions are invoked by queue triggers (whose queues have dead-letter queues), APIs, Step Functions and EventBridge with its retries
  # checkov:skip=CKV_AWS_173:environment variables hold resource names and URLs, no secrets; Lambda encrypts them with its service key
  # checkov:skip=CKV_AWS_272:code comes from the artifact buckets, which only CI writes; no code-signing profile
  # checkov:skip=CKV_AWS_115:seed 004 bounds the consumers through their queue triggers' maximum concurrency and reserves concurrency only where it documents it
  # checkov:skip=CKV_AWS_117:only functions that reach the cache and DAX run in the VPC; the others reach AWS APIs over TLS
  architectures = ["arm64"]
  function_name = "whispersync-notifications"
  handler       = "app.handler"
  memory_size   = 256
  package_type  = "Zip"
  role          = aws_iam_role.notifications_role.arn
  runtime       = "python3.12"
  s3_bucket     = "whispersync-artifacts-123456789012"
  s3_key        = "notifications.zip"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  timeout = 30

  ephemeral_storage {
    size = 512
  }
  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.notifications_logs.name
  }
  tracing_config {
    mode = "PassThrough"
  }

  depends_on = [aws_iam_role_policy.notifications_role]
}

resource "aws_cloudwatch_log_group" "sentiment_logs" {
  # checkov:skip=CKV_AWS_158:log groups use CloudWatch Logs' default encryption at rest; memo text is not logged
  name              = "/aws/lambda/whispersync-sentiment"
  retention_in_days = 365
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_iam_role" "sentiment_role" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "lambda.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_iam_role_policy" "sentiment_role" {
  name = "sentiment-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "WriteLogs"
        Effect   = "Allow"
        Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
        Resource = ["${aws_cloudwatch_log_group.sentiment_logs.arn}:*"]
      },
      {
        Sid      = "ReadWriteMemos"
        Effect   = "Allow"
        Action   = ["dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:ConditionCheckItem", "dynamodb:DeleteItem", "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:UpdateItem"]
        Resource = [aws_dynamodb_table.memos.arn, "${aws_dynamodb_table.memos.arn}/index/*"]
      },
    ]
  })
  role = aws_iam_role.sentiment_role.id
}

resource "aws_lambda_function" "sentiment" {
  # checkov:skip=CKV_AWS_116:functions are invoked by queue triggers (whose queues have dead-letter queues), APIs, Step Functions and EventBridge with its retries
  # checkov:skip=CKV_AWS_173:environment variables hold resource names and URLs, no secrets; Lambda encrypts them with its service key
  # checkov:skip=CKV_AWS_272:code comes from the artifact buckets, which only CI writes; no code-signing profile
  # checkov:skip=CKV_AWS_115:seed 004 bounds the consumers through their queue triggers' maximum concurrency and reserves concurrency only where it documents it
  # checkov:skip=CKV_AWS_117:only functions that reach the cache and DAX run in the VPC; the others reach AWS APIs over TLS
  architectures = ["arm64"]
  function_name = "whispersync-sentiment"
  handler       = "app.handler"
  memory_size   = 256
  package_type  = "Zip"
  role          = aws_iam_role.sentiment_role.arn
  runtime       = "python3.12"
  s3_bucket     = "whispersync-artifacts-123456789012"
  s3_key        = "sentiment.zip"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  timeout = 30

  ephemeral_storage {
    size = 512
  }
  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.sentiment_logs.name
  }
  tracing_config {
    mode = "PassThrough"
  }

  depends_on = [aws_iam_role_policy.sentiment_role]
}

resource "aws_cloudwatch_log_group" "memory_indexing_logs" {
  # checkov:skip=CKV_AWS_158:log groups use CloudWatch Logs' default encryption at rest; memo text is not logged
  name              = "/aws/lambda/whispersync-memory-indexing"
  retention_in_days = 365
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_iam_role" "memory_indexing_role" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "lambda.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_iam_role_policy" "memory_indexing_role" {
  name = "memory-indexing-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "WriteLogs"
        Effect   = "Allow"
        Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
        Resource = ["${aws_cloudwatch_log_group.memory_indexing_logs.arn}:*"]
      },
      {
        Sid      = "ReadWriteMemos"
        Effect   = "Allow"
        Action   = ["dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:ConditionCheckItem", "dynamodb:DeleteItem", "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:UpdateItem"]
        Resource = [aws_dynamodb_table.memos.arn, "${aws_dynamodb_table.memos.arn}/index/*"]
      },
    ]
  })
  role = aws_iam_role.memory_indexing_role.id
}

resource "aws_lambda_function" "memory_indexing" {
  # checkov:skip=CKV_AWS_116:functions are invoked by queue triggers (whose queues have dead-letter queues), APIs, Step Functions and EventBridge with its retries
  # checkov:skip=CKV_AWS_173:environment variables hold resource names and URLs, no secrets; Lambda encrypts them with its service key
  # checkov:skip=CKV_AWS_272:code comes from the artifact buckets, which only CI writes; no code-signing profile
  # checkov:skip=CKV_AWS_115:seed 004 bounds the consumers through their queue triggers' maximum concurrency and reserves concurrency only where it documents it
  # checkov:skip=CKV_AWS_117:only functions that reach the cache and DAX run in the VPC; the others reach AWS APIs over TLS
  architectures = ["arm64"]
  function_name = "whispersync-memory-indexing"
  handler       = "app.handler"
  memory_size   = 256
  package_type  = "Zip"
  role          = aws_iam_role.memory_indexing_role.arn
  runtime       = "python3.12"
  s3_bucket     = "whispersync-artifacts-123456789012"
  s3_key        = "memory-indexing.zip"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  timeout = 30

  ephemeral_storage {
    size = 512
  }
  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.memory_indexing_logs.name
  }
  tracing_config {
    mode = "PassThrough"
  }

  depends_on = [aws_iam_role_policy.memory_indexing_role]
}

resource "aws_cloudwatch_event_bus" "bus" {
  name = "whispersync-prod"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_cloudwatch_event_rule" "work_journal" {
  event_bus_name = aws_cloudwatch_event_bus.bus.name
  event_pattern = jsonencode({
    source      = ["whispersync"]
    detail-type = ["TranscriptProcessed"]
    detail = {
      agent_type = ["work_journal"]
    }
  })
  name  = "whispersync-work-journal"
  state = "ENABLED"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_cloudwatch_event_target" "work_journal_target_1" {
  arn            = aws_lambda_function.analytics.arn
  event_bus_name = aws_cloudwatch_event_bus.bus.name
  rule           = aws_cloudwatch_event_rule.work_journal.name
  target_id      = "target-1"
}

resource "aws_cloudwatch_event_target" "work_journal_target_2" {
  arn            = aws_sqs_queue.archive.arn
  event_bus_name = aws_cloudwatch_event_bus.bus.name
  rule           = aws_cloudwatch_event_rule.work_journal.name
  target_id      = "target-2"
}

resource "aws_cloudwatch_event_target" "work_journal_target_3" {
  arn            = aws_lambda_function.notifications.arn
  event_bus_name = aws_cloudwatch_event_bus.bus.name
  rule           = aws_cloudwatch_event_rule.work_journal.name
  target_id      = "target-3"
}

resource "aws_lambda_permission" "analytics_invoke_from_work_journal" {
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.analytics.function_name
  principal      = "events.amazonaws.com"
  source_account = data.aws_caller_identity.current.account_id
  source_arn     = aws_cloudwatch_event_rule.work_journal.arn
}

resource "aws_lambda_permission" "notifications_invoke_from_work_journal" {
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.notifications.function_name
  principal      = "events.amazonaws.com"
  source_account = data.aws_caller_identity.current.account_id
  source_arn     = aws_cloudwatch_event_rule.work_journal.arn
}

resource "aws_cloudwatch_event_rule" "memory" {
  event_bus_name = aws_cloudwatch_event_bus.bus.name
  event_pattern = jsonencode({
    source      = ["whispersync"]
    detail-type = ["TranscriptProcessed"]
    detail = {
      agent_type = ["memory"]
    }
  })
  name  = "whispersync-memory"
  state = "ENABLED"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_cloudwatch_event_target" "memory_target_1" {
  arn            = aws_lambda_function.sentiment.arn
  event_bus_name = aws_cloudwatch_event_bus.bus.name
  input_path     = "$.detail"
  rule           = aws_cloudwatch_event_rule.memory.name
  target_id      = "target-1"
}

resource "aws_cloudwatch_event_target" "memory_target_2" {
  arn            = aws_lambda_function.memory_indexing.arn
  event_bus_name = aws_cloudwatch_event_bus.bus.name
  input_path     = "$.detail"
  rule           = aws_cloudwatch_event_rule.memory.name
  target_id      = "target-2"
}

resource "aws_lambda_permission" "sentiment_invoke_from_memory" {
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.sentiment.function_name
  principal      = "events.amazonaws.com"
  source_account = data.aws_caller_identity.current.account_id
  source_arn     = aws_cloudwatch_event_rule.memory.arn
}

resource "aws_lambda_permission" "memory_indexing_invoke_from_memory" {
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.memory_indexing.function_name
  principal      = "events.amazonaws.com"
  source_account = data.aws_caller_identity.current.account_id
  source_arn     = aws_cloudwatch_event_rule.memory.arn
}

resource "aws_sns_topic" "fan_out" {
  kms_master_key_id = "alias/aws/sns"
  name              = "whispersync-fan-out"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_sns_topic_subscription" "fan_out_subscription_1" {
  endpoint             = aws_sqs_queue.archive.arn
  protocol             = "sqs"
  raw_message_delivery = true
  topic_arn            = aws_sns_topic.fan_out.arn
}

resource "aws_sns_topic_subscription" "fan_out_subscription_2" {
  endpoint  = aws_lambda_function.notifications.arn
  protocol  = "lambda"
  topic_arn = aws_sns_topic.fan_out.arn
}

resource "aws_sqs_queue_policy" "archive_policy" {
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "AllowEventsFromWorkJournal"
        Effect = "Allow"
        Principal = {
          Service = "events.amazonaws.com"
        }
        Action   = ["sqs:SendMessage"]
        Resource = [aws_sqs_queue.archive.arn]
        Condition = {
          ArnEquals = {
            "aws:SourceArn" = aws_cloudwatch_event_rule.work_journal.arn
          }
        }
      },
      {
        Sid    = "AllowSNSFromFanOut"
        Effect = "Allow"
        Principal = {
          Service = "sns.amazonaws.com"
        }
        Action   = ["sqs:SendMessage"]
        Resource = [aws_sqs_queue.archive.arn]
        Condition = {
          ArnEquals = {
            "aws:SourceArn" = aws_sns_topic.fan_out.arn
          }
        }
      },
    ]
  })
  queue_url = aws_sqs_queue.archive.id
}

resource "aws_lambda_permission" "notifications_invoke_from_fan_out" {
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.notifications.function_name
  principal      = "sns.amazonaws.com"
  source_account = data.aws_caller_identity.current.account_id
  source_arn     = aws_sns_topic.fan_out.arn
}

resource "aws_cloudwatch_log_group" "collect_logs" {
  # checkov:skip=CKV_AWS_158:log groups use CloudWatch Logs' default encryption at rest; memo text is not logged
  name              = "/aws/lambda/whispersync-collect"
  retention_in_days = 365
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_iam_role" "collect_role" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "lambda.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_iam_role_policy" "collect_role" {
  name = "collect-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "WriteLogs"
        Effect   = "Allow"
        Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
        Resource = ["${aws_cloudwatch_log_group.collect_logs.arn}:*"]
      },
      {
        Sid      = "ReadMemos"
        Effect   = "Allow"
        Action   = ["dynamodb:BatchGetItem", "dynamodb:ConditionCheckItem", "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan"]
        Resource = [aws_dynamodb_table.memos.arn, "${aws_dynamodb_table.memos.arn}/index/*"]
      },
    ]
  })
  role = aws_iam_role.collect_role.id
}

resource "aws_lambda_function" "collect" {
  # checkov:skip=CKV_AWS_116:functions are invoked by queue triggers (whose queues have dead-letter queues), APIs, Step Functions and EventBridge with its retries
  # checkov:skip=CKV_AWS_173:environment variables hold resource names and URLs, no secrets; Lambda encrypts them with its service key
  # checkov:skip=CKV_AWS_272:code comes from the artifact buckets, which only CI writes; no code-signing profile
  # checkov:skip=CKV_AWS_115:seed 004 bounds the consumers through their queue triggers' maximum concurrency and reserves concurrency only where it documents it
  # checkov:skip=CKV_AWS_117:only functions that reach the cache and DAX run in the VPC; the others reach AWS APIs over TLS
  architectures = ["arm64"]
  function_name = "whispersync-collect"
  handler       = "app.handler"
  memory_size   = 256
  package_type  = "Zip"
  role          = aws_iam_role.collect_role.arn
  runtime       = "python3.12"
  s3_bucket     = "whispersync-artifacts-123456789012"
  s3_key        = "collect.zip"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  timeout = 30

  ephemeral_storage {
    size = 512
  }
  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.collect_logs.name
  }
  tracing_config {
    mode = "PassThrough"
  }

  depends_on = [aws_iam_role_policy.collect_role]
}

resource "aws_cloudwatch_log_group" "batch_processor_logs" {
  # checkov:skip=CKV_AWS_158:log groups use CloudWatch Logs' default encryption at rest; memo text is not logged
  name              = "/aws/vendedlogs/states/whispersync-batch-processor"
  retention_in_days = 365
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_iam_role" "batch_processor_role" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "states.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_iam_role_policy" "batch_processor_role" {
  name = "batch-processor-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "InvokeCollect"
        Effect   = "Allow"
        Action   = ["lambda:InvokeFunction"]
        Resource = [aws_lambda_function.collect.arn, "${aws_lambda_function.collect.arn}:*"]
      },
      {
        Sid      = "RunBatchWorker"
        Effect   = "Allow"
        Action   = ["ecs:RunTask"]
        Resource = [aws_ecs_task_definition.batch_worker.arn]
      },
      {
        Sid      = "PassRolesOfBatchWorker"
        Effect   = "Allow"
        Action   = ["iam:PassRole"]
        Resource = [aws_iam_role.batch_worker_execution_role.arn, aws_iam_role.batch_worker_task_role.arn]
      },
      {
        Sid      = "TrackTasks"
        Effect   = "Allow"
        Action   = ["ecs:DescribeTasks", "ecs:StopTask"]
        Resource = ["*"]
      },
      {
        Sid      = "WaitForTasks"
        Effect   = "Allow"
        Action   = ["events:DescribeRule", "events:PutRule", "events:PutTargets"]
        Resource = ["arn:${data.aws_partition.current.partition}:events:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:rule/StepFunctionsGetEventsForECSTaskRule"]
      },
      {
        Sid      = "DeliverLogs"
        Effect   = "Allow"
        Action   = ["logs:CreateLogDelivery", "logs:DeleteLogDelivery", "logs:DescribeLogGroups", "logs:DescribeResourcePolicies", "logs:GetLogDelivery", "logs:ListLogDeliveries", "logs:PutResourcePolicy", "logs:UpdateLogDelivery"]
        Resource = ["*"]
      },
    ]
  })
  role = aws_iam_role.batch_processor_role.id
}

resource "aws_sfn_state_machine" "batch_processor" {
  # checkov:skip=CKV_AWS_284:the batch workflow is traced through its tasks' own X-Ray segments; no state machine tracing
  # checkov:skip=CKV_AWS_285:execution history in Step Functions is enough for a nightly batch; no log group
  definition = jsonencode({
    StartAt = "CollectItems"
    States = {
      CollectItems = {
        Type     = "Task"
        Resource = "arn:${data.aws_partition.current.partition}:states:::lambda:invoke"
        Parameters = {
          FunctionName = aws_lambda_function.collect.arn
          "Payload.$"  = "$"
        }
        OutputPath = "$.Payload"
        Retry = [
          {
            ErrorEquals     = ["States.ALL"]
            IntervalSeconds = 2
            MaxAttempts     = 3
            BackoffRate     = 2
          },
        ]
        Next = "ProcessBatch"
      }
      ProcessBatch = {
        Type           = "Map"
        ItemsPath      = "$.items"
        MaxConcurrency = 10
        ItemProcessor = {
          ProcessorConfig = {
            Mode = "INLINE"
          }
          StartAt = "Process"
          States = {
            Process = {
              Type     = "Task"
              Resource = "arn:${data.aws_partition.current.partition}:states:::ecs:runTask.sync"
              Parameters = {
                Cluster        = aws_ecs_cluster.batch.arn
                TaskDefinition = aws_ecs_task_definition.batch_worker.arn
                LaunchType     = "FARGATE"
                NetworkConfiguration = {
                  AwsvpcConfiguration = {
                    AssignPublicIp = "DISABLED"
                    SecurityGroups = [aws_security_group.batch_worker_sg.id]
                    Subnets        = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id, aws_subnet.core_private_3.id]
                  }
                }
              }
              Retry = [
                {
                  ErrorEquals     = ["States.ALL"]
                  IntervalSeconds = 2
                  MaxAttempts     = 2
                  BackoffRate     = 2
                },
              ]
              End = true
            }
          }
        }
        End = true
      }
    }
  })
  name     = "whispersync-batch-processor"
  role_arn = aws_iam_role.batch_processor_role.arn
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  type = "STANDARD"

  logging_configuration {
    include_execution_data = false
    level                  = "ERROR"
    log_destination        = "${aws_cloudwatch_log_group.batch_processor_logs.arn}:*"
  }
  tracing_configuration {
    enabled = false
  }

  depends_on = [aws_iam_role_policy.batch_processor_role]
}

resource "aws_kinesis_stream" "memo_changes" {
  encryption_type  = "KMS"
  kms_key_id       = "alias/aws/kinesis"
  name             = "whispersync-memo-changes"
  retention_period = 24
  shard_count      = 10
  tags = {
    environment = "prod"
    system      = "whispersync"
  }

  stream_mode_details {
    stream_mode = "PROVISIONED"
  }
}

resource "aws_security_group" "memo_reads_sg" {
  description = "DAX cluster memo-reads"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_vpc_security_group_egress_rule" "memo_reads_sg" {
  cidr_ipv4         = "0.0.0.0/0"
  description       = "all outbound traffic"
  ip_protocol       = "-1"
  security_group_id = aws_security_group.memo_reads_sg.id
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_iam_role" "memo_reads_role" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "dax.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_iam_role_policy" "memo_reads_role" {
  name = "memo-reads-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "ReadWriteMemos"
        Effect   = "Allow"
        Action   = ["dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:ConditionCheckItem", "dynamodb:DeleteItem", "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:UpdateItem"]
        Resource = [aws_dynamodb_table.memos.arn, "${aws_dynamodb_table.memos.arn}/index/*"]
      },
    ]
  })
  role = aws_iam_role.memo_reads_role.id
}

resource "aws_dax_subnet_group" "memo_reads_subnets" {
  description = "subnets of DAX cluster memo-reads"
  name        = "memo-reads-subnets"
  subnet_ids  = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id, aws_subnet.core_private_3.id]
}

resource "aws_dax_cluster" "memo_reads" {
  cluster_endpoint_encryption_type = "TLS"
  cluster_name                     = "memo-reads"
  iam_role_arn                     = aws_iam_role.memo_reads_role.arn
  node_type                        = "dax.r5.large"
  replication_factor               = 3
  security_group_ids               = [aws_security_group.memo_reads_sg.id]
  subnet_group_name                = aws_dax_subnet_group.memo_reads_subnets.name
  tags = {
    environment = "prod"
    system      = "whispersync"
  }

  server_side_encryption {
    enabled = true
  }

  depends_on = [aws_iam_role_policy.memo_reads_role]
}

resource "aws_iam_role" "consumer_role" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "lambda.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_iam_role_policy" "consumer_role" {
  name = "consumer-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "WriteLogs"
        Effect   = "Allow"
        Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
        Resource = ["${aws_cloudwatch_log_group.consumer_logs.arn}:*"]
      },
      {
        Sid      = "ConsumePrimary"
        Effect   = "Allow"
        Action   = ["sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:ReceiveMessage"]
        Resource = [aws_sqs_queue.primary.arn]
      },
      {
        Sid      = "SendToOverflow"
        Effect   = "Allow"
        Action   = ["sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:SendMessage"]
        Resource = [aws_sqs_queue.overflow.arn]
      },
      {
        Sid      = "ReadWriteMemos"
        Effect   = "Allow"
        Action   = ["dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:ConditionCheckItem", "dynamodb:DeleteItem", "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:UpdateItem"]
        Resource = [aws_dynamodb_table.memos.arn, "${aws_dynamodb_table.memos.arn}/index/*"]
      },
      {
        Sid      = "ReadThroughMemoReads"
        Effect   = "Allow"
        Action   = ["dax:BatchGetItem", "dax:ConditionCheckItem", "dax:GetItem", "dax:Query", "dax:Scan"]
        Resource = [aws_dax_cluster.memo_reads.arn]
      },
      {
        Sid      = "ReadWriteCache"
        Effect   = "Allow"
        Action   = ["dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:ConditionCheckItem", "dynamodb:DeleteItem", "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:UpdateItem"]
        Resource = [aws_dynamodb_table.cache.arn, "${aws_dynamodb_table.cache.arn}/index/*"]
      },
      {
        Sid      = "SendToShard0Queue"
        Effect   = "Allow"
        Action   = ["sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:SendMessage"]
        Resource = [aws_sqs_queue.shard_0_queue.arn]
      },
      {
        Sid      = "SendToShard1Queue"
        Effect   = "Allow"
        Action   = ["sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:SendMessage"]
        Resource = [aws_sqs_queue.shard_1_queue.arn]
      },
      {
        Sid      = "SendToShard2Queue"
        Effect   = "Allow"
        Action   = ["sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:SendMessage"]
        Resource = [aws_sqs_queue.shard_2_queue.arn]
      },
      {
        Sid      = "SendToShard3Queue"
        Effect   = "Allow"
        Action   = ["sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:SendMessage"]
        Resource = [aws_sqs_queue.shard_3_queue.arn]
      },
      {
        Sid      = "SendToShard4Queue"
        Effect   = "Allow"
        Action   = ["sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:SendMessage"]
        Resource = [aws_sqs_queue.shard_4_queue.arn]
      },
      {
        Sid      = "SendToShard5Queue"
        Effect   = "Allow"
        Action   = ["sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:SendMessage"]
        Resource = [aws_sqs_queue.shard_5_queue.arn]
      },
      {
        Sid      = "SendToShard6Queue"
        Effect   = "Allow"
        Action   = ["sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:SendMessage"]
        Resource = [aws_sqs_queue.shard_6_queue.arn]
      },
      {
        Sid      = "SendToShard7Queue"
        Effect   = "Allow"
        Action   = ["sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:SendMessage"]
        Resource = [aws_sqs_queue.shard_7_queue.arn]
      },
      {
        Sid      = "SendToShard8Queue"
        Effect   = "Allow"
        Action   = ["sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:SendMessage"]
        Resource = [aws_sqs_queue.shard_8_queue.arn]
      },
      {
        Sid      = "SendToShard9Queue"
        Effect   = "Allow"
        Action   = ["sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:SendMessage"]
        Resource = [aws_sqs_queue.shard_9_queue.arn]
      },
      {
        Sid      = "ManageNetworkInterfaces"
        Effect   = "Allow"
        Action   = ["ec2:AssignPrivateIpAddresses", "ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:UnassignPrivateIpAddresses"]
        Resource = ["*"]
      },
      {
        Sid      = "WriteTraces"
        Effect   = "Allow"
        Action   = ["xray:PutTelemetryRecords", "xray:PutTraceSegments"]
        Resource = ["*"]
      },
    ]
  })
  role = aws_iam_role.consumer_role.id
}

resource "aws_lambda_function" "consumer" {
  # checkov:skip=CKV_AWS_116:functions are invoked by queue triggers (whose queues have dead-letter queues), APIs, Step Functions and EventBridge with its retries
  # checkov:skip=CKV_AWS_173:environment variables hold resource names and URLs, no secrets; Lambda encrypts them with its service key
  # checkov:skip=CKV_AWS_272:code comes from the artifact buckets, which only CI writes; no code-signing profile
  # checkov:skip=CKV_AWS_115:seed 004 bounds the consumers through their queue triggers' maximum concurrency and reserves concurrency only where it documents it
  # checkov:skip=CKV_AWS_117:only functions that reach the cache and DAX run in the VPC; the others reach AWS APIs over TLS
  architectures = ["arm64"]
  function_name = "whispersync-consumer"
  image_uri     = "123456789012.dkr.ecr.us-east-1.amazonaws.com/whispersync-consumer:2024-11"
  memory_size   = 1769
  package_type  = "Image"
  publish       = true
  role          = aws_iam_role.consumer_role.arn
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  timeout = 120

  environment {
    variables = {
      AWS_XRAY_CONTEXT_MISSING = "LOG_ERROR"
      BATCH_SIZE               = "25"
      CACHE_TABLE              = aws_dynamodb_table.cache.name
      MEMOS_TABLE              = aws_dynamodb_table.memos.name
      MEMO_CACHE               = aws_dax_cluster.memo_reads.cluster_address
      OVERFLOW_QUEUE           = aws_sqs_queue.overflow.url
      PRIMARY_QUEUE            = aws_sqs_queue.primary.url
      PYTHONUNBUFFERED         = "1"
      REDIS_HOST               = aws_elasticache_replication_group.hot.primary_endpoint_address
    }
  }
  ephemeral_storage {
    size = 512
  }
  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.consumer_logs.name
  }
  tracing_config {
    mode = "Active"
  }
  vpc_config {
    security_group_ids = [aws_security_group.consumer_sg.id]
    subnet_ids         = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id, aws_subnet.core_private_3.id]
  }

  depends_on = [aws_iam_role_policy.consumer_role]
}

resource "aws_lambda_alias" "consumer" {
  function_name    = aws_lambda_function.consumer.function_name
  function_version = aws_lambda_function.consumer.version
  name             = "live"
}

resource "aws_lambda_provisioned_concurrency_config" "consumer" {
  function_name                     = aws_lambda_alias.consumer.function_name
  provisioned_concurrent_executions = 1
  qualifier                         = aws_lambda_alias.consumer.name

  lifecycle {
    ignore_changes = [provisioned_concurrent_executions]
  }
}

resource "aws_lambda_event_source_mapping" "consumer_from_primary" {
  batch_size                         = 25
  enabled                            = true
  event_source_arn                   = aws_sqs_queue.primary.arn
  function_name                      = aws_lambda_alias.consumer.arn
  function_response_types            = ["ReportBatchItemFailures"]
  maximum_batching_window_in_seconds = 20
  tags = {
    environment = "prod"
    system      = "whispersync"
  }

  scaling_config {
    maximum_concurrency = 100
  }
}

resource "aws_appautoscaling_target" "consumer_concurrency" {
  max_capacity       = 100
  min_capacity       = 1
  resource_id        = "function:whispersync-consumer:live"
  scalable_dimension = "lambda:function:ProvisionedConcurrency"
  service_namespace  = "lambda"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }

  depends_on = [aws_lambda_alias.consumer, aws_lambda_provisioned_concurrency_config.consumer]
}

resource "aws_appautoscaling_policy" "consumer_concurrency_tracking_1" {
  name               = "consumer-concurrency-tracking-1"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_appautoscaling_target.consumer_concurrency.resource_id
  scalable_dimension = aws_appautoscaling_target.consumer_concurrency.scalable_dimension
  service_namespace  = aws_appautoscaling_target.consumer_concurrency.service_namespace

  target_tracking_scaling_policy_configuration {
    target_value = 0.7

    predefined_metric_specification {
      predefined_metric_type = "LambdaProvisionedConcurrencyUtilization"
    }
  }
}

resource "aws_route53_zone" "zone" {
  # checkov:skip=CKV2_AWS_38:DNSSEC signing needs a KMS key in us-east-1 and registrar changes; not set up for this zone
  # checkov:skip=CKV2_AWS_39:DNS query logging is not kept for this zone
  name = "whispersync.app"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_wafv2_web_acl" "edge_firewall" {
  # checkov:skip=CKV2_AWS_31:WAF request logging is not configured; iacgen's WebACL keeps sampled requests and metrics only
  name  = "whispersync-edge-firewall"
  scope = "CLOUDFRONT"
  tags = {
    environment = "prod"
    system      = "whispersync"
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
    metric_name                = "whispersync-edge-firewall"
    sampled_requests_enabled   = true
  }
}

resource "aws_cloudfront_origin_access_control" "global_oac_recordings" {
  name                              = "global-oac-recordings"
  origin_access_control_origin_type = "s3"
  signing_behavior                  = "always"
  signing_protocol                  = "sigv4"
}

resource "aws_cloudfront_distribution" "global" {
  # checkov:skip=CKV2_AWS_47:the origins are S3 and Python functions, not Java; the WAF runs the common and known-bad-inputs rule sets
  # checkov:skip=CKV_AWS_174:the distribution uses the default CloudFront certificate, which fixes the TLS policy
  # checkov:skip=CKV2_AWS_42:recordings are served from the CloudFront domain; the default certificate serves HTTPS
  # checkov:skip=CKV2_AWS_32:the distribution serves audio files to the app, not web pages; no response headers policy
  # checkov:skip=CKV_AWS_305:the distribution serves recordings by key, not a website; there is no root object
  # checkov:skip=CKV_AWS_310:one S3 origin; a second would need replicated recordings
  comment         = "WhisperSync recordings and API"
  enabled         = true
  http_version    = "http2and3"
  is_ipv6_enabled = true
  price_class     = "PriceClass_100"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  web_acl_id = aws_wafv2_web_acl.edge_firewall.arn

  default_cache_behavior {
    allowed_methods          = ["GET", "HEAD"]
    cache_policy_id          = "658327ea-f89d-4fab-a63d-7e88639e58f6"
    cached_methods           = ["GET", "HEAD"]
    compress                 = true
    origin_request_policy_id = "88a5eaf4-2fd4-4709-b370-b4c650ea3fcf"
    target_origin_id         = "recordings"
    viewer_protocol_policy   = "redirect-to-https"
  }
  logging_config {
    bucket          = aws_s3_bucket.edge_logs.bucket_domain_name
    include_cookies = false
    prefix          = "cdn/"
  }
  ordered_cache_behavior {
    allowed_methods          = ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"]
    cache_policy_id          = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"
    cached_methods           = ["GET", "HEAD"]
    compress                 = true
    origin_request_policy_id = "b689b0a8-53d0-40ab-baf2-68738e2966ac"
    path_pattern             = "/memos*"
    target_origin_id         = "api"
    viewer_protocol_policy   = "redirect-to-https"
  }
  origin {
    domain_name              = aws_s3_bucket.recordings.bucket_regional_domain_name
    origin_access_control_id = aws_cloudfront_origin_access_control.global_oac_recordings.id
    origin_id                = "recordings"
  }
  origin {
    domain_name = "api.whispersync.app"
    origin_id   = "api"

    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
  restrictions {
    geo_restriction {
      locations        = ["US", "CA", "GB", "DE", "FR", "JP", "AU"]
      restriction_type = "whitelist"
    }
  }
  viewer_certificate {
    cloudfront_default_certificate = true
  }
}

resource "aws_s3_bucket_policy" "recordings_policy" {
  bucket = aws_s3_bucket.recordings.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "DenyInsecureTransport"
        Effect    = "Deny"
        Principal = "*"
        Action    = ["s3:*"]
        Resource  = [aws_s3_bucket.recordings.arn, "${aws_s3_bucket.recordings.arn}/*"]
        Condition = {
          Bool = {
            "aws:SecureTransport" = "false"
          }
        }
      },
      {
        Sid    = "AllowCloudFrontFromGlobal"
        Effect = "Allow"
        Principal = {
          Service = "cloudfront.amazonaws.com"
        }
        Action   = ["s3:GetObject"]
        Resource = ["${aws_s3_bucket.recordings.arn}/*"]
        Condition = {
          StringEquals = {
            "AWS:SourceArn" = aws_cloudfront_distribution.global.arn
          }
        }
      },
    ]
  })

  depends_on = [aws_s3_bucket_public_access_block.recordings]
}

resource "aws_route53_record" "edge_names_1" {
  name    = "whispersync.app"
  type    = "A"
  zone_id = aws_route53_zone.zone.zone_id

  alias {
    evaluate_target_health = false
    name                   = aws_cloudfront_distribution.global.domain_name
    zone_id                = aws_cloudfront_distribution.global.hosted_zone_id
  }
}

resource "aws_route53_record" "edge_names_2" {
  name    = "cdn.whispersync.app"
  type    = "A"
  zone_id = aws_route53_zone.zone.zone_id

  alias {
    evaluate_target_health = false
    name                   = aws_cloudfront_distribution.global.domain_name
    zone_id                = aws_cloudfront_distribution.global.hosted_zone_id
  }
}

resource "aws_sns_topic" "oncall" {
  kms_master_key_id = "alias/aws/sns"
  name              = "whispersync-oncall"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_sns_topic_subscription" "oncall_subscription_1" {
  endpoint  = "oncall@example.com"
  protocol  = "email"
  topic_arn = aws_sns_topic.oncall.arn
}

resource "aws_cloudwatch_metric_alarm" "consumer_duration_warning" {
  alarm_actions       = [aws_sns_topic.oncall.arn]
  alarm_description   = "duration above 5 s"
  alarm_name          = "consumer-duration-warning"
  comparison_operator = "GreaterThanThreshold"
  dimensions = {
    FunctionName = aws_lambda_function.consumer.function_name
  }
  evaluation_periods = 1
  metric_name        = "Duration"
  namespace          = "AWS/Lambda"
  ok_actions         = [aws_sns_topic.oncall.arn]
  period             = 300
  statistic          = "Average"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  threshold          = 5000
  treat_missing_data = "notBreaching"
}

resource "aws_cloudwatch_metric_alarm" "consumer_duration_critical" {
  alarm_actions       = [aws_sns_topic.oncall.arn]
  alarm_description   = "duration above 10 s"
  alarm_name          = "consumer-duration-critical"
  comparison_operator = "GreaterThanThreshold"
  dimensions = {
    FunctionName = aws_lambda_function.consumer.function_name
  }
  evaluation_periods = 1
  metric_name        = "Duration"
  namespace          = "AWS/Lambda"
  ok_actions         = [aws_sns_topic.oncall.arn]
  period             = 300
  statistic          = "Average"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  threshold          = 10000
  treat_missing_data = "notBreaching"
}

resource "aws_cloudwatch_metric_alarm" "consumer_errors_warning" {
  alarm_actions       = [aws_sns_topic.oncall.arn]
  alarm_description   = "error rate above 1%"
  alarm_name          = "consumer-errors-warning"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  ok_actions          = [aws_sns_topic.oncall.arn]
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  threshold          = 1
  treat_missing_data = "notBreaching"

  metric_query {
    expression  = "100 * errors / MAX([errors, invocations])"
    id          = "result"
    label       = "error rate (%)"
    return_data = true
  }
  metric_query {
    id          = "errors"
    return_data = false

    metric {
      dimensions = {
        FunctionName = aws_lambda_function.consumer.function_name
      }
      metric_name = "Errors"
      namespace   = "AWS/Lambda"
      period      = 300
      stat        = "Sum"
    }
  }
  metric_query {
    id          = "invocations"
    return_data = false

    metric {
      dimensions = {
        FunctionName = aws_lambda_function.consumer.function_name
      }
      metric_name = "Invocations"
      namespace   = "AWS/Lambda"
      period      = 300
      stat        = "Sum"
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "consumer_errors_critical" {
  alarm_actions       = [aws_sns_topic.oncall.arn]
  alarm_description   = "error rate above 5%"
  alarm_name          = "consumer-errors-critical"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  ok_actions          = [aws_sns_topic.oncall.arn]
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  threshold          = 5
  treat_missing_data = "notBreaching"

  metric_query {
    expression  = "100 * errors / MAX([errors, invocations])"
    id          = "result"
    label       = "error rate (%)"
    return_data = true
  }
  metric_query {
    id          = "errors"
    return_data = false

    metric {
      dimensions = {
        FunctionName = aws_lambda_function.consumer.function_name
      }
      metric_name = "Errors"
      namespace   = "AWS/Lambda"
      period      = 300
      stat        = "Sum"
    }
  }
  metric_query {
    id          = "invocations"
    return_data = false

    metric {
      dimensions = {
        FunctionName = aws_lambda_function.consumer.function_name
      }
      metric_name = "Invocations"
      namespace   = "AWS/Lambda"
      period      = 300
      stat        = "Sum"
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "consumer_throttles" {
  alarm_actions       = [aws_sns_topic.oncall.arn]
  alarm_description   = "invocations throttled"
  alarm_name          = "consumer-throttles"
  comparison_operator = "GreaterThanThreshold"
  dimensions = {
    FunctionName = aws_lambda_function.consumer.function_name
  }
  evaluation_periods = 1
  metric_name        = "Throttles"
  namespace          = "AWS/Lambda"
  ok_actions         = [aws_sns_topic.oncall.arn]
  period             = 60
  statistic          = "Sum"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  threshold          = 0
  treat_missing_data = "notBreaching"
}

resource "aws_cloudwatch_dashboard" "scaling" {
  dashboard_body = jsonencode({
    widgets = [
      {
        type   = "text"
        x      = 0
        y      = 0
        width  = 24
        height = 2
        properties = {
          markdown = "## WhisperSync scaling (seed 004, section 10)"
        }
      },
      {
        type   = "metric"
        x      = 0
        y      = 2
        width  = 12
        height = 6
        properties = {
          title  = "System throughput"
          region = data.aws_region.current.name
          view   = "timeSeries"
          period = 60
          metrics = [
            [
              "WhisperSync",
              "TranscriptsPerSecond",
              {
                stat = "Sum"
              },
            ],
            [
              "AWS/Lambda",
              "ConcurrentExecutions",
              "FunctionName",
              aws_lambda_function.consumer.function_name,
              {
                stat = "Maximum"
              },
            ],
          ]
        }
      },
      {
        type   = "metric"
        x      = 12
        y      = 2
        width  = 12
        height = 6
        properties = {
          title  = "Queue depth"
          region = data.aws_region.current.name
          view   = "timeSeries"
          period = 60
          metrics = [
            [
              "AWS/SQS",
              "ApproximateNumberOfMessagesVisible",
              "QueueName",
              aws_sqs_queue.primary.name,
              {
                stat = "Maximum"
              },
            ],
            [
              "AWS/SQS",
              "ApproximateNumberOfMessagesVisible",
              "QueueName",
              aws_sqs_queue.overflow.name,
              {
                stat = "Maximum"
              },
            ],
          ]
        }
      },
    ]
  })
  dashboard_name = "scaling"
}

resource "aws_vpc_security_group_ingress_rule" "hot_from_consumer" {
  description                  = "consumer to hot"
  from_port                    = 6379
  ip_protocol                  = "tcp"
  referenced_security_group_id = aws_security_group.consumer_sg.id
  security_group_id            = aws_security_group.hot_sg.id
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  to_port = 6379
}

resource "aws_vpc_security_group_ingress_rule" "memo_reads_from_consumer" {
  description                  = "consumer to memo-reads"
  from_port                    = 9111
  ip_protocol                  = "tcp"
  referenced_security_group_id = aws_security_group.consumer_sg.id
  security_group_id            = aws_security_group.memo_reads_sg.id
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  to_port = 9111
}
