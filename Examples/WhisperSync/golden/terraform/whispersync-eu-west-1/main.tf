# Stack 'whispersync-eu-west-1' in eu-west-1, scaling phase scale.

data "aws_caller_identity" "current" {
}

data "aws_partition" "current" {
}

resource "aws_cloudwatch_log_group" "regional_api_logs" {
  # checkov:skip=CKV_AWS_158:log groups use CloudWatch Logs' default encryption at rest; memo text is not logged
  name              = "/aws/lambda/whispersync-eu-west-1-regional-api"
  retention_in_days = 365
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_iam_role" "regional_api_role" {
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

resource "aws_iam_role_policy" "regional_api_role" {
  name = "regional-api-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "WriteLogs"
        Effect   = "Allow"
        Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
        Resource = ["${aws_cloudwatch_log_group.regional_api_logs.arn}:*"]
      },
      {
        Sid      = "ReadWriteMemos"
        Effect   = "Allow"
        Action   = ["dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:ConditionCheckItem", "dynamodb:DeleteItem", "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:UpdateItem"]
        Resource = ["arn:${data.aws_partition.current.partition}:dynamodb:eu-west-1:${data.aws_caller_identity.current.account_id}:table/whispersync-memos-prod", "arn:${data.aws_partition.current.partition}:dynamodb:eu-west-1:${data.aws_caller_identity.current.account_id}:table/whispersync-memos-prod/index/*"]
      },
      {
        Sid      = "WriteTraces"
        Effect   = "Allow"
        Action   = ["xray:PutTelemetryRecords", "xray:PutTraceSegments"]
        Resource = ["*"]
      },
    ]
  })
  role = aws_iam_role.regional_api_role.id
}

resource "aws_lambda_function" "regional_api" {
  # checkov:skip=CKV_AWS_116:functions are invoked by queue triggers (whose queues have dead-letter queues), APIs, Step Functions and EventBridge with its retries
  # checkov:skip=CKV_AWS_173:environment variables hold resource names and URLs, no secrets; Lambda encrypts them with its service key
  # checkov:skip=CKV_AWS_272:code comes from the artifact buckets, which only CI writes; no code-signing profile
  # checkov:skip=CKV_AWS_117:the regional API reaches only its DynamoDB replica over TLS; no private resource needs a VPC
  architectures                  = ["arm64"]
  function_name                  = "whispersync-eu-west-1-regional-api"
  handler                        = "api.handler"
  memory_size                    = 512
  package_type                   = "Zip"
  reserved_concurrent_executions = 100
  role                           = aws_iam_role.regional_api_role.arn
  runtime                        = "python3.12"
  s3_bucket                      = "whispersync-artifacts-123456789012-eu-west-1"
  s3_key                         = "regional-api.zip"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  timeout = 10

  environment {
    variables = {
      MEMOS_TABLE = "whispersync-memos-prod"
    }
  }
  ephemeral_storage {
    size = 512
  }
  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.regional_api_logs.name
  }
  tracing_config {
    mode = "Active"
  }

  depends_on = [aws_iam_role_policy.regional_api_role]
}

resource "aws_acm_certificate" "api_certificate" {
  domain_name = "api.whispersync.app"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
  validation_method = "DNS"

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_route53_record" "api_certificate_validation" {
  allow_overwrite = true
  for_each        = { for option in aws_acm_certificate.api_certificate.domain_validation_options : option.domain_name => option }
  name            = each.value.resource_record_name
  records         = [each.value.resource_record_value]
  ttl             = 60
  type            = each.value.resource_record_type
  zone_id         = "Z04812WHISPERSYNC"
}

resource "aws_acm_certificate_validation" "api_certificate" {
  certificate_arn         = aws_acm_certificate.api_certificate.arn
  validation_record_fqdns = [for record in aws_route53_record.api_certificate_validation : record.fqdn]
}

