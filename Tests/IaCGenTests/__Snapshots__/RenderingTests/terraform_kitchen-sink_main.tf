# Stack 'kitchen-sink' in eu-west-1, scaling phase growth.

resource "aws_sqs_queue" "dead_letters" {
  content_based_deduplication = false
  deduplication_scope         = "queue"
  delay_seconds               = 0
  fifo_queue                  = true
  fifo_throughput_limit       = "perQueue"
  max_message_size            = 262144
  message_retention_seconds   = 1209600
  name                        = "kitchen-sink-dead-letters.fifo"
  receive_wait_time_seconds   = 0
  sqs_managed_sse_enabled     = true
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  visibility_timeout_seconds = 30
}

resource "aws_sqs_queue" "jobs" {
  content_based_deduplication       = true
  deduplication_scope               = "messageGroup"
  delay_seconds                     = 5
  fifo_queue                        = true
  fifo_throughput_limit             = "perMessageGroupId"
  kms_data_key_reuse_period_seconds = 3600
  kms_master_key_id                 = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  max_message_size                  = 65536
  message_retention_seconds         = 604800
  name                              = "kitchen-sink-jobs.fifo"
  receive_wait_time_seconds         = 20
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dead_letters.arn
    maxReceiveCount     = 5
  })
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
    tier        = "critical"
  }
  visibility_timeout_seconds = 600
}

resource "aws_sqs_queue" "events" {
  delay_seconds             = 0
  max_message_size          = 262144
  message_retention_seconds = 345600
  name                      = "kitchen-events-custom"
  receive_wait_time_seconds = 0
  sqs_managed_sse_enabled   = true
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  visibility_timeout_seconds = 360
}

resource "aws_dynamodb_table" "ledger" {
  billing_mode                = "PROVISIONED"
  deletion_protection_enabled = false
  hash_key                    = "account"
  name                        = "kitchen-sink-ledger"
  range_key                   = "entry"
  read_capacity               = 20
  stream_enabled              = true
  stream_view_type            = "NEW_AND_OLD_IMAGES"
  table_class                 = "STANDARD_INFREQUENT_ACCESS"
  tags = {
    cost-center = "42"
    data        = "ledger"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  write_capacity = 10

  attribute {
    name = "account"
    type = "S"
  }
  attribute {
    name = "entry"
    type = "N"
  }
  attribute {
    name = "day"
    type = "S"
  }
  attribute {
    name = "ref"
    type = "B"
  }
  attribute {
    name = "amount"
    type = "N"
  }
  global_secondary_index {
    hash_key           = "day"
    name               = "by-day"
    non_key_attributes = ["amount", "note"]
    projection_type    = "INCLUDE"
    range_key          = "entry"
    read_capacity      = 5
    write_capacity     = 5
  }
  global_secondary_index {
    hash_key        = "ref"
    name            = "by-ref"
    projection_type = "KEYS_ONLY"
    read_capacity   = 20
    write_capacity  = 10
  }
  local_secondary_index {
    name            = "by-amount"
    projection_type = "ALL"
    range_key       = "amount"
  }
  point_in_time_recovery {
    enabled                 = true
    recovery_period_in_days = 7
  }
  server_side_encryption {
    enabled     = true
    kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/abcd1234-12ab-34cd-56ef-1234567890ab"
  }
  ttl {
    attribute_name = "expires"
    enabled        = true
  }
}

resource "aws_dynamodb_table" "cache" {
  billing_mode                = "PAY_PER_REQUEST"
  deletion_protection_enabled = true
  hash_key                    = "key"
  name                        = "kitchen-sink-cache"
  table_class                 = "STANDARD"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }

  attribute {
    name = "key"
    type = "S"
  }
  point_in_time_recovery {
    enabled = false
  }
  ttl {
    attribute_name = "ttl"
    enabled        = true
  }
}

resource "aws_cloudwatch_log_group" "worker_logs" {
  name              = "/aws/lambda/kitchen-sink-worker"
  retention_in_days = 30
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    owner       = "ledger-team"
    project     = "iacgen"
  }
}

resource "aws_iam_role" "worker_role" {
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
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    owner       = "ledger-team"
    project     = "iacgen"
  }
}

