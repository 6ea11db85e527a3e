# Stack 'audio-service' in us-east-1, scaling phase scale.

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
  # checkov:skip=CKV_AWS_158:log groups use CloudWatch Logs' default encryption at rest; request bodies are not logged
  name              = "/aws/vpc/audio-service/core/flow-logs"
  retention_in_days = 365
  tags = {
    service = "audio"
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
    service = "audio"
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
  # checkov:skip=CKV2_AWS_12:no resource uses the VPC's default security group: each function and cluster gets its own
  cidr_block           = "10.70.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    Name    = "core"
    service = "audio"
  }
}

resource "aws_internet_gateway" "core" {
  tags = {
    Name    = "core-igw"
    service = "audio"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_public_1" {
  availability_zone       = data.aws_availability_zones.available.names[0]
  cidr_block              = "10.70.0.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name    = "core-public-1"
    service = "audio"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_public_2" {
  availability_zone       = data.aws_availability_zones.available.names[1]
  cidr_block              = "10.70.16.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name    = "core-public-2"
    service = "audio"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_public_3" {
  availability_zone       = data.aws_availability_zones.available.names[2]
  cidr_block              = "10.70.32.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name    = "core-public-3"
    service = "audio"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_private_1" {
  availability_zone       = data.aws_availability_zones.available.names[0]
  cidr_block              = "10.70.48.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name    = "core-private-1"
    service = "audio"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_private_2" {
  availability_zone       = data.aws_availability_zones.available.names[1]
  cidr_block              = "10.70.64.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name    = "core-private-2"
    service = "audio"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_private_3" {
  availability_zone       = data.aws_availability_zones.available.names[2]
  cidr_block              = "10.70.80.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name    = "core-private-3"
    service = "audio"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_eip" "core_nat_1" {
  domain = "vpc"
  tags = {
    Name    = "core-nat-1"
    service = "audio"
  }

  depends_on = [aws_internet_gateway.core]
}

resource "aws_nat_gateway" "core_nat_1" {
  allocation_id = aws_eip.core_nat_1.id
  subnet_id     = aws_subnet.core_public_1.id
  tags = {
    Name    = "core-nat-1"
    service = "audio"
  }

  depends_on = [aws_internet_gateway.core]
}

resource "aws_eip" "core_nat_2" {
  domain = "vpc"
  tags = {
    Name    = "core-nat-2"
    service = "audio"
  }

  depends_on = [aws_internet_gateway.core]
}

resource "aws_nat_gateway" "core_nat_2" {
  allocation_id = aws_eip.core_nat_2.id
  subnet_id     = aws_subnet.core_public_2.id
  tags = {
    Name    = "core-nat-2"
    service = "audio"
  }

  depends_on = [aws_internet_gateway.core]
}

resource "aws_eip" "core_nat_3" {
  domain = "vpc"
  tags = {
    Name    = "core-nat-3"
    service = "audio"
  }

  depends_on = [aws_internet_gateway.core]
}

resource "aws_nat_gateway" "core_nat_3" {
  allocation_id = aws_eip.core_nat_3.id
  subnet_id     = aws_subnet.core_public_3.id
  tags = {
    Name    = "core-nat-3"
    service = "audio"
  }

  depends_on = [aws_internet_gateway.core]
}

resource "aws_route_table" "core_public_routes" {
  tags = {
    Name    = "core-public-routes"
    service = "audio"
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
    service = "audio"
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
    service = "audio"
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
    service = "audio"
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
    service = "audio"
  }
  vpc_endpoint_type = "Gateway"
  vpc_id            = aws_vpc.core.id
}

resource "aws_vpc_endpoint" "core_dynamodb" {
  route_table_ids = [aws_route_table.core_private_routes_1.id, aws_route_table.core_private_routes_2.id, aws_route_table.core_private_routes_3.id]
  service_name    = "com.amazonaws.${data.aws_region.current.name}.dynamodb"
  tags = {
    Name    = "core-dynamodb"
    service = "audio"
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
    service = "audio"
  }
  traffic_type = "REJECT"
  vpc_id       = aws_vpc.core.id
}

resource "aws_s3_bucket" "uploads" {
  # checkov:skip=CKV_AWS_145:encrypted at rest with S3-managed keys (SSE-S3); no requirement for a customer key
  # checkov:skip=CKV_AWS_144:raw uploads are re-creatable by clients; seed 000's architecture is single-Region
  # checkov:skip=CKV_AWS_18:object access is audited through CloudTrail data events at the account level, not server access logs
  # checkov:skip=CKV2_AWS_62:uploads are announced by the upload function through the transcode queue, not S3 event notifications
  bucket = "audio-uploads-123456789012"
  tags = {
    service = "audio"
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
  # checkov:skip=CKV_AWS_300:uploads use single PUTs through transfer acceleration (no multipart), so no incomplete uploads accumulate
  bucket = aws_s3_bucket.uploads.id

  rule {
    id     = "raw-to-archive"
    status = "Enabled"

    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
    filter {
      prefix = "raw/"
    }
    transition {
      days          = 30
      storage_class = "GLACIER_IR"
    }
  }

  depends_on = [aws_s3_bucket_versioning.uploads]
}

resource "aws_s3_bucket_accelerate_configuration" "uploads" {
  bucket = aws_s3_bucket.uploads.id
  status = "Enabled"
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

resource "aws_dynamodb_table" "jobs" {
  # checkov:skip=CKV_AWS_119:encrypted at rest with DynamoDB's AWS owned key; job records hold no customer content
  billing_mode                = "PROVISIONED"
  deletion_protection_enabled = true
  hash_key                    = "jobId"
  name                        = "audio-service-jobs"
  read_capacity               = 1000
  table_class                 = "STANDARD"
  tags = {
    service = "audio"
  }
  write_capacity = 200

  attribute {
    name = "jobId"
    type = "S"
  }
  attribute {
    name = "userId"
    type = "S"
  }
  attribute {
    name = "createdAt"
    type = "N"
  }
  global_secondary_index {
    hash_key        = "userId"
    name            = "by-user"
    projection_type = "ALL"
    range_key       = "createdAt"
    read_capacity   = 1000
    write_capacity  = 200
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
  ttl {
    attribute_name = "expiresAt"
    enabled        = true
  }
}

resource "aws_sqs_queue" "transcode_dead_letters" {
  delay_seconds             = 0
  max_message_size          = 262144
  message_retention_seconds = 1209600
  name                      = "audio-service-transcode-dead-letters"
  receive_wait_time_seconds = 0
  sqs_managed_sse_enabled   = true
  tags = {
    service = "audio"
  }
  visibility_timeout_seconds = 30
}

resource "aws_sqs_queue" "transcode" {
  delay_seconds             = 0
  max_message_size          = 262144
  message_retention_seconds = 345600
  name                      = "audio-service-transcode"
  receive_wait_time_seconds = 20
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.transcode_dead_letters.arn
    maxReceiveCount     = 3
  })
  sqs_managed_sse_enabled = true
  tags = {
    service = "audio"
  }
  visibility_timeout_seconds = 1800
}

resource "aws_cloudwatch_log_group" "upload_logs" {
  # checkov:skip=CKV_AWS_158:log groups use CloudWatch Logs' default encryption at rest; request bodies are not logged
  name              = "/aws/lambda/audio-service-upload"
  retention_in_days = 365
  tags = {
    service = "audio"
  }
}

resource "aws_security_group" "upload_sg" {
  description = "function upload"
  tags = {
    service = "audio"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_vpc_security_group_egress_rule" "upload_sg" {
  cidr_ipv4         = "0.0.0.0/0"
  description       = "all outbound traffic"
  ip_protocol       = "-1"
  security_group_id = aws_security_group.upload_sg.id
  tags = {
    service = "audio"
  }
}

resource "aws_cloudwatch_log_group" "status_logs" {
  # checkov:skip=CKV_AWS_158:log groups use CloudWatch Logs' default encryption at rest; request bodies are not logged
  name              = "/aws/lambda/audio-service-status"
  retention_in_days = 365
  tags = {
    service = "audio"
  }
}

resource "aws_security_group" "status_sg" {
  description = "function status"
  tags = {
    service = "audio"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_vpc_security_group_egress_rule" "status_sg" {
  cidr_ipv4         = "0.0.0.0/0"
  description       = "all outbound traffic"
  ip_protocol       = "-1"
  security_group_id = aws_security_group.status_sg.id
  tags = {
    service = "audio"
  }
}

resource "aws_cloudwatch_log_group" "transcoder_logs" {
  # checkov:skip=CKV_AWS_158:log groups use CloudWatch Logs' default encryption at rest; request bodies are not logged
  name              = "/aws/lambda/audio-service-transcoder"
  retention_in_days = 365
  tags = {
    service = "audio"
  }
}

resource "aws_iam_role" "transcoder_role" {
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
    service = "audio"
  }
}

resource "aws_iam_role_policy" "transcoder_role" {
  name = "transcoder-role"
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
        Sid      = "WriteJobs"
        Effect   = "Allow"
        Action   = ["dynamodb:BatchWriteItem", "dynamodb:DeleteItem", "dynamodb:DescribeTable", "dynamodb:PutItem", "dynamodb:UpdateItem"]
        Resource = [aws_dynamodb_table.jobs.arn, "${aws_dynamodb_table.jobs.arn}/index/*"]
      },
      {
        Sid      = "ConsumeTranscode"
        Effect   = "Allow"
        Action   = ["sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:ReceiveMessage"]
        Resource = [aws_sqs_queue.transcode.arn]
      },
    ]
  })
  role = aws_iam_role.transcoder_role.id
}

