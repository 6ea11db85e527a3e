# Stack 'platform-phase3' in us-east-1, scaling phase scale.

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
  # checkov:skip=CKV_AWS_158:log groups use CloudWatch Logs' default encryption at rest
  name              = "/aws/vpc/platform-phase3/core/flow-logs"
  retention_in_days = 365
  tags = {
    phase  = "scale"
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
  cidr_block           = "10.60.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    Name   = "core"
    phase  = "scale"
    system = "seed-002-platform"
  }
}

resource "aws_internet_gateway" "core" {
  tags = {
    Name   = "core-igw"
    phase  = "scale"
    system = "seed-002-platform"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_public_1" {
  availability_zone       = data.aws_availability_zones.available.names[0]
  cidr_block              = "10.60.0.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name   = "core-public-1"
    phase  = "scale"
    system = "seed-002-platform"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_public_2" {
  availability_zone       = data.aws_availability_zones.available.names[1]
  cidr_block              = "10.60.16.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name   = "core-public-2"
    phase  = "scale"
    system = "seed-002-platform"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_public_3" {
  availability_zone       = data.aws_availability_zones.available.names[2]
  cidr_block              = "10.60.32.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name   = "core-public-3"
    phase  = "scale"
    system = "seed-002-platform"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_private_1" {
  availability_zone       = data.aws_availability_zones.available.names[0]
  cidr_block              = "10.60.48.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name   = "core-private-1"
    phase  = "scale"
    system = "seed-002-platform"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_private_2" {
  availability_zone       = data.aws_availability_zones.available.names[1]
  cidr_block              = "10.60.64.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name   = "core-private-2"
    phase  = "scale"
    system = "seed-002-platform"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_private_3" {
  availability_zone       = data.aws_availability_zones.available.names[2]
  cidr_block              = "10.60.80.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name   = "core-private-3"
    phase  = "scale"
    system = "seed-002-platform"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_eip" "core_nat_1" {
  domain = "vpc"
  tags = {
    Name   = "core-nat-1"
    phase  = "scale"
    system = "seed-002-platform"
  }

  depends_on = [aws_internet_gateway.core]
}

resource "aws_nat_gateway" "core_nat_1" {
  allocation_id = aws_eip.core_nat_1.id
  subnet_id     = aws_subnet.core_public_1.id
  tags = {
    Name   = "core-nat-1"
    phase  = "scale"
    system = "seed-002-platform"
  }

  depends_on = [aws_internet_gateway.core]
}

resource "aws_eip" "core_nat_2" {
  domain = "vpc"
  tags = {
    Name   = "core-nat-2"
    phase  = "scale"
    system = "seed-002-platform"
  }

  depends_on = [aws_internet_gateway.core]
}

resource "aws_nat_gateway" "core_nat_2" {
  allocation_id = aws_eip.core_nat_2.id
  subnet_id     = aws_subnet.core_public_2.id
  tags = {
    Name   = "core-nat-2"
    phase  = "scale"
    system = "seed-002-platform"
  }

  depends_on = [aws_internet_gateway.core]
}

resource "aws_eip" "core_nat_3" {
  domain = "vpc"
  tags = {
    Name   = "core-nat-3"
    phase  = "scale"
    system = "seed-002-platform"
  }

  depends_on = [aws_internet_gateway.core]
}

resource "aws_nat_gateway" "core_nat_3" {
  allocation_id = aws_eip.core_nat_3.id
  subnet_id     = aws_subnet.core_public_3.id
  tags = {
    Name   = "core-nat-3"
    phase  = "scale"
    system = "seed-002-platform"
  }

  depends_on = [aws_internet_gateway.core]
}

resource "aws_route_table" "core_public_routes" {
  tags = {
    Name   = "core-public-routes"
    phase  = "scale"
    system = "seed-002-platform"
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
    Name   = "core-private-routes-1"
    phase  = "scale"
    system = "seed-002-platform"
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
    Name   = "core-private-routes-2"
    phase  = "scale"
    system = "seed-002-platform"
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
    Name   = "core-private-routes-3"
    phase  = "scale"
    system = "seed-002-platform"
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
    Name   = "core-s3"
    phase  = "scale"
    system = "seed-002-platform"
  }
  vpc_endpoint_type = "Gateway"
  vpc_id            = aws_vpc.core.id
}

resource "aws_vpc_endpoint" "core_dynamodb" {
  route_table_ids = [aws_route_table.core_private_routes_1.id, aws_route_table.core_private_routes_2.id, aws_route_table.core_private_routes_3.id]
  service_name    = "com.amazonaws.${data.aws_region.current.name}.dynamodb"
  tags = {
    Name   = "core-dynamodb"
    phase  = "scale"
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
    system = "seed-002-platform"
  }
  traffic_type = "REJECT"
  vpc_id       = aws_vpc.core.id
}

resource "aws_s3_bucket" "uploads" {
  # checkov:skip=CKV_AWS_145:encrypted at rest with S3-managed keys (SSE-S3); no requirement for a customer key
  # checkov:skip=CKV_AWS_144:seed 002 replicates the Keycloak data (phase 3), not uploads, which clients can send again
  # checkov:skip=CKV_AWS_18:object access is audited through CloudTrail data events at the account level, not server access logs
  # checkov:skip=CKV2_AWS_62:the workflow is started by the API, not by S3 event notifications
  bucket = "platform-phase3-uploads-123456789012"
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
}

resource "aws_s3_bucket_public_access_block" "uploads" {
  block_public_acls       = true
  block_public_policy     = true
  bucket                  = aws_s3_bucket.uploads.id
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "uploads" {
  bucket = aws_s3_bucket.uploads.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "uploads" {
  # checkov:skip=CKV_AWS_145:encrypted at rest with S3-managed keys (SSE-S3); no requirement for a customer key
  bucket = aws_s3_bucket.uploads.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "uploads" {
  bucket = aws_s3_bucket.uploads.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "uploads" {
  bucket = aws_s3_bucket.uploads.id

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
      days          = 90
      storage_class = "GLACIER_IR"
    }
  }

  depends_on = [aws_s3_bucket_versioning.uploads]
}

resource "aws_s3_bucket_intelligent_tiering_configuration" "uploads" {
  bucket = aws_s3_bucket.uploads.id
  name   = "archive"
  status = "Enabled"

  tiering {
    access_tier = "ARCHIVE_ACCESS"
    days        = 90
  }
  tiering {
    access_tier = "DEEP_ARCHIVE_ACCESS"
    days        = 180
  }
}

resource "aws_s3_bucket_policy" "uploads_policy" {
  bucket = aws_s3_bucket.uploads.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "DenyInsecureTransport"
        Effect    = "Deny"
        Principal = "*"
        Action    = ["s3:*"]
        Resource  = [aws_s3_bucket.uploads.arn, "${aws_s3_bucket.uploads.arn}/*"]
        Condition = {
          Bool = {
            "aws:SecureTransport" = "false"
          }
        }
      },
    ]
  })

  depends_on = [aws_s3_bucket_public_access_block.uploads]
}

