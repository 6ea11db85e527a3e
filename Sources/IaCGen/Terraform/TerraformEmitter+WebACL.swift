// WebACL -> aws_wafv2_web_acl + aws_wafv2_web_acl_association.

import HCL

extension TerraformEmitter {
  func translateWebACL(_ acl: WebACL, in index: ModelIndex) -> [HCL.Block] {
    func visibility(_ block: inout TerraformBlockBuilder, _ metric: String) {
      block.block("visibility_config") { config in
        config.set("cloudwatch_metrics_enabled", true)
        config.set("metric_name", metric)
        config.set("sampled_requests_enabled", true)
      }
    }
    var main = TerraformBlockBuilder()
    main.set("name", acl.physicalName)
    main.set("scope", acl.scope.rawValue)
    main.setTags(acl.tags)
    main.block("default_action") { $0.block("allow") { _ in } }
    for (position, group) in acl.managedRules.enumerated() {
      main.block("rule") { rule in
        rule.set("name", group.name)
        rule.set("priority", position)
        rule.block("override_action") { $0.block("none") { _ in } }
        rule.block("statement") { statement in
          statement.block("managed_rule_group_statement") { managed in
            managed.set("name", group.name)
            managed.set("vendor_name", "AWS")
          }
        }
        visibility(&rule, group.name)
      }
    }
    if let limit = acl.rateLimitPerIP {
      main.block("rule") { rule in
        rule.set("name", "rate-limit-per-ip")
        rule.set("priority", acl.managedRules.count)
        rule.block("action") { $0.block("block") { _ in } }
        rule.block("statement") { statement in
          statement.block("rate_based_statement") { rate in
            rate.set("aggregate_key_type", "IP")
            rate.set("limit", limit)
          }
        }
        visibility(&rule, "rate-limit-per-ip")
      }
    }
    visibility(&main, acl.physicalName)
    var blocks = [resourceBlock("aws_wafv2_web_acl", acl.id, main)]
    for protected in acl.protects {
      var association = TerraformBlockBuilder()
      association.set("web_acl_arn", TerraformValues.address("aws_wafv2_web_acl", acl.id, "arn"))
      switch protected {
      case .loadBalancer(let id): association.set("resource_arn", TerraformValues.address("aws_lb", id, "arn"))
      case .restApi(let id): association.set("resource_arn", TerraformValues.address("aws_api_gateway_stage", id, "arn"))
      }
      blocks.append(resourceBlock("aws_wafv2_web_acl_association", acl.part("protects-" + protected.resource.rawValue), association))
    }
    return blocks
  }
}