resource "aws_lambda_function" "transcoder" {
  # checkov:skip=CKV_AWS_116:functions are invoked synchronously by the API or by a queue trigger whose queue has a dead-letter queue
  # checkov:skip=CKV_AWS_117:the transcoder reaches only S3 and DynamoDB over their TLS endpoints; upload and status run in the VPC to reach DAX
  # checkov:skip=CKV_AWS_173:environment variables hold resource names and URLs, no secrets; Lambda encrypts them with its service key
  # checkov:skip=CKV_AWS_272:code comes from the artifact bucket, which only CI writes; no code-signing profile
  architectures                  = ["arm64"]
  function_name                  = "audio-service-transcoder"
  handler                        = "transcode.handler"
  memory_size                    = 3008
  package_type                   = "Zip"
  reserved_concurrent_executions = 200
  role                           = aws_iam_role.transcoder_role.arn
  runtime                        = "python3.12"
  s3_bucket                      = "audio-artifacts-123456789012"
  s3_key                         = "transcoder.zip"
  tags = {
    service = "audio"
  }
  timeout = 300

  environment {
    variables = {
      JOBS_TABLE = aws_dynamodb_table.jobs.name
    }
  }
  ephemeral_storage {
    size = 4096
  }
  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.transcoder_logs.name
  }
  tracing_config {
    mode = "PassThrough"
  }

  depends_on = [aws_iam_role_policy.transcoder_role]
}

