// AWS Region codes.

/// An AWS Region code such as `"us-east-1"`.
public struct Region: Hashable, Codable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
  public var code: String
  public init(_ code: String) { self.code = code }
  public init(stringLiteral value: String) { self.code = value }
  public var description: String { code }
  /// The Terraform provider alias for this Region: `us_west_2`.
  public var providerAlias: String { code.replacing("-", with: "_") }

  public static let usEast1: Region = "us-east-1"
  public static let usEast2: Region = "us-east-2"
  public static let usWest1: Region = "us-west-1"
  public static let usWest2: Region = "us-west-2"
  public static let euWest1: Region = "eu-west-1"
  public static let euWest2: Region = "eu-west-2"
  public static let euCentral1: Region = "eu-central-1"
  public static let apSoutheast1: Region = "ap-southeast-1"
  public static let apSoutheast2: Region = "ap-southeast-2"
  public static let apNortheast1: Region = "ap-northeast-1"

  /// Region codes known to cfn-lint 1.51.0 (its bundled provider maps); AWS lists its Regions at
  /// https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html.
  public static let knownCodes: Set<String> = [
    "af-south-1", "ap-east-1", "ap-east-2", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
    "ap-south-1", "ap-south-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4",
    "ap-southeast-5", "ap-southeast-6", "ap-southeast-7", "ca-central-1", "ca-west-1", "cn-north-1",
    "cn-northwest-1", "eu-central-1", "eu-central-2", "eu-isoe-west-1", "eu-north-1", "eu-south-1",
    "eu-south-2", "eu-west-1", "eu-west-2", "eu-west-3", "eusc-de-east-1", "il-central-1", "me-central-1",
    "me-south-1", "mx-central-1", "sa-east-1", "us-east-1", "us-east-2", "us-gov-east-1", "us-gov-west-1",
    "us-iso-east-1", "us-iso-west-1", "us-isob-east-1", "us-isob-west-1", "us-isof-east-1",
    "us-isof-south-1", "us-west-1", "us-west-2",
  ]

}
