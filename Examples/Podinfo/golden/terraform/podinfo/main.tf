# Stack 'podinfo' in us-east-1, scaling phase early-production.

data "aws_availability_zones" "available" {
  # checkov:skip=CKV_AWS_394:subnets take the first zones by index (as Fn::GetAZs does); the subnet count fixes how many are used
  state = "available"
}

data "aws_caller_identity" "current" {
}

data "aws_region" "current" {
}

resource "aws_cloudwatch_log_group" "core_flow_logs" {
  # checkov:skip=CKV_AWS_158:log groups use CloudWatch Logs' default encryption at rest
  name              = "/aws/vpc/podinfo/core/flow-logs"
  retention_in_days = 365
  tags = {
    app = "podinfo"
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
    app = "podinfo"
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
  # checkov:skip=CKV2_AWS_12:no resource uses the VPC's default security group: the instances and the load balancer get their own
  cidr_block           = "10.80.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    Name = "core"
    app  = "podinfo"
  }
}

resource "aws_internet_gateway" "core" {
  tags = {
    Name = "core-igw"
    app  = "podinfo"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_public_1" {
  availability_zone       = data.aws_availability_zones.available.names[0]
  cidr_block              = "10.80.0.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name = "core-public-1"
    app  = "podinfo"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_public_2" {
  availability_zone       = data.aws_availability_zones.available.names[1]
  cidr_block              = "10.80.16.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name = "core-public-2"
    app  = "podinfo"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_private_1" {
  availability_zone       = data.aws_availability_zones.available.names[0]
  cidr_block              = "10.80.32.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name = "core-private-1"
    app  = "podinfo"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_private_2" {
  availability_zone       = data.aws_availability_zones.available.names[1]
  cidr_block              = "10.80.48.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name = "core-private-2"
    app  = "podinfo"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_eip" "core_nat_1" {
  domain = "vpc"
  tags = {
    Name = "core-nat-1"
    app  = "podinfo"
  }

  depends_on = [aws_internet_gateway.core]
}

resource "aws_nat_gateway" "core_nat_1" {
  allocation_id = aws_eip.core_nat_1.id
  subnet_id     = aws_subnet.core_public_1.id
  tags = {
    Name = "core-nat-1"
    app  = "podinfo"
  }

  depends_on = [aws_internet_gateway.core]
}

resource "aws_route_table" "core_public_routes" {
  tags = {
    Name = "core-public-routes"
    app  = "podinfo"
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
    Name = "core-private-routes"
    app  = "podinfo"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_route" "core_private_routes_nat" {
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.core_nat_1.id
  route_table_id         = aws_route_table.core_private_routes.id
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

resource "aws_vpc_endpoint" "core_s3" {
  route_table_ids = [aws_route_table.core_private_routes.id]
  service_name    = "com.amazonaws.${data.aws_region.current.name}.s3"
  tags = {
    Name = "core-s3"
    app  = "podinfo"
  }
  vpc_endpoint_type = "Gateway"
  vpc_id            = aws_vpc.core.id
}

resource "aws_vpc_endpoint" "core_dynamodb" {
  route_table_ids = [aws_route_table.core_private_routes.id]
  service_name    = "com.amazonaws.${data.aws_region.current.name}.dynamodb"
  tags = {
    Name = "core-dynamodb"
    app  = "podinfo"
  }
  vpc_endpoint_type = "Gateway"
  vpc_id            = aws_vpc.core.id
}

resource "aws_flow_log" "core_flow_log" {
  iam_role_arn         = aws_iam_role.core_flow_logs_role.arn
  log_destination      = aws_cloudwatch_log_group.core_flow_logs.arn
  log_destination_type = "cloud-watch-logs"
  tags = {
    Name = "core-flow-log"
    app  = "podinfo"
  }
  traffic_type = "REJECT"
  vpc_id       = aws_vpc.core.id
}

resource "aws_ecr_repository" "podinfo_images" {
  # checkov:skip=CKV_AWS_136:images are encrypted at rest with ECR's AES-256 default; no requirement for a customer key
  image_tag_mutability = "IMMUTABLE"
  name                 = "podinfo/podinfo-images"
  tags = {
    app = "podinfo"
  }

  encryption_configuration {
    encryption_type = "AES256"
  }
  image_scanning_configuration {
    scan_on_push = true
  }
}

resource "aws_ecr_lifecycle_policy" "podinfo_images" {
  policy = jsonencode({
    rules = [
      {
        rulePriority = 1
        description  = "expire untagged images after 7 days"
        selection = {
          tagStatus   = "untagged"
          countType   = "sinceImagePushed"
          countUnit   = "days"
          countNumber = 7
        }
        action = {
          type = "expire"
        }
      },
      {
        rulePriority = 2
        description  = "keep the newest 30 images"
        selection = {
          tagStatus   = "any"
          countType   = "imageCountMoreThan"
          countNumber = 30
        }
        action = {
          type = "expire"
        }
      },
    ]
  })
  repository = aws_ecr_repository.podinfo_images.name
}

resource "aws_sns_topic" "oncall" {
  kms_master_key_id = "alias/aws/sns"
  name              = "podinfo-oncall"
  tags = {
    app = "podinfo"
  }
}

resource "aws_sns_topic_subscription" "oncall_subscription_1" {
  endpoint  = "oncall@example.com"
  protocol  = "email"
  topic_arn = aws_sns_topic.oncall.arn
}

resource "aws_cloudwatch_log_group" "podinfo_logs" {
  # checkov:skip=CKV_AWS_158:log groups use CloudWatch Logs' default encryption at rest
  name              = "/aws/lambda/podinfo-podinfo"
  retention_in_days = 365
  tags = {
    app = "podinfo"
  }
}

resource "aws_iam_role" "podinfo_role" {
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
    app = "podinfo"
  }
}

resource "aws_iam_role_policy" "podinfo_role" {
  name = "podinfo-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "WriteLogs"
        Effect   = "Allow"
        Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
        Resource = ["${aws_cloudwatch_log_group.podinfo_logs.arn}:*"]
      },
    ]
  })
  role = aws_iam_role.podinfo_role.id
}