resource "aws_security_group" "jobs_cache_sg" {
  description = "DAX cluster jobs-cache"
  tags = {
    service = "audio"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_vpc_security_group_egress_rule" "jobs_cache_sg" {
  cidr_ipv4         = "0.0.0.0/0"
  description       = "all outbound traffic"
  ip_protocol       = "-1"
  security_group_id = aws_security_group.jobs_cache_sg.id
  tags = {
    service = "audio"
  }
}

resource "aws_iam_role" "jobs_cache_role" {
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
    service = "audio"
  }
}

resource "aws_iam_role_policy" "jobs_cache_role" {
  name = "jobs-cache-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "ReadWriteJobs"
        Effect   = "Allow"
        Action   = ["dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:ConditionCheckItem", "dynamodb:DeleteItem", "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:UpdateItem"]
        Resource = [aws_dynamodb_table.jobs.arn, "${aws_dynamodb_table.jobs.arn}/index/*"]
      },
    ]
  })
  role = aws_iam_role.jobs_cache_role.id
}

resource "aws_dax_subnet_group" "jobs_cache_subnets" {
  description = "subnets of DAX cluster jobs-cache"
  name        = "jobs-cache-subnets"
  subnet_ids  = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id, aws_subnet.core_private_3.id]
}

resource "aws_dax_cluster" "jobs_cache" {
  cluster_endpoint_encryption_type = "TLS"
  cluster_name                     = "jobs-cache"
  iam_role_arn                     = aws_iam_role.jobs_cache_role.arn
  node_type                        = "dax.r5.large"
  replication_factor               = 3
  security_group_ids               = [aws_security_group.jobs_cache_sg.id]
  subnet_group_name                = aws_dax_subnet_group.jobs_cache_subnets.name
  tags = {
    service = "audio"
  }

  server_side_encryption {
    enabled = true
  }

  depends_on = [aws_iam_role_policy.jobs_cache_role]
}

