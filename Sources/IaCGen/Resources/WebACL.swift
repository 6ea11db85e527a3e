// WAFv2 web ACLs.

/// A WAFv2 web ACL: AWS managed rule groups and a per-IP rate limit, allowing the rest;
/// associated with load balancers and REST API stages (regional scope), or used by
/// distributions (CloudFront scope, which must live in us-east-1).
///
/// ```swift
/// WebACL("api-acl", managedRules: [.commonRuleSet, .knownBadInputs], rateLimitPerIP: 2000, protects: [.restApi(api)])
/// ```
public struct WebACL: Hashable, Codable, Sendable {
  public var id: ResourceID
  public var name: String?
  public var scope: WebACLScope
  public var managedRules: [ManagedRuleGroup]
  /// Requests per IP in 5 minutes before blocking; nil for no rate rule.
  public var rateLimitPerIP: Int?
  public var protects: [Protected]
  public var tags: [Tag]
  public var location: SourceLocation

  public init(
    _ id: ResourceID, name: String? = nil, scope: WebACLScope = .regional,
    managedRules: [ManagedRuleGroup] = [.commonRuleSet, .knownBadInputs, .amazonIPReputation], rateLimitPerIP: Int? = 2_000,
    protects: [Protected] = [], tags: [String: String] = [:],
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) {
    self.id = id
    self.name = name
    self.scope = scope
    self.managedRules = managedRules
    self.rateLimitPerIP = rateLimitPerIP
    self.protects = protects
    self.tags = Tag.sorted(tags)
    self.location = SourceLocation(fileID, filePath, line, column)
  }

  public var physicalName: String { name ?? id.rawValue }
  public var arn: StringValue { .reference(Reference(target: id, kind: .webACL, attribute: .arn)) }
  func part(_ name: String) -> ResourceID { id.appending(name) }

  /// What a regional web ACL guards.
  public enum Protected: Hashable, Codable, Sendable {
    case loadBalancer(ResourceID)
    case restApi(ResourceID)
    public static func loadBalancer(_ balancer: LoadBalancer) -> Protected { .loadBalancer(balancer.id) }
    public static func restApi(_ api: RestApi) -> Protected { .restApi(api.id) }

    var resource: ResourceID {
      switch self {
      case .loadBalancer(let id), .restApi(let id): return id
      }
    }
  }
}

/// Regional (load balancers, API stages) or CloudFront.
public enum WebACLScope: String, Hashable, Codable, Sendable {
  case regional = "REGIONAL"
  case cloudFront = "CLOUDFRONT"
}

/// An AWS managed rule group.
public struct ManagedRuleGroup: Hashable, Codable, Sendable {
  public var name: String
  public init(_ name: String) { self.name = name }
  public static let commonRuleSet = ManagedRuleGroup("AWSManagedRulesCommonRuleSet")
  public static let knownBadInputs = ManagedRuleGroup("AWSManagedRulesKnownBadInputsRuleSet")
  public static let amazonIPReputation = ManagedRuleGroup("AWSManagedRulesAmazonIpReputationList")
  public static let sqlInjection = ManagedRuleGroup("AWSManagedRulesSQLiRuleSet")
  public static let anonymousIP = ManagedRuleGroup("AWSManagedRulesAnonymousIpList")
}
