// The capacity table `synth` and `validate` print: declared load against provisioned capacity.

/// One row: a resource, the load it is declared for, what the stack provisions, the headroom.
public struct CapacityRow: Codable, Sendable, Equatable {
  public var stack: String
  public var resource: String
  public var load: String
  public var capacity: String
  /// Capacity over need, as a percentage (`+12%`, `-90%`); negative means short.
  public var headroom: String
}

/// Rows for every load the app declares, in stack and declaration order.
public func capacityTable(_ app: AppModel) -> [CapacityRow] {
  var rows: [CapacityRow] = []
  for stack in app.stacks {
    let index = ModelIndex(stack)
    func row(_ resource: ResourceID, _ load: String, needed: Double, capacity: Double, unit: String, source: String) -> CapacityRow {
      let headroom = needed > 0 ? Int(((capacity / needed - 1) * 100).rounded()) : 0
      return CapacityRow(
        stack: stack.name, resource: "\(resource)", load: load, capacity: "\(CapacityRules.number(capacity)) \(unit) (\(source))",
        headroom: needed > 0 ? (headroom >= 0 ? "+\(headroom)%" : "\(headroom)%") : "-")
    }
    for load in stack.loads {
      switch (load.demand, index[load.target]) {
      case (.requests(let rate, let duration?), .function(let function)?):
        let needed = rate * duration.inSeconds
        let (capacity, source) = function.reservedConcurrency.map { (Double($0), "reserved") }
          ?? (Double(app.quotas.lambdaConcurrency - CapacityRules.unreservedMinimum), "account")
        rows.append(row(function.id, "\(CapacityRules.number(rate)) req/s x \(duration.shortDescription) = \(CapacityRules.number(needed)) concurrent", needed: needed, capacity: capacity, unit: "concurrent", source: source))
      case (.messages(let rate, let processing?), .queue(let queue)?):
        let consumers = stack.queueTriggers.filter { $0.queue == queue.id && $0.enabled }
        let capacity = consumers.reduce(0.0) { sum, trigger in
          let limits = [trigger.maximumConcurrency, index.function(trigger.function)?.reservedConcurrency].compactMap { $0 }
          return sum + Double(limits.min() ?? app.quotas.lambdaConcurrency) / processing.inSeconds
        }
        rows.append(row(queue.id, "\(CapacityRules.number(rate)) msg/s at \(processing.shortDescription)", needed: rate, capacity: capacity, unit: "msg/s", source: "consumers"))
      case (.tableTraffic(let reads, let writes, let itemKB, let strong), .table(let table)?):
        let neededReads = reads * (itemKB / 4).rounded(.up) * (strong ? 1 : 0.5)
        let neededWrites = writes * itemKB.rounded(.up)
        let (readCapacity, writeCapacity, source): (Double, Double, String)
        switch table.billing {
        case .provisioned(let read, let write):
          let readMax = index.scaling(of: .tableReads(table.id, index: nil))?.max
          let writeMax = index.scaling(of: .tableWrites(table.id, index: nil))?.max
          (readCapacity, writeCapacity, source) = (Double(readMax ?? read), Double(writeMax ?? write), readMax == nil ? "provisioned" : "auto scaling max")
        case .onDemand:
          (readCapacity, writeCapacity, source) = (40_000, 40_000, "on-demand default")
        }
        rows.append(row(table.id, "\(CapacityRules.number(reads)) reads/s = \(CapacityRules.number(neededReads)) RCU", needed: neededReads, capacity: readCapacity, unit: "RCU", source: source))
        if writes > 0 {
          rows.append(row(table.id, "\(CapacityRules.number(writes)) writes/s = \(CapacityRules.number(neededWrites)) WCU", needed: neededWrites, capacity: writeCapacity, unit: "WCU", source: source))
        }
      case (.requests(let rate, _), .restApi(let api)?):
        rows.append(row(api.id, "\(CapacityRules.number(rate)) req/s", needed: rate, capacity: api.throttling.rate, unit: "req/s", source: "stage throttling"))
      case (.requests(let rate, _), .httpApi(let api)?):
        rows.append(row(api.id, "\(CapacityRules.number(rate)) req/s", needed: rate, capacity: api.throttling.rate, unit: "req/s", source: "stage throttling"))
      case (.serviceRequests(let rate, let duration, let perTask), .fargateService(let service)?):
        let tasks = rate * duration.inSeconds / Double(perTask)
        let most = index.scaling(of: .serviceTasks(service.id))?.max ?? service.desiredCount
        rows.append(row(service.id, "\(CapacityRules.number(rate)) req/s x \(duration.shortDescription) / \(perTask) = \(CapacityRules.number(tasks)) tasks", needed: tasks, capacity: Double(most), unit: "tasks", source: "most"))
      case (.connections(let connections, let perTask), .fargateService(let service)?):
        let tasks = Double(connections) / Double(perTask)
        let most = index.scaling(of: .serviceTasks(service.id))?.max ?? service.desiredCount
        rows.append(row(service.id, "\(connections) connections / \(perTask) = \(CapacityRules.number(tasks)) tasks", needed: tasks, capacity: Double(most), unit: "tasks", source: "most"))
      default:
        continue
      }
    }
  }
  return rows
}

/// The rows as an aligned text table, or "" when there are none.
public func formatCapacityTable(_ rows: [CapacityRow]) -> String {
  guard !rows.isEmpty else { return "" }
  let header = ["stack", "resource", "declared load", "capacity", "headroom"]
  let cells = [header] + rows.map { [$0.stack, $0.resource, $0.load, $0.capacity, $0.headroom] }
  let widths = header.indices.map { column in cells.map { $0[column].count }.max() ?? 0 }
  return "Capacity:\n" + cells.map { line in
    line.enumerated().map { column, text in column == line.count - 1 ? text : text + String(repeating: " ", count: widths[column] - text.count) }
      .joined(separator: "  ")
  }.joined(separator: "\n") + "\n"
}