resource "aws_iam_role" "upload_role" {
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
    service = "audio"
  }
}

resource "aws_iam_role_policy" "upload_role" {
  name = "upload-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "WriteLogs"
        Effect   = "Allow"
        Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
        Resource = ["${aws_cloudwatch_log_group.upload_logs.arn}:*"]
      },
      {
        Sid      = "WriteObjectsUploads"
        Effect   = "Allow"
        Action   = ["s3:AbortMultipartUpload", "s3:DeleteObject", "s3:PutObject"]
        Resource = ["${aws_s3_bucket.uploads.arn}/*"]
      },
      {
        Sid      = "WriteJobs"
        Effect   = "Allow"
        Action   = ["dynamodb:BatchWriteItem", "dynamodb:DeleteItem", "dynamodb:DescribeTable", "dynamodb:PutItem", "dynamodb:UpdateItem"]
        Resource = [aws_dynamodb_table.jobs.arn, "${aws_dynamodb_table.jobs.arn}/index/*"]
      },
      {
        Sid      = "WriteThroughJobsCache"
        Effect   = "Allow"
        Action   = ["dax:BatchWriteItem", "dax:DeleteItem", "dax:PutItem", "dax:UpdateItem"]
        Resource = [aws_dax_cluster.jobs_cache.arn]
      },
      {
        Sid      = "SendToTranscode"
        Effect   = "Allow"
        Action   = ["sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:SendMessage"]
        Resource = [aws_sqs_queue.transcode.arn]
      },
      {
        Sid      = "ManageNetworkInterfaces"
        Effect   = "Allow"
        Action   = ["ec2:AssignPrivateIpAddresses", "ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:UnassignPrivateIpAddresses"]
        Resource = ["*"]
      },
    ]
  })
  role = aws_iam_role.upload_role.id
}

resource "aws_lambda_function" "upload" {
  # checkov:skip=CKV_AWS_116:functions are invoked synchronously by the API or by a queue trigger whose queue has a dead-letter queue
  # checkov:skip=CKV_AWS_173:environment variables hold resource names and URLs, no secrets; Lambda encrypts them with its service key
  # checkov:skip=CKV_AWS_272:code comes from the artifact bucket, which only CI writes; no code-signing profile
  architectures                  = ["arm64"]
  function_name                  = "audio-service-upload"
  handler                        = "upload.handler"
  memory_size                    = 512
  package_type                   = "Zip"
  publish                        = true
  reserved_concurrent_executions = 200
  role                           = aws_iam_role.upload_role.arn
  runtime                        = "python3.12"
  s3_bucket                      = "audio-artifacts-123456789012"
  s3_key                         = "upload.zip"
  tags = {
    service = "audio"
  }
  timeout = 10

  environment {
    variables = {
      JOBS_CACHE     = aws_dax_cluster.jobs_cache.cluster_address
      JOBS_TABLE     = aws_dynamodb_table.jobs.name
      QUEUE_URL      = aws_sqs_queue.transcode.url
      UPLOADS_BUCKET = aws_s3_bucket.uploads.bucket
    }
  }
  ephemeral_storage {
    size = 512
  }
  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.upload_logs.name
  }
  tracing_config {
    mode = "PassThrough"
  }
  vpc_config {
    security_group_ids = [aws_security_group.upload_sg.id]
    subnet_ids         = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id, aws_subnet.core_private_3.id]
  }

  depends_on = [aws_iam_role_policy.upload_role]
}

