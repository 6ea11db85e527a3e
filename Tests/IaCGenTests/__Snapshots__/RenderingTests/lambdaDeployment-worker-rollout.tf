resource "aws_codedeploy_app" "worker_rollout_application" {
  compute_platform = "Lambda"
  name             = "worker-rollout"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
}

resource "aws_codedeploy_deployment_group" "worker_rollout" {
  app_name               = aws_codedeploy_app.worker_rollout_application.name
  deployment_config_name = "CodeDeployDefault.LambdaLinear10PercentEvery2Minutes"
  deployment_group_name  = "worker-rollout-group"
  service_role_arn       = aws_iam_role.worker_rollout_role.arn
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }

  alarm_configuration {
    alarms  = [aws_cloudwatch_metric_alarm.worker_duration_warning.alarm_name, aws_cloudwatch_metric_alarm.worker_duration_critical.alarm_name, aws_cloudwatch_metric_alarm.worker_errors_warning.alarm_name, aws_cloudwatch_metric_alarm.worker_errors_critical.alarm_name, aws_cloudwatch_metric_alarm.worker_throttles.alarm_name]
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