resource "aws_lambda_function" "podinfo" {
  # checkov:skip=CKV_AWS_115:seed 003 sets provisioned concurrency 2 on podinfo; the rotator runs once a month; neither needs reserved concurrency
  # checkov:skip=CKV_AWS_116:podinfo is invoked synchronously and the rotator by Secrets Manager, which retries; no asynchronous callers
  # checkov:skip=CKV_AWS_117:the functions reach only AWS APIs (Secrets Manager) over TLS; no private resource needs a VPC
  # checkov:skip=CKV_AWS_173:the environment holds a UI message, no secrets
  # checkov:skip=CKV_AWS_272:images and code come from the account's own registry and artifact bucket, which only CI writes
  architectures = ["arm64"]
  function_name = "podinfo-podinfo"
  image_uri     = "123456789012.dkr.ecr.us-east-1.amazonaws.com/podinfo:6.7.0"
  memory_size   = 512
  package_type  = "Image"
  publish       = true
  role          = aws_iam_role.podinfo_role.arn
  tags = {
    app = "podinfo"
  }
  timeout = 10

  environment {
    variables = {
      PODINFO_UI_MESSAGE = "hello from iacgen"
    }
  }
  ephemeral_storage {
    size = 512
  }
  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.podinfo_logs.name
  }
  tracing_config {
    mode = "PassThrough"
  }

  depends_on = [aws_iam_role_policy.podinfo_role]
}

resource "aws_lambda_alias" "podinfo" {
  function_name    = aws_lambda_function.podinfo.function_name
  function_version = aws_lambda_function.podinfo.version
  name             = "live"

  lifecycle {
    ignore_changes = [function_version, routing_config]
  }
}

resource "aws_lambda_provisioned_concurrency_config" "podinfo" {
  function_name                     = aws_lambda_alias.podinfo.function_name
  provisioned_concurrent_executions = 2
  qualifier                         = aws_lambda_alias.podinfo.name
}

