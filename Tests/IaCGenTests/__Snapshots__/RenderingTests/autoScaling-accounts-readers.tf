resource "aws_appautoscaling_target" "accounts_readers" {
  max_capacity       = 5
  min_capacity       = 1
  resource_id        = "cluster:kitchen-sink-accounts"
  scalable_dimension = "rds:cluster:ReadReplicaCount"
  service_namespace  = "rds"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }

  depends_on = [aws_rds_cluster.accounts]
}

resource "aws_appautoscaling_policy" "accounts_readers_tracking_1" {
  name               = "accounts-readers-tracking-1"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_appautoscaling_target.accounts_readers.resource_id
  scalable_dimension = aws_appautoscaling_target.accounts_readers.scalable_dimension
  service_namespace  = aws_appautoscaling_target.accounts_readers.service_namespace

  target_tracking_scaling_policy_configuration {
    target_value = 60

    predefined_metric_specification {
      predefined_metric_type = "RDSReaderAverageCPUUtilization"
    }
  }
}

