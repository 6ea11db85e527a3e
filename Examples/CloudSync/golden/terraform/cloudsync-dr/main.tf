# Stack 'cloudsync-dr' in us-west-2, scaling phase growth.

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
  name              = "/aws/vpc/cloudsync-dr/core/flow-logs"
  retention_in_days = 365
  tags = {
    owner   = "platform"
    project = "cloudsync"
    role    = "disaster-recovery"
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
    role    = "disaster-recovery"
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
  cidr_block           = "10.41.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    Name    = "core"
    owner   = "platform"
    project = "cloudsync"
    role    = "disaster-recovery"
  }
}

resource "aws_internet_gateway" "core" {
  tags = {
    Name    = "core-igw"
    owner   = "platform"
    project = "cloudsync"
    role    = "disaster-recovery"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_public_1" {
  availability_zone       = data.aws_availability_zones.available.names[0]
  cidr_block              = "10.41.0.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name    = "core-public-1"
    owner   = "platform"
    project = "cloudsync"
    role    = "disaster-recovery"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_public_2" {
  availability_zone       = data.aws_availability_zones.available.names[1]
  cidr_block              = "10.41.16.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name    = "core-public-2"
    owner   = "platform"
    project = "cloudsync"
    role    = "disaster-recovery"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_public_3" {
  availability_zone       = data.aws_availability_zones.available.names[2]
  cidr_block              = "10.41.32.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name    = "core-public-3"
    owner   = "platform"
    project = "cloudsync"
    role    = "disaster-recovery"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_private_1" {
  availability_zone       = data.aws_availability_zones.available.names[0]
  cidr_block              = "10.41.48.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name    = "core-private-1"
    owner   = "platform"
    project = "cloudsync"
    role    = "disaster-recovery"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_private_2" {
  availability_zone       = data.aws_availability_zones.available.names[1]
  cidr_block              = "10.41.64.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name    = "core-private-2"
    owner   = "platform"
    project = "cloudsync"
    role    = "disaster-recovery"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_private_3" {
  availability_zone       = data.aws_availability_zones.available.names[2]
  cidr_block              = "10.41.80.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name    = "core-private-3"
    owner   = "platform"
    project = "cloudsync"
    role    = "disaster-recovery"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_eip" "core_nat_1" {
  domain = "vpc"
  tags = {
    Name    = "core-nat-1"
    owner   = "platform"
    project = "cloudsync"
    role    = "disaster-recovery"
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
    role    = "disaster-recovery"
  }

  depends_on = [aws_internet_gateway.core]
}

resource "aws_route_table" "core_public_routes" {
  tags = {
    Name    = "core-public-routes"
    owner   = "platform"
    project = "cloudsync"
    role    = "disaster-recovery"
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
    Name    = "core-private-routes"
    owner   = "platform"
    project = "cloudsync"
    role    = "disaster-recovery"
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
    Name    = "core-s3"
    owner   = "platform"
    project = "cloudsync"
    role    = "disaster-recovery"
  }
  vpc_endpoint_type = "Gateway"
  vpc_id            = aws_vpc.core.id
}

resource "aws_vpc_endpoint" "core_dynamodb" {
  route_table_ids = [aws_route_table.core_private_routes.id]
  service_name    = "com.amazonaws.${data.aws_region.current.name}.dynamodb"
  tags = {
    Name    = "core-dynamodb"
    owner   = "platform"
    project = "cloudsync"
    role    = "disaster-recovery"
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
    role    = "disaster-recovery"
  }
  traffic_type = "REJECT"
  vpc_id       = aws_vpc.core.id
}

resource "aws_ecs_cluster" "apps" {
  name = "cloudsync-dr-apps"
  tags = {
    owner   = "platform"
    project = "cloudsync"
    role    = "disaster-recovery"
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
    role    = "disaster-recovery"
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
    role    = "disaster-recovery"
  }
}

resource "aws_db_subnet_group" "app_db_subnets" {
  description = "subnets of cloudsync-app-db-dr"
  name        = "cloudsync-app-db-dr-subnets"
  subnet_ids  = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id, aws_subnet.core_private_3.id]
  tags = {
    owner   = "platform"
    project = "cloudsync"
    role    = "disaster-recovery"
  }
}

