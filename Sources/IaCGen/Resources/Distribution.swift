// CloudFront distributions.

/// A CloudFront distribution: origins (S3 buckets through origin access control, REST and
/// HTTP APIs, load balancers), a default and ordered cache behaviours with managed or custom
/// cache policies, HTTPS for viewers, geo restriction, origin groups for failover, and a
/// CloudFront-scope web ACL. A bucket origin's policy lets only this distribution read it.
///
/// ```swift
/// Distribution("cdn", origins: [Origin("site", .bucket(site)), Origin("api", .restApi(api))],
///              defaultBehavior: CacheBehavior(origin: "site"),
///              behaviors: [CacheBehavior("/api/*", origin: "api", cachePolicy: .cachingDisabled, methods: .all)],
///              geoRestriction: .allow(["US", "CA"]), accessLogs: DistributionLogs(bucket: logs, prefix: "cdn/"))
/// ```
public struct Distribution: Hashable, Codable, Sendable {
  public var id: ResourceID
  public var comment: String?
  public var origins: [Origin]
  public var originGroups: [OriginGroup]
  public var defaultBehavior: CacheBehavior
  public var behaviors: [CacheBehavior]
  public var priceClass: PriceClass
  public var geoRestriction: GeoRestriction
  public var aliases: [String]
  /// An ACM certificate in us-east-1 for `aliases`; without one the CloudFront certificate is used.
  public var certificateArn: String?
  /// A certificate of the stack for `aliases` (the stack must be in us-east-1).
  public var certificateID: ResourceID?
  public var minimumTLS: String
  public var webACL: ResourceID?
  /// Where CloudFront writes standard access logs; nil turns them off.
  public var accessLogs: DistributionLogs?
  public var tags: [Tag]
  public var location: SourceLocation

  public init(
    _ id: ResourceID, comment: String? = nil, origins: [Origin], originGroups: [OriginGroup] = [], defaultBehavior: CacheBehavior,
    behaviors: [CacheBehavior] = [], priceClass: PriceClass = .priceClass100, geoRestriction: GeoRestriction = .none,
    aliases: [String] = [], certificateArn: String? = nil, certificate: Certificate? = nil, minimumTLS: String = "TLSv1.2_2021", webACL: WebACL? = nil,
    accessLogs: DistributionLogs? = nil, tags: [String: String] = [:],
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) {
    self.id = id
    self.comment = comment
    self.origins = origins
    self.originGroups = originGroups
    self.defaultBehavior = defaultBehavior
    self.behaviors = behaviors
    self.priceClass = priceClass
    self.geoRestriction = geoRestriction
    self.aliases = aliases
    self.certificateArn = certificateArn
    self.certificateID = certificate?.id
    self.minimumTLS = minimumTLS
    self.webACL = webACL?.id
    self.accessLogs = accessLogs
    self.tags = Tag.sorted(tags)
    self.location = SourceLocation(fileID, filePath, line, column)
  }

  /// The distribution's domain name (`d111111abcdef8.cloudfront.net`).
  public var domainName: StringValue { .reference(Reference(target: id, kind: .distribution, attribute: .endpoint)) }
  public var arn: StringValue { .reference(Reference(target: id, kind: .distribution, attribute: .arn)) }
  var hasCertificate: Bool { certificateArn != nil || certificateID != nil }
  /// The certificate ARN, from the stack's certificate or as given.
  var certificate: StringValue? {
    if let certificateID { return .reference(Reference(target: certificateID, kind: .certificate, attribute: .arn)) }
    return certificateArn.map { StringValue($0) }
  }
  /// Every behaviour, the default first.
  var allBehaviors: [CacheBehavior] { [defaultBehavior] + behaviors }
  func part(_ name: String) -> ResourceID { id.appending(name) }
}

