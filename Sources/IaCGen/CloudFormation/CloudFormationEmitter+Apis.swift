// HttpApi -> AWS::ApiGatewayV2::*; RestApi -> AWS::ApiGateway::*; ApiGatewayAccount -> AWS::ApiGateway::Account.

import JSONSyntax

extension CloudFormationEmitter {
  func translateHttpApi(_ api: HttpApi) -> [CloudFormationResource] {
    var main = CloudFormationProperties()
    main.set("Name", api.physicalName)
    main.set("ProtocolType", "HTTP")
    if !api.corsOrigins.isEmpty {
      main.set("CorsConfiguration", .object([
        .init("AllowHeaders", .array([.string("authorization"), .string("content-type")])),
        .init("AllowMethods", .array(["GET", "POST", "PUT", "DELETE", "OPTIONS"].map(JSON.Value.string))),
        .init("AllowOrigins", .array(api.corsOrigins.map(JSON.Value.string))),
        .init("MaxAge", .int(3600)),
      ]))
    }
    if !api.tags.isEmpty { main.set("Tags", .object(api.tags.map { .init($0.key, .string($0.value)) })) }
    var resources = [CloudFormationResource(logicalID: api.id.logicalID, type: "AWS::ApiGatewayV2::Api", properties: main)]
    let apiRef = CloudFormationValues.ref(api.id.logicalID)
    for function in api.functions {
      var integration = CloudFormationProperties()
      integration.set("ApiId", apiRef)
      integration.set("IntegrationType", "AWS_PROXY")
      integration.set("IntegrationMethod", "POST")
      integration.set("IntegrationUri", CloudFormationValues.getAtt(function.logicalID, "Arn"))
      integration.set("PayloadFormatVersion", "2.0")
      resources.append(CloudFormationResource(logicalID: api.part(function.rawValue).logicalID, type: "AWS::ApiGatewayV2::Integration", properties: integration))
    }
    for (position, route) in api.routes.enumerated() {
      var properties = CloudFormationProperties()
      properties.set("ApiId", apiRef)
      properties.set("RouteKey", route.key)
      properties.set("Target", .object([.init("Fn::Sub", .string("integrations/${\(api.part(route.function.rawValue).logicalID)}"))]))
      resources.append(CloudFormationResource(logicalID: api.part("route-\(position + 1)").logicalID, type: "AWS::ApiGatewayV2::Route", properties: properties))
    }
    var stage = CloudFormationProperties()
    stage.set("ApiId", apiRef)
    stage.set("StageName", "$default")
    stage.set("AutoDeploy", true)
    if let logs = api.logGroupID {
      stage.set("AccessLogSettings", .object([
        .init("DestinationArn", CloudFormationValues.json(.reference(Reference(target: logs, kind: .logGroup, attribute: .arn)))),
        .init("Format", .string(HttpApi.accessLogFormat)),
      ]))
    }
    stage.set("DefaultRouteSettings", .object([
      .init("ThrottlingBurstLimit", .int(api.throttling.burst)), .init("ThrottlingRateLimit", .double(api.throttling.rate)),
    ]))
    if !api.tags.isEmpty { stage.set("Tags", .object(api.tags.map { .init($0.key, .string($0.value)) })) }
    resources.append(CloudFormationResource(logicalID: api.part("stage").logicalID, type: "AWS::ApiGatewayV2::Stage", properties: stage))
    if let domain = api.domain {
      var name = CloudFormationProperties()
      name.set("DomainName", domain.name)
      name.set("DomainNameConfigurations", .array([.object([
        .init("CertificateArn", CloudFormationValues.ref(domain.certificate.logicalID)),
        .init("EndpointType", .string("REGIONAL")), .init("SecurityPolicy", .string("TLS_1_2")),
      ])]))
      if !api.tags.isEmpty { name.set("Tags", .object(api.tags.map { .init($0.key, .string($0.value)) })) }
      resources.append(CloudFormationResource(logicalID: api.part("domain").logicalID, type: "AWS::ApiGatewayV2::DomainName", properties: name))
      var mapping = CloudFormationProperties()
      mapping.set("ApiId", apiRef)
      mapping.set("DomainName", CloudFormationValues.ref(api.part("domain").logicalID))
      mapping.set("Stage", CloudFormationValues.ref(api.part("stage").logicalID))
      mapping.set("ApiMappingKey", domain.basePath)
      resources.append(CloudFormationResource(logicalID: api.part("mapping").logicalID, type: "AWS::ApiGatewayV2::ApiMapping", properties: mapping))
    }
    return resources
  }

  func translateApiGatewayAccount(_ account: ApiGatewayAccount) -> CloudFormationResource {
    var properties = CloudFormationProperties()
    properties.set("CloudWatchRoleArn", CloudFormationValues.getAtt(account.roleID.logicalID, "Arn"))
    return CloudFormationResource(logicalID: account.id.logicalID, type: "AWS::ApiGateway::Account", properties: properties)
  }

