// The account's quotas the validator checks against.

/// An account's quotas per Region, for the aggregate checks; defaults are AWS's
/// (https://docs.aws.amazon.com/general/latest/gr/aws-service-information.html lists each
/// service's quotas). Give the real ones once increases are granted:
///
/// ```swift
/// App(quotas: AccountQuotas(lambdaConcurrency: 5_000)) { ... }
/// ```
public struct AccountQuotas: Hashable, Codable, Sendable {
  /// Concurrent Lambda executions per Region (100 of them stay unreserved).
  public var lambdaConcurrency: Int
  /// DynamoDB tables per Region.
  public var tablesPerRegion: Int
  /// API Gateway requests per second per Region; nil uses the Region's default (10,000, or 2,500 in newer Regions).
  public var apiRequestsPerSecond: Double?
  /// API Gateway burst per Region; nil uses the Region's default (5,000, or 1,250 in newer Regions).
  public var apiBurst: Int?
  /// SNS Publish requests per second per Region for standard topics; nil uses the Region's
  /// default (30,000 in us-east-1; 9,000 in us-west-2 and eu-west-1; 1,500 elsewhere).
  public var snsPublishPerSecond: Double?

  public init(
    lambdaConcurrency: Int = 1_000, tablesPerRegion: Int = 2_500, apiRequestsPerSecond: Double? = nil, apiBurst: Int? = nil,
    snsPublishPerSecond: Double? = nil
  ) {
    self.lambdaConcurrency = lambdaConcurrency
    self.tablesPerRegion = tablesPerRegion
    self.apiRequestsPerSecond = apiRequestsPerSecond
    self.apiBurst = apiBurst
    self.snsPublishPerSecond = snsPublishPerSecond
  }
}
