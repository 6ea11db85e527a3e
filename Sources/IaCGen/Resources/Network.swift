// VPC networks.

/// A VPC with a public and a private subnet in each of `zones` availability zones, an internet
/// gateway, NAT gateways for the private subnets, and gateway endpoints for S3 and DynamoDB.
/// Flow logs of rejected traffic go to a log group of the network's own (a year's retention)
/// unless `flowLogs` says otherwise.
///
/// ```swift
/// let network = Network("main", cidr: "10.0.0.0/16", zones: 3, natGateways: .perZone)
/// let worker = Function("worker", ..., network: .private(network))
/// ```
public struct Network: Hashable, Codable, Sendable {
  public var id: ResourceID
  /// The VPC's IPv4 range; subnets are carved from it in blocks four bits longer.
  public var cidr: String
  /// How many availability zones (the Region's first ones) the subnets span.
  public var zones: Int
  public var natGateways: NATGateways
  public var gatewayEndpoints: [GatewayEndpoint]
  /// The traffic the VPC's flow logs record; nil turns them off.
  public var flowLogs: FlowLogTraffic?
  public var tags: [Tag]
  public var location: SourceLocation
  /// Set when lowering: the flow logs' log group and the role that delivers to it.
  var flowLogGroupID: ResourceID?
  var flowLogRoleID: ResourceID?

  public init(
    _ id: ResourceID,
    cidr: String = "10.0.0.0/16",
    zones: Int = 2,
    natGateways: NATGateways = .one,
    gatewayEndpoints: [GatewayEndpoint] = [.s3, .dynamoDB],
    flowLogs: FlowLogTraffic? = .rejected,
    tags: [String: String] = [:],
    fileID: StaticString = #fileID, filePath: StaticString = #filePath,
    line: UInt = #line, column: UInt = #column
  ) {
    self.id = id
    self.cidr = cidr
    self.zones = zones
    self.natGateways = natGateways
    self.gatewayEndpoints = gatewayEndpoints
    self.flowLogs = flowLogs
    self.tags = Tag.sorted(tags)
    self.location = SourceLocation(fileID, filePath, line, column)
  }

  /// The VPC's ID.
  public var vpcID: StringValue { .reference(Reference(target: id, kind: .network, attribute: .id)) }

  /// The subnets' CIDR blocks: public ones first, then private ones, one per zone; nil when
  /// the VPC range does not parse or is too small.
  public var subnetCIDRs: (public: [String], private: [String])? {
    guard let range = IPv4Range(cidr), range.prefix <= 24, zones >= 1, zones * 2 <= 16 else { return nil }
    let blocks = range.subdivided(addingBits: 4)
    return (Array(blocks[0..<zones]).map(\.description), Array(blocks[zones..<(2 * zones)]).map(\.description))
  }

  /// The number of NAT gateways this network has.
  public var natGatewayCount: Int {
    switch natGateways {
    case .none: return 0
    case .one: return 1
    case .perZone: return zones
    }
  }

  /// IDs of generated parts, named after the network: `main-public-1`, `main-nat-1`...
  func part(_ name: String, _ zone: Int? = nil) -> ResourceID {
    id.appending(zone.map { "\(name)-\($0 + 1)" } ?? name)
  }
}

/// How the private subnets reach the internet.
public enum NATGateways: String, Hashable, Codable, Sendable {
  /// No NAT: private subnets reach only the VPC and its endpoints.
  case none
  /// One NAT gateway shared by every zone (cheaper; a zone failure cuts egress).
  case one
  /// One NAT gateway per zone (highly available).
  case perZone
}

/// The traffic a VPC flow log records. `rejected` is what AWS Security Hub's EC2.6 control asks
/// for at least, and costs the least to keep.
public enum FlowLogTraffic: String, Hashable, Codable, Sendable {
  case all = "ALL"
  case accepted = "ACCEPT"
  case rejected = "REJECT"
}

/// Gateway VPC endpoints, free and routed through the private route tables.
public enum GatewayEndpoint: String, Hashable, Codable, Sendable {
  case s3
  case dynamoDB = "dynamodb"
}

/// Where a resource runs in a network.
public struct NetworkPlacement: Hashable, Codable, Sendable {
  public var network: ResourceID
  /// The private subnets of every zone (the only placement for now: nothing iacgen places
  /// needs a public address).
  public static func `private`(_ network: Network) -> NetworkPlacement { NetworkPlacement(network: network.id) }
}

/// An IPv4 CIDR range.
struct IPv4Range: Hashable, CustomStringConvertible {
  var address: UInt32
  var prefix: Int

  init?(_ text: String) {
    let pieces = text.split(separator: "/", omittingEmptySubsequences: false)
    guard pieces.count == 2, let prefix = Int(pieces[1]), (0...32).contains(prefix) else { return nil }
    let octets = pieces[0].split(separator: ".", omittingEmptySubsequences: false).compactMap { UInt32($0) }
    guard octets.count == 4, octets.allSatisfy({ $0 <= 255 }) else { return nil }
    let address = octets.reduce(0) { $0 << 8 | $1 }
    let mask: UInt32 = prefix == 0 ? 0 : ~UInt32(0) << UInt32(32 - prefix)
    guard address & ~mask == 0 else { return nil }  // host bits set: not a network address
    self.address = address
    self.prefix = prefix
  }

  init(address: UInt32, prefix: Int) {
    self.address = address
    self.prefix = prefix
  }

  /// The 2^bits ranges that split this one.
  func subdivided(addingBits bits: Int) -> [IPv4Range] {
    let newPrefix = prefix + bits
    let size = UInt32(1) << UInt32(32 - newPrefix)
    return (0..<(1 << bits)).map { IPv4Range(address: address + UInt32($0) * size, prefix: newPrefix) }
  }

  var description: String {
    "\(address >> 24).\(address >> 16 & 255).\(address >> 8 & 255).\(address & 255)/\(prefix)"
  }
}
