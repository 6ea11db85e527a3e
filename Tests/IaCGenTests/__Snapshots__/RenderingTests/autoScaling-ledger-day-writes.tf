resource "aws_appautoscaling_target" "ledger_day_writes" {
  max_capacity       = 100
  min_capacity       = 5
  resource_id        = "table/kitchen-sink-ledger/index/by-day"
  scalable_dimension = "dynamodb:index:WriteCapacityUnits"
  service_namespace  = "dynamodb"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }

  depends_on = [aws_dynamodb_table.ledger]
}

resource "aws_appautoscaling_policy" "ledger_day_writes_tracking_1" {
  name               = "ledger-day-writes-tracking-1"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_appautoscaling_target.ledger_day_writes.resource_id
  scalable_dimension = aws_appautoscaling_target.ledger_day_writes.scalable_dimension
  service_namespace  = aws_appautoscaling_target.ledger_day_writes.service_namespace

  target_tracking_scaling_policy_configuration {
    target_value = 70

    predefined_metric_specification {
      predefined_metric_type = "DynamoDBWriteCapacityUtilization"
    }
  }
}

