// HostedZone -> AWS::Route53::HostedZone; RecordHealthCheck -> AWS::Route53::HealthCheck; ZoneRecord -> AWS::Route53::RecordSet.

import JSONSyntax

extension CloudFormationEmitter {
  /// CloudFront's hosted zone ID for alias records.
  static let cloudFrontHostedZoneID = "Z2FDTNDATAQYW2"

  func translateHostedZone(_ zone: HostedZone) -> CloudFormationResource {
    var main = CloudFormationProperties()
    main.set("Name", zone.domain)
    main.set("HostedZoneTags", CloudFormationValues.tags(zone.tags))
    return CloudFormationResource(logicalID: zone.id.logicalID, type: "AWS::Route53::HostedZone", properties: main)
  }

  func translateRecordHealthCheck(_ health: RecordHealthCheck) -> CloudFormationResource {
    let check = health.check
    var properties = CloudFormationProperties()
    properties.set("HealthCheckConfig", .object([
      .init("FailureThreshold", .int(check.failureThreshold)),
      .init("FullyQualifiedDomainName", .string(check.domain)),
      .init("Port", .int(443)),
      .init("RequestInterval", .int(check.interval.seconds)),
      .init("ResourcePath", .string(check.path)),
      .init("Type", .string("HTTPS")),
    ]))
    properties.set("HealthCheckTags", CloudFormationValues.tags(health.tags))
    return CloudFormationResource(logicalID: health.id.logicalID, type: "AWS::Route53::HealthCheck", properties: properties)
  }

  /// The zone ID of a declared or existing zone.
  static func zoneID(_ zone: ZoneReference) -> JSON.Value {
    switch zone {
    case .declared(let id): return CloudFormationValues.ref(id.logicalID)
    case .existing(let existing): return .string(existing.id)
    }
  }

  func translateZoneRecord(_ zoneRecord: ZoneRecord) -> CloudFormationResource {
    let record = zoneRecord.record
    func alias(_ name: JSON.Value, _ zone: JSON.Value, evaluateHealth: Bool) -> JSON.Value {
      .object([.init("DNSName", name), .init("EvaluateTargetHealth", .bool(evaluateHealth)), .init("HostedZoneId", zone)])
    }
    var properties = CloudFormationProperties()
    properties.set("HostedZoneId", Self.zoneID(zoneRecord.zone))
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
    case .latency(let region, _): properties.set("Region", region.code)
    case .failover(let role, _): properties.set("Failover", role.rawValue)
    case .weighted(let weight): properties.set("Weight", weight)
    }
    if let check = zoneRecord.healthCheckID { properties.set("HealthCheckId", CloudFormationValues.ref(check.logicalID)) }
    return CloudFormationResource(logicalID: zoneRecord.id.logicalID, type: "AWS::Route53::RecordSet", properties: properties)
  }
}
