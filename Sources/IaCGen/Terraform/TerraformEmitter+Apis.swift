// HttpApi -> aws_apigatewayv2_*; RestApi -> aws_api_gateway_*; ApiGatewayAccount -> aws_api_gateway_account.

import HCL

extension TerraformEmitter {
  func translateHttpApi(_ api: HttpApi) -> [HCL.Block] {
    var main = TerraformBlockBuilder()
    main.set("name", api.physicalName)
    main.set("protocol_type", "HTTP")
    main.setTags(api.tags)
    if !api.corsOrigins.isEmpty {
      main.block("cors_configuration") { cors in
        cors.set("allow_headers", .tuple([.string("authorization"), .string("content-type")]))
        cors.set("allow_methods", .tuple(["GET", "POST", "PUT", "DELETE", "OPTIONS"].map(HCL.Expression.string)))
        cors.set("allow_origins", .tuple(api.corsOrigins.map(HCL.Expression.string)))
        cors.set("max_age", 3600)
      }
    }
    var blocks = [resourceBlock("aws_apigatewayv2_api", api.id, main)]
    let apiID = TerraformValues.address("aws_apigatewayv2_api", api.id, "id")
    for function in api.functions {
      var integration = TerraformBlockBuilder()
      integration.set("api_id", apiID)
      integration.set("integration_type", "AWS_PROXY")
      integration.set("integration_method", "POST")
      integration.set("integration_uri", TerraformValues.address("aws_lambda_function", function, "arn"))
      integration.set("payload_format_version", "2.0")
      blocks.append(resourceBlock("aws_apigatewayv2_integration", api.part(function.rawValue), integration))
    }
    for (position, route) in api.routes.enumerated() {
      var block = TerraformBlockBuilder()
      block.set("api_id", apiID)
      block.set("route_key", route.key)
      block.set("target", .template([.literal("integrations/"), .interpolation(TerraformValues.address("aws_apigatewayv2_integration", api.part(route.function.rawValue), "id"))]))
      blocks.append(resourceBlock("aws_apigatewayv2_route", api.part("route-\(position + 1)"), block))
    }
    var stage = TerraformBlockBuilder()
    stage.set("api_id", apiID)
    stage.set("name", "$default")
    stage.set("auto_deploy", true)
    stage.setTags(api.tags)
    if let logs = api.logGroupID {
      stage.block("access_log_settings") { settings in
        settings.set("destination_arn", TerraformValues.address("aws_cloudwatch_log_group", logs, "arn"))
        settings.set("format", HttpApi.accessLogFormat)
      }
    }
    stage.block("default_route_settings") { settings in
      settings.set("throttling_burst_limit", api.throttling.burst)
      settings.set("throttling_rate_limit", .double(api.throttling.rate))
    }
    blocks.append(resourceBlock("aws_apigatewayv2_stage", api.id, stage))
    if let domain = api.domain {
      var name = TerraformBlockBuilder()
      name.set("domain_name", domain.name)
      name.block("domain_name_configuration") { configuration in
        configuration.set("certificate_arn", TerraformValues.traversal(Reference(target: domain.certificate, kind: .certificate, attribute: .arn)))
        configuration.set("endpoint_type", "REGIONAL")
        configuration.set("security_policy", "TLS_1_2")
      }
      name.setTags(api.tags)
      blocks.append(resourceBlock("aws_apigatewayv2_domain_name", api.id, name))
      var mapping = TerraformBlockBuilder()
      mapping.set("api_id", apiID)
      mapping.set("domain_name", TerraformValues.address("aws_apigatewayv2_domain_name", api.id, "id"))
      mapping.set("stage", TerraformValues.address("aws_apigatewayv2_stage", api.id, "id"))
      mapping.set("api_mapping_key", domain.basePath)
      blocks.append(resourceBlock("aws_apigatewayv2_api_mapping", api.id, mapping))
    }
    return blocks
  }

  func translateApiGatewayAccount(_ account: ApiGatewayAccount) -> HCL.Block {
    var block = TerraformBlockBuilder()
    block.set("cloudwatch_role_arn", TerraformValues.address("aws_iam_role", account.roleID, "arn"))
    return resourceBlock("aws_api_gateway_account", account.id, block)
  }

