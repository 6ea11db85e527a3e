// ZoneRecord -> AWS::Route53::RecordSet; HostedZone -> AWS::Route53::HostedZone, HealthCheck, RecordSet.

import JSONSyntax

extension CloudFormationEmitter {
  /// CloudFront's hosted zone ID for alias records.
  static let cloudFrontHostedZoneID = "Z2FDTNDATAQYW2"

  func translateHostedZone(_ zone: HostedZone) -> [CloudFormationResource] {
    var main = CloudFormationProperties()
    main.set("Name", zone.domain)
    main.set("HostedZoneTags", CloudFormationValues.tags(zone.tags))
    var resources = [CloudFormationResource(logicalID: zone.id.logicalID, type: "AWS::Route53::HostedZone", properties: main)]
    for check in zone.healthChecks {
      var properties = CloudFormationProperties()
      properties.set("HealthCheckConfig", .object([
        .init("FailureThreshold", .int(check.failureThreshold)),
        .init("FullyQualifiedDomainName", .string(check.domain)),
        .init("Port", .int(443)),
        .init("RequestInterval", .int(check.interval.seconds)),
        .init("ResourcePath", .string(check.path)),
        .init("Type", .string("HTTPS")),
      ]))
      properties.set("HealthCheckTags", CloudFormationValues.tags(Tag.merged(zone.tags, [Tag("Name", check.name)])))
      resources.append(CloudFormationResource(logicalID: zone.part("check-" + check.name).logicalID, type: "AWS::Route53::HealthCheck", properties: properties))
    }
    return resources
  }

  func translateZoneRecord(_ zoneRecord: ZoneRecord) -> CloudFormationResource {
    let record = zoneRecord.record
    func alias(_ name: JSON.Value, _ zone: JSON.Value, evaluateHealth: Bool) -> JSON.Value {
      .object([.init("DNSName", name), .init("EvaluateTargetHealth", .bool(evaluateHealth)), .init("HostedZoneId", zone)])
    }
    var properties = CloudFormationProperties()
    properties.set("HostedZoneId", CloudFormationValues.ref(zoneRecord.zone.logicalID))
    properties.set("Name", zoneRecord.name + ".")
    properties.set("Type", record.target.recordType)
    properties.set("SetIdentifier", record.setIdentifier)
    switch record.target {
    case .values(_, let values, let ttl):
      properties.set("TTL", String(ttl.seconds))
      properties.set("ResourceRecords", .array(values.map(JSON.Value.string)))
    case .alias(let target):
      switch target {
      case .distribution(let id):
        properties.set("AliasTarget", alias(CloudFormationValues.getAtt(id.logicalID, "DomainName"), .string(Self.cloudFrontHostedZoneID), evaluateHealth: false))
      case .loadBalancer(let id):
        properties.set(
          "AliasTarget",
          alias(CloudFormationValues.getAtt(id.logicalID, "DNSName"), CloudFormationValues.getAtt(id.logicalID, "CanonicalHostedZoneID"), evaluateHealth: true))
      case .httpApi(let id), .restApi(let id):
        let domain = id.appending("domain").logicalID
        properties.set(
          "AliasTarget",
          alias(CloudFormationValues.getAtt(domain, "RegionalDomainName"), CloudFormationValues.getAtt(domain, "RegionalHostedZoneId"), evaluateHealth: false))
      }
    }
    switch record.routing {
    case .simple: break
    case .latency(let region): properties.set("Region", region.code)
    case .failover(let role, let check):
      properties.set("Failover", role.rawValue)
      if let check { properties.set("HealthCheckId", CloudFormationValues.ref(zoneRecord.zone.appending("check-" + check).logicalID)) }
    case .weighted(let weight): properties.set("Weight", weight)
    }
    return CloudFormationResource(logicalID: zoneRecord.id.logicalID, type: "AWS::Route53::RecordSet", properties: properties)
  }
}
