// Rules for Route 53 hosted zones.

enum DNSRules {
  static let all: [Rule] = [routing, records, healthChecks]

  static let routing = Rule(
    "R53001", .error, "Latency, failover and weighted records have set identifiers, unique per name and type; failover health checks exist",
    source: "ChangeResourceRecordSets: SetIdentifier"
  ) { context in
    for zone in context.stack.hostedZones {
      var seen = Set<String>()
      let checks = Set(zone.healthChecks.map(\.name))
      for record in context.stack.records(of: zone) {
        let routed: Bool
        if case .simple = record.routing { routed = false } else { routed = true }
        let key = "\(record.name) \(record.target.recordType) \(record.setIdentifier ?? "")"
        if routed && record.setIdentifier == nil {
          context.report("hosted zone '\(zone.id)' routes record '\(record.name)' without a set identifier", about: .hostedZone(zone))
        } else if !seen.insert(key).inserted {
          context.report(
            "hosted zone '\(zone.id)' declares record '\(record.name)' (\(record.target.recordType)) twice; give routed records distinct set identifiers",
            about: .hostedZone(zone))
        }
        if case .failover(_, let check?) = record.routing, !checks.contains(check) {
          context.report("hosted zone '\(zone.id)' record '\(record.name)' uses health check '\(check)', which the zone does not declare", about: .hostedZone(zone))
        }
        if case .latency(let region) = record.routing, !Region.knownCodes.contains(region.code) {
          context.report("hosted zone '\(zone.id)' record '\(record.name)' routes by latency to unknown Region '\(region.code)'", about: .hostedZone(zone))
        }
      }
    }
  }

  static let records = Rule(
    "R53002", .error, "Records have a known type and values; CNAMEs are not at the apex; TTLs are 0 to 2,147,483,647 s",
    source: "Route 53 record types; RFC 1034 (no CNAME at the apex)"
  ) { context in
    let types: Set<String> = ["A", "AAAA", "CAA", "CNAME", "MX", "NS", "PTR", "SRV", "TXT", "DS"]
    for zone in context.stack.hostedZones {
      for record in context.stack.records(of: zone) {
        guard case .values(let type, let values, let ttl) = record.target else { continue }
        if !types.contains(type) || values.isEmpty || ttl.seconds < 0 {
          context.report("hosted zone '\(zone.id)' record '\(record.name)' has type '\(type)' with \(values.count) values; use a known type and at least one value", about: .hostedZone(zone))
        } else if type == "CNAME" && record.name == "@" {
          context.report("hosted zone '\(zone.id)' puts a CNAME at the apex; use an alias record instead", about: .hostedZone(zone))
        }
      }
    }
  }

  static let healthChecks = Rule(
    "R53003", .error, "Health checks: failure threshold 1-10, interval 10 or 30 seconds", source: "CreateHealthCheck"
  ) { context in
    for zone in context.stack.hostedZones {
      for check in zone.healthChecks where !(1...10).contains(check.failureThreshold) || ![10, 30].contains(check.interval.seconds) {
        context.report(
          "hosted zone '\(zone.id)' health check '\(check.name)' fails after \(check.failureThreshold) checks every \(check.interval); use 1 to 10 checks every 10 or 30 s",
          about: .hostedZone(zone))
      }
    }
  }
}
