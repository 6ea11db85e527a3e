// The load a stack declares it must carry, for the validator's capacity rules.

/// The load a resource must carry at peak. Capacity rules compare it with what the stack
/// provisions (reserved concurrency, queue consumers, table capacity, API throttling, tasks)
/// and state the arithmetic when it falls short.
///
/// ```swift
/// Load(upload, requestsPerSecond: 1000, averageDuration: .milliseconds(95))
/// Load(transcodeQueue, messagesPerSecond: 1000, processingTimePerMessage: .milliseconds(100))
/// Load(jobs, readsPerSecond: 1000, writesPerSecond: 200, itemSizeKB: 2)
/// ```
public struct Load: Hashable, Codable, Sendable {
  public enum Demand: Hashable, Codable, Sendable {
    /// Requests to a function, an API or a service, each taking `duration` on average.
    case requests(perSecond: Double, duration: Duration?)
    /// Requests to one route of an API (`POST /uploads`), each taking `duration` in the
    /// route's function; the function carries them too.
    case routeRequests(route: String, perSecond: Double, duration: Duration)
    /// Messages arriving on a queue (each taking `processing` to handle) or published to a
    /// topic (which delivers them to its queue subscriptions).
    case messages(perSecond: Double, processing: Duration?)
    /// Item reads and writes on a table.
    case tableTraffic(readsPerSecond: Double, writesPerSecond: Double, itemSizeKB: Double, stronglyConsistent: Bool)
    /// Requests to a service whose tasks each handle `perTask` at once.
    case serviceRequests(perSecond: Double, duration: Duration, perTask: Int)
    /// Open connections (WebSocket) to a service whose tasks each hold `perTask`.
    case connections(Int, perTask: Int)
  }

  public var target: ResourceID
  public var targetKind: ResourceKind
  public var demand: Demand
  public var location: SourceLocation

  init(_ target: ResourceID, _ kind: ResourceKind, _ demand: Demand, _ location: SourceLocation) {
    self.target = target
    self.targetKind = kind
    self.demand = demand
    self.location = location
  }

  /// Requests per second a function serves, each taking `averageDuration`.
  public init(
    _ function: Function, requestsPerSecond: Double, averageDuration: Duration,
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) {
    self.init(function.id, .function, .requests(perSecond: requestsPerSecond, duration: averageDuration), SourceLocation(fileID, filePath, line, column))
  }

  /// Messages per second arriving on a queue, each taking `processingTimePerMessage` to consume.
  public init(
    _ queue: Queue, messagesPerSecond: Double, processingTimePerMessage: Duration? = nil,
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) {
    self.init(queue.id, .queue, .messages(perSecond: messagesPerSecond, processing: processingTimePerMessage), SourceLocation(fileID, filePath, line, column))
  }

  /// Item reads and writes per second on a table, of items of `itemSizeKB`.
  public init(
    _ table: Table, readsPerSecond: Double, writesPerSecond: Double = 0, itemSizeKB: Double = 1, stronglyConsistent: Bool = false,
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) {
    self.init(
      table.id, .table,
      .tableTraffic(readsPerSecond: readsPerSecond, writesPerSecond: writesPerSecond, itemSizeKB: itemSizeKB, stronglyConsistent: stronglyConsistent),
      SourceLocation(fileID, filePath, line, column))
  }

  /// Requests per second through a REST API.
  public init(
    _ api: RestApi, requestsPerSecond: Double,
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) {
    self.init(api.id, .restApi, .requests(perSecond: requestsPerSecond, duration: nil), SourceLocation(fileID, filePath, line, column))
  }

  /// Requests per second through an HTTP API.
  public init(
    _ api: HttpApi, requestsPerSecond: Double,
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) {
    self.init(api.id, .httpApi, .requests(perSecond: requestsPerSecond, duration: nil), SourceLocation(fileID, filePath, line, column))
  }

  /// Requests per second to one route of a REST API (`"POST /uploads"`), each taking
  /// `averageDuration` in the route's function, which carries them too.
  public init(
    _ api: RestApi, route: String, requestsPerSecond: Double, averageDuration: Duration,
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) {
    self.init(
      api.id, .restApi, .routeRequests(route: route, perSecond: requestsPerSecond, duration: averageDuration),
      SourceLocation(fileID, filePath, line, column))
  }

