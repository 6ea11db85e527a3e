// Rules for CloudFront distributions.

enum DistributionRules {
  static let all: [Rule] = [countries, ttls, origins, certificate, webACL, tlsVersion, accessLogs]

  static let countries = Rule(
    "CF001", .error, "Geo restrictions list ISO 3166-1 alpha-2 country codes",
    source: "CFN schema enum of 249 codes; https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/georestrictions.html"
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
    "CF002", .error, "Cache policy TTLs are ordered: minimum <= default <= maximum", source: "https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CachePolicyConfig.html"
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
    "Origin IDs are unique; domain origins are domain names; behaviours target an origin or origin group; groups have two distinct origins; at most 75 behaviours",
    source: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html"
  ) { context in
    for distribution in context.stack.distributions {
      var ids = Set<String>()
      for origin in distribution.origins + distribution.originGroups.map({ Origin($0.id, .bucket("-")) }) where !ids.insert(origin.id).inserted {
        context.report("distribution '\(distribution.id)' declares origin '\(origin.id)' twice", about: .distribution(distribution))
      }
      for origin in distribution.origins {
        guard case .domain(let name, _) = origin.source, !CertificateRules.isDomainName(name) || name.hasPrefix("*") else { continue }
        context.report("distribution '\(distribution.id)' origin '\(origin.id)' is at '\(name)', which is not a domain name", about: .distribution(distribution))
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
    source: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cnames-and-https-requirements.html"
  ) { context in
    for distribution in context.stack.distributions {
      if let id = distribution.certificateID {
        if context.stack.region.code != "us-east-1" {
          context.report(
            "distribution '\(distribution.id)' uses certificate '\(id)' of a stack in \(context.stack.region.code); CloudFront takes ACM certificates from us-east-1 only, so declare it in a us-east-1 stack",
            about: .distribution(distribution))
        }
      } else if let arn = distribution.certificateArn {
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
    "CF005", .error, "A distribution's web ACL has CloudFront scope", source: "WAFv2: distributions take CLOUDFRONT-scope web ACLs; https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-web-awswaf.html"
  ) { context in
    for distribution in context.stack.distributions {
      guard let id = distribution.webACL, case .webACL(let acl)? = context.resource(id), acl.scope != .cloudFront else { continue }
      context.report(
        "distribution '\(distribution.id)' uses web ACL '\(id)', which has regional scope; distributions need a CloudFront-scope web ACL (in us-east-1)",
        about: .distribution(distribution))
    }
  }

  static let tlsVersion = Rule(
    "CF006", .error, "The minimum TLS version is one CloudFront and the chosen Terraform AWS provider version accept (a warning where iacgen does not know the version)",
    source: "provider 5.100.0 rejects TLSv1.2_2025 and TLSv1.3_2025; https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html"
  ) { context in
    let accepted: Set<String> = ["TLSv1", "TLSv1_2016", "TLSv1.1_2016", "TLSv1.2_2018", "TLSv1.2_2019", "TLSv1.2_2021"]
    for distribution in context.stack.distributions where distribution.hasCertificate && !accepted.contains(distribution.minimumTLS) {
      guard ProviderSupport.tlsPolicies[distribution.minimumTLS] != nil else {
        context.report(
          "distribution '\(distribution.id)' asks for minimum TLS '\(distribution.minimumTLS)', which is not a CloudFront security policy; use 'TLSv1.2_2021'",
          about: .distribution(distribution))
        continue
      }
      context.reportProviderSupport(
        ProviderSupport.verdict(distribution.minimumTLS, in: ProviderSupport.tlsPolicies, version: context.providerVersion),
        what: "minimum TLS '\(distribution.minimumTLS)'", subject: "distribution '\(distribution.id)'", alternative: "use 'TLSv1.2_2021'",
        about: .distribution(distribution))
    }
  }

  /// Regions whose buckets CloudFront standard logging cannot write to.
  static let regionsWithoutLogDelivery: Set<String> = [
    "af-south-1", "ap-east-1", "ap-south-2", "ap-southeast-3", "ap-southeast-4", "ca-west-1", "eu-central-2", "eu-south-1",
    "eu-south-2", "il-central-1", "me-central-1", "me-south-1",
  ]

  static let accessLogs = Rule(
    "CF007", .error, "Standard access logs go to an S3-managed-key bucket in a Region CloudFront delivers logs to",
    source: "CloudFront Developer Guide, standard logging (legacy): bucket Regions; SSE-KMS needs a key policy for log delivery; https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/AccessLogs.html"
  ) { context in
    for distribution in context.stack.distributions {
      guard let logs = distribution.accessLogs, case .bucket(let bucket)? = context.index[logs.bucket] else { continue }
      if regionsWithoutLogDelivery.contains(context.stack.region.code) {
        context.report(
          "distribution '\(distribution.id)' logs to bucket '\(bucket.id)' in \(context.stack.region.code), where CloudFront does not deliver standard logs; use a bucket in another Region",
          about: .distribution(distribution))
      } else if case .kms = bucket.encryption {
        context.report(
          "distribution '\(distribution.id)' logs to bucket '\(bucket.id)', which encrypts with a KMS key CloudFront's log delivery cannot use; use S3-managed encryption for the log bucket",
          about: .distribution(distribution))
      }
    }
  }
}