resource "aws_dynamodb_table" "items" {
  # checkov:skip=CKV_AWS_119:encrypted at rest with DynamoDB's AWS owned key; no requirement for a customer managed key
  billing_mode                = "PROVISIONED"
  deletion_protection_enabled = true
  hash_key                    = "pk"
  name                        = "platform-phase3-items"
  range_key                   = "sk"
  read_capacity               = 50
  table_class                 = "STANDARD"
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
  write_capacity = 30

  attribute {
    name = "pk"
    type = "S"
  }
  attribute {
    name = "sk"
    type = "S"
  }
  lifecycle {
    ignore_changes = [read_capacity, write_capacity]
  }
  point_in_time_recovery {
    enabled                 = true
    recovery_period_in_days = 35
  }
  server_side_encryption {
    enabled = true
  }
}

resource "aws_cloudwatch_log_group" "api_logs" {
  # checkov:skip=CKV_AWS_158:log groups use CloudWatch Logs' default encryption at rest
  name              = "/aws/lambda/platform-phase3-api"
  retention_in_days = 365
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
}

resource "aws_security_group" "api_sg" {
  description = "function api"
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_vpc_security_group_egress_rule" "api_sg" {
  cidr_ipv4         = "0.0.0.0/0"
  description       = "all outbound traffic"
  ip_protocol       = "-1"
  security_group_id = aws_security_group.api_sg.id
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
}

resource "aws_cloudwatch_log_group" "processor_logs" {
  # checkov:skip=CKV_AWS_158:log groups use CloudWatch Logs' default encryption at rest
  name              = "/aws/lambda/platform-phase3-processor"
  retention_in_days = 365
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
}

resource "aws_iam_role" "processor_role" {
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
    phase  = "scale"
    system = "seed-002-platform"
  }
}

resource "aws_iam_role_policy" "processor_role" {
  name = "processor-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "WriteLogs"
        Effect   = "Allow"
        Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
        Resource = ["${aws_cloudwatch_log_group.processor_logs.arn}:*"]
      },
      {
        Sid      = "ListBucketUploads"
        Effect   = "Allow"
        Action   = ["s3:ListBucket"]
        Resource = [aws_s3_bucket.uploads.arn]
      },
      {
        Sid      = "ReadObjectsUploads"
        Effect   = "Allow"
        Action   = ["s3:GetObject"]
        Resource = ["${aws_s3_bucket.uploads.arn}/*"]
      },
      {
        Sid      = "WriteItems"
        Effect   = "Allow"
        Action   = ["dynamodb:BatchWriteItem", "dynamodb:DeleteItem", "dynamodb:DescribeTable", "dynamodb:PutItem", "dynamodb:UpdateItem"]
        Resource = [aws_dynamodb_table.items.arn, "${aws_dynamodb_table.items.arn}/index/*"]
      },
    ]
  })
  role = aws_iam_role.processor_role.id
}

resource "aws_lambda_function" "processor" {
  # checkov:skip=CKV_AWS_115:seed 002 reserves concurrency for the API tier only; processing and coordination share the account pool
  # checkov:skip=CKV_AWS_116:functions are invoked synchronously by the API and by Step Functions, which retries and catches failures
  # checkov:skip=CKV_AWS_117:only the API function reaches DAX, and it runs in the network from phase 2 on; the others reach AWS APIs over TLS
  # checkov:skip=CKV_AWS_173:environment variables hold a table and a bucket name, no secrets; Lambda encrypts them with its service key
  # checkov:skip=CKV_AWS_272:code comes from the platform's artifact bucket, which only CI writes; no code-signing profile
  architectures = ["arm64"]
  function_name = "platform-phase3-processor"
  handler       = "processor.handler"
  memory_size   = 3008
  package_type  = "Zip"
  role          = aws_iam_role.processor_role.arn
  runtime       = "python3.12"
  s3_bucket     = "platform-artifacts-123456789012"
  s3_key        = "processor.zip"
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
  timeout = 300

  ephemeral_storage {
    size = 512
  }
  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.processor_logs.name
  }
  tracing_config {
    mode = "PassThrough"
  }

  depends_on = [aws_iam_role_policy.processor_role]
}

resource "aws_cloudwatch_log_group" "coordinator_logs" {
  # checkov:skip=CKV_AWS_158:log groups use CloudWatch Logs' default encryption at rest
  name              = "/aws/lambda/platform-phase3-coordinator"
  retention_in_days = 365
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
}

resource "aws_iam_role" "coordinator_role" {
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
    phase  = "scale"
    system = "seed-002-platform"
  }
}

resource "aws_iam_role_policy" "coordinator_role" {
  name = "coordinator-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "WriteLogs"
        Effect   = "Allow"
        Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
        Resource = ["${aws_cloudwatch_log_group.coordinator_logs.arn}:*"]
      },
      {
        Sid      = "ReadItems"
        Effect   = "Allow"
        Action   = ["dynamodb:BatchGetItem", "dynamodb:ConditionCheckItem", "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan"]
        Resource = [aws_dynamodb_table.items.arn, "${aws_dynamodb_table.items.arn}/index/*"]
      },
    ]
  })
  role = aws_iam_role.coordinator_role.id
}

resource "aws_lambda_function" "coordinator" {
  # checkov:skip=CKV_AWS_115:seed 002 reserves concurrency for the API tier only; processing and coordination share the account pool
  # checkov:skip=CKV_AWS_116:functions are invoked synchronously by the API and by Step Functions, which retries and catches failures
  # checkov:skip=CKV_AWS_117:only the API function reaches DAX, and it runs in the network from phase 2 on; the others reach AWS APIs over TLS
  # checkov:skip=CKV_AWS_173:environment variables hold a table and a bucket name, no secrets; Lambda encrypts them with its service key
  # checkov:skip=CKV_AWS_272:code comes from the platform's artifact bucket, which only CI writes; no code-signing profile
  architectures = ["arm64"]
  function_name = "platform-phase3-coordinator"
  handler       = "coordinator.handler"
  memory_size   = 256
  package_type  = "Zip"
  role          = aws_iam_role.coordinator_role.arn
  runtime       = "python3.12"
  s3_bucket     = "platform-artifacts-123456789012"
  s3_key        = "coordinator.zip"
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
  timeout = 30

  ephemeral_storage {
    size = 512
  }
  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.coordinator_logs.name
  }
  tracing_config {
    mode = "PassThrough"
  }

  depends_on = [aws_iam_role_policy.coordinator_role]
}

resource "aws_ecs_cluster" "apps" {
  name = "platform-phase3-apps"
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }

  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}

resource "aws_security_group" "transcoder_sg" {
  description = "service transcoder"
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_vpc_security_group_egress_rule" "transcoder_sg" {
  cidr_ipv4         = "0.0.0.0/0"
  description       = "all outbound traffic"
  ip_protocol       = "-1"
  security_group_id = aws_security_group.transcoder_sg.id
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
}

resource "aws_cloudwatch_log_group" "transcoder_logs" {
  # checkov:skip=CKV_AWS_158:log groups use CloudWatch Logs' default encryption at rest
  name              = "/ecs/platform-phase3/transcoder"
  retention_in_days = 365
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
}

