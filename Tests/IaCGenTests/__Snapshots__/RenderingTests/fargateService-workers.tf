resource "aws_ecs_task_definition" "workers" {
  container_definitions = jsonencode([
    {
      name      = "celery"
      image     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/worker:7"
      essential = true
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = aws_cloudwatch_log_group.workers_logs.name
          awslogs-region        = data.aws_region.current.name
          awslogs-stream-prefix = "celery"
        }
      }
    },
  ])
  cpu                      = "256"
  execution_role_arn       = aws_iam_role.workers_execution_role.arn
  family                   = "workers"
  memory                   = "512"
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  task_role_arn = aws_iam_role.workers_task_role.arn

  runtime_platform {
    cpu_architecture        = "X86_64"
    operating_system_family = "LINUX"
  }
}

resource "aws_ecs_service" "workers" {
  cluster                            = aws_ecs_cluster.apps.id
  deployment_maximum_percent         = 200
  deployment_minimum_healthy_percent = 100
  desired_count                      = 1
  enable_ecs_managed_tags            = true
  launch_type                        = "FARGATE"
  name                               = "workers"
  platform_version                   = "LATEST"
  propagate_tags                     = "SERVICE"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  task_definition = aws_ecs_task_definition.workers.arn

  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }
  network_configuration {
    assign_public_ip = false
    security_groups  = [aws_security_group.workers_sg.id]
    subnets          = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id, aws_subnet.core_private_3.id]
  }

  depends_on = [aws_iam_role_policy.workers_execution_role]
}

