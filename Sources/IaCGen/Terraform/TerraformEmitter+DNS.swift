// HostedZone -> aws_route53_zone; RecordHealthCheck -> aws_route53_health_check; ZoneRecord -> aws_route53_record.

import HCL

extension TerraformEmitter {
  func translateHostedZone(_ zone: HostedZone) -> [HCL.Block] {
    var main = TerraformBlockBuilder()
    main.set("name", zone.domain)
    main.setTags(zone.tags)
    return [resourceBlock("aws_route53_zone", zone.id, main)]
  }

  func translateRecordHealthCheck(_ health: RecordHealthCheck) -> HCL.Block {
    let check = health.check
    var block = TerraformBlockBuilder()
    block.set("fqdn", check.domain)
    block.set("port", 443)
    block.set("type", "HTTPS")
    block.set("resource_path", check.path)
    block.set("failure_threshold", check.failureThreshold)
    block.set("request_interval", check.interval.seconds)
    block.setTags(health.tags)
    return resourceBlock("aws_route53_health_check", health.id, block)
  }

  /// The zone ID of a declared or existing zone.
  static func zoneID(_ zone: ZoneReference) -> HCL.Expression {
    switch zone {
    case .declared(let id): return TerraformValues.address("aws_route53_zone", id, "zone_id")
    case .existing(let existing): return .string(existing.id)
    }
  }

  func translateZoneRecord(_ zoneRecord: ZoneRecord) -> HCL.Block {
    let record = zoneRecord.record
    var block = TerraformBlockBuilder()
    block.set("zone_id", Self.zoneID(zoneRecord.zone))
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
    case .latency(let region, _): block.block("latency_routing_policy") { $0.set("region", region.code) }
    case .failover(let role, _): block.block("failover_routing_policy") { $0.set("type", role.rawValue) }
    case .weighted(let weight): block.block("weighted_routing_policy") { $0.set("weight", weight) }
    }
    if let check = zoneRecord.healthCheckID { block.set("health_check_id", TerraformValues.address("aws_route53_health_check", check, "id")) }
    return resourceBlock("aws_route53_record", zoneRecord.id, block)
  }
}
