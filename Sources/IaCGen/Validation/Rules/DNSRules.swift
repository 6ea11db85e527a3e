// Rules for Route 53 hosted zones.

enum DNSRules {
  static let all: [Rule] = [routing, records, healthChecks]

  /// What a zone's findings are about, and how they name it: the declared zone, or the
  /// first record of an existing one.
  static func subject(_ zone: ZoneReference, _ records: [ZoneRecord], _ context: RuleContext) -> (ResourceModel, String)? {
    switch zone {
    case .declared(let id):
      guard let declared = context.resource(id) else { return nil }  // STK003 reports it
      return (declared, "hosted zone '\(id)'")
    case .existing(let existing):
      guard let first = records.first else { return nil }
      return (.zoneRecord(first), "zone \(existing.domain) (\(existing.id))")
    }
  }

  static let routing = Rule(
    "R53001", .error, "Latency, failover and weighted records have set identifiers, unique per name and type; latency Regions are known",
    source: "ChangeResourceRecordSets: SetIdentifier; https://docs.aws.amazon.com/Route53/latest/APIReference/API_ResourceRecordSet.html"
  ) { context in
    for (zone, records) in context.stack.recordsByZone {
      guard let (about, what) = subject(zone, records, context) else { continue }
      var seen = Set<String>()
      for zoneRecord in records {
        let record = zoneRecord.record
        let routed: Bool
        if case .simple = record.routing { routed = false } else { routed = true }
        let key = "\(zoneRecord.name) \(record.target.recordType) \(record.setIdentifier ?? "")"
        if routed && record.setIdentifier == nil {
          context.report("\(what) routes record '\(record.name)' without a set identifier", about: about)
        } else if !seen.insert(key).inserted {
          context.report(
            "\(what) declares record '\(record.name)' (\(record.target.recordType)) twice; give routed records distinct set identifiers",
            about: about)
        }
        if case .latency(let region, _) = record.routing, !Region.knownCodes.contains(region.code) {
          context.report("\(what) record '\(record.name)' routes by latency to unknown Region '\(region.code)'", about: about)
        }
      }
    }
  }

  static let records = Rule(
    "R53002", .error, "Records have a known type and values; CNAMEs are not at the apex; TTLs are 0 to 2,147,483,647 s; existing zone IDs look like Route 53's",
    source: "Route 53 record types; RFC 1034 (no CNAME at the apex); hosted zone IDs are Z followed by up to 32 letters and digits; https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/ResourceRecordTypes.html"
  ) { context in
    let types: Set<String> = ["A", "AAAA", "CAA", "CNAME", "MX", "NS", "PTR", "SRV", "TXT", "DS"]
    for (zone, records) in context.stack.recordsByZone {
      guard let (about, what) = subject(zone, records, context) else { continue }
      if case .existing(let existing) = zone {
        let id = existing.id
        if !(id.hasPrefix("Z") && (2...33).contains(id.count) && id.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) }) {
          context.report("\(what) has ID '\(id)', which is not a Route 53 hosted zone ID (Z and up to 32 capital letters and digits)", about: about)
        }
      }
      for zoneRecord in records {
        let record = zoneRecord.record
        guard case .values(let type, let values, let ttl) = record.target else { continue }
        if !types.contains(type) || values.isEmpty || ttl.seconds < 0 {
          context.report("\(what) record '\(record.name)' has type '\(type)' with \(values.count) values; use a known type and at least one value", about: about)
        } else if type == "CNAME" && record.name == "@" {
          context.report("\(what) puts a CNAME at the apex; use an alias record instead", about: about)
        }
      }
    }
  }

  static let healthChecks = Rule(
    "R53003", .error, "Health checks: failure threshold 1-10, interval 10 or 30 seconds", source: "CreateHealthCheck; https://docs.aws.amazon.com/Route53/latest/APIReference/API_HealthCheckConfig.html"
  ) { context in
    for resource in context.stack.resources {
      guard case .recordHealthCheck(let health) = resource else { continue }
      let check = health.check
      if !(1...10).contains(check.failureThreshold) || ![10, 30].contains(check.interval.seconds) {
        context.report(
          "health check '\(check.name)' fails after \(check.failureThreshold) checks every \(check.interval); use 1 to 10 checks every 10 or 30 s",
          about: resource)
      }
    }
  }
}
