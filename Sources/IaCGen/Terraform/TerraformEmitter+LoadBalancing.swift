// LoadBalancer -> aws_lb, listeners, listener rules; TargetGroup -> aws_lb_target_group.

import HCL

extension TerraformEmitter {
  /// The TLS policy of HTTPS listeners (TLS 1.3 and 1.2).
  static let sslPolicy = "ELBSecurityPolicy-TLS13-1-2-2021-06"

  func translateLoadBalancer(_ balancer: LoadBalancer, in index: ModelIndex) -> [HCL.Block] {
    var main = TerraformBlockBuilder()
    main.set("name", balancer.physicalName)
    main.set("internal", !balancer.internetFacing)
    main.set("load_balancer_type", "application")
    main.set("drop_invalid_header_fields", true)
    main.set("enable_deletion_protection", balancer.deletionProtection)
    main.set("idle_timeout", balancer.idleTimeout.seconds)
    main.set("security_groups", securityGroups(balancer.securityGroupID))
    let zones = index.network(balancer.networkID)?.zones ?? 0
    let tier = balancer.internetFacing ? "public" : "private"
    main.set(
      "subnets",
      .tuple((0..<zones).map { TerraformValues.address("aws_subnet", Network.part(of: balancer.networkID, tier, $0), "id") }))
    main.setTags(balancer.tags)
    var blocks = [resourceBlock("aws_lb", balancer.id, main)]

    let lbArn = TerraformValues.address("aws_lb", balancer.id, "arn")
    func forward(_ block: inout TerraformBlockBuilder, to group: ResourceID) {
      block.set("target_group_arn", TerraformValues.address("aws_lb_target_group", group, "arn"))
      block.set("type", "forward")
    }
    var http = TerraformBlockBuilder()
    http.set("load_balancer_arn", lbArn)
    http.set("port", 80)
    http.set("protocol", "HTTP")
    http.setTags(balancer.tags)
    if balancer.certificateArn != nil {
      http.block("default_action") { action in
        action.set("type", "redirect")
        action.block("redirect") { redirect in
          redirect.set("port", "443")
          redirect.set("protocol", "HTTPS")
          redirect.set("status_code", "HTTP_301")
        }
      }
    } else {
      http.block("default_action") { forward(&$0, to: balancer.defaultTarget) }
    }
    blocks.append(resourceBlock("aws_lb_listener", balancer.part("http"), http))
    if let certificate = balancer.certificateArn {
      var https = TerraformBlockBuilder()
      https.set("certificate_arn", certificate)
      https.set("load_balancer_arn", lbArn)
      https.set("port", 443)
      https.set("protocol", "HTTPS")
      https.set("ssl_policy", Self.sslPolicy)
      https.setTags(balancer.tags)
      https.block("default_action") { forward(&$0, to: balancer.defaultTarget) }
      blocks.append(resourceBlock("aws_lb_listener", balancer.part("https"), https))
    }
    let serving = listenerIDs(balancer).last!
    for (position, route) in balancer.routes.enumerated() {
      var rule = TerraformBlockBuilder()
      rule.set("listener_arn", TerraformValues.address("aws_lb_listener", serving, "arn"))
      rule.set("priority", (position + 1) * 10)
      rule.block("action") { forward(&$0, to: route.target) }
      rule.block("condition") { condition in
        condition.block("path_pattern") { $0.set("values", .tuple(route.paths.map(HCL.Expression.string))) }
      }
      rule.setTags(balancer.tags)
      blocks.append(resourceBlock("aws_lb_listener_rule", balancer.part("route-\(position + 1)"), rule))
    }
    return blocks
  }

  func translateTargetGroup(_ group: TargetGroup) -> HCL.Block {
    var block = TerraformBlockBuilder()
    block.set("name", group.physicalName)
    block.set("port", group.port)
    block.set("protocol", "HTTP")
    block.set("target_type", group.targetType.rawValue)
    block.set("vpc_id", TerraformValues.address("aws_vpc", group.network, "id"))
    block.set("deregistration_delay", String(group.deregistrationDelay.seconds))
    block.setTags(group.tags)
    block.block("health_check") { check in
      check.set("enabled", true)
      check.set("healthy_threshold", group.healthCheck.healthyThreshold)
      check.set("interval", group.healthCheck.interval.seconds)
      check.set("matcher", group.healthCheck.matcher)
      check.set("path", group.healthCheck.path)
      check.set("protocol", "HTTP")
      check.set("timeout", group.healthCheck.timeout.seconds)
      check.set("unhealthy_threshold", group.healthCheck.unhealthyThreshold)
    }
    block.block("stickiness") { stickiness in
      stickiness.set("cookie_duration", group.stickiness?.seconds ?? 86_400)
      stickiness.set("enabled", group.stickiness != nil)
      stickiness.set("type", "lb_cookie")
    }
    return resourceBlock("aws_lb_target_group", group.id, block)
  }
}
