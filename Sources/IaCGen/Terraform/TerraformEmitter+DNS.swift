// HostedZone -> aws_route53_zone, aws_route53_health_check, aws_route53_record.

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
    for (position, record) in zone.records.enumerated() {
      var block = TerraformBlockBuilder()
      block.set("zone_id", TerraformValues.address("aws_route53_zone", zone.id, "zone_id"))
      block.set("name", zone.fullName(record))
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
          }
        }
      }
      switch record.routing {
      case .simple: break
      case .latency(let region): block.block("latency_routing_policy") { $0.set("region", region.code) }
      case .failover(let role, let check):
        block.block("failover_routing_policy") { $0.set("type", role.rawValue) }
        if let check { block.set("health_check_id", TerraformValues.address("aws_route53_health_check", zone.part("check-" + check), "id")) }
      case .weighted(let weight): block.block("weighted_routing_policy") { $0.set("weight", weight) }
      }
      blocks.append(resourceBlock("aws_route53_record", zone.part("record-\(position + 1)"), block))
    }
    return blocks
  }
}
