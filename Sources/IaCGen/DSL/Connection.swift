// Network connections declared between resources.

/// `source` may open connections to `target` on the target's port; becomes an ingress rule
/// on the target's security group that names the source's security group (never a CIDR).
///
/// ```swift
/// Connection(from: worker, to: cache)   // worker -> cache:6379
/// ```
public struct Connection: Hashable, Codable, Sendable {
  public var source: ResourceID
  public var sourceKind: ResourceKind
  public var target: ResourceID
  public var targetKind: ResourceKind
  public var location: SourceLocation

  public init(
    from source: some NetworkPlaceable, to target: some NetworkPlaceable,
    fileID: StaticString = #fileID, filePath: StaticString = #filePath,
    line: UInt = #line, column: UInt = #column
  ) {
    self.source = source.id
    self.sourceKind = type(of: source).kind
    self.target = target.id
    self.targetKind = type(of: target).kind
    self.location = SourceLocation(fileID, filePath, line, column)
  }
}

/// A resource that runs in a network and so has a security group.
public protocol NetworkPlaceable: ResourceDeclaration {
  var network: NetworkPlacement? { get }
  /// The TCP port it accepts connections on, if it serves any.
  var port: Int? { get }
}

extension NetworkPlaceable {
  /// The security group lowering generates for the resource; nil when it is not placed.
  var securityGroupID: ResourceID? { network == nil ? nil : IaCGen.securityGroupID(of: id) }
}

extension Function: NetworkPlaceable {
  public var port: Int? { nil }
}

extension Cache: NetworkPlaceable {}
extension DAXCluster: NetworkPlaceable {}
extension AuroraCluster: NetworkPlaceable {}
extension PostgresDatabase: NetworkPlaceable {}
extension FargateService: NetworkPlaceable {}
extension InstanceGroup: NetworkPlaceable {}
extension LoadBalancer: NetworkPlaceable {
  public var network: NetworkPlacement? { NetworkPlacement(network: networkID) }
  public var port: Int? { certificateArn == nil ? 80 : 443 }
}

extension ResourceModel {
  /// The resource as a network-placeable one, if its kind can be placed.
  var placeable: (any NetworkPlaceable)? { declaration as? any NetworkPlaceable }
}
