resource "aws_api_gateway_rest_api" "audio" {
  name = "kitchen-sink-audio"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_resource" "audio_resource_uploads" {
  parent_id   = aws_api_gateway_rest_api.audio.root_resource_id
  path_part   = "uploads"
  rest_api_id = aws_api_gateway_rest_api.audio.id
}

resource "aws_api_gateway_resource" "audio_resource_jobs" {
  parent_id   = aws_api_gateway_rest_api.audio.root_resource_id
  path_part   = "jobs"
  rest_api_id = aws_api_gateway_rest_api.audio.id
}

resource "aws_api_gateway_resource" "audio_resource_jobs_id" {
  parent_id   = aws_api_gateway_resource.audio_resource_jobs.id
  path_part   = "{id}"
  rest_api_id = aws_api_gateway_rest_api.audio.id
}

resource "aws_api_gateway_method" "audio_method_1" {
  api_key_required = false
  authorization    = "NONE"
  http_method      = "POST"
  resource_id      = aws_api_gateway_resource.audio_resource_uploads.id
  rest_api_id      = aws_api_gateway_rest_api.audio.id
}

resource "aws_api_gateway_integration" "audio_method_1" {
  http_method             = aws_api_gateway_method.audio_method_1.http_method
  integration_http_method = "POST"
  resource_id             = aws_api_gateway_resource.audio_resource_uploads.id
  rest_api_id             = aws_api_gateway_rest_api.audio.id
  type                    = "AWS_PROXY"
  uri                     = aws_lambda_function.archiver.invoke_arn
}

resource "aws_api_gateway_method" "audio_method_2" {
  api_key_required = false
  authorization    = "NONE"
  http_method      = "GET"
  resource_id      = aws_api_gateway_resource.audio_resource_jobs_id.id
  rest_api_id      = aws_api_gateway_rest_api.audio.id
}

resource "aws_api_gateway_integration" "audio_method_2" {
  http_method             = aws_api_gateway_method.audio_method_2.http_method
  integration_http_method = "POST"
  resource_id             = aws_api_gateway_resource.audio_resource_jobs_id.id
  rest_api_id             = aws_api_gateway_rest_api.audio.id
  type                    = "AWS_PROXY"
  uri                     = aws_lambda_function.imaged.invoke_arn
}

resource "aws_api_gateway_method" "audio_method_3" {
  api_key_required = true
  authorization    = "NONE"
  http_method      = "GET"
  resource_id      = aws_api_gateway_resource.audio_resource_jobs.id
  rest_api_id      = aws_api_gateway_rest_api.audio.id
}

resource "aws_api_gateway_integration" "audio_method_3" {
  http_method             = aws_api_gateway_method.audio_method_3.http_method
  integration_http_method = "POST"
  resource_id             = aws_api_gateway_resource.audio_resource_jobs.id
  rest_api_id             = aws_api_gateway_rest_api.audio.id
  type                    = "AWS_PROXY"
  uri                     = aws_lambda_function.imaged.invoke_arn
}

resource "aws_api_gateway_deployment" "audio" {
  rest_api_id = aws_api_gateway_rest_api.audio.id
  triggers = {
    redeployment = "09BD48BF"
  }

  lifecycle {
    create_before_destroy = true
  }

  depends_on = [aws_api_gateway_integration.audio_method_1, aws_api_gateway_integration.audio_method_2, aws_api_gateway_integration.audio_method_3]
}

resource "aws_api_gateway_stage" "audio" {
  cache_cluster_enabled = true
  cache_cluster_size    = "0.5"
  deployment_id         = aws_api_gateway_deployment.audio.id
  rest_api_id           = aws_api_gateway_rest_api.audio.id
  stage_name            = "prod"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  xray_tracing_enabled = true

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.audio_access_logs.arn
    format          = "{\"requestId\":\"$context.requestId\",\"ip\":\"$context.identity.sourceIp\",\"requestTime\":\"$context.requestTime\",\"httpMethod\":\"$context.httpMethod\",\"resourcePath\":\"$context.resourcePath\",\"status\":\"$context.status\",\"protocol\":\"$context.protocol\",\"responseLength\":\"$context.responseLength\"}"
  }

  depends_on = [aws_api_gateway_account.apigateway_account]
}

resource "aws_api_gateway_method_settings" "audio" {
  method_path = "*/*"
  rest_api_id = aws_api_gateway_rest_api.audio.id
  stage_name  = aws_api_gateway_stage.audio.stage_name

  settings {
    cache_data_encrypted   = true
    cache_ttl_in_seconds   = 60
    caching_enabled        = true
    metrics_enabled        = true
    throttling_burst_limit = 2000
    throttling_rate_limit  = 1000
  }
}

resource "aws_api_gateway_usage_plan" "audio_plan_1" {
  name = "partners"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }

  api_stages {
    api_id = aws_api_gateway_rest_api.audio.id
    stage  = aws_api_gateway_stage.audio.stage_name
  }
  quota_settings {
    limit  = 100000
    period = "DAY"
  }
  throttle_settings {
    burst_limit = 100
    rate_limit  = 50
  }
}

