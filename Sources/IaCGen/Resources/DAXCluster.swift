// DynamoDB Accelerator (DAX) clusters.

/// A DAX cluster in front of tables: encrypted at rest, TLS endpoint, placed in a network,
/// with a generated role that may read and write exactly the tables it fronts.
///
/// ```swift
/// let accelerator = DAXCluster("reads", nodes: 3, tables: [memos], network: .private(network))
/// ```
public struct DAXCluster: Hashable, Codable, Sendable {
  public var id: ResourceID
  /// The cluster name (at most 20 characters); defaults to the ID.
  public var name: String?
  public var nodeType: String
  /// Nodes: 1, or 3 to 10 (3 or more, one per zone, for production).
  public var nodes: Int
  public var tables: [ResourceID]
  public var network: NetworkPlacement?
  public var tags: [Tag]
  public var location: SourceLocation

  // Set by lowering.
  var roleID: ResourceID?

  public init(
    _ id: ResourceID,
    name: String? = nil,
    nodeType: String = "dax.r5.large",
    nodes: Int = 3,
    tables: [Table],
    network: NetworkPlacement,
    tags: [String: String] = [:],
    fileID: StaticString = #fileID, filePath: StaticString = #filePath,
    line: UInt = #line, column: UInt = #column
  ) {
    self.id = id
    self.name = name
    self.nodeType = nodeType
    self.nodes = nodes
    self.tables = tables.map(\.id)
    self.network = network
    self.tags = Tag.sorted(tags)
    self.location = SourceLocation(fileID, filePath, line, column)
  }

  /// The cluster name after lowering.
  public var physicalName: String { name ?? id.rawValue }
  /// The TLS port DAX listens on.
  public var port: Int? { 9111 }
  /// The cluster's discovery endpoint (`dax://...`).
  public var endpoint: StringValue { .reference(Reference(target: id, kind: .daxCluster, attribute: .endpoint)) }
  /// The cluster's ARN.
  public var arn: StringValue { .reference(Reference(target: id, kind: .daxCluster, attribute: .arn)) }

  func part(_ name: String) -> ResourceID { id.appending(name) }
}