  func translateRestApi(_ api: RestApi) -> [HCL.Block] {
    let apiID = TerraformValues.address("aws_api_gateway_rest_api", api.id, "id")
    var main = TerraformBlockBuilder()
    main.set("name", api.physicalName)
    main.setTags(api.tags)
    main.block("endpoint_configuration") { $0.set("types", .tuple([.string("REGIONAL")])) }
    var blocks = [resourceBlock("aws_api_gateway_rest_api", api.id, main)]
    for path in api.resourcePaths {
      let parentPath = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
      var resource = TerraformBlockBuilder()
      resource.set("rest_api_id", apiID)
      resource.set(
        "parent_id",
        parentPath.isEmpty
          ? TerraformValues.address("aws_api_gateway_rest_api", api.id, "root_resource_id")
          : TerraformValues.address("aws_api_gateway_resource", api.resourceID(parentPath), "id"))
      resource.set("path_part", String(path[path.index(after: path.lastIndex(of: "/")!)...]))
      blocks.append(resourceBlock("aws_api_gateway_resource", api.resourceID(path), resource))
    }
    var integrations: [ResourceID] = []
    for (position, method) in api.methods.enumerated() {
      let methodID = api.part("method-\(position + 1)")
      let resourceID = method.path == "/" || method.path.isEmpty
        ? TerraformValues.address("aws_api_gateway_rest_api", api.id, "root_resource_id")
        : TerraformValues.address("aws_api_gateway_resource", api.resourceID(method.path), "id")
      var block = TerraformBlockBuilder()
      block.set("rest_api_id", apiID)
      block.set("resource_id", resourceID)
      block.set("http_method", method.httpMethod)
      block.set("authorization", "NONE")
      block.set("api_key_required", method.apiKeyRequired)
      blocks.append(resourceBlock("aws_api_gateway_method", methodID, block))
      var integration = TerraformBlockBuilder()
      integration.set("rest_api_id", apiID)
      integration.set("resource_id", resourceID)
      integration.set("http_method", TerraformValues.address("aws_api_gateway_method", methodID, "http_method"))
      integration.set("type", "AWS_PROXY")
      integration.set("integration_http_method", "POST")
      integration.set("uri", TerraformValues.address("aws_lambda_function", method.function, "invoke_arn"))
      blocks.append(resourceBlock("aws_api_gateway_integration", methodID, integration))
      integrations.append(methodID)
    }
    var deployment = TerraformBlockBuilder()
    deployment.set("rest_api_id", apiID)
    deployment.set("triggers", .object([("redeployment", .string(api.deploymentHash))]))
    deployment.block("lifecycle") { $0.set("create_before_destroy", true) }
    for integration in integrations { deployment.dependOn(["aws_api_gateway_integration", integration.terraformName]) }
    blocks.append(resourceBlock("aws_api_gateway_deployment", api.id, deployment))
    var stage = TerraformBlockBuilder()
    stage.set("rest_api_id", apiID)
    stage.set("deployment_id", TerraformValues.address("aws_api_gateway_deployment", api.id, "id"))
    stage.set("stage_name", api.stageName)
    stage.set("cache_cluster_enabled", api.cacheSizeGB != nil)
    stage.set("cache_cluster_size", api.cacheSizeGB)
    stage.set("xray_tracing_enabled", true)
    if let logs = api.logGroupID {
      stage.block("access_log_settings") { settings in
        settings.set("destination_arn", TerraformValues.address("aws_cloudwatch_log_group", logs, "arn"))
        settings.set("format", RestApi.accessLogFormat)
      }
    }
    stage.setTags(api.tags)
    if let account = api.accountID { stage.dependOn(["aws_api_gateway_account", account.terraformName]) }
    blocks.append(resourceBlock("aws_api_gateway_stage", api.id, stage))
    if let domain = api.domain {
      var name = TerraformBlockBuilder()
      name.set("domain_name", domain.name)
      name.set("regional_certificate_arn", TerraformValues.traversal(Reference(target: domain.certificate, kind: .certificate, attribute: .arn)))
      name.set("security_policy", "TLS_1_2")
      name.block("endpoint_configuration") { $0.set("types", .tuple([.string("REGIONAL")])) }
      name.setTags(api.tags)
      blocks.append(resourceBlock("aws_api_gateway_domain_name", api.id, name))
      var mapping = TerraformBlockBuilder()
      mapping.set("api_id", apiID)
      mapping.set("domain_name", TerraformValues.address("aws_api_gateway_domain_name", api.id, "domain_name"))
      mapping.set("stage_name", TerraformValues.address("aws_api_gateway_stage", api.id, "stage_name"))
      mapping.set("base_path", domain.basePath)
      blocks.append(resourceBlock("aws_api_gateway_base_path_mapping", api.id, mapping))
    }
    var settings = TerraformBlockBuilder()
    settings.set("rest_api_id", apiID)
    settings.set("stage_name", TerraformValues.address("aws_api_gateway_stage", api.id, "stage_name"))
    settings.set("method_path", "*/*")
    settings.block("settings") { values in
      values.set("metrics_enabled", true)
      values.set("throttling_burst_limit", api.throttling.burst)
      values.set("throttling_rate_limit", .double(api.throttling.rate))
      values.set("caching_enabled", api.cacheSizeGB != nil)
      if api.cacheSizeGB != nil {
        values.set("cache_data_encrypted", true)
        values.set("cache_ttl_in_seconds", api.cacheTTL.seconds)
      }
    }
    blocks.append(resourceBlock("aws_api_gateway_method_settings", api.id, settings))
    for (position, plan) in api.usagePlans.enumerated() {
      var block = TerraformBlockBuilder()
      block.set("name", plan.name)
      block.setTags(api.tags)
      block.block("api_stages") { stages in
        stages.set("api_id", apiID)
        stages.set("stage", TerraformValues.address("aws_api_gateway_stage", api.id, "stage_name"))
      }
      if let limit = plan.requestsPerDay {
        block.block("quota_settings") { quota in
          quota.set("limit", limit)
          quota.set("period", "DAY")
        }
      }
      block.block("throttle_settings") { throttle in
        throttle.set("burst_limit", plan.throttling.burst)
        throttle.set("rate_limit", .double(plan.throttling.rate))
      }
      blocks.append(resourceBlock("aws_api_gateway_usage_plan", api.part("plan-\(position + 1)"), block))
    }
    return blocks
  }
}
