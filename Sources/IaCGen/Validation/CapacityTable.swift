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
    let flow = LoadFlow(stack.loads, index: index)
    let n = CapacityRules.number
    for id in flow.targets {
      let arriving = flow[id]
      switch index[id] {
      case .function(let function)?:
        let requests: [(ArrivingLoad, Double, Duration)] = arriving.compactMap { load in
          guard case .requests(let rate, let duration?) = load.load.demand else { return nil }
          return (load, rate, duration)
        }
        guard !requests.isEmpty else { continue }
        let needed = requests.reduce(0.0) { $0 + $1.1 * $1.2.inSeconds }
        let terms = requests.map { load, rate, duration in
          "\(n(rate)) req/s x \(duration.shortDescription)" + (load.via.map { " via \($0)" } ?? "")
        }
        let (capacity, source) = function.reservedConcurrency.map { (Double($0), "reserved") }
          ?? (Double(app.quotas.lambdaConcurrency - CapacityRules.unreservedMinimum), "account")
        rows.append(row(id, terms.joined(separator: " + ") + " = \(n(needed)) concurrent", needed: needed, capacity: capacity, unit: "concurrent", source: source))
      case .queue(let queue)?:
        let messages: [(ArrivingLoad, Double, Duration?)] = arriving.compactMap { load in
          guard case .messages(let rate, let processing) = load.load.demand else { return nil }
          return (load, rate, processing)
        }
        guard let processing = messages.compactMap(\.2).first else { continue }
        let rate = messages.reduce(0.0) { $0 + $1.1 }
        let origins = messages.compactMap(\.0.via)
        let consumers = stack.queueTriggers.filter { $0.queue == queue.id && $0.enabled }
        let capacity = consumers.reduce(0.0) { sum, trigger in
          sum + Double(CapacityRules.consumerConcurrency(trigger, index, app.quotas)) / processing.inSeconds
        }
        let via = origins.isEmpty ? "" : " incl. " + origins.joined(separator: ", ")
        rows.append(row(id, "\(n(rate)) msg/s\(via) at \(processing.shortDescription)", needed: rate, capacity: capacity, unit: "msg/s", source: "consumers"))
      case .topic(let topic)?:
        let rate = arriving.reduce(0.0) { sum, load in
          if case .messages(let rate, _) = load.load.demand { return sum + rate }
          return sum
        }
        let quota = CapacityRules.publishQuota(fifo: topic.fifo, region: stack.region.code, quotas: app.quotas)
        rows.append(row(id, "\(n(rate)) msg/s", needed: rate, capacity: quota, unit: "msg/s", source: "SNS publish quota"))
      case .table(let table)?:
        for load in arriving {
          guard case .tableTraffic(let reads, let writes, let itemKB, let strong) = load.load.demand else { continue }
          let neededReads = reads * CapacityRules.readUnits(perItemOf: itemKB, stronglyConsistent: strong)
          let neededWrites = writes * CapacityRules.writeUnits(perItemOf: itemKB)
          let (readCapacity, writeCapacity, source): (Double, Double, String)
          switch table.billing {
          case .provisioned(let read, let write):
            let readMax = index.scaling(of: .tableReads(table.id, index: nil))?.max
            let writeMax = index.scaling(of: .tableWrites(table.id, index: nil))?.max
            (readCapacity, writeCapacity, source) = (Double(readMax ?? read), Double(writeMax ?? write), readMax == nil ? "provisioned" : "auto scaling max")
          case .onDemand:
            (readCapacity, writeCapacity, source) = (40_000, 40_000, "on-demand default")
          }
          rows.append(row(id, "\(n(reads)) reads/s = \(n(neededReads)) RCU", needed: neededReads, capacity: readCapacity, unit: "RCU", source: source))
          if writes > 0 {
            rows.append(row(id, "\(n(writes)) writes/s = \(n(neededWrites)) WCU", needed: neededWrites, capacity: writeCapacity, unit: "WCU", source: source))
          }
        }
      case let api? where api.apiThrottling != nil:
        let (rate, overRoutes) = arriving.apiRequestRate
        rows.append(
          row(id, "\(n(rate)) req/s" + (overRoutes ? " over routes" : ""), needed: rate, capacity: api.apiThrottling!.rate, unit: "req/s", source: "stage throttling"))
      case .fargateService(let service)?:
        let most = index.scaling(of: .serviceTasks(service.id))?.max ?? service.desiredCount
        for load in arriving {
          switch load.load.demand {
          case .serviceRequests(let rate, let duration, let perTask):
            let tasks = rate * duration.inSeconds / Double(perTask)
            rows.append(row(id, "\(n(rate)) req/s x \(duration.shortDescription) / \(perTask) = \(n(tasks)) tasks", needed: tasks, capacity: Double(most), unit: "tasks", source: "most"))
          case .connections(let connections, let perTask):
            let tasks = Double(connections) / Double(perTask)
            rows.append(row(id, "\(connections) connections / \(perTask) = \(n(tasks)) tasks", needed: tasks, capacity: Double(most), unit: "tasks", source: "most"))
          default:
            continue
          }
        }
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