  /// Requests per second to one route of an HTTP API (`"GET /memos/{id}"`), each taking
  /// `averageDuration` in the route's function, which carries them too.
  public init(
    _ api: HttpApi, route: String, requestsPerSecond: Double, averageDuration: Duration,
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) {
    self.init(
      api.id, .httpApi, .routeRequests(route: route, perSecond: requestsPerSecond, duration: averageDuration),
      SourceLocation(fileID, filePath, line, column))
  }

  /// Messages per second published to a topic; its queue subscriptions receive them (all of
  /// them without a filter policy, at most that many with one).
  public init(
    _ topic: Topic, messagesPerSecond: Double,
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) {
    self.init(topic.id, .topic, .messages(perSecond: messagesPerSecond, processing: nil), SourceLocation(fileID, filePath, line, column))
  }

  /// Requests per second to a service whose tasks each serve `concurrentRequestsPerTask` at
  /// once (CloudSync: 100 per container; docs/scaling-phases.md).
  public init(
    _ service: FargateService, requestsPerSecond: Double, averageDuration: Duration, concurrentRequestsPerTask: Int = 100,
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) {
    self.init(
      service.id, .fargateService, .serviceRequests(perSecond: requestsPerSecond, duration: averageDuration, perTask: concurrentRequestsPerTask),
      SourceLocation(fileID, filePath, line, column))
  }

  /// Open WebSocket connections to a service whose tasks each hold `connectionsPerTask`
  /// (CloudSync: 10,000 per server).
  public init(
    _ service: FargateService, connections: Int, connectionsPerTask: Int = 10_000,
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) {
    self.init(service.id, .fargateService, .connections(connections, perTask: connectionsPerTask), SourceLocation(fileID, filePath, line, column))
  }
}

extension Load {
  /// The same load with its rates multiplied by `factor`.
  func scaled(by factor: Double) -> Load {
    var copy = self
    switch demand {
    case .requests(let rate, let duration): copy.demand = .requests(perSecond: rate * factor, duration: duration)
    case .routeRequests(let route, let rate, let duration): copy.demand = .routeRequests(route: route, perSecond: rate * factor, duration: duration)
    case .messages(let rate, let processing): copy.demand = .messages(perSecond: rate * factor, processing: processing)
    case .tableTraffic(let reads, let writes, let size, let strong):
      copy.demand = .tableTraffic(readsPerSecond: reads * factor, writesPerSecond: writes * factor, itemSizeKB: size, stronglyConsistent: strong)
    case .serviceRequests(let rate, let duration, let perTask): copy.demand = .serviceRequests(perSecond: rate * factor, duration: duration, perTask: perTask)
    case .connections(let count, let perTask): copy.demand = .connections(Int((Double(count) * factor).rounded(.up)), perTask: perTask)
    }
    return copy
  }
}

/// A growth target: by `month`, every load the stack declares is `factor` times larger (the
/// audio service of docs/scaling-phases.md: 200 RPS at month 1, 500 at 3, 1000 at 6, 2000 at
/// 12). Capacity rules check each target after the declared load and warn at the first month
/// the stack falls short.
///
/// ```swift
/// GrowthTarget(month: 12, factor: 2)
/// ```
public struct GrowthTarget: Hashable, Codable, Sendable {
  public var month: Int
  public var factor: Double
  public init(month: Int, factor: Double) {
    self.month = month
    self.factor = factor
  }
}

extension GrowthTarget: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.growth.append(self) }
}

extension Load: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.loads.append(self) }
}

extension Duration {
  /// The duration in seconds, as a `Double`.
  var inSeconds: Double {
    let (seconds, attoseconds) = components
    return Double(seconds) + Double(attoseconds) / 1e18
  }
  /// `95 ms`, `1.5 s`.
  var shortDescription: String {
    let seconds = inSeconds
    return seconds < 1 ? "\(formatNumber((seconds * 1000 * 10).rounded() / 10)) ms" : "\(formatNumber((seconds * 100).rounded() / 100)) s"
  }
}
