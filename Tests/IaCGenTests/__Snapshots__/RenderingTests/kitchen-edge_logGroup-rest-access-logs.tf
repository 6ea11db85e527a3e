resource "aws_cloudwatch_log_group" "rest_access_logs" {
  name              = "/aws/apigateway/kitchen-edge-rest"
  retention_in_days = 365
}

