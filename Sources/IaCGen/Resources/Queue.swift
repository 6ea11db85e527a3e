// SQS queues.

/// An SQS queue, standard or FIFO, encrypted by default.
///
/// ```swift
/// let primary = Queue("primary", visibilityTimeout: .minutes(15), receiveWaitTime: .seconds(20),
///                     deadLetter: DeadLetter(dlq, maxReceiveCount: 3))
/// ```
public struct Queue: Hashable, Codable, Sendable {
  public var id: ResourceID
  /// The queue name; defaults to `<stack>-<id>` (with `.fifo` for FIFO queues).
  public var name: String?
  public var type: QueueType
  public var visibilityTimeout: TimeSpan
  public var retention: TimeSpan
  public var deliveryDelay: TimeSpan
  /// Long polling wait time.
  public var receiveWaitTime: TimeSpan
  public var maximumMessageBytes: Int
  public var encryption: QueueEncryption
  public var deadLetter: DeadLetter?
  public var tags: [Tag]
  public var location: SourceLocation

  public init(
    _ id: ResourceID,
    name: String? = nil,
    type: QueueType = .standard,
    visibilityTimeout: TimeSpan = .seconds(30),
    retention: TimeSpan = .days(4),
    deliveryDelay: TimeSpan = .seconds(0),
    receiveWaitTime: TimeSpan = .seconds(0),
    maximumMessageBytes: Int = 262_144,
    encryption: QueueEncryption = .sqsManaged,
    deadLetter: DeadLetter? = nil,
    tags: [String: String] = [:],
    fileID: StaticString = #fileID, filePath: StaticString = #filePath,
    line: UInt = #line, column: UInt = #column
  ) {
    self.id = id
    self.name = name
    self.type = type
    self.visibilityTimeout = visibilityTimeout
    self.retention = retention
    self.deliveryDelay = deliveryDelay
    self.receiveWaitTime = receiveWaitTime
    self.maximumMessageBytes = maximumMessageBytes
    self.encryption = encryption
    self.deadLetter = deadLetter
    self.tags = Tag.sorted(tags)
    self.location = SourceLocation(fileID, filePath, line, column)
  }

  /// The queue name after lowering.
  public var physicalName: String { name ?? id.rawValue }
  public var isFIFO: Bool { if case .fifo = type { return true } else { return false } }

  /// The queue's ARN.
  public var arn: StringValue { .reference(Reference(target: id, kind: .queue, attribute: .arn)) }
  /// The queue's URL.
  public var url: StringValue { .reference(Reference(target: id, kind: .queue, attribute: .url)) }
  /// The queue's name.
  public var queueName: StringValue { .reference(Reference(target: id, kind: .queue, attribute: .name)) }
}

/// Standard or FIFO.
public enum QueueType: Hashable, Codable, Sendable {
  case standard
  /// FIFO; `highThroughput` sets per-message-group deduplication and throughput.
  case fifo(contentBasedDeduplication: Bool = false, highThroughput: Bool = false)
}

/// How messages are encrypted at rest.
public enum QueueEncryption: Hashable, Codable, Sendable {
  /// SQS-managed keys (SSE-SQS).
  case sqsManaged
  /// A KMS key (SSE-KMS); consumers and senders get the key permissions they need.
  case kms(keyArn: String, dataKeyReuse: TimeSpan = .minutes(5))
}

/// A dead-letter queue for messages received `maxReceiveCount` times.
public struct DeadLetter: Hashable, Codable, Sendable {
  public var queue: ResourceID
  public var maxReceiveCount: Int
  public init(_ queue: Queue, maxReceiveCount: Int) {
    self.queue = queue.id
    self.maxReceiveCount = maxReceiveCount
  }
}