resource "aws_cloudwatch_metric_alarm" "podinfo_duration_warning" {
  alarm_actions       = [aws_sns_topic.oncall.arn]
  alarm_description   = "duration above 5 s"
  alarm_name          = "podinfo-duration-warning"
  comparison_operator = "GreaterThanThreshold"
  dimensions = {
    FunctionName = aws_lambda_function.podinfo.function_name
  }
  evaluation_periods = 1
  metric_name        = "Duration"
  namespace          = "AWS/Lambda"
  ok_actions         = [aws_sns_topic.oncall.arn]
  period             = 300
  statistic          = "Average"
  tags = {
    app = "podinfo"
  }
  threshold          = 5000
  treat_missing_data = "notBreaching"
}

resource "aws_cloudwatch_metric_alarm" "podinfo_duration_critical" {
  alarm_actions       = [aws_sns_topic.oncall.arn]
  alarm_description   = "duration above 10 s"
  alarm_name          = "podinfo-duration-critical"
  comparison_operator = "GreaterThanThreshold"
  dimensions = {
    FunctionName = aws_lambda_function.podinfo.function_name
  }
  evaluation_periods = 1
  metric_name        = "Duration"
  namespace          = "AWS/Lambda"
  ok_actions         = [aws_sns_topic.oncall.arn]
  period             = 300
  statistic          = "Average"
  tags = {
    app = "podinfo"
  }
  threshold          = 10000
  treat_missing_data = "notBreaching"
}

resource "aws_cloudwatch_metric_alarm" "podinfo_errors_warning" {
  alarm_actions       = [aws_sns_topic.oncall.arn]
  alarm_description   = "error rate above 1%"
  alarm_name          = "podinfo-errors-warning"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  ok_actions          = [aws_sns_topic.oncall.arn]
  tags = {
    app = "podinfo"
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
        FunctionName = aws_lambda_function.podinfo.function_name
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
        FunctionName = aws_lambda_function.podinfo.function_name
      }
      metric_name = "Invocations"
      namespace   = "AWS/Lambda"
      period      = 300
      stat        = "Sum"
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "podinfo_errors_critical" {
  alarm_actions       = [aws_sns_topic.oncall.arn]
  alarm_description   = "error rate above 5%"
  alarm_name          = "podinfo-errors-critical"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  ok_actions          = [aws_sns_topic.oncall.arn]
  tags = {
    app = "podinfo"
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
        FunctionName = aws_lambda_function.podinfo.function_name
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
        FunctionName = aws_lambda_function.podinfo.function_name
      }
      metric_name = "Invocations"
      namespace   = "AWS/Lambda"
      period      = 300
      stat        = "Sum"
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "podinfo_throttles" {
  alarm_actions       = [aws_sns_topic.oncall.arn]
  alarm_description   = "invocations throttled"
  alarm_name          = "podinfo-throttles"
  comparison_operator = "GreaterThanThreshold"
  dimensions = {
    FunctionName = aws_lambda_function.podinfo.function_name
  }
  evaluation_periods = 1
  metric_name        = "Throttles"
  namespace          = "AWS/Lambda"
  ok_actions         = [aws_sns_topic.oncall.arn]
  period             = 60
  statistic          = "Sum"
  tags = {
    app = "podinfo"
  }
  threshold          = 0
  treat_missing_data = "notBreaching"
}

resource "aws_iam_role" "podinfo_rollout_role" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "codedeploy.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
  tags = {
    app = "podinfo"
  }
}

resource "aws_iam_role_policy" "podinfo_rollout_role" {
  name = "podinfo-rollout-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "ShiftAlias"
        Effect   = "Allow"
        Action   = ["lambda:GetAlias", "lambda:GetFunction", "lambda:GetProvisionedConcurrencyConfig", "lambda:UpdateAlias"]
        Resource = [aws_lambda_function.podinfo.arn, "${aws_lambda_function.podinfo.arn}:*"]
      },
      {
        Sid      = "ReadAlarms"
        Effect   = "Allow"
        Action   = ["cloudwatch:DescribeAlarms"]
        Resource = ["*"]
      },
    ]
  })
  role = aws_iam_role.podinfo_rollout_role.id
}

