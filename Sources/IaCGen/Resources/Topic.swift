// SNS topics and their subscriptions.

/// An SNS topic (standard or FIFO), encrypted, with subscriptions to queues, functions and
/// e-mail addresses; queue policies and invoke permissions are generated.
///
/// ```swift
/// let fanOut = Topic("memo-events", subscriptions: [
///   Subscription(.queue(indexer), rawDelivery: true, filter: ["type": ["transcribed"]]),
///   Subscription(.function(notifier)), Subscription(.email("oncall@example.com"))])
/// ```
public struct Topic: Hashable, Codable, Sendable {
  public var id: ResourceID
  /// The topic name; defaults to `<stack>-<id>` (with `.fifo` for FIFO topics).
  public var name: String?
  public var fifo: Bool
  public var contentBasedDeduplication: Bool
  /// KMS key for encryption at rest; the AWS-managed `alias/aws/sns` by default.
  public var kmsKeyID: String
  public var subscriptions: [Subscription]
  public var tags: [Tag]
  public var location: SourceLocation

  public init(
    _ id: ResourceID, name: String? = nil, fifo: Bool = false, contentBasedDeduplication: Bool = false,
    kmsKeyID: String = "alias/aws/sns", subscriptions: [Subscription] = [], tags: [String: String] = [:],
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) {
    self.id = id
    self.name = name
    self.fifo = fifo
    self.contentBasedDeduplication = contentBasedDeduplication
    self.kmsKeyID = kmsKeyID
    self.subscriptions = subscriptions
    self.tags = Tag.sorted(tags)
    self.location = SourceLocation(fileID, filePath, line, column)
  }

  public var physicalName: String { name ?? id.rawValue }
  /// The topic's ARN.
  public var arn: StringValue { .reference(Reference(target: id, kind: .topic, attribute: .arn)) }
}

/// A subscription of a topic.
public struct Subscription: Hashable, Codable, Sendable {
  public enum Endpoint: Hashable, Codable, Sendable {
    case queue(ResourceID)
    case function(ResourceID)
    case email(String)

    public static func queue(_ queue: Queue) -> Endpoint { .queue(queue.id) }
    public static func function(_ function: Function) -> Endpoint { .function(function.id) }

    var protocolName: String {
      switch self {
      case .queue: return "sqs"
      case .function: return "lambda"
      case .email: return "email"
      }
    }
  }

  public var endpoint: Endpoint
  /// Deliver the message body alone (queues only).
  public var rawDelivery: Bool
  /// Message attribute -> accepted values.
  public var filter: [String: [String]]

  public init(_ endpoint: Endpoint, rawDelivery: Bool = false, filter: [String: [String]] = [:]) {
    self.endpoint = endpoint
    self.rawDelivery = rawDelivery
    self.filter = filter
  }
}