resource "aws_lambda_alias" "upload" {
  function_name    = aws_lambda_function.upload.function_name
  function_version = aws_lambda_function.upload.version
  name             = "live"
}

resource "aws_lambda_provisioned_concurrency_config" "upload" {
  function_name                     = aws_lambda_alias.upload.function_name
  provisioned_concurrent_executions = 50
  qualifier                         = aws_lambda_alias.upload.name

  lifecycle {
    ignore_changes = [provisioned_concurrent_executions]
  }
}

resource "aws_iam_role" "status_role" {
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
    service = "audio"
  }
}

resource "aws_iam_role_policy" "status_role" {
  name = "status-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "WriteLogs"
        Effect   = "Allow"
        Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
        Resource = ["${aws_cloudwatch_log_group.status_logs.arn}:*"]
      },
      {
        Sid      = "ReadJobs"
        Effect   = "Allow"
        Action   = ["dynamodb:BatchGetItem", "dynamodb:ConditionCheckItem", "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan"]
        Resource = [aws_dynamodb_table.jobs.arn, "${aws_dynamodb_table.jobs.arn}/index/*"]
      },
      {
        Sid      = "ReadThroughJobsCache"
        Effect   = "Allow"
        Action   = ["dax:BatchGetItem", "dax:ConditionCheckItem", "dax:GetItem", "dax:Query", "dax:Scan"]
        Resource = [aws_dax_cluster.jobs_cache.arn]
      },
      {
        Sid      = "ManageNetworkInterfaces"
        Effect   = "Allow"
        Action   = ["ec2:AssignPrivateIpAddresses", "ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:UnassignPrivateIpAddresses"]
        Resource = ["*"]
      },
    ]
  })
  role = aws_iam_role.status_role.id
}

resource "aws_lambda_function" "status" {
  # checkov:skip=CKV_AWS_116:functions are invoked synchronously by the API or by a queue trigger whose queue has a dead-letter queue
  # checkov:skip=CKV_AWS_173:environment variables hold resource names and URLs, no secrets; Lambda encrypts them with its service key
  # checkov:skip=CKV_AWS_272:code comes from the artifact bucket, which only CI writes; no code-signing profile
  architectures                  = ["arm64"]
  function_name                  = "audio-service-status"
  handler                        = "status.handler"
  memory_size                    = 256
  package_type                   = "Zip"
  reserved_concurrent_executions = 100
  role                           = aws_iam_role.status_role.arn
  runtime                        = "python3.12"
  s3_bucket                      = "audio-artifacts-123456789012"
  s3_key                         = "status.zip"
  tags = {
    service = "audio"
  }
  timeout = 5

  environment {
    variables = {
      JOBS_CACHE = aws_dax_cluster.jobs_cache.cluster_address
      JOBS_TABLE = aws_dynamodb_table.jobs.name
    }
  }
  ephemeral_storage {
    size = 512
  }
  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.status_logs.name
  }
  tracing_config {
    mode = "PassThrough"
  }
  vpc_config {
    security_group_ids = [aws_security_group.status_sg.id]
    subnet_ids         = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id, aws_subnet.core_private_3.id]
  }

  depends_on = [aws_iam_role_policy.status_role]
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
    service = "audio"
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

resource "aws_cloudwatch_log_group" "audio_api_access_logs" {
  # checkov:skip=CKV_AWS_158:log groups use CloudWatch Logs' default encryption at rest; request bodies are not logged
  name              = "/aws/apigateway/audio-service-audio-api"
  retention_in_days = 365
  tags = {
    service = "audio"
  }
}