resource "aws_db_instance" "app_db" {
  # checkov:skip=CKV_AWS_118:CloudWatch's standard RDS metrics are enough at seed 001's size; no enhanced-monitoring role
  # checkov:skip=CKV_AWS_353:Performance Insights is not enabled at seed 001's size
  # checkov:skip=CKV_AWS_129:PostgreSQL logs are not exported to CloudWatch Logs; they stay in RDS for their retention
  # checkov:skip=CKV_AWS_157:read replicas run in one zone each; the primary is Multi-AZ and the DR replica is promoted only in a disaster
  auto_minor_version_upgrade = true
  backup_retention_period    = 35
  copy_tags_to_snapshot      = true
  db_subnet_group_name       = aws_db_subnet_group.app_db_subnets.name
  deletion_protection        = true
  final_snapshot_identifier  = "cloudsync-app-db-dr-final"
  identifier                 = "cloudsync-app-db-dr"
  instance_class             = "db.r5.2xlarge"
  kms_key_id                 = "arn:aws:kms:us-west-2:123456789012:key/6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d"
  max_allocated_storage      = 500
  multi_az                   = false
  port                       = 5432
  publicly_accessible        = false
  replicate_source_db        = "arn:${data.aws_partition.current.partition}:rds:us-east-1:${data.aws_caller_identity.current.account_id}:db:cloudsync-app-db"
  skip_final_snapshot        = false
  storage_encrypted          = true
  storage_type               = "gp3"
  tags = {
    owner   = "platform"
    project = "cloudsync"
    role    = "disaster-recovery"
  }
  vpc_security_group_ids = [aws_security_group.app_db_sg.id]
}

resource "aws_lb_target_group" "api_targets" {
  deregistration_delay = "30"
  name                 = "cloudsync-dr-api-targets"
  port                 = 8000
  protocol             = "HTTP"
  tags = {
    owner   = "platform"
    project = "cloudsync"
    role    = "disaster-recovery"
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
    enabled         = false
    type            = "lb_cookie"
  }
}

resource "aws_security_group" "edge_sg" {
  # checkov:skip=CKV_AWS_260:the public load balancer accepts port 80 only to redirect to HTTPS
  description = "load balancer edge"
  tags = {
    owner   = "platform"
    project = "cloudsync"
    role    = "disaster-recovery"
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
    role    = "disaster-recovery"
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
    role    = "disaster-recovery"
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
    role    = "disaster-recovery"
  }
  to_port = 443
}

resource "aws_lb" "edge" {
  # checkov:skip=CKV_AWS_91:load balancer access logs are not kept; Kong logs every request
  # checkov:skip=CKV2_AWS_76:the services are Python and Kong (Lua), not Java; the WAF runs the common and known-bad-inputs rule sets
  drop_invalid_header_fields = true
  enable_deletion_protection = true
  idle_timeout               = 60
  internal                   = false
  load_balancer_type         = "application"
  name                       = "cloudsync-dr-edge"
  security_groups            = [aws_security_group.edge_sg.id]
  subnets                    = [aws_subnet.core_public_1.id, aws_subnet.core_public_2.id, aws_subnet.core_public_3.id]
  tags = {
    owner   = "platform"
    project = "cloudsync"
    role    = "disaster-recovery"
  }
}

