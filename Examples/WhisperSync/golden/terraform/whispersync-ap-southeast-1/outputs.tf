output "api_url" {
  value = aws_apigatewayv2_api.regional.api_endpoint
}