resource "aws_api_gateway_rest_api" "audio_api" {
  # checkov:skip=CKV2_AWS_29:clients reach the API through the edge distribution, which the edge-firewall WAF protects
  # checkov:skip=CKV_AWS_237:the REST API is updated in place; its deployment is replaced, not the API
  name = "audio-service-audio-api"
  tags = {
    service = "audio"
  }

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_resource" "audio_api_resource_uploads" {
  parent_id   = aws_api_gateway_rest_api.audio_api.root_resource_id
  path_part   = "uploads"
  rest_api_id = aws_api_gateway_rest_api.audio_api.id
}

resource "aws_api_gateway_resource" "audio_api_resource_jobs" {
  parent_id   = aws_api_gateway_rest_api.audio_api.root_resource_id
  path_part   = "jobs"
  rest_api_id = aws_api_gateway_rest_api.audio_api.id
}

resource "aws_api_gateway_resource" "audio_api_resource_jobs_id" {
  parent_id   = aws_api_gateway_resource.audio_api_resource_jobs.id
  path_part   = "{id}"
  rest_api_id = aws_api_gateway_rest_api.audio_api.id
}

resource "aws_api_gateway_method" "audio_api_method_1" {
  # checkov:skip=CKV_AWS_59:a public upload API: callers authenticate with signed upload tokens checked by the functions
  # checkov:skip=CKV2_AWS_53:the functions validate request bodies; no API Gateway request models
  api_key_required = false
  authorization    = "NONE"
  http_method      = "POST"
  resource_id      = aws_api_gateway_resource.audio_api_resource_uploads.id
  rest_api_id      = aws_api_gateway_rest_api.audio_api.id
}

resource "aws_api_gateway_integration" "audio_api_method_1" {
  http_method             = aws_api_gateway_method.audio_api_method_1.http_method
  integration_http_method = "POST"
  resource_id             = aws_api_gateway_resource.audio_api_resource_uploads.id
  rest_api_id             = aws_api_gateway_rest_api.audio_api.id
  type                    = "AWS_PROXY"
  uri                     = aws_lambda_function.upload.invoke_arn
}

resource "aws_api_gateway_method" "audio_api_method_2" {
  # checkov:skip=CKV_AWS_59:a public upload API: callers authenticate with signed upload tokens checked by the functions
  # checkov:skip=CKV2_AWS_53:the functions validate request bodies; no API Gateway request models
  api_key_required = false
  authorization    = "NONE"
  http_method      = "GET"
  resource_id      = aws_api_gateway_resource.audio_api_resource_jobs_id.id
  rest_api_id      = aws_api_gateway_rest_api.audio_api.id
}

resource "aws_api_gateway_integration" "audio_api_method_2" {
  http_method             = aws_api_gateway_method.audio_api_method_2.http_method
  integration_http_method = "POST"
  resource_id             = aws_api_gateway_resource.audio_api_resource_jobs_id.id
  rest_api_id             = aws_api_gateway_rest_api.audio_api.id
  type                    = "AWS_PROXY"
  uri                     = aws_lambda_function.status.invoke_arn
}

resource "aws_api_gateway_method" "audio_api_method_3" {
  # checkov:skip=CKV_AWS_59:a public upload API: callers authenticate with signed upload tokens checked by the functions
  # checkov:skip=CKV2_AWS_53:the functions validate request bodies; no API Gateway request models
  api_key_required = false
  authorization    = "NONE"
  http_method      = "GET"
  resource_id      = aws_api_gateway_resource.audio_api_resource_jobs.id
  rest_api_id      = aws_api_gateway_rest_api.audio_api.id
}

resource "aws_api_gateway_integration" "audio_api_method_3" {
  http_method             = aws_api_gateway_method.audio_api_method_3.http_method
  integration_http_method = "POST"
  resource_id             = aws_api_gateway_resource.audio_api_resource_jobs.id
  rest_api_id             = aws_api_gateway_rest_api.audio_api.id
  type                    = "AWS_PROXY"
  uri                     = aws_lambda_function.status.invoke_arn
}

