// EventBridge buses, rules and targets.

/// A custom EventBridge event bus.
public struct EventBus: Hashable, Codable, Sendable {
  public var id: ResourceID
  public var name: String?
  public var tags: [Tag]
  public var location: SourceLocation

  public init(
    _ id: ResourceID, name: String? = nil, tags: [String: String] = [:],
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) {
    self.id = id
    self.name = name
    self.tags = Tag.sorted(tags)
    self.location = SourceLocation(fileID, filePath, line, column)
  }

  public var physicalName: String { name ?? id.rawValue }
  public var arn: StringValue { .reference(Reference(target: id, kind: .eventBus, attribute: .arn)) }
}

/// A rule on a bus (the default bus when `bus` is nil): an event pattern or a schedule, and up
/// to five targets. Delivery permissions (invoke, queue and topic policies) are generated.
///
/// ```swift
/// EventRule("transcribed", pattern: EventPattern(sources: ["whispersync.transcriber"], detailTypes: ["MemoTranscribed"]),
///           targets: [EventTarget(.function(indexer), inputPath: "$.detail"), EventTarget(.topic(fanOut))])
/// ```
public struct EventRule: Hashable, Codable, Sendable {
  public var id: ResourceID
  public var name: String?
  public var bus: ResourceID?
  public var description: String?
  public var pattern: EventPattern?
  /// `rate(...)` or `cron(...)`, for rules on the default bus.
  public var schedule: String?
  public var targets: [EventTarget]
  public var enabled: Bool
  public var tags: [Tag]
  public var location: SourceLocation

  /// Set by lowering when a target needs a role (state machines).
  var roleID: ResourceID?

  public init(
    _ id: ResourceID, name: String? = nil, bus: EventBus? = nil, description: String? = nil, pattern: EventPattern? = nil,
    schedule: String? = nil, targets: [EventTarget], enabled: Bool = true, tags: [String: String] = [:],
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) {
    self.id = id
    self.name = name
    self.bus = bus?.id
    self.description = description
    self.pattern = pattern
    self.schedule = schedule
    self.targets = targets
    self.enabled = enabled
    self.tags = Tag.sorted(tags)
    self.location = SourceLocation(fileID, filePath, line, column)
  }

  public var physicalName: String { name ?? id.rawValue }
  public var arn: StringValue { .reference(Reference(target: id, kind: .eventRule, attribute: .arn)) }
}

/// Which events a rule matches: sources, detail types, and detail fields' accepted values.
public struct EventPattern: Hashable, Codable, Sendable {
  public var sources: [String]
  public var detailTypes: [String]
  public var detail: [String: [String]]
  public init(sources: [String] = [], detailTypes: [String] = [], detail: [String: [String]] = [:]) {
    self.sources = sources
    self.detailTypes = detailTypes
    self.detail = detail
  }
}

/// Where a rule sends matching events.
public struct EventTarget: Hashable, Codable, Sendable {
  public enum Destination: Hashable, Codable, Sendable {
    case function(ResourceID)
    case queue(ResourceID)
    case topic(ResourceID)
    /// Start an execution of a state machine (through a generated role).
    case stateMachine(ResourceID)

    public static func function(_ function: Function) -> Destination { .function(function.id) }
    public static func stateMachine(_ machine: StateMachine) -> Destination { .stateMachine(machine.id) }
    public static func queue(_ queue: Queue) -> Destination { .queue(queue.id) }
    public static func topic(_ topic: Topic) -> Destination { .topic(topic.id) }

    var reference: Reference {
      switch self {
      case .function(let id): return Reference(target: id, kind: .function, attribute: .arn)
      case .queue(let id): return Reference(target: id, kind: .queue, attribute: .arn)
      case .topic(let id): return Reference(target: id, kind: .topic, attribute: .arn)
      case .stateMachine(let id): return Reference(target: id, kind: .stateMachine, attribute: .arn)
      }
    }
  }

  public var destination: Destination
  /// A JSONPath selecting what is sent (`$.detail`).
  public var inputPath: String?
  /// A queue for events that cannot be delivered.
  public var deadLetter: ResourceID?

  public init(_ destination: Destination, inputPath: String? = nil, deadLetter: Queue? = nil) {
    self.destination = destination
    self.inputPath = inputPath
    self.deadLetter = deadLetter?.id
  }
}

/// The policy of a bucket: TLS-only access, and reads by the distributions that front it.
public struct BucketPolicy: Hashable, Codable, Sendable {
  public var id: ResourceID
  public var bucket: ResourceID
  public var statements: [ResourcePolicyStatement]
  public var location: SourceLocation
}

/// The policy of a topic: which services may publish to it (EventBridge rules).
public struct TopicPolicy: Hashable, Codable, Sendable {
  public var id: ResourceID
  public var topic: ResourceID
  public var statements: [ResourcePolicyStatement]
  public var location: SourceLocation
}
