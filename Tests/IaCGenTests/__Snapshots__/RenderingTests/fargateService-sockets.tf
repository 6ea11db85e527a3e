resource "aws_ecs_task_definition" "sockets" {
  container_definitions = jsonencode([
    {
      name      = "ws"
      image     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/ws:7"
      essential = true
      portMappings = [
        {
          containerPort = 9000
          protocol      = "tcp"
        },
      ]
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = aws_cloudwatch_log_group.sockets_logs.name
          awslogs-region        = data.aws_region.current.name
          awslogs-stream-prefix = "ws"
        }
      }
    },
  ])
  cpu                      = "1024"
  execution_role_arn       = aws_iam_role.sockets_execution_role.arn
  family                   = "sockets"
  memory                   = "2048"
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
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
  deployment_minimum_healthy_percent = 50
  desired_count                      = 2
  enable_ecs_managed_tags            = true
  health_check_grace_period_seconds  = 60
  launch_type                        = "FARGATE"
  name                               = "sockets"
  platform_version                   = "LATEST"
  propagate_tags                     = "SERVICE"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  task_definition = aws_ecs_task_definition.sockets.arn

  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }
  load_balancer {
    container_name   = "ws"
    container_port   = 9000
    target_group_arn = aws_lb_target_group.socket_targets.arn
  }
  network_configuration {
    assign_public_ip = false
    security_groups  = [aws_security_group.sockets_sg.id]
    subnets          = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id, aws_subnet.core_private_3.id]
  }

  depends_on = [aws_lb_listener.edge_http, aws_lb_listener.edge_https, aws_iam_role_policy.sockets_execution_role]
}

