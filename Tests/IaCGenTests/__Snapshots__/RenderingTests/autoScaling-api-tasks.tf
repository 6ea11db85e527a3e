resource "aws_appautoscaling_target" "api_tasks" {
  max_capacity       = 10
  min_capacity       = 2
  resource_id        = "service/kitchen-sink-apps/api"
  scalable_dimension = "ecs:service:DesiredCount"
  service_namespace  = "ecs"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
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

resource "aws_appautoscaling_policy" "api_tasks_tracking_2" {
  name               = "api-tasks-tracking-2"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_appautoscaling_target.api_tasks.resource_id
  scalable_dimension = aws_appautoscaling_target.api_tasks.scalable_dimension
  service_namespace  = aws_appautoscaling_target.api_tasks.service_namespace

  target_tracking_scaling_policy_configuration {
    target_value = 80

    predefined_metric_specification {
      predefined_metric_type = "ECSServiceAverageMemoryUtilization"
    }
  }
}

resource "aws_appautoscaling_policy" "api_tasks_tracking_3" {
  name               = "api-tasks-tracking-3"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_appautoscaling_target.api_tasks.resource_id
  scalable_dimension = aws_appautoscaling_target.api_tasks.scalable_dimension
  service_namespace  = aws_appautoscaling_target.api_tasks.service_namespace

  target_tracking_scaling_policy_configuration {
    target_value = 100

    customized_metric_specification {
      metric_name = "BacklogPerTask"
      namespace   = "KitchenSink"
      statistic   = "Average"

      dimensions {
        name  = "Queue"
        value = aws_sqs_queue.jobs.name
      }
    }
  }
}

resource "aws_appautoscaling_policy" "api_tasks_queue_depth_out" {
  name               = "api-tasks-queue-depth-out"
  policy_type        = "StepScaling"
  resource_id        = aws_appautoscaling_target.api_tasks.resource_id
  scalable_dimension = aws_appautoscaling_target.api_tasks.scalable_dimension
  service_namespace  = aws_appautoscaling_target.api_tasks.service_namespace

  step_scaling_policy_configuration {
    adjustment_type         = "ChangeInCapacity"
    cooldown                = 60
    metric_aggregation_type = "Maximum"

    step_adjustment {
      metric_interval_lower_bound = "0"
      metric_interval_upper_bound = "400"
      scaling_adjustment          = 1
    }
    step_adjustment {
      metric_interval_lower_bound = "400"
      scaling_adjustment          = 5
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "api_tasks_queue_depth_out_alarm" {
  alarm_actions       = [aws_appautoscaling_policy.api_tasks_queue_depth_out.arn]
  alarm_description   = "step scaling 'queue-depth' of api-tasks"
  alarm_name          = "api-tasks-queue-depth-out-alarm"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  dimensions = {
    QueueName = aws_sqs_queue.jobs.name
  }
  evaluation_periods = 1
  metric_name        = "ApproximateNumberOfMessagesVisible"
  namespace          = "AWS/SQS"
  period             = 60
  statistic          = "Maximum"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  threshold          = 100
  treat_missing_data = "notBreaching"
}

resource "aws_appautoscaling_policy" "api_tasks_queue_depth_in" {
  name               = "api-tasks-queue-depth-in"
  policy_type        = "StepScaling"
  resource_id        = aws_appautoscaling_target.api_tasks.resource_id
  scalable_dimension = aws_appautoscaling_target.api_tasks.scalable_dimension
  service_namespace  = aws_appautoscaling_target.api_tasks.service_namespace

  step_scaling_policy_configuration {
    adjustment_type         = "ChangeInCapacity"
    cooldown                = 60
    metric_aggregation_type = "Maximum"

    step_adjustment {
      metric_interval_upper_bound = "0"
      scaling_adjustment          = -1
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "api_tasks_queue_depth_in_alarm" {
  alarm_actions       = [aws_appautoscaling_policy.api_tasks_queue_depth_in.arn]
  alarm_description   = "step scaling 'queue-depth' of api-tasks"
  alarm_name          = "api-tasks-queue-depth-in-alarm"
  comparison_operator = "LessThanOrEqualToThreshold"
  dimensions = {
    QueueName = aws_sqs_queue.jobs.name
  }
  evaluation_periods = 1
  metric_name        = "ApproximateNumberOfMessagesVisible"
  namespace          = "AWS/SQS"
  period             = 60
  statistic          = "Maximum"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  threshold          = 0
  treat_missing_data = "notBreaching"
}

resource "aws_appautoscaling_scheduled_action" "api_tasks_nightly" {
  name               = "api-tasks-nightly"
  resource_id        = aws_appautoscaling_target.api_tasks.resource_id
  scalable_dimension = aws_appautoscaling_target.api_tasks.scalable_dimension
  schedule           = "cron(0 22 * * ? *)"
  service_namespace  = aws_appautoscaling_target.api_tasks.service_namespace
  timezone           = "Europe/Dublin"

  scalable_target_action {
    max_capacity = "4"
    min_capacity = "2"
  }
}