resource "aws_iam_role" "transcoder_execution_role" {
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
    phase  = "scale"
    system = "seed-002-platform"
  }
}

resource "aws_iam_role_policy" "transcoder_execution_role" {
  name = "transcoder-execution-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "WriteLogs"
        Effect   = "Allow"
        Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
        Resource = ["${aws_cloudwatch_log_group.transcoder_logs.arn}:*"]
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
        Resource = ["arn:${data.aws_partition.current.partition}:ecr:us-east-1:123456789012:repository/transcoder"]
      },
    ]
  })
  role = aws_iam_role.transcoder_execution_role.id
}

resource "aws_iam_role" "transcoder_task_role" {
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
    phase  = "scale"
    system = "seed-002-platform"
  }
}

resource "aws_iam_role_policy" "transcoder_task_role" {
  name = "transcoder-task-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "ListBucketUploads"
        Effect   = "Allow"
        Action   = ["s3:ListBucket"]
        Resource = [aws_s3_bucket.uploads.arn]
      },
      {
        Sid      = "ReadWriteObjectsUploads"
        Effect   = "Allow"
        Action   = ["s3:AbortMultipartUpload", "s3:DeleteObject", "s3:GetObject", "s3:PutObject"]
        Resource = ["${aws_s3_bucket.uploads.arn}/*"]
      },
    ]
  })
  role = aws_iam_role.transcoder_task_role.id
}

resource "aws_ecs_task_definition" "transcoder" {
  # checkov:skip=CKV_AWS_336:Keycloak and the transcoder write temporary files to their root file system
  container_definitions = jsonencode([
    {
      name      = "transcoder"
      image     = "123456789012.dkr.ecr.us-east-1.amazonaws.com/transcoder:1.0"
      essential = true
      environment = [
        {
          name  = "UPLOADS_BUCKET"
          value = aws_s3_bucket.uploads.bucket
        },
      ]
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = aws_cloudwatch_log_group.transcoder_logs.name
          awslogs-region        = data.aws_region.current.name
          awslogs-stream-prefix = "transcoder"
        }
      }
    },
  ])
  cpu                      = "1024"
  execution_role_arn       = aws_iam_role.transcoder_execution_role.arn
  family                   = "transcoder"
  memory                   = "2048"
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
  task_role_arn = aws_iam_role.transcoder_task_role.arn

  runtime_platform {
    cpu_architecture        = "X86_64"
    operating_system_family = "LINUX"
  }
}

resource "aws_ecs_service" "transcoder" {
  cluster                            = aws_ecs_cluster.apps.id
  deployment_maximum_percent         = 200
  deployment_minimum_healthy_percent = 100
  desired_count                      = 0
  enable_ecs_managed_tags            = true
  launch_type                        = "FARGATE"
  name                               = "transcoder"
  platform_version                   = "LATEST"
  propagate_tags                     = "SERVICE"
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
  task_definition = aws_ecs_task_definition.transcoder.arn

  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }
  network_configuration {
    assign_public_ip = false
    security_groups  = [aws_security_group.transcoder_sg.id]
    subnets          = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id, aws_subnet.core_private_3.id]
  }

  depends_on = [aws_iam_role_policy.transcoder_execution_role]
}

resource "aws_cloudwatch_log_group" "media_pipeline_logs" {
  # checkov:skip=CKV_AWS_158:log groups use CloudWatch Logs' default encryption at rest
  name              = "/aws/vendedlogs/states/platform-phase3-media-pipeline"
  retention_in_days = 365
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
}

resource "aws_iam_role" "media_pipeline_role" {
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
    phase  = "scale"
    system = "seed-002-platform"
  }
}

resource "aws_iam_role_policy" "media_pipeline_role" {
  name = "media-pipeline-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "InvokeCoordinator"
        Effect   = "Allow"
        Action   = ["lambda:InvokeFunction"]
        Resource = [aws_lambda_function.coordinator.arn, "${aws_lambda_function.coordinator.arn}:*"]
      },
      {
        Sid      = "RunTranscoder"
        Effect   = "Allow"
        Action   = ["ecs:RunTask"]
        Resource = [aws_ecs_task_definition.transcoder.arn]
      },
      {
        Sid      = "PassRolesOfTranscoder"
        Effect   = "Allow"
        Action   = ["iam:PassRole"]
        Resource = [aws_iam_role.transcoder_execution_role.arn, aws_iam_role.transcoder_task_role.arn]
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
        Sid      = "InvokeProcessor"
        Effect   = "Allow"
        Action   = ["lambda:InvokeFunction"]
        Resource = [aws_lambda_function.processor.arn, "${aws_lambda_function.processor.arn}:*"]
      },
      {
        Sid      = "DeliverLogs"
        Effect   = "Allow"
        Action   = ["logs:CreateLogDelivery", "logs:DeleteLogDelivery", "logs:DescribeLogGroups", "logs:DescribeResourcePolicies", "logs:GetLogDelivery", "logs:ListLogDeliveries", "logs:PutResourcePolicy", "logs:UpdateLogDelivery"]
        Resource = ["*"]
      },
    ]
  })
  role = aws_iam_role.media_pipeline_role.id
}

