// Capacity rules: the load a stack declares against what it provisions, with the arithmetic.

enum CapacityRules {
  static let all: [Rule] = [functionConcurrency, queueConsumption, tableCapacity, apiRate, serviceTasks, loadTargets, topicPublishing]

  /// Concurrent executions that must stay unreserved in a Region (https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html).
  static let unreservedMinimum = 100
  /// Regions whose API Gateway account throttle defaults to 2,500 / 1,250 (https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html).
  static let reducedApiRegions: Set<String> = [
    "af-south-1", "eu-south-1", "ap-southeast-3", "me-central-1", "ap-south-2", "ap-southeast-4", "eu-south-2", "eu-central-2",
    "il-central-1", "ca-west-1", "ap-southeast-5", "ap-southeast-7", "mx-central-1",
  ]

  /// The loads of one scenario: as declared, or scaled by a growth target.
  struct Scenario {
    var flow: LoadFlow
    /// "by month 12 (2x the declared load), " for a growth target; "" as declared.
    var prefix: String
    var growth: Bool
  }

  /// The declared loads, then each growth target of the stack in month order.
  static func scenarios(_ context: RuleContext) -> [Scenario] {
    var result = [Scenario(flow: LoadFlow(context.stack.loads, index: context.index), prefix: "", growth: false)]
    for target in context.stack.growth.sorted(by: { $0.month < $1.month }) {
      let scaled = context.stack.loads.map { $0.scaled(by: target.factor) }
      result.append(
        Scenario(flow: LoadFlow(scaled, index: context.index), prefix: "by month \(target.month) (\(number(target.factor))x the declared load), ", growth: true))
    }
    return result
  }

  /// Runs `check` for every resource of `kinds` the loads reach: first as declared, then
  /// (when that passes) for each growth target until one falls short. Growth findings are
  /// warnings that name the month, so the stack knows how long its capacity lasts.
  static func forEachLoadedResource(
    _ kinds: Set<ResourceKind>, in context: RuleContext, _ check: (ResourceModel, [ArrivingLoad], Scenario) -> Void
  ) {
    let all = scenarios(context)
    for id in all[0].flow.targets {
      guard let resource = context.resource(id), kinds.contains(resource.kind) else { continue }
      let before = context.diagnostics.count
      for scenario in all {
        check(resource, scenario.flow[id], scenario)
        if context.diagnostics.count > before { break }
      }
    }
  }

  /// "1000 requests/s at 95 ms from route 'POST /uploads' of REST API 'audio'" for each load, joined.
  static func describe(_ parts: [(ArrivingLoad, String)]) -> String {
    let texts = parts.map { load, text in load.origin.map { "\(text) from \($0)" } ?? "\(text) declared on it" }
    return texts.count == 1 ? texts[0] : texts.dropLast().joined(separator: ", ") + " and " + texts.last!
  }

  /// Read units one item costs: one per 4 KB, half for eventually consistent reads.
  static func readUnits(perItemOf itemKB: Double, stronglyConsistent: Bool) -> Double {
    (itemKB / 4).rounded(.up) * (stronglyConsistent ? 1 : 0.5)
  }

  /// Write units one item costs: one per KB.
  static func writeUnits(perItemOf itemKB: Double) -> Double { itemKB.rounded(.up) }

  /// The executions a queue trigger's consumer can run at once: the lower of the trigger's
  /// maximum concurrency and the function's reservation, else the account's concurrency.
  static func consumerConcurrency(_ trigger: QueueTrigger, _ index: ModelIndex, _ quotas: AccountQuotas) -> Int {
    [trigger.maximumConcurrency, index.function(trigger.function)?.reservedConcurrency].compactMap { $0 }.min() ?? quotas.lambdaConcurrency
  }

  /// `1000`, `0.5`, `1,200` without separators: numbers as the messages print them.
  static func number(_ value: Double) -> String { formatNumber((value * 100).rounded() / 100) }