resource "aws_api_gateway_deployment" "audio_api" {
  rest_api_id = aws_api_gateway_rest_api.audio_api.id
  triggers = {
    redeployment = "135809BB"
  }

  lifecycle {
    create_before_destroy = true
  }

  depends_on = [aws_api_gateway_integration.audio_api_method_1, aws_api_gateway_integration.audio_api_method_2, aws_api_gateway_integration.audio_api_method_3]
}

resource "aws_api_gateway_stage" "audio_api" {
  # checkov:skip=CKV2_AWS_51:public clients, no mutual TLS; the edge distribution terminates TLS
  # checkov:skip=CKV2_AWS_29:clients reach the API through the edge distribution, which the edge-firewall WAF protects
  # checkov:skip=CKV2_AWS_4:access logs are on for the stage; execution logging stays off to keep request data out of logs
  cache_cluster_enabled = true
  cache_cluster_size    = "0.5"
  deployment_id         = aws_api_gateway_deployment.audio_api.id
  rest_api_id           = aws_api_gateway_rest_api.audio_api.id
  stage_name            = "prod"
  tags = {
    service = "audio"
  }
  xray_tracing_enabled = true

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.audio_api_access_logs.arn
    format          = "{\"requestId\":\"$context.requestId\",\"ip\":\"$context.identity.sourceIp\",\"requestTime\":\"$context.requestTime\",\"httpMethod\":\"$context.httpMethod\",\"resourcePath\":\"$context.resourcePath\",\"status\":\"$context.status\",\"protocol\":\"$context.protocol\",\"responseLength\":\"$context.responseLength\"}"
  }

  depends_on = [aws_api_gateway_account.apigateway_account]
}

resource "aws_api_gateway_method_settings" "audio_api" {
  # checkov:skip=CKV2_AWS_4:access logs are on for the stage; execution logging stays off to keep request data out of logs
  method_path = "*/*"
  rest_api_id = aws_api_gateway_rest_api.audio_api.id
  stage_name  = aws_api_gateway_stage.audio_api.stage_name

  settings {
    cache_data_encrypted   = true
    cache_ttl_in_seconds   = 30
    caching_enabled        = true
    metrics_enabled        = true
    throttling_burst_limit = 4000
    throttling_rate_limit  = 2000
  }
}

resource "aws_lambda_permission" "upload_invoke_from_audio_api" {
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.upload.function_name
  principal      = "apigateway.amazonaws.com"
  source_account = data.aws_caller_identity.current.account_id
  source_arn     = "${aws_api_gateway_rest_api.audio_api.execution_arn}/*/*"
}

resource "aws_lambda_permission" "status_invoke_from_audio_api" {
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.status.function_name
  principal      = "apigateway.amazonaws.com"
  source_account = data.aws_caller_identity.current.account_id
  source_arn     = "${aws_api_gateway_rest_api.audio_api.execution_arn}/*/*"
}

resource "aws_lambda_event_source_mapping" "transcoder_from_transcode" {
  batch_size                         = 10
  enabled                            = true
  event_source_arn                   = aws_sqs_queue.transcode.arn
  function_name                      = aws_lambda_function.transcoder.arn
  function_response_types            = ["ReportBatchItemFailures"]
  maximum_batching_window_in_seconds = 5
  tags = {
    service = "audio"
  }

  scaling_config {
    maximum_concurrency = 200
  }
}

resource "aws_appautoscaling_target" "upload_concurrency" {
  max_capacity       = 190
  min_capacity       = 50
  resource_id        = "function:audio-service-upload:live"
  scalable_dimension = "lambda:function:ProvisionedConcurrency"
  service_namespace  = "lambda"
  tags = {
    service = "audio"
  }

  depends_on = [aws_lambda_alias.upload, aws_lambda_provisioned_concurrency_config.upload]
}

