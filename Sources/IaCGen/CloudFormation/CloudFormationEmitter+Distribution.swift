// Distribution -> AWS::CloudFront::Distribution (+ OriginAccessControl, CachePolicy).

import JSONSyntax

extension CloudFormationEmitter {
  func translateDistribution(_ distribution: Distribution, in index: ModelIndex) -> [CloudFormationResource] {
    var resources: [CloudFormationResource] = []
    for origin in distribution.origins {
      guard case .bucket = origin.source else { continue }
      var control = CloudFormationProperties()
      control.set("OriginAccessControlConfig", .object([
        .init("Name", .string(distribution.accessControlID(origin).rawValue)),
        .init("OriginAccessControlOriginType", .string("s3")),
        .init("SigningBehavior", .string("always")),
        .init("SigningProtocol", .string("sigv4")),
      ]))
      resources.append(CloudFormationResource(
        logicalID: distribution.accessControlID(origin).logicalID, type: "AWS::CloudFront::OriginAccessControl", properties: control))
    }
    for policy in distribution.customCachePolicies {
      var properties = CloudFormationProperties()
      properties.set("CachePolicyConfig", .object([
        .init("DefaultTTL", .int(policy.default.seconds)),
        .init("MaxTTL", .int(policy.max.seconds)),
        .init("MinTTL", .int(policy.min.seconds)),
        .init("Name", .string(policy.id.rawValue)),
        .init("ParametersInCacheKeyAndForwardedToOrigin", .object([
          .init("CookiesConfig", .object([.init("CookieBehavior", .string("none"))])),
          .init("EnableAcceptEncodingBrotli", .bool(true)),
          .init("EnableAcceptEncodingGzip", .bool(true)),
          .init("HeadersConfig", .object([.init("HeaderBehavior", .string("none"))])),
          .init("QueryStringsConfig", .object([.init("QueryStringBehavior", .string("none"))])),
        ])),
      ]))
      resources.append(CloudFormationResource(logicalID: policy.id.logicalID, type: "AWS::CloudFront::CachePolicy", properties: properties))
    }

    func behavior(_ behavior: CacheBehavior) -> JSON.Value {
      var members: [JSON.Member] = [
        .init("AllowedMethods", .array(behavior.methods.methods.map(JSON.Value.string))),
        .init("CachedMethods", .array([.string("GET"), .string("HEAD")])),
      ]
      switch behavior.cachePolicy {
      case .managed(_, let id): members.append(.init("CachePolicyId", .string(id)))
      case .custom(let name, _, _, _): members.append(.init("CachePolicyId", CloudFormationValues.ref(distribution.cachePolicyID(named: name).logicalID)))
      }
      members.append(.init("Compress", .bool(behavior.compress)))
      if let policy = behavior.originRequestPolicy { members.append(.init("OriginRequestPolicyId", .string(policy.id))) }
      if let path = behavior.pathPattern { members.append(.init("PathPattern", .string(path))) }
      members.append(.init("TargetOriginId", .string(behavior.origin)))
      members.append(.init("ViewerProtocolPolicy", .string("redirect-to-https")))
      return .object(members)
    }
    var config: [JSON.Member] = []
    if !distribution.aliases.isEmpty { config.append(.init("Aliases", .array(distribution.aliases.map(JSON.Value.string)))) }
    if !distribution.behaviors.isEmpty { config.append(.init("CacheBehaviors", .array(distribution.behaviors.map(behavior)))) }
    if let comment = distribution.comment { config.append(.init("Comment", .string(comment))) }
    config.append(.init("DefaultCacheBehavior", behavior(distribution.defaultBehavior)))
    config.append(.init("Enabled", .bool(true)))
    config.append(.init("HttpVersion", .string("http2and3")))
    config.append(.init("IPV6Enabled", .bool(true)))
    if !distribution.originGroups.isEmpty {
      config.append(.init("OriginGroups", .object([
        .init("Items", .array(distribution.originGroups.map { group in
          .object([
            .init("FailoverCriteria", .object([.init("StatusCodes", .object([
              .init("Items", .array(group.failoverStatusCodes.map(JSON.Value.int))), .init("Quantity", .int(group.failoverStatusCodes.count)),
            ]))])),
            .init("Id", .string(group.id)),
            .init("Members", .object([
              .init("Items", .array([group.primary, group.secondary].map { .object([.init("OriginId", .string($0))]) })),
              .init("Quantity", .int(2)),
            ])),
          ])
        })),
        .init("Quantity", .int(distribution.originGroups.count)),
      ])))
    }
    config.append(.init("Origins", .array(distribution.origins.map { origin in
      let (domain, path) = distribution.domain(of: origin, in: index)
      var members: [JSON.Member] = []
      if case .bucket = origin.source {
        members.append(.init("DomainName", CloudFormationValues.json(domain)))
        members.append(.init("Id", .string(origin.id)))
        members.append(.init("OriginAccessControlId", CloudFormationValues.getAtt(distribution.accessControlID(origin).logicalID, "Id")))
        members.append(.init("S3OriginConfig", .object([.init("OriginAccessIdentity", .string(""))])))
      } else {
        members.append(.init("CustomOriginConfig", .object([
          .init("HTTPPort", .int(80)), .init("HTTPSPort", .int(443)), .init("OriginProtocolPolicy", .string("https-only")),
          .init("OriginSSLProtocols", .array([.string("TLSv1.2")])),
        ])))
        members.append(.init("DomainName", CloudFormationValues.json(domain)))
        members.append(.init("Id", .string(origin.id)))
        if let path { members.append(.init("OriginPath", .string(path))) }
      }
      return .object(members)
    })))
    if let logs = distribution.accessLogs {
      config.append(.init("Logging", .object([
        .init("Bucket", CloudFormationValues.getAtt(logs.bucket.logicalID, "DomainName")),
        .init("IncludeCookies", .bool(logs.includeCookies)), .init("Prefix", .string(logs.prefix)),
      ])))
    }
    config.append(.init("PriceClass", .string(distribution.priceClass.rawValue)))
    let geo: JSON.Value
    switch distribution.geoRestriction {
    case .none: geo = .object([.init("RestrictionType", .string("none"))])
    case .allow(let codes): geo = .object([.init("Locations", .array(codes.map(JSON.Value.string))), .init("RestrictionType", .string("whitelist"))])
    case .deny(let codes): geo = .object([.init("Locations", .array(codes.map(JSON.Value.string))), .init("RestrictionType", .string("blacklist"))])
    }
    config.append(.init("Restrictions", .object([.init("GeoRestriction", geo)])))
    if let arn = distribution.certificate {
      config.append(.init("ViewerCertificate", .object([
        .init("AcmCertificateArn", CloudFormationValues.json(arn)), .init("MinimumProtocolVersion", .string(distribution.minimumTLS)),
        .init("SslSupportMethod", .string("sni-only")),
      ])))
    } else {
      config.append(.init("ViewerCertificate", .object([.init("CloudFrontDefaultCertificate", .bool(true))])))
    }
    if let acl = distribution.webACL { config.append(.init("WebACLId", CloudFormationValues.getAtt(acl.logicalID, "Arn"))) }
    var properties = CloudFormationProperties()
    properties.set("DistributionConfig", .object(config))
    properties.set("Tags", CloudFormationValues.tags(distribution.tags))
    resources.append(CloudFormationResource(logicalID: distribution.id.logicalID, type: "AWS::CloudFront::Distribution", properties: properties))
    return resources
  }
}