resource "aws_sfn_state_machine" "media_pipeline" {
  # checkov:skip=CKV_AWS_284:the workflow's tasks trace themselves; no state machine tracing
  # checkov:skip=CKV_AWS_285:Step Functions keeps the execution history; no execution log group
  definition = jsonencode({
    StartAt = "Prepare"
    States = {
      Prepare = {
        Type     = "Task"
        Resource = "arn:${data.aws_partition.current.partition}:states:::lambda:invoke"
        Parameters = {
          FunctionName = aws_lambda_function.coordinator.arn
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
        Next = "Transcode"
      }
      Transcode = {
        Type           = "Map"
        ItemsPath      = "$.files"
        MaxConcurrency = 20
        ItemProcessor = {
          ProcessorConfig = {
            Mode = "INLINE"
          }
          StartAt = "Run"
          States = {
            Run = {
              Type     = "Task"
              Resource = "arn:${data.aws_partition.current.partition}:states:::ecs:runTask.sync"
              Parameters = {
                Cluster        = aws_ecs_cluster.apps.arn
                TaskDefinition = aws_ecs_task_definition.transcoder.arn
                LaunchType     = "FARGATE"
                NetworkConfiguration = {
                  AwsvpcConfiguration = {
                    AssignPublicIp = "DISABLED"
                    SecurityGroups = [aws_security_group.transcoder_sg.id]
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
        Next = "Process"
      }
      Process = {
        Type     = "Task"
        Resource = "arn:${data.aws_partition.current.partition}:states:::lambda:invoke"
        Parameters = {
          FunctionName = aws_lambda_function.processor.arn
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
        Catch = [
          {
            ErrorEquals = ["States.ALL"]
            Next        = "Failed"
            ResultPath  = "$.error"
          },
        ]
        Next = "Done"
      }
      Done = {
        Type = "Succeed"
      }
      Failed = {
        Type  = "Fail"
        Error = "PipelineFailed"
        Cause = "processing failed"
      }
    }
  })
  name     = "platform-phase3-media-pipeline"
  role_arn = aws_iam_role.media_pipeline_role.arn
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
  type = "STANDARD"

  logging_configuration {
    include_execution_data = false
    level                  = "ERROR"
    log_destination        = "${aws_cloudwatch_log_group.media_pipeline_logs.arn}:*"
  }
  tracing_configuration {
    enabled = false
  }

  depends_on = [aws_iam_role_policy.media_pipeline_role]
}

resource "aws_secretsmanager_secret" "keycloak_db_master" {
  # checkov:skip=CKV2_AWS_57:RDS manages the master password in Secrets Manager and rotates it itself every seven days
  # checkov:skip=CKV_AWS_149:the RDS-managed master secret uses Secrets Manager's AWS managed key
  description             = "master login of Aurora cluster platform-phase3-keycloak-db"
  name                    = "platform-phase3/keycloak-db/master"
  recovery_window_in_days = 30
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
}

data "aws_secretsmanager_random_password" "keycloak_db_master_password" {
  exclude_characters = "\"@/\\' "
  password_length    = 32
}

resource "aws_secretsmanager_secret_version" "keycloak_db_master" {
  secret_id = aws_secretsmanager_secret.keycloak_db_master.id
  secret_string = jsonencode(merge(jsondecode("{\"username\":\"app_admin\"}"), {
    password = data.aws_secretsmanager_random_password.keycloak_db_master_password.random_password
  }))

  lifecycle {
    ignore_changes = [secret_string]
  }
}

resource "aws_security_group" "keycloak_db_sg" {
  description = "Aurora cluster keycloak-db"
  tags = {
    phase  = "scale"
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
    system = "seed-002-platform"
  }
}

resource "aws_db_subnet_group" "keycloak_db_subnets" {
  description = "subnets of platform-phase3-keycloak-db"
  name        = "platform-phase3-keycloak-db-subnets"
  subnet_ids  = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id, aws_subnet.core_private_3.id]
  tags = {
    phase  = "scale"
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
  cluster_identifier        = "platform-phase3-keycloak-db"
  copy_tags_to_snapshot     = true
  database_name             = "keycloak"
  db_subnet_group_name      = aws_db_subnet_group.keycloak_db_subnets.name
  deletion_protection       = true
  engine                    = "aurora-postgresql"
  engine_mode               = "provisioned"
  engine_version            = "16.8"
  final_snapshot_identifier = "platform-phase3-keycloak-db-final"
  master_password           = lookup(jsondecode(aws_secretsmanager_secret_version.keycloak_db_master.secret_string), "password")
  master_username           = "app_admin"
  port                      = 5432
  skip_final_snapshot       = false
  storage_encrypted         = true
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
  vpc_security_group_ids = [aws_security_group.keycloak_db_sg.id]

  lifecycle {
    ignore_changes = [global_cluster_identifier]
  }
  serverlessv2_scaling_configuration {
    max_capacity = 16
    min_capacity = 4
  }
}

resource "aws_rds_global_cluster" "keycloak_db_global" {
  deletion_protection          = true
  force_destroy                = true
  global_cluster_identifier    = "platform-keycloak-global"
  source_db_cluster_identifier = aws_rds_cluster.keycloak_db.arn
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
}

resource "aws_rds_cluster_instance" "keycloak_db_instance_1" {
  # checkov:skip=CKV_AWS_118:CloudWatch's standard Aurora metrics are enough; no enhanced-monitoring role
  # checkov:skip=CKV_AWS_353:Performance Insights is not enabled for Keycloak's small database
  auto_minor_version_upgrade = true
  cluster_identifier         = aws_rds_cluster.keycloak_db.id
  engine                     = aws_rds_cluster.keycloak_db.engine
  engine_version             = aws_rds_cluster.keycloak_db.engine_version
  identifier                 = "platform-phase3-keycloak-db-1"
  instance_class             = "db.serverless"
  promotion_tier             = 0
  publicly_accessible        = false
  tags = {
    phase  = "scale"
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
  identifier                 = "platform-phase3-keycloak-db-2"
  instance_class             = "db.serverless"
  promotion_tier             = 1
  publicly_accessible        = false
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
}

resource "aws_rds_cluster_instance" "keycloak_db_instance_3" {
  # checkov:skip=CKV_AWS_118:CloudWatch's standard Aurora metrics are enough; no enhanced-monitoring role
  # checkov:skip=CKV_AWS_353:Performance Insights is not enabled for Keycloak's small database
  auto_minor_version_upgrade = true
  cluster_identifier         = aws_rds_cluster.keycloak_db.id
  engine                     = aws_rds_cluster.keycloak_db.engine
  engine_version             = aws_rds_cluster.keycloak_db.engine_version
  identifier                 = "platform-phase3-keycloak-db-3"
  instance_class             = "db.serverless"
  promotion_tier             = 1
  publicly_accessible        = false
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
}

resource "aws_lb_target_group" "keycloak_targets" {
  deregistration_delay = "30"
  name                 = "platform-phase3-keycloak-targets"
  port                 = 8080
  protocol             = "HTTP"
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
  target_type = "ip"
  vpc_id      = aws_vpc.core.id

  health_check {
    enabled             = true
    healthy_threshold   = 3
    interval            = 15
    matcher             = "200"
    path                = "/health/ready"
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

resource "aws_security_group" "auth_sg" {
  # checkov:skip=CKV_AWS_260:the sign-in load balancer accepts port 80 only to redirect to HTTPS
  description = "load balancer auth"
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_vpc_security_group_egress_rule" "auth_sg" {
  cidr_ipv4         = "0.0.0.0/0"
  description       = "all outbound traffic"
  ip_protocol       = "-1"
  security_group_id = aws_security_group.auth_sg.id
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
}

resource "aws_vpc_security_group_ingress_rule" "auth_sg_internet_80" {
  # checkov:skip=CKV_AWS_260:the sign-in load balancer accepts port 80 only to redirect to HTTPS
  cidr_ipv4         = "0.0.0.0/0"
  description       = "internet to port 80"
  from_port         = 80
  ip_protocol       = "tcp"
  security_group_id = aws_security_group.auth_sg.id
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
  to_port = 80
}

resource "aws_vpc_security_group_ingress_rule" "auth_sg_internet_443" {
  # checkov:skip=CKV_AWS_260:the sign-in load balancer accepts port 80 only to redirect to HTTPS
  cidr_ipv4         = "0.0.0.0/0"
  description       = "internet to port 443"
  from_port         = 443
  ip_protocol       = "tcp"
  security_group_id = aws_security_group.auth_sg.id
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
  to_port = 443
}

resource "aws_lb" "auth" {
  # checkov:skip=CKV_AWS_91:load balancer access logs are not kept; Keycloak logs sign-in events
  # checkov:skip=CKV2_AWS_76:Keycloak 26 is not affected by Log4Shell; the firewall runs AWS's common rule set
  drop_invalid_header_fields = true
  enable_deletion_protection = true
  idle_timeout               = 60
  internal                   = false
  load_balancer_type         = "application"
  name                       = "platform-phase3-auth"
  security_groups            = [aws_security_group.auth_sg.id]
  subnets                    = [aws_subnet.core_public_1.id, aws_subnet.core_public_2.id, aws_subnet.core_public_3.id]
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
}

resource "aws_lb_listener" "auth_http" {
  load_balancer_arn = aws_lb.auth.arn
  port              = 80
  protocol          = "HTTP"
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
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

resource "aws_lb_listener" "auth_https" {
  certificate_arn   = "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555"
  load_balancer_arn = aws_lb.auth.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }

  default_action {
    target_group_arn = aws_lb_target_group.keycloak_targets.arn
    type             = "forward"
  }
}

resource "aws_security_group" "keycloak_sg" {
  description = "service keycloak"
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_vpc_security_group_egress_rule" "keycloak_sg" {
  cidr_ipv4         = "0.0.0.0/0"
  description       = "all outbound traffic"
  ip_protocol       = "-1"
  security_group_id = aws_security_group.keycloak_sg.id
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
}

resource "aws_vpc_security_group_ingress_rule" "keycloak_from_auth" {
  description                  = "auth to keycloak"
  from_port                    = 8080
  ip_protocol                  = "tcp"
  referenced_security_group_id = aws_security_group.auth_sg.id
  security_group_id            = aws_security_group.keycloak_sg.id
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
  to_port = 8080
}

resource "aws_cloudwatch_log_group" "keycloak_logs" {
  # checkov:skip=CKV_AWS_158:log groups use CloudWatch Logs' default encryption at rest
  name              = "/ecs/platform-phase3/keycloak"
  retention_in_days = 365
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
}

resource "aws_iam_role" "keycloak_execution_role" {
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
    phase  = "scale"
    system = "seed-002-platform"
  }
}

resource "aws_iam_role_policy" "keycloak_execution_role" {
  name = "keycloak-execution-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "WriteLogs"
        Effect   = "Allow"
        Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
        Resource = ["${aws_cloudwatch_log_group.keycloak_logs.arn}:*"]
      },
      {
        Sid      = "ReadSecrets"
        Effect   = "Allow"
        Action   = ["secretsmanager:GetSecretValue"]
        Resource = [aws_secretsmanager_secret.keycloak_db_master.arn]
      },
    ]
  })
  role = aws_iam_role.keycloak_execution_role.id
}

resource "aws_iam_role" "keycloak_task_role" {
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
    phase  = "scale"
    system = "seed-002-platform"
  }
}

resource "aws_ecs_task_definition" "keycloak" {
  # checkov:skip=CKV_AWS_336:Keycloak and the transcoder write temporary files to their root file system
  container_definitions = jsonencode([
    {
      name      = "keycloak"
      image     = "quay.io/keycloak/keycloak:26.0"
      essential = true
      portMappings = [
        {
          containerPort = 8080
          protocol      = "tcp"
        },
      ]
      command = ["start", "--optimized"]
      environment = [
        {
          name  = "KC_DB"
          value = "postgres"
        },
        {
          name  = "KC_DB_URL_HOST"
          value = aws_rds_cluster.keycloak_db.endpoint
        },
      ]
      secrets = [
        {
          name      = "KC_DB_PASSWORD"
          valueFrom = aws_secretsmanager_secret.keycloak_db_master.arn
        },
      ]
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = aws_cloudwatch_log_group.keycloak_logs.name
          awslogs-region        = data.aws_region.current.name
          awslogs-stream-prefix = "keycloak"
        }
      }
    },
  ])
  cpu                      = "1024"
  execution_role_arn       = aws_iam_role.keycloak_execution_role.arn
  family                   = "keycloak"
  memory                   = "2048"
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
  task_role_arn = aws_iam_role.keycloak_task_role.arn

  runtime_platform {
    cpu_architecture        = "X86_64"
    operating_system_family = "LINUX"
  }
}

resource "aws_ecs_service" "keycloak" {
  cluster                            = aws_ecs_cluster.apps.id
  deployment_maximum_percent         = 200
  deployment_minimum_healthy_percent = 100
  desired_count                      = 2
  enable_ecs_managed_tags            = true
  health_check_grace_period_seconds  = 60
  launch_type                        = "FARGATE"
  name                               = "keycloak"
  platform_version                   = "LATEST"
  propagate_tags                     = "SERVICE"
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
  task_definition = aws_ecs_task_definition.keycloak.arn

  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }
  lifecycle {
    ignore_changes = [desired_count]
  }
  load_balancer {
    container_name   = "keycloak"
    container_port   = 8080
    target_group_arn = aws_lb_target_group.keycloak_targets.arn
  }
  network_configuration {
    assign_public_ip = false
    security_groups  = [aws_security_group.keycloak_sg.id]
    subnets          = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id, aws_subnet.core_private_3.id]
  }

  depends_on = [aws_lb_listener.auth_http, aws_lb_listener.auth_https, aws_iam_role_policy.keycloak_execution_role]
}

resource "aws_iam_role" "apigateway_account_role" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "apigateway.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
}