resource "aws_appautoscaling_policy" "upload_concurrency_tracking_1" {
  name               = "upload-concurrency-tracking-1"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_appautoscaling_target.upload_concurrency.resource_id
  scalable_dimension = aws_appautoscaling_target.upload_concurrency.scalable_dimension
  service_namespace  = aws_appautoscaling_target.upload_concurrency.service_namespace

  target_tracking_scaling_policy_configuration {
    target_value = 0.7

    predefined_metric_specification {
      predefined_metric_type = "LambdaProvisionedConcurrencyUtilization"
    }
  }
}

resource "aws_appautoscaling_target" "jobs_reads" {
  max_capacity       = 10000
  min_capacity       = 1000
  resource_id        = "table/audio-service-jobs"
  scalable_dimension = "dynamodb:table:ReadCapacityUnits"
  service_namespace  = "dynamodb"
  tags = {
    service = "audio"
  }

  depends_on = [aws_dynamodb_table.jobs]
}

resource "aws_appautoscaling_policy" "jobs_reads_tracking_1" {
  name               = "jobs-reads-tracking-1"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_appautoscaling_target.jobs_reads.resource_id
  scalable_dimension = aws_appautoscaling_target.jobs_reads.scalable_dimension
  service_namespace  = aws_appautoscaling_target.jobs_reads.service_namespace

  target_tracking_scaling_policy_configuration {
    target_value = 70

    predefined_metric_specification {
      predefined_metric_type = "DynamoDBReadCapacityUtilization"
    }
  }
}

resource "aws_wafv2_web_acl" "edge_firewall" {
  # checkov:skip=CKV2_AWS_47:the WAF uses a rate limit per IP; the API runs Python functions, not Java (Log4j rules do not apply)
  # checkov:skip=CKV2_AWS_31:WAF request logging is not configured; iacgen's WebACL keeps sampled requests and metrics only
  name  = "audio-service-edge-firewall"
  scope = "CLOUDFRONT"
  tags = {
    service = "audio"
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
    metric_name                = "audio-service-edge-firewall"
    sampled_requests_enabled   = true
  }
}

resource "aws_cloudfront_distribution" "edge" {
  # checkov:skip=CKV_AWS_174:the distribution uses the default CloudFront certificate (no custom domain in seed 000), which fixes the TLS policy
  # checkov:skip=CKV2_AWS_42:no custom domain in seed 000's architecture; the default CloudFront certificate serves HTTPS
  # checkov:skip=CKV2_AWS_32:the origin is an API whose functions set their own response headers
  # checkov:skip=CKV_AWS_305:the distribution fronts an API, not a website; there is no root object
  # checkov:skip=CKV_AWS_310:a single API origin in one Region; seed 000 documents no second origin
  # checkov:skip=CKV_AWS_374:the service is offered worldwide; no geo restriction
  # checkov:skip=CKV_AWS_86:API access logs are kept at the stage; CloudFront logs would duplicate them
  # checkov:skip=CKV2_AWS_47:the WAF uses a rate limit per IP; the API runs Python functions, not Java (Log4j rules do not apply)
  comment         = "audio API"
  enabled         = true
  http_version    = "http2and3"
  is_ipv6_enabled = true
  price_class     = "PriceClass_100"
  tags = {
    service = "audio"
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
  origin {
    domain_name = "${aws_api_gateway_rest_api.audio_api.id}.execute-api.${data.aws_region.current.name}.amazonaws.com"
    origin_id   = "api"
    origin_path = "/prod"

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

resource "aws_vpc_security_group_ingress_rule" "jobs_cache_from_upload" {
  description                  = "upload to jobs-cache"
  from_port                    = 9111
  ip_protocol                  = "tcp"
  referenced_security_group_id = aws_security_group.upload_sg.id
  security_group_id            = aws_security_group.jobs_cache_sg.id
  tags = {
    service = "audio"
  }
  to_port = 9111
}

resource "aws_vpc_security_group_ingress_rule" "jobs_cache_from_status" {
  description                  = "status to jobs-cache"
  from_port                    = 9111
  ip_protocol                  = "tcp"
  referenced_security_group_id = aws_security_group.status_sg.id
  security_group_id            = aws_security_group.jobs_cache_sg.id
  tags = {
    service = "audio"
  }
  to_port = 9111
}
