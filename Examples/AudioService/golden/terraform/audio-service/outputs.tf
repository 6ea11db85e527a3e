output "api_url" {
  value = aws_api_gateway_stage.audio_api.invoke_url
}
