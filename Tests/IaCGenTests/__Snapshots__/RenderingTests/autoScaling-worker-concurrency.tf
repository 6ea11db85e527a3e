resource "aws_appautoscaling_target" "worker_concurrency" {
  max_capacity       = 100
  min_capacity       = 1
  resource_id        = "function:kitchen-sink-worker:live"
  scalable_dimension = "lambda:function:ProvisionedConcurrency"
  service_namespace  = "lambda"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }

  depends_on = [aws_lambda_alias.worker, aws_lambda_provisioned_concurrency_config.worker]
}

resource "aws_appautoscaling_policy" "worker_concurrency_tracking_1" {
  name               = "worker-concurrency-tracking-1"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_appautoscaling_target.worker_concurrency.resource_id
  scalable_dimension = aws_appautoscaling_target.worker_concurrency.scalable_dimension
  service_namespace  = aws_appautoscaling_target.worker_concurrency.service_namespace

  target_tracking_scaling_policy_configuration {
    target_value = 0.7

    predefined_metric_specification {
      predefined_metric_type = "LambdaProvisionedConcurrencyUtilization"
    }
  }
}

