resource "aws_appautoscaling_target" "ledger_read_capacity" {
  max_capacity       = 500
  min_capacity       = 5
  resource_id        = "table/kitchen-sink-ledger"
  scalable_dimension = "dynamodb:table:ReadCapacityUnits"
  service_namespace  = "dynamodb"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }

  depends_on = [aws_dynamodb_table.ledger]
}

resource "aws_appautoscaling_policy" "ledger_read_capacity_tracking_1" {
  name               = "ledger-read-capacity-tracking-1"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_appautoscaling_target.ledger_read_capacity.resource_id
  scalable_dimension = aws_appautoscaling_target.ledger_read_capacity.scalable_dimension
  service_namespace  = aws_appautoscaling_target.ledger_read_capacity.service_namespace

  target_tracking_scaling_policy_configuration {
    target_value = 70

    predefined_metric_specification {
      predefined_metric_type = "DynamoDBReadCapacityUtilization"
    }
  }
}

