resource "aws_ecs_task_definition" "api" {
  container_definitions = jsonencode([
    {
      name      = "api"
      image     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:1.4.2"
      essential = true
      portMappings = [
        {
          containerPort = 8000
          protocol      = "tcp"
        },
      ]
      command = ["uvicorn", "app:main", "--port", "8000"]
      environment = [
        {
          name  = "LEDGER"
          value = aws_dynamodb_table.ledger.name
        },
        {
          name  = "NOTE"
          value = "quote\" backslash\\ $${interp} %%{directive} */ tab\t emoji🎙️ rtl‮x"
        },
      ]
      secrets = [
        {
          name      = "DB_PASSWORD"
          valueFrom = aws_secretsmanager_secret.db_credentials.arn
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
    {
      name      = "sidecar"
      image     = "public.ecr.aws/aws-observability/aws-otel-collector:latest"
      essential = false
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = aws_cloudwatch_log_group.api_logs.name
          awslogs-region        = data.aws_region.current.name
          awslogs-stream-prefix = "sidecar"
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
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  task_role_arn = aws_iam_role.api_task_role.arn

  runtime_platform {
    cpu_architecture        = "ARM64"
    operating_system_family = "LINUX"
  }
}

resource "aws_ecs_service" "api" {
  cluster                            = aws_ecs_cluster.apps.id
  deployment_maximum_percent         = 200
  deployment_minimum_healthy_percent = 100
  desired_count                      = 2
  enable_ecs_managed_tags            = true
  health_check_grace_period_seconds  = 60
  launch_type                        = "FARGATE"
  name                               = "api"
  platform_version                   = "LATEST"
  propagate_tags                     = "SERVICE"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
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

