resource "aws_apigatewayv2_api" "http" {
  name          = "kitchen-edge-http"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_integration" "http_handler" {
  api_id                 = aws_apigatewayv2_api.http.id
  integration_method     = "POST"
  integration_type       = "AWS_PROXY"
  integration_uri        = aws_lambda_function.handler.arn
  payload_format_version = "2.0"
}

resource "aws_apigatewayv2_route" "http_route_1" {
  api_id    = aws_apigatewayv2_api.http.id
  route_key = "GET /things"
  target    = "integrations/${aws_apigatewayv2_integration.http_handler.id}"
}

resource "aws_apigatewayv2_stage" "http" {
  api_id      = aws_apigatewayv2_api.http.id
  auto_deploy = true
  name        = "$default"

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.http_access_logs.arn
    format          = "{\"requestId\":\"$context.requestId\",\"ip\":\"$context.identity.sourceIp\",\"requestTime\":\"$context.requestTime\",\"httpMethod\":\"$context.httpMethod\",\"routeKey\":\"$context.routeKey\",\"status\":\"$context.status\",\"protocol\":\"$context.protocol\",\"responseLength\":\"$context.responseLength\"}"
  }
  default_route_settings {
    throttling_burst_limit = 500
    throttling_rate_limit  = 1000
  }
}

resource "aws_apigatewayv2_domain_name" "http" {
  domain_name = "http.example.com"

  domain_name_configuration {
    certificate_arn = aws_acm_certificate_validation.edge_cert.certificate_arn
    endpoint_type   = "REGIONAL"
    security_policy = "TLS_1_2"
  }
}

resource "aws_apigatewayv2_api_mapping" "http" {
  api_id      = aws_apigatewayv2_api.http.id
  domain_name = aws_apigatewayv2_domain_name.http.id
  stage       = aws_apigatewayv2_stage.http.id
}

