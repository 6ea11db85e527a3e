// SQS -> Lambda event source mappings.

/// Delivers a queue's messages to a function in batches (an event source mapping).
///
/// The function gets the permission to consume the queue; when it has an alias, the alias
/// is invoked so provisioned concurrency is used.
public struct QueueTrigger: Hashable, Codable, Sendable {
  public var id: ResourceID
  public var queue: ResourceID
  public var function: ResourceID
  public var batchSize: Int
  public var batchingWindow: TimeSpan
  /// The most concurrent invocations this trigger makes; `nil` for no limit.
  public var maximumConcurrency: Int?
  /// Report partial batch failures (`ReportBatchItemFailures`).
  public var reportBatchItemFailures: Bool
  public var enabled: Bool
  /// The mapping's own tags; the stack's tags are added in lowering.
  public var tags: [Tag]
  public var location: SourceLocation

  public init(
    _ id: ResourceID? = nil,
    queue: Queue,
    function: Function,
    batchSize: Int = 10,
    batchingWindow: TimeSpan = .seconds(0),
    maximumConcurrency: Int? = nil,
    reportBatchItemFailures: Bool = true,
    enabled: Bool = true,
    tags: [Tag] = [],
    fileID: StaticString = #fileID, filePath: StaticString = #filePath,
    line: UInt = #line, column: UInt = #column
  ) {
    self.id = id ?? function.id.appending("from-" + queue.id.rawValue)
    self.queue = queue.id
    self.function = function.id
    self.batchSize = batchSize
    self.batchingWindow = batchingWindow
    self.maximumConcurrency = maximumConcurrency
    self.reportBatchItemFailures = reportBatchItemFailures
    self.enabled = enabled
    self.tags = tags
    self.location = SourceLocation(fileID, filePath, line, column)
  }
}