  static let functionConcurrency = Rule(
    "CAP001", .error,
    "A function's declared request rate x duration (Little's law) fits its reserved concurrency and the account's unreserved pool; provisioned concurrency below it means cold starts (warning)",
    source: "Little's law (docs/scaling-phases.md#capacity-figures: 1,000 requests/s at 95 ms against a reserved concurrency of 10); Lambda concurrency: 1,000 per Region, 100 unreserved; https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html"
  ) { context in
    forEachLoadedResource([.function], in: context) { resource, arriving, scenario in
      guard case .function(let function) = resource else { return }
      let requests: [(ArrivingLoad, Double, Duration)] = arriving.compactMap { load in
        guard case .requests(let rate, let duration?) = load.load.demand else { return nil }
        return (load, rate, duration)
      }
      guard !requests.isEmpty else { return }
      let needed = requests.reduce(0.0) { $0 + $1.1 * $1.2.inSeconds }
      let neededCount = Int(needed.rounded(.up))
      let severity: Diagnostic.Severity? = scenario.growth ? .warning : nil
      let subject: String
      let arithmetic: String
      if requests.count == 1 {
        let (load, rate, duration) = requests[0]
        subject = load.isDeclared
          ? "is declared for \(number(rate)) requests/s at \(duration.shortDescription)"
          : "receives \(number(rate)) requests/s at \(duration.shortDescription) from \(load.origin!)"
        arithmetic = "\(number(rate)) requests/s x \(duration.shortDescription) needs \(neededCount) concurrent executions"
      } else {
        subject = "receives " + describe(requests.map { ($0.0, "\(number($0.1)) requests/s at \($0.2.shortDescription)") })
        arithmetic = requests.map { "\(number($0.1)) x \($0.2.shortDescription)" }.joined(separator: " + ") + " needs \(neededCount) concurrent executions"
      }
      if let reserved = function.reservedConcurrency {
        if Double(reserved) < needed {
          let durations = Set(requests.map(\.2))
          let serves = durations.count == 1
            ? "serves at most \(Int((Double(reserved) / durations.first!.inSeconds).rounded(.down))) requests/s"
            : "covers \(reserved) of them"
          context.report(
            scenario.prefix + "function '\(function.id)' \(subject): \(arithmetic), but reserved concurrency \(reserved) \(serves); raise reserved concurrency to at least \(neededCount)",
            about: .function(function), severity: severity)
        }
      } else if neededCount > context.quotas.lambdaConcurrency - unreservedMinimum {
        context.report(
          scenario.prefix + "function '\(function.id)' \(subject): \(arithmetic), more than the \(context.quotas.lambdaConcurrency - unreservedMinimum) the account's quota of \(context.quotas.lambdaConcurrency) leaves (\(unreservedMinimum) stay unreserved); request a concurrency quota increase",
          about: .function(function), severity: severity)
      }
      if let provisioned = function.alias?.provisionedConcurrency, provisioned < neededCount,
        context.index.scaling(of: .provisionedConcurrency(function.id)) == nil
      {
        context.report(
          scenario.prefix + "function '\(function.id)' keeps \(provisioned) provisioned executions of the \(neededCount) its load needs; the rest start cold (the audio service measured 1.8 s; docs/scaling-phases.md); raise provisioned concurrency or scale it with AutoScaling",
          about: .function(function), severity: .warning)
      }
    }
  }

  static let queueConsumption = Rule(
    "CAP002", .error,
    "A queue's consumers keep up with its declared arrival rate (concurrency / time per message), and FIFO queues stay within 300 messages/s (3,000 batched)",
    source: "docs/scaling-phases.md#capacity-figures (100 ms per message against 1,000 messages/s); FIFO 300 messages/s, 3,000 batched; https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-fifo.html"
  ) { context in
    forEachLoadedResource([.queue], in: context) { resource, arriving, scenario in
      guard case .queue(let queue) = resource else { return }
      let messages: [(ArrivingLoad, Double, Duration?)] = arriving.compactMap { load in
        guard case .messages(let rate, let processing) = load.load.demand else { return nil }
        return (load, rate, processing)
      }
      guard !messages.isEmpty else { return }
      let rate = messages.reduce(0.0) { $0 + $1.1 }
      let severity: Diagnostic.Severity? = scenario.growth ? .warning : nil
      let subject = messages.allSatisfy { $0.0.isDeclared }
        ? "is declared for \(number(rate)) messages/s"
        : "receives \(number(rate)) messages/s ("
          + describe(messages.map { ($0.0, ($0.0.atMost ? "up to " : "") + "\(number($0.1))") }) + ")"
      if case .fifo(_, false) = queue.type, rate > 300 {
        context.report(
          scenario.prefix + (rate > 3_000
            ? "FIFO queue '\(queue.id)' \(subject); FIFO queues take 300 messages/s (3,000 in batches of 10) without high-throughput mode; turn it on or shard the queue"
            : "FIFO queue '\(queue.id)' \(subject); above 300 messages/s producers must send in batches of 10 (up to 3,000)"),
          about: .queue(queue), severity: scenario.growth ? .warning : rate > 3_000 ? .error : .warning)
      }
      guard let processing = messages.compactMap(\.2).first else { return }
      let triggers = context.queueTriggers.filter { $0.queue == queue.id && $0.enabled }
      guard !triggers.isEmpty else { return }
      var capacity = 0.0
      var parts: [String] = []
      for trigger in triggers {
        let concurrency = consumerConcurrency(trigger, context.index, context.quotas)
        capacity += Double(concurrency) / processing.inSeconds
        parts.append("'\(trigger.function)' at \(concurrency) concurrent executions")
      }
      guard capacity < rate else { return }
      let perMinute = Int(((rate - capacity) * 60).rounded())
      let neededConcurrency = Int((rate * processing.inSeconds).rounded(.up))
      context.report(
        scenario.prefix + "queue '\(queue.id)' \(subject) at \(processing.shortDescription) each, but its consumers (\(parts.joined(separator: ", "))) handle at most \(number(capacity)) messages/s; the backlog grows by \(perMinute) messages a minute; allow at least \(neededConcurrency) concurrent executions in all",
        about: .queue(queue), severity: severity)
    }
  }

