# Stack 'queue-worker' in us-east-1, scaling phase early-production.

resource "aws_sqs_queue" "dead_letters" {
  delay_seconds             = 0
  max_message_size          = 262144
  message_retention_seconds = 1209600
  name                      = "queue-worker-dead-letters"
  receive_wait_time_seconds = 0
  sqs_managed_sse_enabled   = true
  tags = {
    owner   = "audio-platform"
    project = "whispersync"
  }
  visibility_timeout_seconds = 30
}

resource "aws_sqs_queue" "primary" {
  delay_seconds             = 0
  max_message_size          = 262144
  message_retention_seconds = 345600
  name                      = "queue-worker-primary"
  receive_wait_time_seconds = 20
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dead_letters.arn
    maxReceiveCount     = 3
  })
  sqs_managed_sse_enabled = true
  tags = {
    owner   = "audio-platform"
    project = "whispersync"
  }
  visibility_timeout_seconds = 900
}

resource "aws_sqs_queue" "overflow" {
  delay_seconds             = 0
  max_message_size          = 262144
  message_retention_seconds = 345600
  name                      = "queue-worker-overflow"
  receive_wait_time_seconds = 20
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dead_letters.arn
    maxReceiveCount     = 3
  })
  sqs_managed_sse_enabled = true
  tags = {
    owner   = "audio-platform"
    project = "whispersync"
  }
  visibility_timeout_seconds = 900
}

resource "aws_dynamodb_table" "transcripts" {
  # checkov:skip=CKV_AWS_119:encrypted at rest with DynamoDB's AWS owned key; no requirement for a customer managed key
  billing_mode                = "PAY_PER_REQUEST"
  deletion_protection_enabled = true
  hash_key                    = "memoId"
  name                        = "queue-worker-transcripts"
  range_key                   = "createdAt"
  table_class                 = "STANDARD"
  tags = {
    owner   = "audio-platform"
    project = "whispersync"
  }

  attribute {
    name = "memoId"
    type = "S"
  }
  attribute {
    name = "createdAt"
    type = "N"
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

resource "aws_cloudwatch_log_group" "consumer_logs" {
  # checkov:skip=CKV_AWS_158:the consumer's log group uses CloudWatch Logs' default encryption at rest; transcripts are not logged
  name              = "/aws/lambda/queue-worker-consumer"
  retention_in_days = 365
  tags = {
    owner   = "audio-platform"
    project = "whispersync"
  }
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
    owner   = "audio-platform"
    project = "whispersync"
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
        Sid      = "SendToOverflow"
        Effect   = "Allow"
        Action   = ["sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:SendMessage"]
        Resource = [aws_sqs_queue.overflow.arn]
      },
      {
        Sid      = "ReadWriteTranscripts"
        Effect   = "Allow"
        Action   = ["dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:ConditionCheckItem", "dynamodb:DeleteItem", "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:UpdateItem"]
        Resource = [aws_dynamodb_table.transcripts.arn, "${aws_dynamodb_table.transcripts.arn}/index/*"]
      },
      {
        Sid      = "ConsumePrimary"
        Effect   = "Allow"
        Action   = ["sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:ReceiveMessage"]
        Resource = [aws_sqs_queue.primary.arn]
      },
    ]
  })
  role = aws_iam_role.consumer_role.id
}

resource "aws_lambda_function" "consumer" {
  # checkov:skip=CKV_AWS_115:the queue trigger's maximum concurrency (100) bounds the consumer; reserved concurrency would fence off account capacity
  # checkov:skip=CKV_AWS_116:the consumer is invoked by its queue trigger only; failed messages go to the queue's dead-letter queue
  # checkov:skip=CKV_AWS_117:the consumer reaches only SQS and DynamoDB over their public TLS endpoints; no private resource needs a VPC
  # checkov:skip=CKV_AWS_173:the environment holds queue URLs and a table name, no secrets; Lambda encrypts it at rest with its service key
  # checkov:skip=CKV_AWS_272:code comes from the team's artifact bucket, which only CI writes; no code-signing profile
  architectures = ["arm64"]
  function_name = "queue-worker-consumer"
  handler       = "consumer.handler"
  memory_size   = 1024
  package_type  = "Zip"
  role          = aws_iam_role.consumer_role.arn
  runtime       = "python3.12"
  s3_bucket     = "whispersync-artifacts"
  s3_key        = "consumer/consumer.zip"
  tags = {
    owner   = "audio-platform"
    project = "whispersync"
  }
  timeout = 120

  environment {
    variables = {
      BATCH_SIZE        = "25"
      OVERFLOW_QUEUE    = aws_sqs_queue.overflow.url
      PRIMARY_QUEUE     = aws_sqs_queue.primary.url
      TRANSCRIPTS_TABLE = aws_dynamodb_table.transcripts.name
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
    mode = "PassThrough"
  }

  depends_on = [aws_iam_role_policy.consumer_role]
}

resource "aws_lambda_event_source_mapping" "consumer_from_primary" {
  batch_size                         = 25
  enabled                            = true
  event_source_arn                   = aws_sqs_queue.primary.arn
  function_name                      = aws_lambda_function.consumer.arn
  function_response_types            = ["ReportBatchItemFailures"]
  maximum_batching_window_in_seconds = 20
  tags = {
    owner   = "audio-platform"
    project = "whispersync"
  }

  scaling_config {
    maximum_concurrency = 100
  }
}
