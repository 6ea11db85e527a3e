// Rules for ACM certificates and the names that use them.

enum CertificateRules {
  static let all: [Rule] = [names, coverage]

  /// True when `name` is a DNS name with an optional leading wildcard label.
  static func isDomainName(_ name: String) -> Bool {
    let labels = name.split(separator: ".", omittingEmptySubsequences: false)
    guard name.count <= 253, labels.count >= 2 else { return false }
    return labels.enumerated().allSatisfy { position, label in
      if position == 0 && label == "*" { return true }
      return (1...63).contains(label.count) && label.first != "-" && label.last != "-"
        && label.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" }
    }
  }

  /// True when a certificate name (possibly `*.example.com`) covers `domain`.
  static func covers(_ certificateName: String, _ domain: String) -> Bool {
    let name = certificateName.lowercased(), domain = domain.lowercased()
    if name == domain { return true }
    guard name.hasPrefix("*.") else { return false }
    let suffix = name.dropFirst(1)
    return domain.hasSuffix(suffix) && !domain.dropLast(suffix.count).contains(".")
  }

  static let names = Rule(
    "ACM001", .error, "Certificates name at most 10 valid domain names, all inside the zone that validates them",
    source: "ACM quota: 10 domain names per certificate (adjustable); DNS validation records go in the names' zone; https://docs.aws.amazon.com/acm/latest/userguide/acm-limits.html"
  ) { context in
    for certificate in context.stack.certificates {
      let zoneDomain = certificate.zoneDomain.lowercased()
      let zoneName: String
      switch certificate.zone {
      case .declared(let id): zoneName = "zone '\(id)' (\(certificate.zoneDomain))"
      case .existing(let existing): zoneName = "zone \(existing.id) (\(certificate.zoneDomain))"
      }
      let suffix = "." + zoneDomain
      if certificate.allNames.count > 10 {
        context.report(
          "certificate '\(certificate.id)' names \(certificate.allNames.count) domains; ACM allows 10 per certificate by default",
          about: .certificate(certificate))
      }
      for name in certificate.allNames {
        if !isDomainName(name) {
          context.report("certificate '\(certificate.id)' names '\(name)', which is not a domain name", about: .certificate(certificate))
        } else if name.lowercased() != zoneDomain && !name.lowercased().hasSuffix(suffix) {
          context.report(
            "certificate '\(certificate.id)' names '\(name)', outside \(zoneName) that validates it",
            about: .certificate(certificate))
        }
      }
    }
  }

  static let coverage = Rule(
    "ACM002", .error, "An API's custom domain is covered by its certificate, and alias records to an API name one with a custom domain",
    source: "API Gateway CreateDomainName: the certificate must cover the domain name; https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-custom-domains.html"
  ) { context in
    var domains: [ResourceID: ApiDomain] = [:]
    for resource in context.stack.resources {
      let api: (id: ResourceID, domain: ApiDomain?)
      switch resource {
      case .httpApi(let http): api = (http.id, http.domain)
      case .restApi(let rest): api = (rest.id, rest.domain)
      default: continue
      }
      guard let domain = api.domain else { continue }
      domains[api.id] = domain
      guard case .certificate(let certificate)? = context.index[domain.certificate] else { continue }  // STK003 reports it
      if !certificate.allNames.contains(where: { covers($0, domain.name) }) {
        context.report(
          "\(resource.kind.displayName) '\(api.id)' serves '\(domain.name)' with certificate '\(certificate.id)', which covers only \(certificate.allNames.joined(separator: ", "))",
          about: resource)
      }
    }
    for record in context.stack.zoneRecords {
      guard case .alias(let target) = record.record.target else { continue }
      switch target {
      case .httpApi(let id), .restApi(let id):
        if domains[id] == nil, let api = context.index[id] {
          context.report(
            "DNS record '\(record.name)' aliases \(api.kind.displayName) '\(id)', which has no custom domain; give the API `domain: ApiDomain(...)`",
            about: record.zone.declaredID.flatMap { context.index[$0] } ?? .zoneRecord(record))
        }
      default: continue
      }
    }
  }
}