resource "aws_codedeploy_app" "podinfo_rollout_application" {
  compute_platform = "Lambda"
  name             = "podinfo-rollout"
  tags = {
    app = "podinfo"
  }
}

resource "aws_codedeploy_deployment_group" "podinfo_rollout" {
  app_name               = aws_codedeploy_app.podinfo_rollout_application.name
  deployment_config_name = "CodeDeployDefault.LambdaCanary10Percent5Minutes"
  deployment_group_name  = "podinfo-rollout-group"
  service_role_arn       = aws_iam_role.podinfo_rollout_role.arn
  tags = {
    app = "podinfo"
  }

  alarm_configuration {
    alarms  = [aws_cloudwatch_metric_alarm.podinfo_duration_warning.alarm_name, aws_cloudwatch_metric_alarm.podinfo_duration_critical.alarm_name, aws_cloudwatch_metric_alarm.podinfo_errors_warning.alarm_name, aws_cloudwatch_metric_alarm.podinfo_errors_critical.alarm_name, aws_cloudwatch_metric_alarm.podinfo_throttles.alarm_name]
    enabled = true
  }
  auto_rollback_configuration {
    enabled = true
    events  = ["DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM"]
  }
  deployment_style {
    deployment_option = "WITH_TRAFFIC_CONTROL"
    deployment_type   = "BLUE_GREEN"
  }
}

resource "aws_cloudwatch_log_group" "secret_rotator_logs" {
  # checkov:skip=CKV_AWS_158:log groups use CloudWatch Logs' default encryption at rest
  name              = "/aws/lambda/podinfo-secret-rotator"
  retention_in_days = 365
  tags = {
    app = "podinfo"
  }
}

resource "aws_secretsmanager_secret" "api_token" {
  # checkov:skip=CKV_AWS_149:encrypted with Secrets Manager's AWS managed key; the rotator and the instances are the only readers
  description             = "token podinfo presents to its backends"
  name                    = "podinfo/api-token"
  recovery_window_in_days = 30
  tags = {
    app = "podinfo"
  }
}

data "aws_secretsmanager_random_password" "api_token_password" {
  exclude_characters = "\"@/\\'"
  password_length    = 48
}

resource "aws_secretsmanager_secret_version" "api_token" {
  secret_id = aws_secretsmanager_secret.api_token.id
  secret_string = jsonencode(merge(jsondecode("{\"client\":\"podinfo\"}"), {
    token = data.aws_secretsmanager_random_password.api_token_password.random_password
  }))

  lifecycle {
    ignore_changes = [secret_string]
  }
}

resource "aws_secretsmanager_secret_rotation" "api_token" {
  rotation_lambda_arn = aws_lambda_function.secret_rotator.arn
  secret_id           = aws_secretsmanager_secret.api_token.id

  rotation_rules {
    automatically_after_days = 30
  }

  depends_on = [aws_lambda_permission.secret_rotator_invoke_from_api_token]
}

resource "aws_iam_role" "secret_rotator_role" {
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
    app = "podinfo"
  }
}

resource "aws_iam_role_policy" "secret_rotator_role" {
  name = "secret-rotator-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "WriteLogs"
        Effect   = "Allow"
        Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
        Resource = ["${aws_cloudwatch_log_group.secret_rotator_logs.arn}:*"]
      },
      {
        Sid      = "RotateSecretApiToken"
        Effect   = "Allow"
        Action   = ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue", "secretsmanager:PutSecretValue", "secretsmanager:UpdateSecretVersionStage"]
        Resource = [aws_secretsmanager_secret.api_token.arn]
      },
      {
        Sid      = "GenerateSecretValues"
        Effect   = "Allow"
        Action   = ["secretsmanager:GetRandomPassword"]
        Resource = ["*"]
      },
    ]
  })
  role = aws_iam_role.secret_rotator_role.id
}