  static let tableCapacity = Rule(
    "CAP003", .error,
    "A table's declared reads and writes fit its capacity units (provisioned, its auto scaling maximum, or the 40,000 on-demand default); hot reads expect a cache (warning)",
    source: "DynamoDB capacity units: 4 KB per read unit (half for eventually consistent reads), 1 KB per write unit; 40,000 per table on demand; docs/scaling-phases.md#capacity-figures; https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html"
  ) { context in
    forEachLoadedResource([.table], in: context) { resource, arriving, scenario in for arrival in arriving {
      let (prefix, growth) = (scenario.prefix, scenario.growth)
      guard case .tableTraffic(let reads, let writes, let itemKB, let strong) = arrival.load.demand,
        case .table(let table) = resource else { continue }
      let readUnitsPerItem = readUnits(perItemOf: itemKB, stronglyConsistent: strong)
      let writeUnitsPerItem = writeUnits(perItemOf: itemKB)
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
            prefix + "table '\(table.id)' is declared for \(describe): \(number(neededReads)) RCU and \(number(neededWrites)) WCU, beyond the on-demand default of 40000 per table; request a quota increase or shard the table (WhisperSync shards into 10 tables)",
            about: .table(table), severity: growth ? .warning : nil)
        }
      }
      let cached = context.stack.resources.contains { resource in
        if case .daxCluster(let cluster) = resource { return cluster.tables.contains(table.id) }
        return false
      }
      if reads >= 1_000 && !cached {
        context.report(
          prefix + "table '\(table.id)' is declared for \(number(reads)) reads/s with no DAX cluster in front; at this rate reads go through DAX (docs/scaling-phases.md)",
          about: .table(table), severity: .warning)
      }
    } }
  }

  /// The account's API Gateway rate and burst in the stack's Region.
  static func apiQuota(_ context: RuleContext) -> (rate: Double, burst: Int) {
    let reduced = reducedApiRegions.contains(context.stack.region.code)
    return (context.quotas.apiRequestsPerSecond ?? (reduced ? 2_500 : 10_000), context.quotas.apiBurst ?? (reduced ? 1_250 : 5_000))
  }

  static let apiRate = Rule(
    "CAP004", .error,
    "An API's declared request rate (on the API or summed over its routes) fits its stage throttling and the account's API Gateway quota (10,000 requests/s; 2,500 in newer Regions); throttling above the account's rate or burst is capped (warning)",
    source: "account throttle: 10,000 requests/s with bursts of 5,000; 2,500 / 1,250 in 13 newer Regions; https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html"
  ) { context in
    let quota = apiQuota(context)
    for api in context.stack.resources {
      guard let throttling = api.apiThrottling else { continue }
      if throttling.rate > quota.rate {
        context.report(
          "\(api.kind.displayName) '\(api.id)' throttles at \(number(throttling.rate)) requests/s, above the account's \(number(quota.rate)) in \(context.stack.region.code), which caps it; request an increase and declare it with `App(quotas: AccountQuotas(apiRequestsPerSecond:))`",
          about: api, severity: .warning)
      }
      if throttling.burst > quota.burst {
        context.report(
          "\(api.kind.displayName) '\(api.id)' allows bursts of \(throttling.burst) requests, above the account's \(quota.burst) in \(context.stack.region.code), which caps it; lower the burst or declare a granted increase with `App(quotas: AccountQuotas(apiBurst:))`",
          about: api, severity: .warning)
      }
    }
    forEachLoadedResource([.restApi, .httpApi], in: context) { api, arriving, scenario in
      guard let throttling = api.apiThrottling else { return }
      let (rate, overRoutes) = arriving.apiRequestRate
      let subject = overRoutes ? "is declared for \(number(rate)) requests/s over its routes" : "is declared for \(number(rate)) requests/s"
      let severity: Diagnostic.Severity? = scenario.growth ? .warning : nil
      if rate > throttling.rate {
        context.report(
          scenario.prefix + "\(api.kind.displayName) '\(api.id)' \(subject) but throttles at \(number(throttling.rate)); raise its throttling rate to at least \(number(rate))",
          about: api, severity: severity)
      } else if rate > quota.rate {
        context.report(
          scenario.prefix + "\(api.kind.displayName) '\(api.id)' \(subject), above the account's API Gateway quota of \(number(quota.rate)) in \(context.stack.region.code); request a quota increase",
          about: api, severity: severity)
      }
    }
  }

  static let serviceTasks = Rule(
    "CAP005", .error,
    "A service's most tasks (its auto scaling maximum or desired count) carry its declared requests (rate x duration / requests per task) or connections",
    source: "docs/scaling-phases.md#capacity-figures (100 concurrent requests per container, 10,000 connections per WebSocket server); https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-autoscaling.html"
  ) { context in
    forEachLoadedResource([.fargateService], in: context) { resource, arriving, scenario in for arrival in arriving {
      let (prefix, growth) = (scenario.prefix, scenario.growth)
      guard case .fargateService(let service) = resource else { continue }
      let scaling = context.index.scaling(of: .serviceTasks(service.id))
      let most = scaling?.max ?? service.desiredCount
      let bound = scaling == nil ? "its desired count" : "its auto scaling maximum"
      let needed: Int
      let arithmetic: String
      switch arrival.load.demand {
      case .serviceRequests(let rate, let duration, let perTask):
        let concurrent = rate * duration.inSeconds
        needed = Int((concurrent / Double(perTask)).rounded(.up))
        arithmetic = "\(number(rate)) requests/s x \(duration.shortDescription) is \(number(concurrent)) concurrent requests; at \(perTask) per task that needs \(needed) tasks"
      case .connections(let connections, let perTask):
        needed = Int((Double(connections) / Double(perTask)).rounded(.up))
        arithmetic = "\(connections) connections at \(perTask) per task need \(needed) tasks"
      default:
        continue
      }
      if needed > most {
        context.report(prefix + "service '\(service.id)' is declared for load: \(arithmetic), but \(bound) is \(most); raise it to at least \(needed)", about: .fargateService(service), severity: growth ? .warning : nil)
      }
    } }
  }

  static let loadTargets = Rule(
    "CAP006", .error, "A load declaration names a resource of the stack (and a route the API has)", source: "iacgen: loads are checked against the stack's resources (docs/scaling-phases.md#capacity-figures)"
  ) { context in
    for load in context.stack.loads {
      guard let resource = context.resource(load.target) else {
        context.report("load is declared for \(load.targetKind.displayName) '\(load.target)', which stack '\(context.stack.name)' does not declare", at: load.location)
        continue
      }
      if case .routeRequests(let route, _, _) = load.demand, LoadFlow.function(of: route, in: resource) == nil {
        context.report("load is declared for route '\(route)' of \(resource.kind.displayName) '\(resource.id)', which has no such route", at: load.location)
      }
    }
  }

  /// The account's SNS publish rate in the stack's Region for a topic.
  static func publishQuota(fifo: Bool, region: String, quotas: AccountQuotas) -> Double {
    if fifo { return 3_000 }
    if let quota = quotas.snsPublishPerSecond { return quota }
    switch region {
    case "us-east-1": return 30_000
    case "us-west-2", "eu-west-1": return 9_000
    default: return 1_500
    }
  }

  static let topicPublishing = Rule(
    "CAP007", .error,
    "A topic's declared publish rate fits the account's SNS quota in its Region (standard topics: 30,000 messages/s in us-east-1, 9,000 in us-west-2 and eu-west-1, 1,500 elsewhere; FIFO topics: 3,000)",
    source: "https://docs.aws.amazon.com/general/latest/gr/sns.html (Publish and PublishBatch quotas per account and Region); docs/scaling-phases.md#capacity-figures"
  ) { context in
    forEachLoadedResource([.topic], in: context) { resource, arriving, scenario in
      guard case .topic(let topic) = resource else { return }
      let rate = arriving.reduce(0.0) { sum, load in
        if case .messages(let rate, _) = load.load.demand { return sum + rate }
        return sum
      }
      let quota = publishQuota(fifo: topic.fifo, region: context.stack.region.code, quotas: context.quotas)
      guard rate > quota else { return }
      context.report(
        scenario.prefix + "\(topic.fifo ? "FIFO topic" : "topic") '\(topic.id)' is declared for \(number(rate)) messages/s, above the account's SNS publish quota of \(number(quota)) messages/s in \(context.stack.region.code), shared by every \(topic.fifo ? "FIFO" : "standard") topic there; "
          + (topic.fifo ? "spread the messages over standard topics or request an increase" : "request an increase and declare it with `App(quotas: AccountQuotas(snsPublishPerSecond:))`"),
        about: .topic(topic), severity: scenario.growth ? .warning : nil)
    }
  }
}
