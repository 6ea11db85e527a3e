// Step Functions state machines built from typed states.

/// A Step Functions state machine whose definition is built from typed states, with a role
/// generated from what the states do, and logging to a generated log group.
///
/// ```swift
/// StateMachine("transcode", definition: Workflow(startAt: "Each", states: [
///   .map("Each", itemsPath: "$.files", maxConcurrency: 10, iterator: Workflow(startAt: "Run", states: [
///     .task("Run", .runTask(transcoder), retry: [Retry(maxAttempts: 2)], end: true)]), next: "Done"),
///   .succeed("Done")]))
/// ```
public struct StateMachine: Hashable, Codable, Sendable {
  public var id: ResourceID
  public var name: String?
  public var type: WorkflowType
  public var definition: Workflow
  public var logging: WorkflowLogging
  public var tracing: Bool
  public var tags: [Tag]
  public var location: SourceLocation

  var roleID: ResourceID?
  var logGroupID: ResourceID?

  public init(
    _ id: ResourceID, name: String? = nil, type: WorkflowType = .standard, definition: Workflow,
    logging: WorkflowLogging = .errors, tracing: Bool = false, tags: [String: String] = [:],
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) {
    self.id = id
    self.name = name
    self.type = type
    self.definition = definition
    self.logging = logging
    self.tracing = tracing
    self.tags = Tag.sorted(tags)
    self.location = SourceLocation(fileID, filePath, line, column)
  }

  public var physicalName: String { name ?? id.rawValue }
  public var arn: StringValue { .reference(Reference(target: id, kind: .stateMachine, attribute: .arn)) }
  func part(_ name: String) -> ResourceID { id.appending(name) }
}

/// Standard (long-running, exactly once) or Express (high-volume, at least once).
public enum WorkflowType: String, Hashable, Codable, Sendable {
  case standard = "STANDARD"
  case express = "EXPRESS"
}

/// What the state machine logs.
public enum WorkflowLogging: String, Hashable, Codable, Sendable {
  case off = "OFF"
  case errors = "ERROR"
  case all = "ALL"
}

/// A list of states and the one to start at (a state machine's definition, a Map iterator,
/// or a Parallel branch).
public struct Workflow: Hashable, Codable, Sendable {
  public var startAt: String
  public var states: [WorkflowState]
  public init(startAt: String, states: [WorkflowState]) {
    self.startAt = startAt
    self.states = states
  }
}

/// A state of a workflow.
public indirect enum WorkflowState: Hashable, Codable, Sendable {
  case task(String, TaskAction, retry: [Retry] = [], catch: [Catcher] = [], next: String? = nil, end: Bool = false)
  case map(String, itemsPath: String, maxConcurrency: Int = 0, iterator: Workflow, retry: [Retry] = [], catch: [Catcher] = [], next: String? = nil, end: Bool = false)
  case parallel(String, branches: [Workflow], retry: [Retry] = [], catch: [Catcher] = [], next: String? = nil, end: Bool = false)
  case choice(String, choices: [ChoiceRule], otherwise: String?)
  case wait(String, seconds: Int, next: String? = nil, end: Bool = false)
  case succeed(String)
  case fail(String, error: String, cause: String)

  public var name: String {
    switch self {
    case .task(let name, _, _, _, _, _), .map(let name, _, _, _, _, _, _, _), .parallel(let name, _, _, _, _, _),
      .choice(let name, _, _), .wait(let name, _, _, _), .succeed(let name), .fail(let name, _, _):
      return name
    }
  }

  /// The states this one can move to.
  var transitions: [String] {
    func catches(_ catchers: [Catcher]) -> [String] { catchers.map(\.next) }
    switch self {
    case .task(_, _, _, let catchers, let next, _), .map(_, _, _, _, _, let catchers, let next, _),
      .parallel(_, _, _, let catchers, let next, _):
      return (next.map { [$0] } ?? []) + catches(catchers)
    case .choice(_, let choices, let otherwise): return choices.map(\.next) + (otherwise.map { [$0] } ?? [])
    case .wait(_, _, let next, _): return next.map { [$0] } ?? []
    case .succeed, .fail: return []
    }
  }
}

/// What a task state does.
public enum TaskAction: Hashable, Codable, Sendable {
  /// Invoke a function with the state's input, and wait for its result.
  case invoke(ResourceID)
  /// Run a Fargate service's task definition once and wait for it to stop (`.sync`).
  case runTask(ResourceID)
  /// Send the state's input (or `messagePath`) to a queue.
  case sendMessage(ResourceID, messagePath: String = "$")

  public static func invoke(_ function: Function) -> TaskAction { .invoke(function.id) }
  public static func runTask(_ service: FargateService) -> TaskAction { .runTask(service.id) }
  public static func sendMessage(to queue: Queue, messagePath: String = "$") -> TaskAction { .sendMessage(queue.id, messagePath: messagePath) }
}

/// Retry on errors with exponential backoff.
public struct Retry: Hashable, Codable, Sendable {
  public var errors: [String]
  public var interval: TimeSpan
  public var maxAttempts: Int
  public var backoffRate: Double
  public init(errors: [String] = ["States.ALL"], interval: TimeSpan = .seconds(2), maxAttempts: Int = 3, backoffRate: Double = 2) {
    self.errors = errors
    self.interval = interval
    self.maxAttempts = maxAttempts
    self.backoffRate = backoffRate
  }
}

/// Go to `next` on errors (with the error at `resultPath`).
public struct Catcher: Hashable, Codable, Sendable {
  public var errors: [String]
  public var next: String
  public var resultPath: String
  public init(errors: [String] = ["States.ALL"], next: String, resultPath: String = "$.error") {
    self.errors = errors
    self.next = next
    self.resultPath = resultPath
  }
}

/// A Choice rule: when `variable` equals a string (or number), go to `next`.
public struct ChoiceRule: Hashable, Codable, Sendable {
  public var variable: String
  public var equals: ChoiceValue
  public var next: String
  public init(_ variable: String, equals: ChoiceValue, next: String) {
    self.variable = variable
    self.equals = equals
    self.next = next
  }
}

/// A value a Choice rule compares with.
public enum ChoiceValue: Hashable, Codable, Sendable {
  case string(String)
  case number(Double)
  case bool(Bool)
}