resource "aws_iam_role_policy" "apigateway_account_role" {
  name = "apigateway-account-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "PushLogs"
        Effect   = "Allow"
        Action   = ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:DescribeLogGroups", "logs:DescribeLogStreams", "logs:FilterLogEvents", "logs:GetLogEvents", "logs:PutLogEvents"]
        Resource = ["arn:${data.aws_partition.current.partition}:logs:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:*"]
      },
    ]
  })
  role = aws_iam_role.apigateway_account_role.id
}

resource "aws_api_gateway_account" "apigateway_account" {
  cloudwatch_role_arn = aws_iam_role.apigateway_account_role.arn
}

resource "aws_cloudwatch_log_group" "public_api_access_logs" {
  # checkov:skip=CKV_AWS_158:log groups use CloudWatch Logs' default encryption at rest
  name              = "/aws/apigateway/platform-phase3-public-api"
  retention_in_days = 365
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
}

resource "aws_sns_topic" "oncall" {
  kms_master_key_id = "alias/aws/sns"
  name              = "platform-phase3-oncall"
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
}

resource "aws_sns_topic_subscription" "oncall_subscription_1" {
  endpoint  = "oncall@example.com"
  protocol  = "email"
  topic_arn = aws_sns_topic.oncall.arn
}

resource "aws_appautoscaling_target" "keycloak_tasks" {
  max_capacity       = 5
  min_capacity       = 2
  resource_id        = "service/platform-phase3-apps/keycloak"
  scalable_dimension = "ecs:service:DesiredCount"
  service_namespace  = "ecs"
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }

  depends_on = [aws_ecs_service.keycloak]
}

resource "aws_appautoscaling_policy" "keycloak_tasks_tracking_1" {
  name               = "keycloak-tasks-tracking-1"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_appautoscaling_target.keycloak_tasks.resource_id
  scalable_dimension = aws_appautoscaling_target.keycloak_tasks.scalable_dimension
  service_namespace  = aws_appautoscaling_target.keycloak_tasks.service_namespace

  target_tracking_scaling_policy_configuration {
    scale_in_cooldown  = 300
    scale_out_cooldown = 60
    target_value       = 70

    predefined_metric_specification {
      predefined_metric_type = "ECSServiceAverageCPUUtilization"
    }
  }
}

