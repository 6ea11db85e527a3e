output "api_url" {
  value = aws_api_gateway_stage.public_api.invoke_url
}

output "auth_endpoint" {
  value = aws_lb.auth.dns_name
}
