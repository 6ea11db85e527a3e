resource "aws_api_gateway_rest_api" "rest" {
  name = "kitchen-edge-rest"

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_resource" "rest_resource_items" {
  parent_id   = aws_api_gateway_rest_api.rest.root_resource_id
  path_part   = "items"
  rest_api_id = aws_api_gateway_rest_api.rest.id
}

resource "aws_api_gateway_method" "rest_method_1" {
  api_key_required = false
  authorization    = "NONE"
  http_method      = "GET"
  resource_id      = aws_api_gateway_resource.rest_resource_items.id
  rest_api_id      = aws_api_gateway_rest_api.rest.id
}

resource "aws_api_gateway_integration" "rest_method_1" {
  http_method             = aws_api_gateway_method.rest_method_1.http_method
  integration_http_method = "POST"
  resource_id             = aws_api_gateway_resource.rest_resource_items.id
  rest_api_id             = aws_api_gateway_rest_api.rest.id
  type                    = "AWS_PROXY"
  uri                     = aws_lambda_function.handler.invoke_arn
}

resource "aws_api_gateway_deployment" "rest" {
  rest_api_id = aws_api_gateway_rest_api.rest.id
  triggers = {
    redeployment = "116D667E"
  }

  lifecycle {
    create_before_destroy = true
  }

  depends_on = [aws_api_gateway_integration.rest_method_1]
}

resource "aws_api_gateway_stage" "rest" {
  cache_cluster_enabled = false
  deployment_id         = aws_api_gateway_deployment.rest.id
  rest_api_id           = aws_api_gateway_rest_api.rest.id
  stage_name            = "prod"
  xray_tracing_enabled  = true

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.rest_access_logs.arn
    format          = "{\"requestId\":\"$context.requestId\",\"ip\":\"$context.identity.sourceIp\",\"requestTime\":\"$context.requestTime\",\"httpMethod\":\"$context.httpMethod\",\"resourcePath\":\"$context.resourcePath\",\"status\":\"$context.status\",\"protocol\":\"$context.protocol\",\"responseLength\":\"$context.responseLength\"}"
  }

  depends_on = [aws_api_gateway_account.apigateway_account]
}

resource "aws_api_gateway_domain_name" "rest" {
  domain_name              = "rest.example.com"
  regional_certificate_arn = aws_acm_certificate_validation.edge_cert.certificate_arn
  security_policy          = "TLS_1_2"

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_base_path_mapping" "rest" {
  api_id      = aws_api_gateway_rest_api.rest.id
  base_path   = "v1"
  domain_name = aws_api_gateway_domain_name.rest.domain_name
  stage_name  = aws_api_gateway_stage.rest.stage_name
}

resource "aws_api_gateway_method_settings" "rest" {
  method_path = "*/*"
  rest_api_id = aws_api_gateway_rest_api.rest.id
  stage_name  = aws_api_gateway_stage.rest.stage_name

  settings {
    caching_enabled        = false
    metrics_enabled        = true
    throttling_burst_limit = 500
    throttling_rate_limit  = 1000
  }
}