resource "aws_appautoscaling_target" "items_reads" {
  max_capacity       = 4000
  min_capacity       = 50
  resource_id        = "table/platform-phase3-items"
  scalable_dimension = "dynamodb:table:ReadCapacityUnits"
  service_namespace  = "dynamodb"
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }

  depends_on = [aws_dynamodb_table.items]
}

resource "aws_appautoscaling_policy" "items_reads_tracking_1" {
  name               = "items-reads-tracking-1"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_appautoscaling_target.items_reads.resource_id
  scalable_dimension = aws_appautoscaling_target.items_reads.scalable_dimension
  service_namespace  = aws_appautoscaling_target.items_reads.service_namespace

  target_tracking_scaling_policy_configuration {
    target_value = 70

    predefined_metric_specification {
      predefined_metric_type = "DynamoDBReadCapacityUtilization"
    }
  }
}

resource "aws_appautoscaling_target" "items_writes" {
  max_capacity       = 2000
  min_capacity       = 30
  resource_id        = "table/platform-phase3-items"
  scalable_dimension = "dynamodb:table:WriteCapacityUnits"
  service_namespace  = "dynamodb"
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }

  depends_on = [aws_dynamodb_table.items]
}

resource "aws_appautoscaling_policy" "items_writes_tracking_1" {
  name               = "items-writes-tracking-1"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_appautoscaling_target.items_writes.resource_id
  scalable_dimension = aws_appautoscaling_target.items_writes.scalable_dimension
  service_namespace  = aws_appautoscaling_target.items_writes.service_namespace

  target_tracking_scaling_policy_configuration {
    target_value = 70

    predefined_metric_specification {
      predefined_metric_type = "DynamoDBWriteCapacityUtilization"
    }
  }
}

resource "aws_security_group" "items_cache_sg" {
  description = "DAX cluster items-cache"
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_vpc_security_group_egress_rule" "items_cache_sg" {
  cidr_ipv4         = "0.0.0.0/0"
  description       = "all outbound traffic"
  ip_protocol       = "-1"
  security_group_id = aws_security_group.items_cache_sg.id
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
}

resource "aws_iam_role" "items_cache_role" {
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
    phase  = "scale"
    system = "seed-002-platform"
  }
}

resource "aws_iam_role_policy" "items_cache_role" {
  name = "items-cache-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "ReadWriteItems"
        Effect   = "Allow"
        Action   = ["dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:ConditionCheckItem", "dynamodb:DeleteItem", "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:UpdateItem"]
        Resource = [aws_dynamodb_table.items.arn, "${aws_dynamodb_table.items.arn}/index/*"]
      },
    ]
  })
  role = aws_iam_role.items_cache_role.id
}

resource "aws_dax_subnet_group" "items_cache_subnets" {
  description = "subnets of DAX cluster items-cache"
  name        = "items-cache-subnets"
  subnet_ids  = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id, aws_subnet.core_private_3.id]
}

resource "aws_dax_cluster" "items_cache" {
  cluster_endpoint_encryption_type = "TLS"
  cluster_name                     = "items-cache"
  iam_role_arn                     = aws_iam_role.items_cache_role.arn
  node_type                        = "dax.r5.large"
  replication_factor               = 5
  security_group_ids               = [aws_security_group.items_cache_sg.id]
  subnet_group_name                = aws_dax_subnet_group.items_cache_subnets.name
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }

  server_side_encryption {
    enabled = true
  }

  depends_on = [aws_iam_role_policy.items_cache_role]
}

resource "aws_iam_role" "api_role" {
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
    phase  = "scale"
    system = "seed-002-platform"
  }
}

resource "aws_iam_role_policy" "api_role" {
  name = "api-role"
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
        Sid      = "ReadWriteItems"
        Effect   = "Allow"
        Action   = ["dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:ConditionCheckItem", "dynamodb:DeleteItem", "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:UpdateItem"]
        Resource = [aws_dynamodb_table.items.arn, "${aws_dynamodb_table.items.arn}/index/*"]
      },
      {
        Sid      = "ListBucketUploads"
        Effect   = "Allow"
        Action   = ["s3:ListBucket"]
        Resource = [aws_s3_bucket.uploads.arn]
      },
      {
        Sid      = "ReadWriteObjectsUploads"
        Effect   = "Allow"
        Action   = ["s3:AbortMultipartUpload", "s3:DeleteObject", "s3:GetObject", "s3:PutObject"]
        Resource = ["${aws_s3_bucket.uploads.arn}/*"]
      },
      {
        Sid      = "ReadWriteThroughItemsCache"
        Effect   = "Allow"
        Action   = ["dax:BatchGetItem", "dax:BatchWriteItem", "dax:ConditionCheckItem", "dax:DeleteItem", "dax:GetItem", "dax:PutItem", "dax:Query", "dax:Scan", "dax:UpdateItem"]
        Resource = [aws_dax_cluster.items_cache.arn]
      },
      {
        Sid      = "ManageNetworkInterfaces"
        Effect   = "Allow"
        Action   = ["ec2:AssignPrivateIpAddresses", "ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:UnassignPrivateIpAddresses"]
        Resource = ["*"]
      },
    ]
  })
  role = aws_iam_role.api_role.id
}

resource "aws_lambda_function" "api" {
  # checkov:skip=CKV_AWS_115:seed 002 reserves concurrency for the API tier only; processing and coordination share the account pool
  # checkov:skip=CKV_AWS_116:functions are invoked synchronously by the API and by Step Functions, which retries and catches failures
  # checkov:skip=CKV_AWS_117:only the API function reaches DAX, and it runs in the network from phase 2 on; the others reach AWS APIs over TLS
  # checkov:skip=CKV_AWS_173:environment variables hold a table and a bucket name, no secrets; Lambda encrypts them with its service key
  # checkov:skip=CKV_AWS_272:code comes from the platform's artifact bucket, which only CI writes; no code-signing profile
  architectures                  = ["arm64"]
  function_name                  = "platform-phase3-api"
  handler                        = "api.handler"
  memory_size                    = 1024
  package_type                   = "Zip"
  reserved_concurrent_executions = 800
  role                           = aws_iam_role.api_role.arn
  runtime                        = "python3.12"
  s3_bucket                      = "platform-artifacts-123456789012"
  s3_key                         = "api.zip"
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
  timeout = 10

  environment {
    variables = {
      ITEMS_CACHE    = aws_dax_cluster.items_cache.cluster_address
      ITEMS_TABLE    = aws_dynamodb_table.items.name
      UPLOADS_BUCKET = aws_s3_bucket.uploads.bucket
    }
  }
  ephemeral_storage {
    size = 512
  }
  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.api_logs.name
  }
  tracing_config {
    mode = "PassThrough"
  }
  vpc_config {
    security_group_ids = [aws_security_group.api_sg.id]
    subnet_ids         = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id, aws_subnet.core_private_3.id]
  }

  depends_on = [aws_iam_role_policy.api_role]
}