resource "aws_lambda_function" "secret_rotator" {
  # checkov:skip=CKV_AWS_115:seed 003 sets provisioned concurrency 2 on podinfo; the rotator runs once a month; neither needs reserved concurrency
  # checkov:skip=CKV_AWS_116:podinfo is invoked synchronously and the rotator by Secrets Manager, which retries; no asynchronous callers
  # checkov:skip=CKV_AWS_117:the functions reach only AWS APIs (Secrets Manager) over TLS; no private resource needs a VPC
  # checkov:skip=CKV_AWS_272:images and code come from the account's own registry and artifact bucket, which only CI writes
  architectures = ["x86_64"]
  function_name = "podinfo-secret-rotator"
  handler       = "rotate.handler"
  memory_size   = 128
  package_type  = "Zip"
  role          = aws_iam_role.secret_rotator_role.arn
  runtime       = "python3.12"
  s3_bucket     = "podinfo-artifacts-123456789012"
  s3_key        = "rotator.zip"
  tags = {
    app = "podinfo"
  }
  timeout = 30

  ephemeral_storage {
    size = 512
  }
  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.secret_rotator_logs.name
  }
  tracing_config {
    mode = "PassThrough"
  }

  depends_on = [aws_iam_role_policy.secret_rotator_role]
}

resource "aws_lambda_permission" "secret_rotator_invoke_from_api_token" {
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.secret_rotator.function_name
  principal      = "secretsmanager.amazonaws.com"
  source_account = data.aws_caller_identity.current.account_id
  source_arn     = aws_secretsmanager_secret.api_token.arn
}

resource "aws_lb_target_group" "web_targets" {
  deregistration_delay = "30"
  name                 = "podinfo-web-targets"
  port                 = 9898
  protocol             = "HTTP"
  tags = {
    app = "podinfo"
  }
  target_type = "instance"
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
    enabled         = false
    type            = "lb_cookie"
  }
}

resource "aws_security_group" "edge_sg" {
  # checkov:skip=CKV_AWS_260:the public load balancer accepts port 80 only to redirect to HTTPS
  description = "load balancer edge"
  tags = {
    app = "podinfo"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_vpc_security_group_egress_rule" "edge_sg" {
  cidr_ipv4         = "0.0.0.0/0"
  description       = "all outbound traffic"
  ip_protocol       = "-1"
  security_group_id = aws_security_group.edge_sg.id
  tags = {
    app = "podinfo"
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
    app = "podinfo"
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
    app = "podinfo"
  }
  to_port = 443
}

resource "aws_lb" "edge" {
  # checkov:skip=CKV2_AWS_28:seed 003 documents no WAF; the instances serve a demo page with no user data
  # checkov:skip=CKV_AWS_91:load balancer access logs are not kept for the demo service
  drop_invalid_header_fields = true
  enable_deletion_protection = true
  idle_timeout               = 60
  internal                   = false
  load_balancer_type         = "application"
  name                       = "podinfo-edge"
  security_groups            = [aws_security_group.edge_sg.id]
  subnets                    = [aws_subnet.core_public_1.id, aws_subnet.core_public_2.id]
  tags = {
    app = "podinfo"
  }
}

resource "aws_lb_listener" "edge_http" {
  load_balancer_arn = aws_lb.edge.arn
  port              = 80
  protocol          = "HTTP"
  tags = {
    app = "podinfo"
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
  certificate_arn   = "arn:aws:acm:us-east-1:123456789012:certificate/22222222-3333-4444-5555-666666666666"
  load_balancer_arn = aws_lb.edge.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  tags = {
    app = "podinfo"
  }

  default_action {
    target_group_arn = aws_lb_target_group.web_targets.arn
    type             = "forward"
  }
}

resource "aws_security_group" "web_sg" {
  description = "instance group web"
  tags = {
    app = "podinfo"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_vpc_security_group_egress_rule" "web_sg" {
  cidr_ipv4         = "0.0.0.0/0"
  description       = "all outbound traffic"
  ip_protocol       = "-1"
  security_group_id = aws_security_group.web_sg.id
  tags = {
    app = "podinfo"
  }
}

resource "aws_vpc_security_group_ingress_rule" "web_from_edge" {
  description                  = "edge to web"
  from_port                    = 9898
  ip_protocol                  = "tcp"
  referenced_security_group_id = aws_security_group.edge_sg.id
  security_group_id            = aws_security_group.web_sg.id
  tags = {
    app = "podinfo"
  }
  to_port = 9898
}

resource "aws_iam_role" "web_role" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "ec2.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
  tags = {
    app = "podinfo"
  }
}

resource "aws_iam_role_policy" "web_role" {
  name = "web-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "ReadSecretApiToken"
        Effect   = "Allow"
        Action   = ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"]
        Resource = [aws_secretsmanager_secret.api_token.arn]
      },
    ]
  })
  role = aws_iam_role.web_role.id
}