  func translateRestApi(_ api: RestApi) -> [CloudFormationResource] {
    let apiRef = CloudFormationValues.ref(api.id.logicalID)
    var main = CloudFormationProperties()
    main.set("Name", api.physicalName)
    main.set("EndpointConfiguration", .object([.init("Types", .array([.string("REGIONAL")]))]))
    main.set("Tags", CloudFormationValues.tags(api.tags))
    var resources = [CloudFormationResource(logicalID: api.id.logicalID, type: "AWS::ApiGateway::RestApi", properties: main)]
    for path in api.resourcePaths {
      let parentPath = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
      var resource = CloudFormationProperties()
      resource.set("RestApiId", apiRef)
      resource.set(
        "ParentId",
        parentPath.isEmpty ? CloudFormationValues.getAtt(api.id.logicalID, "RootResourceId") : CloudFormationValues.ref(api.resourceID(parentPath).logicalID))
      resource.set("PathPart", String(path[path.index(after: path.lastIndex(of: "/")!)...]))
      resources.append(CloudFormationResource(logicalID: api.resourceID(path).logicalID, type: "AWS::ApiGateway::Resource", properties: resource))
    }
    var methodIDs: [String] = []
    for (position, method) in api.methods.enumerated() {
      var properties = CloudFormationProperties()
      properties.set("RestApiId", apiRef)
      properties.set(
        "ResourceId",
        method.path == "/" || method.path.isEmpty
          ? CloudFormationValues.getAtt(api.id.logicalID, "RootResourceId") : CloudFormationValues.ref(api.resourceID(method.path).logicalID))
      properties.set("HttpMethod", method.httpMethod)
      properties.set("AuthorizationType", "NONE")
      properties.set("ApiKeyRequired", method.apiKeyRequired)
      properties.set("Integration", .object([
        .init("IntegrationHttpMethod", .string("POST")),
        .init("Type", .string("AWS_PROXY")),
        .init("Uri", .object([.init("Fn::Sub", .string(
          "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${\(method.function.logicalID).Arn}/invocations"))])),
      ]))
      let id = api.part("method-\(position + 1)").logicalID
      methodIDs.append(id)
      resources.append(CloudFormationResource(logicalID: id, type: "AWS::ApiGateway::Method", properties: properties))
    }
    // CloudFormation never redeploys a deployment in place; a new logical ID per method set does.
    let deploymentID = api.id.logicalID + "Deployment" + api.deploymentHash
    var deployment = CloudFormationProperties()
    deployment.set("RestApiId", apiRef)
    resources.append(CloudFormationResource(logicalID: deploymentID, type: "AWS::ApiGateway::Deployment", properties: deployment, dependsOn: methodIDs))
    var settings: [JSON.Member] = [
      .init("CachingEnabled", .bool(api.cacheSizeGB != nil)),
      .init("HttpMethod", .string("*")),
      .init("MetricsEnabled", .bool(true)),
      .init("ResourcePath", .string("/*")),
      .init("ThrottlingBurstLimit", .int(api.throttling.burst)),
      .init("ThrottlingRateLimit", .double(api.throttling.rate)),
    ]
    if api.cacheSizeGB != nil {
      settings += [.init("CacheDataEncrypted", .bool(true)), .init("CacheTtlInSeconds", .int(api.cacheTTL.seconds))]
    }
    var stage = CloudFormationProperties()
    stage.set("RestApiId", apiRef)
    stage.set("DeploymentId", CloudFormationValues.ref(deploymentID))
    stage.set("StageName", api.stageName)
    stage.set("CacheClusterEnabled", api.cacheSizeGB != nil)
    stage.set("CacheClusterSize", api.cacheSizeGB)
    stage.set("TracingEnabled", true)
    if let logs = api.logGroupID {
      stage.set("AccessLogSetting", .object([
        .init("DestinationArn", CloudFormationValues.json(.reference(Reference(target: logs, kind: .logGroup, attribute: .arn)))),
        .init("Format", .string(RestApi.accessLogFormat)),
      ]))
    }
    stage.set("MethodSettings", .array([.sortedObject(settings)]))
    stage.set("Tags", CloudFormationValues.tags(api.tags))
    resources.append(
      CloudFormationResource(
        logicalID: api.part("stage").logicalID, type: "AWS::ApiGateway::Stage", properties: stage, dependsOn: api.accountID.map { [$0.logicalID] } ?? []))
    if let domain = api.domain {
      var name = CloudFormationProperties()
      name.set("DomainName", domain.name)
      name.set("EndpointConfiguration", .object([.init("Types", .array([.string("REGIONAL")]))]))
      name.set("RegionalCertificateArn", CloudFormationValues.ref(domain.certificate.logicalID))
      name.set("SecurityPolicy", "TLS_1_2")
      name.set("Tags", CloudFormationValues.tags(api.tags))
      resources.append(CloudFormationResource(logicalID: api.part("domain").logicalID, type: "AWS::ApiGateway::DomainName", properties: name))
      var mapping = CloudFormationProperties()
      mapping.set("BasePath", domain.basePath)
      mapping.set("DomainName", CloudFormationValues.ref(api.part("domain").logicalID))
      mapping.set("RestApiId", apiRef)
      mapping.set("Stage", CloudFormationValues.ref(api.part("stage").logicalID))
      resources.append(CloudFormationResource(logicalID: api.part("mapping").logicalID, type: "AWS::ApiGateway::BasePathMapping", properties: mapping))
    }
    for (position, plan) in api.usagePlans.enumerated() {
      var properties = CloudFormationProperties()
      properties.set("UsagePlanName", plan.name)
      properties.set("ApiStages", .array([.object([.init("ApiId", apiRef), .init("Stage", CloudFormationValues.ref(api.part("stage").logicalID))])]))
      if let limit = plan.requestsPerDay {
        properties.set("Quota", .object([.init("Limit", .int(limit)), .init("Period", .string("DAY"))]))
      }
      properties.set("Throttle", .object([.init("BurstLimit", .int(plan.throttling.burst)), .init("RateLimit", .double(plan.throttling.rate))]))
      properties.set("Tags", CloudFormationValues.tags(api.tags))
      resources.append(CloudFormationResource(logicalID: api.part("plan-\(position + 1)").logicalID, type: "AWS::ApiGateway::UsagePlan", properties: properties))
    }
    return resources
  }
}
