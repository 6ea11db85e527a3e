// Kinesis data streams.

/// A Kinesis data stream, encrypted with KMS.
///
/// ```swift
/// let clicks = KinesisStream("clicks", capacity: .provisioned(shards: 4), retention: .hours(48))
/// ```
public struct KinesisStream: Hashable, Codable, Sendable {
  public var id: ResourceID
  /// The stream name; defaults to `<stack>-<id>`.
  public var name: String?
  public var capacity: StreamCapacity
  public var retention: TimeSpan
  /// A customer-managed KMS key; the AWS-managed `alias/aws/kinesis` when nil.
  public var kmsKeyArn: String?
  public var tags: [Tag]
  public var location: SourceLocation

  public init(
    _ id: ResourceID,
    name: String? = nil,
    capacity: StreamCapacity = .onDemand,
    retention: TimeSpan = .hours(24),
    kmsKeyArn: String? = nil,
    tags: [String: String] = [:],
    fileID: StaticString = #fileID, filePath: StaticString = #filePath,
    line: UInt = #line, column: UInt = #column
  ) {
    self.id = id
    self.name = name
    self.capacity = capacity
    self.retention = retention
    self.kmsKeyArn = kmsKeyArn
    self.tags = Tag.sorted(tags)
    self.location = SourceLocation(fileID, filePath, line, column)
  }

  /// The stream name after lowering.
  public var physicalName: String { name ?? id.rawValue }
  /// The stream's ARN.
  public var arn: StringValue { .reference(Reference(target: id, kind: .stream, attribute: .arn)) }
  /// The stream's name.
  public var streamName: StringValue { .reference(Reference(target: id, kind: .stream, attribute: .name)) }
}

/// On-demand or provisioned shards.
public enum StreamCapacity: Hashable, Codable, Sendable {
  case onDemand
  case provisioned(shards: Int)
}
