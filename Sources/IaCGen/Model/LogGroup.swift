// CloudWatch log groups that iacgen creates for functions.

/// A log group with a retention period.
public struct LogGroup: Hashable, Codable, Sendable {
  public var id: ResourceID
  public var name: String
  public var retentionDays: Int
  public var tags: [Tag]
  public var location: SourceLocation

  /// The log group's ARN (without the `:*` suffix).
  public var arn: StringValue { .reference(Reference(target: id, kind: .logGroup, attribute: .arn)) }
  /// The log group's name.
  public var logGroupName: StringValue { .reference(Reference(target: id, kind: .logGroup, attribute: .name)) }
}
