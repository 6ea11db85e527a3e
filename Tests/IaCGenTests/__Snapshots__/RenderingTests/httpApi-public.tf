resource "aws_apigatewayv2_api" "public" {
  name          = "kitchen-sink-public"
  protocol_type = "HTTP"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }

  cors_configuration {
    allow_headers = ["authorization", "content-type"]
    allow_methods = ["GET", "POST", "PUT", "DELETE", "OPTIONS"]
    allow_origins = ["https://app.example.com"]
    max_age       = 3600
  }
}

resource "aws_apigatewayv2_integration" "public_imaged" {
  api_id                 = aws_apigatewayv2_api.public.id
  integration_method     = "POST"
  integration_type       = "AWS_PROXY"
  integration_uri        = aws_lambda_function.imaged.arn
  payload_format_version = "2.0"
}

resource "aws_apigatewayv2_integration" "public_archiver" {
  api_id                 = aws_apigatewayv2_api.public.id
  integration_method     = "POST"
  integration_type       = "AWS_PROXY"
  integration_uri        = aws_lambda_function.archiver.arn
  payload_format_version = "2.0"
}

resource "aws_apigatewayv2_route" "public_route_1" {
  api_id    = aws_apigatewayv2_api.public.id
  route_key = "GET /memos/{id}"
  target    = "integrations/${aws_apigatewayv2_integration.public_imaged.id}"
}

resource "aws_apigatewayv2_route" "public_route_2" {
  api_id    = aws_apigatewayv2_api.public.id
  route_key = "POST /memos"
  target    = "integrations/${aws_apigatewayv2_integration.public_archiver.id}"
}

resource "aws_apigatewayv2_route" "public_route_3" {
  api_id    = aws_apigatewayv2_api.public.id
  route_key = "$default"
  target    = "integrations/${aws_apigatewayv2_integration.public_imaged.id}"
}

resource "aws_apigatewayv2_stage" "public" {
  api_id      = aws_apigatewayv2_api.public.id
  auto_deploy = true
  name        = "$default"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.public_access_logs.arn
    format          = "{\"requestId\":\"$context.requestId\",\"ip\":\"$context.identity.sourceIp\",\"requestTime\":\"$context.requestTime\",\"httpMethod\":\"$context.httpMethod\",\"routeKey\":\"$context.routeKey\",\"status\":\"$context.status\",\"protocol\":\"$context.protocol\",\"responseLength\":\"$context.responseLength\"}"
  }
  default_route_settings {
    throttling_burst_limit = 1000
    throttling_rate_limit  = 2000
  }
}

