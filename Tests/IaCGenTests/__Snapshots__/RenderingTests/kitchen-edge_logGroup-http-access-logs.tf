resource "aws_cloudwatch_log_group" "http_access_logs" {
  name              = "/aws/apigateway/kitchen-edge-http"
  retention_in_days = 365
}