resource "aws_iam_role_policy" "worker_role" {
  name = "worker-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "WriteLogs"
        Effect   = "Allow"
        Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
        Resource = ["${aws_cloudwatch_log_group.worker_logs.arn}:*"]
      },
      {
        Sid      = "ConsumeJobs"
        Effect   = "Allow"
        Action   = ["sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:ReceiveMessage"]
        Resource = [aws_sqs_queue.jobs.arn]
      },
      {
        Sid      = "UseKeyOfJobs"
        Effect   = "Allow"
        Action   = ["kms:Decrypt", "kms:DescribeKey"]
        Resource = ["arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"]
      },
      {
        Sid      = "ReadWriteLedger"
        Effect   = "Allow"
        Action   = ["dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:ConditionCheckItem", "dynamodb:DeleteItem", "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:UpdateItem"]
        Resource = [aws_dynamodb_table.ledger.arn, "${aws_dynamodb_table.ledger.arn}/index/*"]
      },
      {
        Sid      = "UseKeyOfLedger"
        Effect   = "Allow"
        Action   = ["kms:Decrypt", "kms:DescribeKey", "kms:Encrypt", "kms:GenerateDataKey"]
        Resource = ["arn:aws:kms:us-east-1:123456789012:key/abcd1234-12ab-34cd-56ef-1234567890ab"]
      },
      {
        Sid      = "ReadStreamLedger"
        Effect   = "Allow"
        Action   = ["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator"]
        Resource = [aws_dynamodb_table.ledger.stream_arn]
      },
      {
        Sid      = "ListStreams"
        Effect   = "Allow"
        Action   = ["dynamodb:ListStreams"]
        Resource = ["*"]
      },
      {
        Sid      = "UseKeyOfLedger2"
        Effect   = "Allow"
        Action   = ["kms:Decrypt", "kms:DescribeKey"]
        Resource = ["arn:aws:kms:us-east-1:123456789012:key/abcd1234-12ab-34cd-56ef-1234567890ab"]
      },
      {
        Sid      = "ReadCache"
        Effect   = "Allow"
        Action   = ["dynamodb:BatchGetItem", "dynamodb:ConditionCheckItem", "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan"]
        Resource = [aws_dynamodb_table.cache.arn, "${aws_dynamodb_table.cache.arn}/index/*"]
      },
      {
        Sid      = "SendToEvents"
        Effect   = "Allow"
        Action   = ["sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:SendMessage"]
        Resource = [aws_sqs_queue.events.arn]
      },
      {
        Sid      = "WriteTraces"
        Effect   = "Allow"
        Action   = ["xray:PutTelemetryRecords", "xray:PutTraceSegments"]
        Resource = ["*"]
      },
    ]
  })
  role = aws_iam_role.worker_role.id
}

resource "aws_lambda_function" "worker" {
  architectures                  = ["arm64"]
  description                    = "Processes ledger jobs: quote\" backslash\\ $${interp} %%{directive} */ tab\t emoji🎙️ rtl‮x"
  function_name                  = "kitchen-sink-worker"
  handler                        = "example.Handler::handleRequest"
  memory_size                    = 2048
  package_type                   = "Zip"
  publish                        = true
  reserved_concurrent_executions = 50
  role                           = aws_iam_role.worker_role.arn
  runtime                        = "java21"
  s3_bucket                      = "artifacts"
  s3_key                         = "worker.zip"
  s3_object_version              = "v3"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    owner       = "ledger-team"
    project     = "iacgen"
  }
  timeout = 60

  environment {
    variables = {
      AWKWARD       = "quote\" backslash\\ $${interp} %%{directive} */ tab\t emoji🎙️ rtl‮x"
      EVENTS_NAME   = aws_sqs_queue.events.name
      INDEX_ARNS    = "${aws_dynamodb_table.ledger.arn}/index/*"
      JOBS_URL      = aws_sqs_queue.jobs.url
      LEDGER        = aws_dynamodb_table.ledger.name
      LEDGER_STREAM = aws_dynamodb_table.ledger.stream_arn
    }
  }
  ephemeral_storage {
    size = 512
  }
  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.worker_logs.name
  }
  tracing_config {
    mode = "Active"
  }

  depends_on = [aws_iam_role_policy.worker_role]
}

resource "aws_lambda_alias" "worker" {
  function_name    = aws_lambda_function.worker.function_name
  function_version = aws_lambda_function.worker.version
  name             = "live"
}