resource "aws_iam_instance_profile" "web" {
  name = "podinfo-web-profile"
  role = aws_iam_role.web_role.name
  tags = {
    app = "podinfo"
  }
}

resource "aws_launch_template" "web" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.small"
  name          = "podinfo-web"
  tags = {
    app = "podinfo"
  }
  update_default_version = true
  user_data              = base64encode("#!/bin/bash\ndnf install -y docker && systemctl enable --now docker\n")
  vpc_security_group_ids = [aws_security_group.web_sg.id]

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs {
      delete_on_termination = true
      encrypted             = true
      volume_size           = 20
      volume_type           = "gp3"
    }
  }
  iam_instance_profile {
    arn = aws_iam_instance_profile.web.arn
  }
  metadata_options {
    http_endpoint               = "enabled"
    http_put_response_hop_limit = 1
    http_tokens                 = "required"
  }
  monitoring {
    enabled = true
  }
}

resource "aws_autoscaling_group" "web" {
  desired_capacity          = 2
  health_check_grace_period = 300
  health_check_type         = "ELB"
  max_size                  = 6
  min_size                  = 2
  name                      = "podinfo-web"
  target_group_arns         = [aws_lb_target_group.web_targets.arn]
  vpc_zone_identifier       = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id]

  launch_template {
    id      = aws_launch_template.web.id
    version = aws_launch_template.web.latest_version
  }
  tag {
    key                 = "app"
    propagate_at_launch = true
    value               = "podinfo"
  }
}

resource "aws_autoscaling_policy" "web_scale_up" {
  adjustment_type        = "ChangeInCapacity"
  autoscaling_group_name = aws_autoscaling_group.web.name
  cooldown               = 300
  name                   = "web-scale-up"
  policy_type            = "SimpleScaling"
  scaling_adjustment     = 1
}

resource "aws_cloudwatch_metric_alarm" "web_scale_up_cpu" {
  alarm_actions       = [aws_autoscaling_policy.web_scale_up.arn]
  alarm_description   = "scale up web on CPU"
  alarm_name          = "web-scale-up-cpu"
  comparison_operator = "GreaterThanThreshold"
  dimensions = {
    AutoScalingGroupName = aws_autoscaling_group.web.name
  }
  evaluation_periods = 2
  metric_name        = "CPUUtilization"
  namespace          = "AWS/EC2"
  period             = 300
  statistic          = "Average"
  tags = {
    app = "podinfo"
  }
  threshold = 80
}

resource "aws_autoscaling_policy" "web_scale_down" {
  adjustment_type        = "ChangeInCapacity"
  autoscaling_group_name = aws_autoscaling_group.web.name
  cooldown               = 300
  name                   = "web-scale-down"
  policy_type            = "SimpleScaling"
  scaling_adjustment     = -1
}

resource "aws_cloudwatch_metric_alarm" "web_scale_down_cpu" {
  alarm_actions       = [aws_autoscaling_policy.web_scale_down.arn]
  alarm_description   = "scale down web on CPU"
  alarm_name          = "web-scale-down-cpu"
  comparison_operator = "LessThanThreshold"
  dimensions = {
    AutoScalingGroupName = aws_autoscaling_group.web.name
  }
  evaluation_periods = 2
  metric_name        = "CPUUtilization"
  namespace          = "AWS/EC2"
  period             = 300
  statistic          = "Average"
  tags = {
    app = "podinfo"
  }
  threshold = 30
}
