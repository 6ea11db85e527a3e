resource "aws_cloudwatch_log_group" "handler_logs" {
  name              = "/aws/lambda/kitchen-edge-handler"
  retention_in_days = 365
}

