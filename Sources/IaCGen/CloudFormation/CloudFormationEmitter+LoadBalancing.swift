// LoadBalancer -> ELBv2 LoadBalancer, Listeners, ListenerRules; TargetGroup -> ELBv2 TargetGroup.

import JSONSyntax

extension CloudFormationEmitter {
  func translateLoadBalancer(_ balancer: LoadBalancer, in index: ModelIndex) -> [CloudFormationResource] {
    func attribute(_ key: String, _ value: String) -> JSON.Value {
      .object([.init("Key", .string(key)), .init("Value", .string(value))])
    }
    var main = CloudFormationProperties()
    main.set("Name", balancer.physicalName)
    main.set("Scheme", balancer.internetFacing ? "internet-facing" : "internal")
    main.set("Type", "application")
    main.set("SecurityGroups", securityGroups(balancer.securityGroupID))
    let zones = index.network(balancer.networkID)?.zones ?? 0
    let tier = balancer.internetFacing ? "public" : "private"
    main.set("Subnets", .array((0..<zones).map { CloudFormationValues.ref(Network.part(of: balancer.networkID, tier, $0).logicalID) }))
    main.set(
      "LoadBalancerAttributes",
      .array([
        attribute("deletion_protection.enabled", balancer.deletionProtection ? "true" : "false"),
        attribute("idle_timeout.timeout_seconds", String(balancer.idleTimeout.seconds)),
        attribute("routing.http.drop_invalid_header_fields.enabled", "true"),
      ]))
    main.set("Tags", CloudFormationValues.tags(balancer.tags))
    var resources = [
      CloudFormationResource(
        logicalID: balancer.id.logicalID, type: "AWS::ElasticLoadBalancingV2::LoadBalancer", properties: main)
    ]
    func forward(_ group: ResourceID) -> JSON.Value {
      .object([.init("TargetGroupArn", CloudFormationValues.ref(group.logicalID)), .init("Type", .string("forward"))])
    }
    var http = CloudFormationProperties()
    http.set("LoadBalancerArn", CloudFormationValues.ref(balancer.id.logicalID))
    http.set("Port", 80)
    http.set("Protocol", "HTTP")
    if balancer.certificateArn != nil {
      http.set("DefaultActions", .array([.object([
        .init("RedirectConfig", .object([
          .init("Port", .string("443")), .init("Protocol", .string("HTTPS")), .init("StatusCode", .string("HTTP_301")),
        ])),
        .init("Type", .string("redirect")),
      ])]))
    } else {
      http.set("DefaultActions", .array([forward(balancer.defaultTarget)]))
    }
    resources.append(
      CloudFormationResource(logicalID: balancer.part("http").logicalID, type: "AWS::ElasticLoadBalancingV2::Listener", properties: http))
    if let certificate = balancer.certificateArn {
      var https = CloudFormationProperties()
      https.set("Certificates", .array([.object([.init("CertificateArn", .string(certificate))])]))
      https.set("DefaultActions", .array([forward(balancer.defaultTarget)]))
      https.set("LoadBalancerArn", CloudFormationValues.ref(balancer.id.logicalID))
      https.set("Port", 443)
      https.set("Protocol", "HTTPS")
      https.set("SslPolicy", TerraformEmitter.sslPolicy)
      resources.append(
        CloudFormationResource(
          logicalID: balancer.part("https").logicalID, type: "AWS::ElasticLoadBalancingV2::Listener", properties: https))
    }
    let serving = listenerIDs(balancer).last!
    for (position, route) in balancer.routes.enumerated() {
      var rule = CloudFormationProperties()
      rule.set("Actions", .array([forward(route.target)]))
      rule.set("Conditions", .array([.object([
        .init("Field", .string("path-pattern")),
        .init("PathPatternConfig", .object([.init("Values", .array(route.paths.map(JSON.Value.string)))])),
      ])]))
      rule.set("ListenerArn", CloudFormationValues.ref(serving.logicalID))
      rule.set("Priority", (position + 1) * 10)
      resources.append(
        CloudFormationResource(
          logicalID: balancer.part("route-\(position + 1)").logicalID, type: "AWS::ElasticLoadBalancingV2::ListenerRule",
          properties: rule))
    }
    return resources
  }

  func translateTargetGroup(_ group: TargetGroup) -> CloudFormationResource {
    func attribute(_ key: String, _ value: String) -> JSON.Value {
      .object([.init("Key", .string(key)), .init("Value", .string(value))])
    }
    var properties = CloudFormationProperties()
    properties.set("Name", group.physicalName)
    properties.set("Port", group.port)
    properties.set("Protocol", "HTTP")
    properties.set("TargetType", group.targetType.rawValue)
    properties.set("VpcId", CloudFormationValues.ref(group.network.logicalID))
    properties.set("HealthCheckEnabled", true)
    properties.set("HealthCheckIntervalSeconds", group.healthCheck.interval.seconds)
    properties.set("HealthCheckPath", group.healthCheck.path)
    properties.set("HealthCheckProtocol", "HTTP")
    properties.set("HealthCheckTimeoutSeconds", group.healthCheck.timeout.seconds)
    properties.set("HealthyThresholdCount", group.healthCheck.healthyThreshold)
    properties.set("UnhealthyThresholdCount", group.healthCheck.unhealthyThreshold)
    properties.set("Matcher", .object([.init("HttpCode", .string(group.healthCheck.matcher))]))
    var attributes = [attribute("deregistration_delay.timeout_seconds", String(group.deregistrationDelay.seconds))]
    if let duration = group.stickiness {
      attributes += [
        attribute("stickiness.enabled", "true"), attribute("stickiness.lb_cookie.duration_seconds", String(duration.seconds)),
        attribute("stickiness.type", "lb_cookie"),
      ]
    }
    properties.set("TargetGroupAttributes", .array(attributes))
    properties.set("Tags", CloudFormationValues.tags(group.tags))
    return CloudFormationResource(
      logicalID: group.id.logicalID, type: "AWS::ElasticLoadBalancingV2::TargetGroup", properties: properties)
  }
}