resource "aws_api_gateway_rest_api" "public_api" {
  # checkov:skip=CKV_AWS_237:the REST API is updated in place; its deployment is replaced, not the API
  name = "platform-phase3-public-api"
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_resource" "public_api_resource_items" {
  parent_id   = aws_api_gateway_rest_api.public_api.root_resource_id
  path_part   = "items"
  rest_api_id = aws_api_gateway_rest_api.public_api.id
}

resource "aws_api_gateway_resource" "public_api_resource_items_id" {
  parent_id   = aws_api_gateway_resource.public_api_resource_items.id
  path_part   = "{id}"
  rest_api_id = aws_api_gateway_rest_api.public_api.id
}

resource "aws_api_gateway_method" "public_api_method_1" {
  # checkov:skip=CKV_AWS_59:the API functions check the caller's Keycloak token; no API Gateway authorizer
  # checkov:skip=CKV2_AWS_53:the API function validates request bodies; no API Gateway request models
  api_key_required = false
  authorization    = "NONE"
  http_method      = "GET"
  resource_id      = aws_api_gateway_resource.public_api_resource_items.id
  rest_api_id      = aws_api_gateway_rest_api.public_api.id
}

resource "aws_api_gateway_integration" "public_api_method_1" {
  http_method             = aws_api_gateway_method.public_api_method_1.http_method
  integration_http_method = "POST"
  resource_id             = aws_api_gateway_resource.public_api_resource_items.id
  rest_api_id             = aws_api_gateway_rest_api.public_api.id
  type                    = "AWS_PROXY"
  uri                     = aws_lambda_function.api.invoke_arn
}

resource "aws_api_gateway_method" "public_api_method_2" {
  # checkov:skip=CKV_AWS_59:the API functions check the caller's Keycloak token; no API Gateway authorizer
  # checkov:skip=CKV2_AWS_53:the API function validates request bodies; no API Gateway request models
  api_key_required = false
  authorization    = "NONE"
  http_method      = "POST"
  resource_id      = aws_api_gateway_resource.public_api_resource_items.id
  rest_api_id      = aws_api_gateway_rest_api.public_api.id
}

resource "aws_api_gateway_integration" "public_api_method_2" {
  http_method             = aws_api_gateway_method.public_api_method_2.http_method
  integration_http_method = "POST"
  resource_id             = aws_api_gateway_resource.public_api_resource_items.id
  rest_api_id             = aws_api_gateway_rest_api.public_api.id
  type                    = "AWS_PROXY"
  uri                     = aws_lambda_function.api.invoke_arn
}

resource "aws_api_gateway_method" "public_api_method_3" {
  # checkov:skip=CKV_AWS_59:the API functions check the caller's Keycloak token; no API Gateway authorizer
  # checkov:skip=CKV2_AWS_53:the API function validates request bodies; no API Gateway request models
  api_key_required = false
  authorization    = "NONE"
  http_method      = "GET"
  resource_id      = aws_api_gateway_resource.public_api_resource_items_id.id
  rest_api_id      = aws_api_gateway_rest_api.public_api.id
}

resource "aws_api_gateway_integration" "public_api_method_3" {
  http_method             = aws_api_gateway_method.public_api_method_3.http_method
  integration_http_method = "POST"
  resource_id             = aws_api_gateway_resource.public_api_resource_items_id.id
  rest_api_id             = aws_api_gateway_rest_api.public_api.id
  type                    = "AWS_PROXY"
  uri                     = aws_lambda_function.api.invoke_arn
}

resource "aws_api_gateway_deployment" "public_api" {
  rest_api_id = aws_api_gateway_rest_api.public_api.id
  triggers = {
    redeployment = "47D9D970"
  }

  lifecycle {
    create_before_destroy = true
  }

  depends_on = [aws_api_gateway_integration.public_api_method_1, aws_api_gateway_integration.public_api_method_2, aws_api_gateway_integration.public_api_method_3]
}

resource "aws_api_gateway_stage" "public_api" {
  # checkov:skip=CKV2_AWS_51:public clients, no mutual TLS
  # checkov:skip=CKV2_AWS_4:access logs are on for the stage; execution logging stays off to keep request data out of logs
  # checkov:skip=CKV2_AWS_77:the API runs Python functions, not Java; the firewall runs AWS's common rule set
  cache_cluster_enabled = true
  cache_cluster_size    = "0.5"
  deployment_id         = aws_api_gateway_deployment.public_api.id
  rest_api_id           = aws_api_gateway_rest_api.public_api.id
  stage_name            = "prod"
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
  xray_tracing_enabled = true

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.public_api_access_logs.arn
    format          = "{\"requestId\":\"$context.requestId\",\"ip\":\"$context.identity.sourceIp\",\"requestTime\":\"$context.requestTime\",\"httpMethod\":\"$context.httpMethod\",\"resourcePath\":\"$context.resourcePath\",\"status\":\"$context.status\",\"protocol\":\"$context.protocol\",\"responseLength\":\"$context.responseLength\"}"
  }

  depends_on = [aws_api_gateway_account.apigateway_account]
}

resource "aws_api_gateway_method_settings" "public_api" {
  # checkov:skip=CKV2_AWS_4:access logs are on for the stage; execution logging stays off to keep request data out of logs
  method_path = "*/*"
  rest_api_id = aws_api_gateway_rest_api.public_api.id
  stage_name  = aws_api_gateway_stage.public_api.stage_name

  settings {
    cache_data_encrypted   = true
    cache_ttl_in_seconds   = 300
    caching_enabled        = true
    metrics_enabled        = true
    throttling_burst_limit = 2500
    throttling_rate_limit  = 5000
  }
}

resource "aws_lambda_permission" "api_invoke_from_public_api" {
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.api.function_name
  principal      = "apigateway.amazonaws.com"
  source_account = data.aws_caller_identity.current.account_id
  source_arn     = "${aws_api_gateway_rest_api.public_api.execution_arn}/*/*"
}

resource "aws_cloudwatch_metric_alarm" "api_duration_warning" {
  alarm_actions       = [aws_sns_topic.oncall.arn]
  alarm_description   = "duration above 5 s"
  alarm_name          = "api-duration-warning"
  comparison_operator = "GreaterThanThreshold"
  dimensions = {
    FunctionName = aws_lambda_function.api.function_name
  }
  evaluation_periods = 1
  metric_name        = "Duration"
  namespace          = "AWS/Lambda"
  ok_actions         = [aws_sns_topic.oncall.arn]
  period             = 300
  statistic          = "Average"
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
  threshold          = 5000
  treat_missing_data = "notBreaching"
}

resource "aws_cloudwatch_metric_alarm" "api_duration_critical" {
  alarm_actions       = [aws_sns_topic.oncall.arn]
  alarm_description   = "duration above 10 s"
  alarm_name          = "api-duration-critical"
  comparison_operator = "GreaterThanThreshold"
  dimensions = {
    FunctionName = aws_lambda_function.api.function_name
  }
  evaluation_periods = 1
  metric_name        = "Duration"
  namespace          = "AWS/Lambda"
  ok_actions         = [aws_sns_topic.oncall.arn]
  period             = 300
  statistic          = "Average"
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
  threshold          = 10000
  treat_missing_data = "notBreaching"
}