resource "aws_lambda_provisioned_concurrency_config" "worker" {
  function_name                     = aws_lambda_alias.worker.function_name
  provisioned_concurrent_executions = 5
  qualifier                         = aws_lambda_alias.worker.name
}

resource "aws_cloudwatch_log_group" "snappy_logs" {
  name              = "/aws/lambda/kitchen-sink-snappy"
  retention_in_days = 365
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
}

resource "aws_iam_role" "snappy_role" {
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
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
}

resource "aws_iam_role_policy" "snappy_role" {
  name = "snappy-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "WriteLogs"
        Effect   = "Allow"
        Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
        Resource = ["${aws_cloudwatch_log_group.snappy_logs.arn}:*"]
      },
      {
        Sid      = "WriteLedger"
        Effect   = "Allow"
        Action   = ["dynamodb:BatchWriteItem", "dynamodb:DeleteItem", "dynamodb:DescribeTable", "dynamodb:PutItem", "dynamodb:UpdateItem"]
        Resource = [aws_dynamodb_table.ledger.arn, "${aws_dynamodb_table.ledger.arn}/index/*"]
      },
      {
        Sid      = "UseKeyOfLedger"
        Effect   = "Allow"
        Action   = ["kms:Decrypt", "kms:DescribeKey", "kms:Encrypt", "kms:GenerateDataKey"]
        Resource = ["arn:aws:kms:us-east-1:123456789012:key/abcd1234-12ab-34cd-56ef-1234567890ab"]
      },
    ]
  })
  role = aws_iam_role.snappy_role.id
}

resource "aws_lambda_function" "snappy" {
  architectures = ["x86_64"]
  function_name = "kitchen-sink-snappy"
  handler       = "main.handler"
  memory_size   = 256
  package_type  = "Zip"
  publish       = true
  role          = aws_iam_role.snappy_role.arn
  runtime       = "python3.13"
  s3_bucket     = "artifacts"
  s3_key        = "snappy.zip"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  timeout = 3

  ephemeral_storage {
    size = 512
  }
  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.snappy_logs.name
  }
  snap_start {
    apply_on = "PublishedVersions"
  }
  tracing_config {
    mode = "PassThrough"
  }

  depends_on = [aws_iam_role_policy.snappy_role]
}

resource "aws_cloudwatch_log_group" "imaged_logs" {
  name              = "/aws/lambda/kitchen-sink-imaged"
  retention_in_days = 365
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
}

resource "aws_iam_role" "imaged_role" {
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
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
}

resource "aws_iam_role_policy" "imaged_role" {
  name = "imaged-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "WriteLogs"
        Effect   = "Allow"
        Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
        Resource = ["${aws_cloudwatch_log_group.imaged_logs.arn}:*"]
      },
      {
        Sid      = "ConsumeEvents"
        Effect   = "Allow"
        Action   = ["sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:ReceiveMessage"]
        Resource = [aws_sqs_queue.events.arn]
      },
    ]
  })
  role = aws_iam_role.imaged_role.id
}

resource "aws_lambda_function" "imaged" {
  architectures = ["x86_64"]
  function_name = "kitchen-sink-imaged"
  image_uri     = "123456789012.dkr.ecr.us-east-1.amazonaws.com/imaged:2024-06"
  memory_size   = 1024
  package_type  = "Image"
  role          = aws_iam_role.imaged_role.arn
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  timeout = 30

  environment {
    variables = {
      WORKER      = aws_lambda_alias.worker.arn
      WORKER_NAME = aws_lambda_function.worker.function_name
    }
  }
  ephemeral_storage {
    size = 2048
  }
  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.imaged_logs.name
  }
  tracing_config {
    mode = "PassThrough"
  }

  depends_on = [aws_iam_role_policy.imaged_role]
}

resource "aws_lambda_event_source_mapping" "worker_from_jobs" {
  batch_size              = 10
  enabled                 = true
  event_source_arn        = aws_sqs_queue.jobs.arn
  function_name           = aws_lambda_alias.worker.arn
  function_response_types = ["ReportBatchItemFailures"]

  scaling_config {
    maximum_concurrency = 20
  }
}

resource "aws_lambda_event_source_mapping" "events_to_imaged" {
  batch_size                         = 100
  enabled                            = false
  event_source_arn                   = aws_sqs_queue.events.arn
  function_name                      = aws_lambda_function.imaged.arn
  maximum_batching_window_in_seconds = 5
}