resource "aws_lb_listener" "edge_http" {
  load_balancer_arn = aws_lb.edge.arn
  port              = 80
  protocol          = "HTTP"
  tags = {
    owner   = "platform"
    project = "cloudsync"
    role    = "disaster-recovery"
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
  certificate_arn   = "arn:aws:acm:us-west-2:123456789012:certificate/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
  load_balancer_arn = aws_lb.edge.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  tags = {
    owner   = "platform"
    project = "cloudsync"
    role    = "disaster-recovery"
  }

  default_action {
    target_group_arn = aws_lb_target_group.api_targets.arn
    type             = "forward"
  }
}

resource "aws_wafv2_web_acl" "edge_firewall" {
  # checkov:skip=CKV2_AWS_31:WAF request logging is not configured; iacgen's WebACL keeps sampled requests and metrics only
  # checkov:skip=CKV2_AWS_76:the services are Python and Kong (Lua), not Java; the WAF runs the common and known-bad-inputs rule sets
  name  = "cloudsync-dr-edge-firewall"
  scope = "REGIONAL"
  tags = {
    owner   = "platform"
    project = "cloudsync"
    role    = "disaster-recovery"
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
    metric_name                = "cloudsync-dr-edge-firewall"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl_association" "edge_firewall_protects_edge" {
  resource_arn = aws_lb.edge.arn
  web_acl_arn  = aws_wafv2_web_acl.edge_firewall.arn
}

resource "aws_security_group" "api_sg" {
  # checkov:skip=CKV_AWS_260:the public load balancer accepts port 80 only to redirect to HTTPS
  description = "service api"
  tags = {
    owner   = "platform"
    project = "cloudsync"
    role    = "disaster-recovery"
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
    role    = "disaster-recovery"
  }
}

resource "aws_vpc_security_group_ingress_rule" "api_from_edge" {
  # checkov:skip=CKV_AWS_260:the public load balancer accepts port 80 only to redirect to HTTPS
  description                  = "edge to api"
  from_port                    = 8000
  ip_protocol                  = "tcp"
  referenced_security_group_id = aws_security_group.edge_sg.id
  security_group_id            = aws_security_group.api_sg.id
  tags = {
    owner   = "platform"
    project = "cloudsync"
    role    = "disaster-recovery"
  }
  to_port = 8000
}

resource "aws_cloudwatch_log_group" "api_logs" {
  # checkov:skip=CKV_AWS_158:log groups use CloudWatch Logs' default encryption at rest
  name              = "/ecs/cloudsync-dr/api"
  retention_in_days = 365
  tags = {
    owner   = "platform"
    project = "cloudsync"
    role    = "disaster-recovery"
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
    role    = "disaster-recovery"
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
        Resource = ["arn:${data.aws_partition.current.partition}:ecr:us-west-2:123456789012:repository/cloudsync-api"]
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
    role    = "disaster-recovery"
  }
}

resource "aws_ecs_task_definition" "api" {
  # checkov:skip=CKV_AWS_336:the containers write temporary files to their root file system
  container_definitions = jsonencode([
    {
      name      = "api"
      image     = "123456789012.dkr.ecr.us-west-2.amazonaws.com/cloudsync-api:2.3.0"
      essential = true
      portMappings = [
        {
          containerPort = 8000
          protocol      = "tcp"
        },
      ]
      environment = [
        {
          name  = "DATABASE_HOST"
          value = aws_db_instance.app_db.address
        },
        {
          name  = "FILES_BUCKET"
          value = "cloudsync-files-dr-123456789012"
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
    role    = "disaster-recovery"
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
  desired_count                      = 0
  enable_ecs_managed_tags            = true
  health_check_grace_period_seconds  = 60
  launch_type                        = "FARGATE"
  name                               = "api"
  platform_version                   = "LATEST"
  propagate_tags                     = "SERVICE"
  tags = {
    owner   = "platform"
    project = "cloudsync"
    role    = "disaster-recovery"
  }
  task_definition = aws_ecs_task_definition.api.arn

  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }
  lifecycle {
    ignore_changes = [desired_count]
  }
  load_balancer {
    container_name   = "api"
    container_port   = 8000
    target_group_arn = aws_lb_target_group.api_targets.arn
  }
  network_configuration {
    assign_public_ip = false
    security_groups  = [aws_security_group.api_sg.id]
    subnets          = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id, aws_subnet.core_private_3.id]
  }

  depends_on = [aws_lb_listener.edge_http, aws_lb_listener.edge_https, aws_iam_role_policy.api_execution_role]
}

resource "aws_appautoscaling_target" "api_tasks" {
  max_capacity       = 10
  min_capacity       = 0
  resource_id        = "service/cloudsync-dr-apps/api"
  scalable_dimension = "ecs:service:DesiredCount"
  service_namespace  = "ecs"
  tags = {
    owner   = "platform"
    project = "cloudsync"
    role    = "disaster-recovery"
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
    role    = "disaster-recovery"
  }
  to_port = 5432
}