resource "aws_cloudwatch_metric_alarm" "api_errors_warning" {
  alarm_actions       = [aws_sns_topic.oncall.arn]
  alarm_description   = "error rate above 1%"
  alarm_name          = "api-errors-warning"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  ok_actions          = [aws_sns_topic.oncall.arn]
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
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
        FunctionName = aws_lambda_function.api.function_name
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
        FunctionName = aws_lambda_function.api.function_name
      }
      metric_name = "Invocations"
      namespace   = "AWS/Lambda"
      period      = 300
      stat        = "Sum"
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "api_errors_critical" {
  alarm_actions       = [aws_sns_topic.oncall.arn]
  alarm_description   = "error rate above 5%"
  alarm_name          = "api-errors-critical"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  ok_actions          = [aws_sns_topic.oncall.arn]
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
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
        FunctionName = aws_lambda_function.api.function_name
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
        FunctionName = aws_lambda_function.api.function_name
      }
      metric_name = "Invocations"
      namespace   = "AWS/Lambda"
      period      = 300
      stat        = "Sum"
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "api_throttles" {
  alarm_actions       = [aws_sns_topic.oncall.arn]
  alarm_description   = "invocations throttled"
  alarm_name          = "api-throttles"
  comparison_operator = "GreaterThanThreshold"
  dimensions = {
    FunctionName = aws_lambda_function.api.function_name
  }
  evaluation_periods = 1
  metric_name        = "Throttles"
  namespace          = "AWS/Lambda"
  ok_actions         = [aws_sns_topic.oncall.arn]
  period             = 60
  statistic          = "Sum"
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
  threshold          = 0
  treat_missing_data = "notBreaching"
}

resource "aws_wafv2_web_acl" "api_firewall" {
  # checkov:skip=CKV2_AWS_31:WAF request logging is not configured; iacgen's WebACL keeps sampled requests and metrics only
  name  = "platform-phase3-api-firewall"
  scope = "REGIONAL"
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
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
    name     = "AWSManagedRulesAmazonIpReputationList"
    priority = 2

    override_action {
      none {
      }
    }
    statement {
      managed_rule_group_statement {
        name        = "AWSManagedRulesAmazonIpReputationList"
        vendor_name = "AWS"
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "AWSManagedRulesAmazonIpReputationList"
      sampled_requests_enabled   = true
    }
  }
  rule {
    name     = "rate-limit-per-ip"
    priority = 3

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
    metric_name                = "platform-phase3-api-firewall"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl_association" "api_firewall_protects_public_api" {
  resource_arn = aws_api_gateway_stage.public_api.arn
  web_acl_arn  = aws_wafv2_web_acl.api_firewall.arn
}

resource "aws_wafv2_web_acl_association" "api_firewall_protects_auth" {
  resource_arn = aws_lb.auth.arn
  web_acl_arn  = aws_wafv2_web_acl.api_firewall.arn
}

resource "aws_wafv2_web_acl" "edge_firewall" {
  # checkov:skip=CKV2_AWS_31:WAF request logging is not configured; iacgen's WebACL keeps sampled requests and metrics only
  name  = "platform-phase3-edge-firewall"
  scope = "CLOUDFRONT"
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
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
    name     = "AWSManagedRulesAnonymousIpList"
    priority = 2

    override_action {
      none {
      }
    }
    statement {
      managed_rule_group_statement {
        name        = "AWSManagedRulesAnonymousIpList"
        vendor_name = "AWS"
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "AWSManagedRulesAnonymousIpList"
      sampled_requests_enabled   = true
    }
  }
  rule {
    name     = "rate-limit-per-ip"
    priority = 3

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
    metric_name                = "platform-phase3-edge-firewall"
    sampled_requests_enabled   = true
  }
}

resource "aws_cloudfront_distribution" "edge" {
  # checkov:skip=CKV_AWS_174:the distribution uses the default CloudFront certificate, which fixes the TLS policy
  # checkov:skip=CKV2_AWS_42:no custom domain in seed 002's architecture; the default CloudFront certificate serves HTTPS
  # checkov:skip=CKV2_AWS_32:the origins are an API and Keycloak, which set their own response headers
  # checkov:skip=CKV_AWS_305:the distribution fronts an API and sign-in, not a website; there is no root object
  # checkov:skip=CKV_AWS_310:each path has one origin in one Region; the standby Region holds data, not origins
  # checkov:skip=CKV_AWS_374:the platform is offered worldwide; no geo restriction
  # checkov:skip=CKV_AWS_86:API access logs are kept at the stage; CloudFront logs would duplicate them
  comment         = "API and sign-in"
  enabled         = true
  http_version    = "http2and3"
  is_ipv6_enabled = true
  price_class     = "PriceClass_All"
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
  web_acl_id = aws_wafv2_web_acl.edge_firewall.arn

  default_cache_behavior {
    allowed_methods          = ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"]
    cache_policy_id          = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"
    cached_methods           = ["GET", "HEAD"]
    compress                 = true
    origin_request_policy_id = "b689b0a8-53d0-40ab-baf2-68738e2966ac"
    target_origin_id         = "api"
    viewer_protocol_policy   = "redirect-to-https"
  }
  ordered_cache_behavior {
    allowed_methods          = ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"]
    cache_policy_id          = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"
    cached_methods           = ["GET", "HEAD"]
    compress                 = true
    origin_request_policy_id = "b689b0a8-53d0-40ab-baf2-68738e2966ac"
    path_pattern             = "/realms/*"
    target_origin_id         = "auth"
    viewer_protocol_policy   = "redirect-to-https"
  }
  origin {
    domain_name = "${aws_api_gateway_rest_api.public_api.id}.execute-api.${data.aws_region.current.name}.amazonaws.com"
    origin_id   = "api"
    origin_path = "/prod"

    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
  origin {
    domain_name = aws_lb.auth.dns_name
    origin_id   = "auth"

    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
  restrictions {
    geo_restriction {
      locations        = []
      restriction_type = "none"
    }
  }
  viewer_certificate {
    cloudfront_default_certificate = true
  }
}

resource "aws_vpc_security_group_ingress_rule" "keycloak_db_from_keycloak" {
  description                  = "keycloak to keycloak-db"
  from_port                    = 5432
  ip_protocol                  = "tcp"
  referenced_security_group_id = aws_security_group.keycloak_sg.id
  security_group_id            = aws_security_group.keycloak_db_sg.id
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
  to_port = 5432
}

resource "aws_vpc_security_group_ingress_rule" "items_cache_from_api" {
  description                  = "api to items-cache"
  from_port                    = 9111
  ip_protocol                  = "tcp"
  referenced_security_group_id = aws_security_group.api_sg.id
  security_group_id            = aws_security_group.items_cache_sg.id
  tags = {
    phase  = "scale"
    system = "seed-002-platform"
  }
  to_port = 9111
}
