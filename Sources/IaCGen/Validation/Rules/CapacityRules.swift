// Capacity rules: the load a stack declares against what it provisions, with the arithmetic.

enum CapacityRules {
  static let all: [Rule] = [functionConcurrency, queueConsumption, tableCapacity, apiRate, serviceTasks, loadTargets]

  /// Concurrent executions that must stay unreserved in a Region (aws-limits.md lambda, concurrency).
  static let unreservedMinimum = 100
  /// Regions whose API Gateway account throttle defaults to 2,500 / 1,250 (aws-limits.md).
  static let reducedApiRegions: Set<String> = [
    "af-south-1", "eu-south-1", "ap-southeast-3", "me-central-1", "ap-south-2", "ap-southeast-4", "eu-south-2", "eu-central-2",
    "il-central-1", "ca-west-1", "ap-southeast-5", "ap-southeast-7", "mx-central-1",
  ]

  /// Runs `check` for the declared load, then (when it passes) for each growth target of the
  /// stack in month order until one falls short: growth findings are warnings that name the
  /// month, so the stack knows how long its capacity lasts.
  static func forEachScenario(of load: Load, in context: RuleContext, _ check: (Load, String, Bool) -> Void) {
    let before = context.diagnostics.count
    check(load, "", false)
    guard context.diagnostics.count == before else { return }
    for target in context.stack.growth.sorted(by: { $0.month < $1.month }) {
      check(load.scaled(by: target.factor), "by month \(target.month) (\(number(target.factor))x the declared load), ", true)
      if context.diagnostics.count > before { return }
    }
  }

  /// `1000`, `0.5`, `1,200` without separators: numbers as the messages print them.
  static func number(_ value: Double) -> String { formatNumber((value * 100).rounded() / 100) }

  static let functionConcurrency = Rule(
    "CAP001", .error,
    "A function's declared request rate x duration (Little's law) fits its reserved concurrency and the account's unreserved pool; provisioned concurrency below it means cold starts (warning)",
    source: "../shared/reference/scaling-phases.md (seeds/000_31b5e04cdccfb9ef.txt: 1000 RPS at 95 ms against reserved concurrency 10); aws-limits.md lambda concurrency (1,000 per Region, 100 unreserved); https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html"
  ) { context in
    for declared in context.stack.loads where declared.targetKind == .function { forEachScenario(of: declared, in: context) { load, prefix, growth in
      guard case .requests(let rate, let duration?) = load.demand, let function = context.function(load.target) else { return }
      let seconds = duration.inSeconds
      let needed = rate * seconds
      let neededCount = Int(needed.rounded(.up))
      let arithmetic = "\(number(rate)) requests/s x \(duration.shortDescription) needs \(neededCount) concurrent executions"
      if let reserved = function.reservedConcurrency {
        if Double(reserved) < needed {
          context.report(
            prefix + "function '\(function.id)' is declared for \(number(rate)) requests/s at \(duration.shortDescription): \(arithmetic), but reserved concurrency \(reserved) serves at most \(Int((Double(reserved) / seconds).rounded(.down))) requests/s; raise reserved concurrency to at least \(neededCount)",
            about: .function(function), severity: growth ? .warning : nil)
        }
      } else if neededCount > context.quotas.lambdaConcurrency - unreservedMinimum {
        context.report(
          prefix + "function '\(function.id)' is declared for \(number(rate)) requests/s at \(duration.shortDescription): \(arithmetic), more than the \(context.quotas.lambdaConcurrency - unreservedMinimum) the account's quota of \(context.quotas.lambdaConcurrency) leaves (\(unreservedMinimum) stay unreserved); request a concurrency quota increase",
          about: .function(function), severity: growth ? .warning : nil)
      }
      if let provisioned = function.alias?.provisionedConcurrency, provisioned < neededCount,
        context.index.scaling(of: .provisionedConcurrency(function.id)) == nil
      {
        context.report(
          prefix + "function '\(function.id)' keeps \(provisioned) provisioned executions of the \(neededCount) its load needs; the rest start cold (seed 000: 1.8 s); raise provisioned concurrency or scale it with AutoScaling",
          about: .function(function), severity: .warning)
      }
    } }
  }