resource "aws_cloudwatch_log_group" "regional_access_logs" {
  # checkov:skip=CKV_AWS_158:log groups use CloudWatch Logs' default encryption at rest; memo text is not logged
  name              = "/aws/apigateway/whispersync-eu-west-1-regional"
  retention_in_days = 365
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_apigatewayv2_api" "regional" {
  name          = "whispersync-eu-west-1-regional"
  protocol_type = "HTTP"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }
}

resource "aws_apigatewayv2_integration" "regional_regional_api" {
  api_id                 = aws_apigatewayv2_api.regional.id
  integration_method     = "POST"
  integration_type       = "AWS_PROXY"
  integration_uri        = aws_lambda_function.regional_api.arn
  payload_format_version = "2.0"
}

resource "aws_apigatewayv2_route" "regional_route_1" {
  # checkov:skip=CKV_AWS_309:memos are addressed by unguessable IDs and the function checks the caller's signed token
  api_id    = aws_apigatewayv2_api.regional.id
  route_key = "GET /memos/{id}"
  target    = "integrations/${aws_apigatewayv2_integration.regional_regional_api.id}"
}

resource "aws_apigatewayv2_route" "regional_route_2" {
  # checkov:skip=CKV_AWS_309:memos are addressed by unguessable IDs and the function checks the caller's signed token
  api_id    = aws_apigatewayv2_api.regional.id
  route_key = "POST /memos"
  target    = "integrations/${aws_apigatewayv2_integration.regional_regional_api.id}"
}

resource "aws_apigatewayv2_stage" "regional" {
  api_id      = aws_apigatewayv2_api.regional.id
  auto_deploy = true
  name        = "$default"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.regional_access_logs.arn
    format          = "{\"requestId\":\"$context.requestId\",\"ip\":\"$context.identity.sourceIp\",\"requestTime\":\"$context.requestTime\",\"httpMethod\":\"$context.httpMethod\",\"routeKey\":\"$context.routeKey\",\"status\":\"$context.status\",\"protocol\":\"$context.protocol\",\"responseLength\":\"$context.responseLength\"}"
  }
  default_route_settings {
    throttling_burst_limit = 500
    throttling_rate_limit  = 1000
  }
}

resource "aws_apigatewayv2_domain_name" "regional" {
  domain_name = "api.whispersync.app"
  tags = {
    environment = "prod"
    system      = "whispersync"
  }

  domain_name_configuration {
    certificate_arn = aws_acm_certificate_validation.api_certificate.certificate_arn
    endpoint_type   = "REGIONAL"
    security_policy = "TLS_1_2"
  }
}

resource "aws_apigatewayv2_api_mapping" "regional" {
  api_id      = aws_apigatewayv2_api.regional.id
  domain_name = aws_apigatewayv2_domain_name.regional.id
  stage       = aws_apigatewayv2_stage.regional.id
}

resource "aws_lambda_permission" "regional_api_invoke_from_regional" {
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.regional_api.function_name
  principal      = "apigateway.amazonaws.com"
  source_account = data.aws_caller_identity.current.account_id
  source_arn     = "${aws_apigatewayv2_api.regional.execution_arn}/*/*"
}

resource "aws_route53_health_check" "api_latency_check_api" {
  failure_threshold = 3
  fqdn              = "api-eu-west-1.whispersync.app"
  port              = 443
  request_interval  = 30
  resource_path     = "/memos/health"
  tags = {
    Name        = "api"
    environment = "prod"
    system      = "whispersync"
  }
  type = "HTTPS"
}

resource "aws_route53_record" "api_latency_1" {
  health_check_id = aws_route53_health_check.api_latency_check_api.id
  name            = "api.whispersync.app"
  set_identifier  = "eu-west-1"
  type            = "A"
  zone_id         = "Z04812WHISPERSYNC"

  alias {
    evaluate_target_health = false
    name                   = aws_apigatewayv2_domain_name.regional.domain_name_configuration[0].target_domain_name
    zone_id                = aws_apigatewayv2_domain_name.regional.domain_name_configuration[0].hosted_zone_id
  }
  latency_routing_policy {
    region = "eu-west-1"
  }
}
