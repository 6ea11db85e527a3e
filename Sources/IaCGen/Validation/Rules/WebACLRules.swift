// Rules for WAFv2 web ACLs.

enum WebACLRules {
  static let all: [Rule] = [cloudFrontRegion, rateLimit, protects]

  static let cloudFrontRegion = Rule(
    "WAF001", .error, "CloudFront-scope web ACLs live in us-east-1", source: "CreateWebACL Scope CLOUDFRONT; https://docs.aws.amazon.com/waf/latest/APIReference/API_CheckCapacity.html (CloudFront scope requires us-east-1)"
  ) { context in
    guard context.stack.region.code != "us-east-1" else { return }
    for acl in context.stack.webACLs where acl.scope == .cloudFront {
      context.report(
        "web ACL '\(acl.id)' has CloudFront scope but stack '\(context.stack.name)' is in \(context.stack.region.code); CloudFront-scope web ACLs must be created in us-east-1, so declare it in a us-east-1 stack",
        about: .webACL(acl))
    }
  }

  static let rateLimit = Rule(
    "WAF002", .error, "Rate limits are 10 to 2,000,000,000 requests per 5 minutes; names match ^[0-9A-Za-z_-]{1,128}$",
    source: "https://docs.aws.amazon.com/waf/latest/APIReference/API_RateBasedStatement.html"
  ) { context in
    for acl in context.stack.webACLs {
      if let limit = acl.rateLimitPerIP, !(10...2_000_000_000).contains(limit) {
        context.report("web ACL '\(acl.id)' limits each IP to \(limit) requests; WAF allows 10 to 2000000000", about: .webACL(acl))
      }
      let name = acl.physicalName
      if !(1...128).contains(name.count)
        || !name.unicodeScalars.allSatisfy({ isASCIILetter($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" })
      {
        context.report("web ACL '\(acl.id)' would be named '\(name)'; names are 1 to 128 letters, digits, '-' and '_'", about: .webACL(acl))
      }
    }
  }

  static let protects = Rule(
    "WAF003", .error, "Regional web ACLs guard load balancers and API stages; CloudFront-scope ones are used by distributions",
    source: "AssociateWebACL: regional resources only; https://docs.aws.amazon.com/waf/latest/APIReference/API_AssociateWebACL.html"
  ) { context in
    for acl in context.stack.webACLs where acl.scope == .cloudFront && !acl.protects.isEmpty {
      context.report(
        "web ACL '\(acl.id)' has CloudFront scope but is associated with regional resources; give it regional scope, or attach it to a distribution",
        about: .webACL(acl))
    }
  }
}
