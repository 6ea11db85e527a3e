// HostedZone -> aws_route53_zone, aws_route53_health_check; ZoneRecord -> aws_route53_record.

import HCL

extension TerraformEmitter {
  func translateHostedZone(_ zone: HostedZone) -> [HCL.Block] {
    var main = TerraformBlockBuilder()
    main.set("name", zone.domain)
    main.setTags(zone.tags)
    var blocks = [resourceBlock("aws_route53_zone", zone.id, main)]
    for check in zone.healthChecks {
      var block = TerraformBlockBuilder()
      block.set("fqdn", check.domain)
      block.set("port", 443)
      block.set("type", "HTTPS")
      block.set("resource_path", check.path)
      block.set("failure_threshold", check.failureThreshold)
      block.set("request_interval", check.interval.seconds)
      block.setTags(Tag.merged(zone.tags, [Tag("Name", check.name)]))
      blocks.append(resourceBlock("aws_route53_health_check", zone.part("check-" + check.name), block))
    }
    return blocks
  }

  func translateZoneRecord(_ zoneRecord: ZoneRecord) -> HCL.Block {
    let record = zoneRecord.record
    var block = TerraformBlockBuilder()
    block.set("zone_id", TerraformValues.address("aws_route53_zone", zoneRecord.zone, "zone_id"))
    block.set("name", zoneRecord.name)
    block.set("type", record.target.recordType)
    block.set("set_identifier", record.setIdentifier)
    switch record.target {
    case .values(_, let values, let ttl):
      block.set("ttl", ttl.seconds)
      block.set("records", .tuple(values.map(HCL.Expression.string)))
    case .alias(let target):
      block.block("alias") { alias in
        switch target {
        case .distribution(let id):
          alias.set("name", TerraformValues.address("aws_cloudfront_distribution", id, "domain_name"))
          alias.set("zone_id", TerraformValues.address("aws_cloudfront_distribution", id, "hosted_zone_id"))
          alias.set("evaluate_target_health", false)
        case .loadBalancer(let id):
          alias.set("name", TerraformValues.address("aws_lb", id, "dns_name"))
          alias.set("zone_id", TerraformValues.address("aws_lb", id, "zone_id"))
          alias.set("evaluate_target_health", true)
        case .httpApi(let id):
          let configuration = HCL.Expression.index(TerraformValues.address("aws_apigatewayv2_domain_name", id, "domain_name_configuration"), 0)
          alias.set("name", .attribute(configuration, "target_domain_name"))
          alias.set("zone_id", .attribute(configuration, "hosted_zone_id"))
          alias.set("evaluate_target_health", false)
        case .restApi(let id):
          alias.set("name", TerraformValues.address("aws_api_gateway_domain_name", id, "regional_domain_name"))
          alias.set("zone_id", TerraformValues.address("aws_api_gateway_domain_name", id, "regional_zone_id"))
          alias.set("evaluate_target_health", false)
        }
      }
    }
    switch record.routing {
    case .simple: break
    case .latency(let region): block.block("latency_routing_policy") { $0.set("region", region.code) }
    case .failover(let role, let check):
      block.block("failover_routing_policy") { $0.set("type", role.rawValue) }
      if let check {
        block.set("health_check_id", TerraformValues.address("aws_route53_health_check", zoneRecord.zone.appending("check-" + check), "id"))
      }
    case .weighted(let weight): block.block("weighted_routing_policy") { $0.set("weight", weight) }
    }
    return resourceBlock("aws_route53_record", zoneRecord.id, block)
  }
}
