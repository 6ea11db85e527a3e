// Rules for CloudFront distributions.

enum DistributionRules {
  static let all: [Rule] = [countries, ttls, origins, certificate, webACL, tlsVersion]

  static let countries = Rule(
    "CF001", .error, "Geo restrictions list ISO 3166-1 alpha-2 country codes",
    source: "aws-limits.md cloudfront.04 (CFN schema enum of 249 codes)"
  ) { context in
    for distribution in context.stack.distributions {
      let codes: [String]
      switch distribution.geoRestriction {
      case .none: codes = []
      case .allow(let list), .deny(let list):
        codes = list
        if list.isEmpty {
          context.report("distribution '\(distribution.id)' restricts countries with an empty list; list countries or use .none", about: .distribution(distribution))
        }
      }
      let unknown = codes.filter { !CountryCodes.all.contains($0) }
      if !unknown.isEmpty {
        context.report(
          "distribution '\(distribution.id)' restricts by \(unknown.map { "'\($0)'" }.joined(separator: ", ")), which \(unknown.count == 1 ? "is not an ISO 3166-1 alpha-2 country code" : "are not ISO 3166-1 alpha-2 country codes") (such as 'US', 'DE', 'GB')",
          about: .distribution(distribution))
      }
    }
  }

  static let ttls = Rule(
    "CF002", .error, "Cache policy TTLs are ordered: minimum <= default <= maximum", source: "aws-limits.md cloudfront.02"
  ) { context in
    for distribution in context.stack.distributions {
      for policy in distribution.customCachePolicies where !(policy.min <= policy.default && policy.default <= policy.max) {
        context.report(
          "distribution '\(distribution.id)' cache policy '\(policy.name)' has TTLs \(policy.min.seconds) / \(policy.default.seconds) / \(policy.max.seconds) s (minimum / default / maximum); they must not decrease",
          about: .distribution(distribution))
      }
    }
  }

  static let origins = Rule(
    "CF003", .error,
    "Origin IDs are unique; behaviours target an origin or origin group; groups have two distinct origins; at most 75 behaviours",
    source: "aws-limits.md cloudfront.05-.07, .13"
  ) { context in
    for distribution in context.stack.distributions {
      var ids = Set<String>()
      for origin in distribution.origins + distribution.originGroups.map({ Origin($0.id, .bucket("-")) }) where !ids.insert(origin.id).inserted {
        context.report("distribution '\(distribution.id)' declares origin '\(origin.id)' twice", about: .distribution(distribution))
      }
      let originIDs = Set(distribution.origins.map(\.id))
      for group in distribution.originGroups
      where !originIDs.contains(group.primary) || !originIDs.contains(group.secondary) || group.primary == group.secondary {
        context.report(
          "distribution '\(distribution.id)' origin group '\(group.id)' needs two distinct declared origins, not '\(group.primary)' and '\(group.secondary)'",
          about: .distribution(distribution))
      }
      for behavior in distribution.allBehaviors where !ids.contains(behavior.origin) {
        context.report(
          "distribution '\(distribution.id)' sends \(behavior.pathPattern.map { "'\($0)'" } ?? "the default behaviour") to origin '\(behavior.origin)', which it does not declare",
          about: .distribution(distribution))
      }
      if distribution.behaviors.count > 75 {
        context.report("distribution '\(distribution.id)' has \(distribution.behaviors.count) cache behaviours; CloudFront allows 75", about: .distribution(distribution))
      }
    }
  }

  static let certificate = Rule(
    "CF004", .error, "Alternate domain names need an ACM certificate, and CloudFront certificates live in us-east-1",
    source: "aws-limits.md cloudfront.12"
  ) { context in
    for distribution in context.stack.distributions {
      if let arn = distribution.certificateArn {
        let parts = arn.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count < 6 || parts[2] != "acm" || parts[3] != "us-east-1" {
          context.report(
            "distribution '\(distribution.id)' uses certificate '\(arn)'; CloudFront takes ACM certificates from us-east-1 only",
            about: .distribution(distribution))
        }
      } else if !distribution.aliases.isEmpty {
        context.report(
          "distribution '\(distribution.id)' serves \(distribution.aliases.joined(separator: ", ")) without a certificate; give it an ACM certificate from us-east-1",
          about: .distribution(distribution))
      }
    }
  }

  static let webACL = Rule(
    "CF005", .error, "A distribution's web ACL has CloudFront scope", source: "WAFv2: distributions take CLOUDFRONT-scope web ACLs"
  ) { context in
    for distribution in context.stack.distributions {
      guard let id = distribution.webACL, case .webACL(let acl)? = context.resource(id), acl.scope != .cloudFront else { continue }
      context.report(
        "distribution '\(distribution.id)' uses web ACL '\(id)', which has regional scope; distributions need a CloudFront-scope web ACL (in us-east-1)",
        about: .distribution(distribution))
    }
  }

  static let tlsVersion = Rule(
    "CF006", .error, "The minimum TLS version is one both CloudFormation and the Terraform provider 5.100.0 accept",
    source: "aws-limits.md cloudfront.11 (provider 5.100.0 rejects TLSv1.2_2025 and TLSv1.3_2025)"
  ) { context in
    let accepted: Set<String> = ["TLSv1", "TLSv1_2016", "TLSv1.1_2016", "TLSv1.2_2018", "TLSv1.2_2019", "TLSv1.2_2021"]
    for distribution in context.stack.distributions where distribution.certificateArn != nil && !accepted.contains(distribution.minimumTLS) {
      context.report(
        "distribution '\(distribution.id)' asks for minimum TLS '\(distribution.minimumTLS)', which the Terraform AWS provider 5.100.0 rejects; use 'TLSv1.2_2021'",
        about: .distribution(distribution))
    }
  }
}