/// An origin with its ID (what behaviours and origin groups name).
public struct Origin: Hashable, Codable, Sendable {
  public enum Source: Hashable, Codable, Sendable {
    case bucket(ResourceID)
    case restApi(ResourceID)
    case httpApi(ResourceID)
    case loadBalancer(ResourceID)
    /// An HTTPS origin by domain name, such as an API's custom domain in another Region: the
    /// explicit way for a distribution to fail over to a stack in another Region.
    case domain(String, path: String? = nil)
    public static func bucket(_ bucket: Bucket) -> Source { .bucket(bucket.id) }
    public static func restApi(_ api: RestApi) -> Source { .restApi(api.id) }
    public static func httpApi(_ api: HttpApi) -> Source { .httpApi(api.id) }
    public static func loadBalancer(_ balancer: LoadBalancer) -> Source { .loadBalancer(balancer.id) }
  }
  public var id: String
  public var source: Source
  public init(_ id: String, _ source: Source) {
    self.id = id
    self.source = source
  }
}

/// Standard access logs: a bucket of the stack (its object ownership is set so CloudFront
/// can write), a key prefix and whether cookies are logged.
public struct DistributionLogs: Hashable, Codable, Sendable {
  public var bucket: ResourceID
  public var prefix: String
  public var includeCookies: Bool
  public init(bucket: Bucket, prefix: String = "", includeCookies: Bool = false) {
    self.bucket = bucket.id
    self.prefix = prefix
    self.includeCookies = includeCookies
  }
}

/// Two origins, the second used when the first answers with a failover status code.
public struct OriginGroup: Hashable, Codable, Sendable {
  public var id: String
  public var primary: String
  public var secondary: String
  public var failoverStatusCodes: [Int]
  public init(_ id: String, primary: String, secondary: String, failoverStatusCodes: [Int] = [500, 502, 503, 504]) {
    self.id = id
    self.primary = primary
    self.secondary = secondary
    self.failoverStatusCodes = failoverStatusCodes
  }
}

/// How requests matching a path are cached and forwarded.
public struct CacheBehavior: Hashable, Codable, Sendable {
  public var pathPattern: String?
  public var origin: String
  public var cachePolicy: CachePolicy
  public var originRequestPolicy: OriginRequestPolicy?
  public var methods: AllowedMethods
  public var compress: Bool
  public init(
    _ pathPattern: String? = nil, origin: String, cachePolicy: CachePolicy = .cachingOptimized,
    originRequestPolicy: OriginRequestPolicy? = nil, methods: AllowedMethods = .getHead, compress: Bool = true
  ) {
    self.pathPattern = pathPattern
    self.origin = origin
    self.cachePolicy = cachePolicy
    self.originRequestPolicy = originRequestPolicy
    self.methods = methods
    self.compress = compress
  }
}

/// A managed cache policy, or a custom one with its TTLs (a cache policy resource is generated).
public enum CachePolicy: Hashable, Codable, Sendable {
  case managed(name: String, id: String)
  case custom(name: String, minTTL: TimeSpan, defaultTTL: TimeSpan, maxTTL: TimeSpan)

  public static let cachingOptimized = CachePolicy.managed(name: "CachingOptimized", id: "658327ea-f89d-4fab-a63d-7e88639e58f6")
  public static let cachingDisabled = CachePolicy.managed(name: "CachingDisabled", id: "4135ea2d-6df8-44a3-9df3-4b5a84be39ad")
}

/// A managed origin request policy.
public struct OriginRequestPolicy: Hashable, Codable, Sendable {
  public var name: String
  public var id: String
  public static let allViewerExceptHostHeader = OriginRequestPolicy(name: "AllViewerExceptHostHeader", id: "b689b0a8-53d0-40ab-baf2-68738e2966ac")
  public static let corsS3Origin = OriginRequestPolicy(name: "CORS-S3Origin", id: "88a5eaf4-2fd4-4709-b370-b4c650ea3fcf")
}

/// Which HTTP methods a behaviour allows (and caches GET and HEAD).
public enum AllowedMethods: Hashable, Codable, Sendable {
  case getHead
  case all
  var methods: [String] {
    self == .getHead ? ["GET", "HEAD"] : ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"]
  }
}

/// Edge locations used.
public enum PriceClass: String, Hashable, Codable, Sendable {
  case priceClass100 = "PriceClass_100"
  case priceClass200 = "PriceClass_200"
  case all = "PriceClass_All"
}

/// Countries allowed or denied (ISO 3166-1 alpha-2 codes).
public enum GeoRestriction: Hashable, Codable, Sendable {
  case none
  case allow([String])
  case deny([String])
}