  static let queueConsumption = Rule(
    "CAP002", .error,
    "A queue's consumers keep up with its declared arrival rate (concurrency / time per message), and FIFO queues stay within 300 messages/s (3,000 batched)",
    source: "../shared/reference/scaling-phases.md (seeds/000_31b5e04cdccfb9ef.txt: 100 ms per message against 1000 messages/s; seeds/004_b6e67e45d7fa7e0d.txt: FIFO 300 msgs/s); https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html"
  ) { context in
    for declared in context.stack.loads where declared.targetKind == .queue { forEachScenario(of: declared, in: context) { load, prefix, growth in
      guard case .messages(let rate, let processing) = load.demand, let queue = context.queue(load.target) else { return }
      if case .fifo(_, false) = queue.type, rate > 300 {
        context.report(
          prefix + (rate > 3_000
            ? "FIFO queue '\(queue.id)' is declared for \(number(rate)) messages/s; FIFO queues take 300 messages/s (3,000 in batches of 10) without high-throughput mode; turn it on or shard the queue"
            : "FIFO queue '\(queue.id)' is declared for \(number(rate)) messages/s; above 300 messages/s producers must send in batches of 10 (up to 3,000)"),
          about: .queue(queue), severity: growth ? .warning : rate > 3_000 ? .error : .warning)
      }
      guard let processing else { return }
      let triggers = context.stack.queueTriggers.filter { $0.queue == queue.id && $0.enabled }
      guard !triggers.isEmpty else { return }
      var capacity = 0.0
      var parts: [String] = []
      for trigger in triggers {
        let function = context.function(trigger.function)
        let limits = [trigger.maximumConcurrency, function?.reservedConcurrency].compactMap { $0 }
        let concurrency = limits.min() ?? context.quotas.lambdaConcurrency
        capacity += Double(concurrency) / processing.inSeconds
        parts.append("'\(trigger.function)' at \(concurrency) concurrent executions")
      }
      guard capacity < rate else { return }
      let perMinute = Int(((rate - capacity) * 60).rounded())
      let neededConcurrency = Int((rate * processing.inSeconds).rounded(.up))
      context.report(
        "queue '\(queue.id)' is declared for \(number(rate)) messages/s at \(processing.shortDescription) each, but its consumers (\(parts.joined(separator: ", "))) handle at most \(number(capacity)) messages/s; the backlog grows by \(perMinute) messages a minute; allow at least \(neededConcurrency) concurrent executions in all",
        about: .queue(queue), severity: growth ? .warning : nil)
    } }
  }

  static let tableCapacity = Rule(
    "CAP003", .error,
    "A table's declared reads and writes fit its capacity units (provisioned, its auto scaling maximum, or the 40,000 on-demand default); hot reads expect a cache (warning)",
    source: "DynamoDB capacity units: 4 KB per read unit (half for eventually consistent reads), 1 KB per write unit; aws-limits.md dynamodb (40,000 per table on demand); seeds/000_31b5e04cdccfb9ef.txt: 1000 RCU with DAX; https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html"
  ) { context in
    for declared in context.stack.loads where declared.targetKind == .table { forEachScenario(of: declared, in: context) { load, prefix, growth in
      guard case .tableTraffic(let reads, let writes, let itemKB, let strong) = load.demand,
        case .table(let table)? = context.resource(load.target) else { return }
      let readUnitsPerItem = (itemKB / 4).rounded(.up) * (strong ? 1 : 0.5)
      let writeUnitsPerItem = itemKB.rounded(.up)
      let neededReads = reads * readUnitsPerItem
      let neededWrites = writes * writeUnitsPerItem
      let describe = "\(number(reads)) reads/s and \(number(writes)) writes/s of \(number(itemKB)) KB items"
      switch table.billing {
      case .provisioned(let read, let write):
        let readScaling = context.index.scaling(of: .tableReads(table.id, index: nil))
        let writeScaling = context.index.scaling(of: .tableWrites(table.id, index: nil))
        let readCapacity = readScaling?.max ?? read
        let writeCapacity = writeScaling?.max ?? write
        if neededReads > Double(readCapacity) {
          context.report(
            prefix + "table '\(table.id)' is declared for \(describe): \(number(reads)) x \(number(readUnitsPerItem)) read units needs \(number(neededReads)) RCU, but it has \(readCapacity) (\(readScaling == nil ? "provisioned" : "auto scaling maximum")); raise it to at least \(Int(neededReads.rounded(.up))) or cache reads with DAX",
            about: .table(table), severity: growth ? .warning : nil)
        }
        if neededWrites > Double(writeCapacity) {
          context.report(
            prefix + "table '\(table.id)' is declared for \(describe): \(number(writes)) x \(number(writeUnitsPerItem)) write units needs \(number(neededWrites)) WCU, but it has \(writeCapacity) (\(writeScaling == nil ? "provisioned" : "auto scaling maximum")); raise it to at least \(Int(neededWrites.rounded(.up)))",
            about: .table(table), severity: growth ? .warning : nil)
        }
      case .onDemand:
        if neededReads > 40_000 || neededWrites > 40_000 {
          context.report(
            prefix + "table '\(table.id)' is declared for \(describe): \(number(neededReads)) RCU and \(number(neededWrites)) WCU, beyond the on-demand default of 40000 per table; request a quota increase or shard the table (seed 004)",
            about: .table(table), severity: growth ? .warning : nil)
        }
      }
      let cached = context.stack.resources.contains { resource in
        if case .daxCluster(let cluster) = resource { return cluster.tables.contains(table.id) }
        return false
      }
      if reads >= 1_000 && !cached {
        context.report(
          prefix + "table '\(table.id)' is declared for \(number(reads)) reads/s with no DAX cluster in front; seed 000 serves its 1000-RCU target through DAX",
          about: .table(table), severity: .warning)
      }
    } }
  }

