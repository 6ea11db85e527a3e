// Stack outputs.

/// A value a stack exports: `Output("queue-url", primary.url)`.
///
/// Terraform: `output "queue_url"`; CloudFormation: `Outputs.QueueUrl`.
public struct Output: Hashable, Codable, Sendable {
  public var id: ResourceID
  public var value: StringValue
  public var description: String?
  public var location: SourceLocation

  public init(
    _ id: ResourceID, _ value: StringValue, description: String? = nil,
    fileID: StaticString = #fileID, filePath: StaticString = #filePath,
    line: UInt = #line, column: UInt = #column
  ) {
    self.id = id
    self.value = value
    self.description = description
    self.location = SourceLocation(fileID, filePath, line, column)
  }
}