  static let apiRate = Rule(
    "CAP004", .error,
    "An API's declared request rate fits its stage throttling and the account's API Gateway quota (10,000 requests/s; 2,500 in newer Regions)",
    source: "aws-limits.md api_gateway account throttle (10,000 / 5,000; 2,500 / 1,250 in 13 newer Regions); https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html"
  ) { context in
    let quota = context.quotas.apiRequestsPerSecond ?? (reducedApiRegions.contains(context.stack.region.code) ? 2_500.0 : 10_000.0)
    for declared in context.stack.loads where declared.targetKind == .restApi || declared.targetKind == .httpApi { forEachScenario(of: declared, in: context) { load, prefix, growth in
      guard case .requests(let rate, _) = load.demand, let api = context.resource(load.target) else { return }
      let throttling: Throttling
      switch api {
      case .restApi(let rest): throttling = rest.throttling
      case .httpApi(let http): throttling = http.throttling
      default: return
      }
      if rate > throttling.rate {
        context.report(
          prefix + "\(api.kind.displayName) '\(api.id)' is declared for \(number(rate)) requests/s but throttles at \(number(throttling.rate)); raise its throttling rate to at least \(number(rate))",
          about: api, severity: growth ? .warning : nil)
      } else if rate > quota {
        context.report(
          prefix + "\(api.kind.displayName) '\(api.id)' is declared for \(number(rate)) requests/s, above the account's API Gateway quota of \(number(quota)) in \(context.stack.region.code); request a quota increase",
          about: api, severity: growth ? .warning : nil)
      }
    } }
  }

  static let serviceTasks = Rule(
    "CAP005", .error,
    "A service's most tasks (its auto scaling maximum or desired count) carry its declared requests (rate x duration / requests per task) or connections",
    source: "seeds/001_39afb5ee52162cf9.txt: 100 concurrent requests per container, 10,000 connections per WebSocket server; https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-autoscaling.html"
  ) { context in
    for declared in context.stack.loads where declared.targetKind == .fargateService { forEachScenario(of: declared, in: context) { load, prefix, growth in
      guard case .fargateService(let service)? = context.resource(load.target) else { return }
      let scaling = context.index.scaling(of: .serviceTasks(service.id))
      let most = scaling?.max ?? service.desiredCount
      let bound = scaling == nil ? "its desired count" : "its auto scaling maximum"
      let needed: Int
      let arithmetic: String
      switch load.demand {
      case .serviceRequests(let rate, let duration, let perTask):
        let concurrent = rate * duration.inSeconds
        needed = Int((concurrent / Double(perTask)).rounded(.up))
        arithmetic = "\(number(rate)) requests/s x \(duration.shortDescription) is \(number(concurrent)) concurrent requests; at \(perTask) per task that needs \(needed) tasks"
      case .connections(let connections, let perTask):
        needed = Int((Double(connections) / Double(perTask)).rounded(.up))
        arithmetic = "\(connections) connections at \(perTask) per task need \(needed) tasks"
      default:
        return
      }
      if needed > most {
        context.report(prefix + "service '\(service.id)' is declared for load: \(arithmetic), but \(bound) is \(most); raise it to at least \(needed)", about: .fargateService(service), severity: growth ? .warning : nil)
      }
    } }
  }

  static let loadTargets = Rule(
    "CAP006", .error, "A load declaration names a resource of the stack", source: "iacgen: loads are checked against the stack's resources (declared loads follow seeds/000_31b5e04cdccfb9ef.txt's current and target figures)"
  ) { context in
    for load in context.stack.loads where context.resource(load.target) == nil {
      context.report("load is declared for \(load.targetKind.displayName) '\(load.target)', which stack '\(context.stack.name)' does not declare", at: load.location)
    }
  }
}
