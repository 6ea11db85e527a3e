// Scaling-phase rules: what the phase a stack declares requires (errors) and expects (warnings),
// from docs/scaling-phases.md.

enum PhaseRules {
  static let all: [Rule] = [autoScaling, firewall, multiAZ, readCache, serviceSpread, edge, globalData]

  static func atLeast(_ phase: ScalingPhase, _ context: RuleContext) -> Bool {
    let order: [ScalingPhase] = [.minimumViable, .earlyProduction, .growth, .scale]
    return order.firstIndex(of: context.stack.phase)! >= order.firstIndex(of: phase)!
  }

  /// "an early-production stack", "a growth stack".
  static func described(_ context: RuleContext) -> String {
    let phase = context.stack.phase.rawValue
    return (phase.first.map { "aeiou".contains($0) } ?? false ? "an " : "a ") + phase + " stack"
  }

  /// Endpoints of this stack that a distribution (of any stack of the app) uses as origins,
  /// directly or through an API's custom domain name; `firewalled` keeps those with a web ACL.
  static func frontedByCloudFront(_ context: RuleContext, firewalled: Bool) -> Set<ResourceID> {
    var domains: [String: ResourceID] = [:]
    for resource in context.stack.resources {
      switch resource {
      case .restApi(let api): if let domain = api.domain { domains[domain.name.lowercased()] = api.id }
      case .httpApi(let api): if let domain = api.domain { domains[domain.name.lowercased()] = api.id }
      default: continue
      }
    }
    var result = Set<ResourceID>()
    for (stack, distribution) in context.distributions where !firewalled || distribution.webACL != nil {
      for origin in distribution.origins {
        switch origin.source {
        case .restApi(let id), .httpApi(let id), .loadBalancer(let id): if stack == context.stack.name { result.insert(id) }
        case .domain(let name, _): if let id = domains[name.lowercased()] { result.insert(id) }
        case .bucket: continue
        }
      }
    }
    return result
  }

  /// Public entry points: REST and HTTP APIs and internet-facing load balancers.
  static func publicEndpoints(_ context: RuleContext) -> [ResourceModel] {
    context.stack.resources.filter { resource in
      switch resource {
      case .restApi, .httpApi: return true
      case .loadBalancer(let balancer): return balancer.internetFacing
      default: return false
      }
    }
  }

  static let autoScaling = Rule(
    "PH001", .warning, "From early production (1K users) on, provisioned tables and services scale automatically",
    source: "docs/scaling-phases.md#phase-rules (early production: services scale 1-3 tasks; provisioned capacity with autoscaling); https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/AutoScaling.html"
  ) { context in
    guard atLeast(.earlyProduction, context) else { return }
    for resource in context.stack.resources {
      switch resource {
      case .table(let table):
        guard case .provisioned = table.billing, context.index.scaling(of: .tableReads(table.id, index: nil)) == nil,
          context.index.scaling(of: .tableWrites(table.id, index: nil)) == nil else { continue }
        context.report(
          "table '\(table.id)' has fixed provisioned capacity in \(described(context)); from early production on, capacity scales (target 70%)",
          about: resource)
      case .fargateService(let service):
        guard service.desiredCount > 0, context.index.scaling(of: .serviceTasks(service.id)) == nil else { continue }
        context.report(
          "service '\(service.id)' runs a fixed \(service.desiredCount) tasks in \(described(context)); from early production on, tasks scale (CPU 70%)",
          about: resource)
      default:
        continue
      }
    }
  }

  static let firewall = Rule(
    "PH002", .error, "From growth (10K users) on, public REST APIs and load balancers sit behind a WAF web ACL",
    source: "docs/scaling-phases.md#phase-rules (growth: WAF on API Gateway); https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html"
  ) { context in
    guard atLeast(.growth, context) else { return }
    var protected = Set<ResourceID>()
    for case .webACL(let acl) in context.stack.resources {
      for target in acl.protects {
        switch target {
        case .loadBalancer(let id), .restApi(let id): protected.insert(id)
        }
      }
    }
    let fronted = frontedByCloudFront(context, firewalled: true)
    for endpoint in publicEndpoints(context) where !protected.contains(endpoint.id) && !fronted.contains(endpoint.id) {
      if endpoint.kind == .httpApi {
        context.report(
          "HTTP API '\(endpoint.id)' is public in \(described(context)) without a firewall; WAF does not attach to HTTP APIs, so put it behind a distribution with a web ACL, or use a REST API (from growth on; docs/scaling-phases.md)",
          about: endpoint)
      } else {
        context.report(
          "\(endpoint.kind.displayName) '\(endpoint.id)' is public in \(described(context)) without a WAF web ACL; protect it with `WebACL(protects:)` (from growth on; docs/scaling-phases.md)",
          about: endpoint)
      }
    }
  }

  static let multiAZ = Rule(
    "PH003", .error, "From growth (10K users) on, databases and caches span availability zones",
    source: "docs/scaling-phases.md#phase-rules (growth: multi-AZ Aurora cluster and caches); https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.AuroraHighAvailability.html"
  ) { context in
    guard atLeast(.growth, context) else { return }
    for resource in context.stack.resources {
      switch resource {
      case .auroraCluster(let cluster) where cluster.readers < 1 && !cluster.isGlobalSecondary:
        context.report(
          "Aurora cluster '\(cluster.id)' has no reader in \(described(context)); give it at least one reader in another zone (from growth on, clusters span zones)",
          about: resource)
      case .postgresDatabase(let database) where !database.multiAZ && database.replicaOf == nil:
        context.report("database '\(database.id)' is single-AZ in \(described(context)); set `multiAZ: true` (from growth on; docs/scaling-phases.md)", about: resource)
      case .cache(let cache) where !cache.multiAZ:
        context.report("cache '\(cache.id)' is single-AZ in \(described(context)); set `multiAZ: true` (from growth on; docs/scaling-phases.md)", about: resource)
      default:
        continue
      }
    }
  }

  static let readCache = Rule(
    "PH004", .warning, "From growth (10K users) on, provisioned tables read through DAX (or the stack has another cache)",
    source: "docs/scaling-phases.md#phase-rules (growth: DAX in front of provisioned tables; 1,000 RCU through DAX); https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.html"
  ) { context in
    guard atLeast(.growth, context) else { return }
    var fronted = Set<ResourceID>()
    var hasCache = false
    for resource in context.stack.resources {
      if case .daxCluster(let cluster) = resource { fronted.formUnion(cluster.tables) }
      if case .cache = resource { hasCache = true }
    }
    guard !hasCache else { return }
    for resource in context.stack.resources {
      guard case .table(let table) = resource, case .provisioned = table.billing, !fronted.contains(table.id) else { continue }
      context.report(
        "table '\(table.id)' has provisioned capacity and no cache in \(described(context)); put a DAX cluster in front of it (from growth on; docs/scaling-phases.md)",
        about: resource)
    }
  }

  static let serviceSpread = Rule(
    "PH005", .error, "From growth (10K users) on, services run at least 2 tasks across at least 2 zones",
    source: "docs/scaling-phases.md#phase-rules (growth: 2-10 tasks across zones); https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-autoscaling.html"
  ) { context in
    guard atLeast(.growth, context) else { return }
    for resource in context.stack.resources {
      guard case .fargateService(let service) = resource, service.desiredCount > 0 else { continue }
      let fewest = context.index.scaling(of: .serviceTasks(service.id))?.min ?? service.desiredCount
      let zones = service.network.flatMap { context.index.network($0.network)?.zones } ?? 0
      if fewest < 2 || zones < 2 {
        context.report(
          "service '\(service.id)' runs as few as \(fewest) task\(fewest == 1 ? "" : "s") in \(zones) zone\(zones == 1 ? "" : "s") in \(described(context)); run at least 2 tasks across 2 zones (from growth on, 2-10 tasks across zones)",
          about: resource)
      }
    }
  }

  static let edge = Rule(
    "PH006", .error, "At scale (100K+ users), public APIs and load balancers sit behind CloudFront",
    source: "docs/scaling-phases.md#phase-rules (scale: CloudFront in front of API Gateway and the load balancer); https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Introduction.html"
  ) { context in
    guard atLeast(.scale, context) else { return }
    let origins = frontedByCloudFront(context, firewalled: false)
    for endpoint in publicEndpoints(context) where !origins.contains(endpoint.id) {
      context.report(
        "\(endpoint.kind.displayName) '\(endpoint.id)' is public in a scale stack without CloudFront in front; make it an origin of a distribution (at scale; docs/scaling-phases.md)",
        about: endpoint)
    }
  }

  static let globalData = Rule(
    "PH007", .error, "At scale (100K+ users), the data tier reaches another Region (global tables, Aurora Global, replicas)",
    source: "docs/scaling-phases.md#phase-rules (scale: Aurora Global Database; global tables in three more Regions); https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GlobalTables.html"
  ) { context in
    guard atLeast(.scale, context) else { return }
    var data = false
    var global = false
    for resource in context.stack.resources {
      switch resource {
      case .table(let table):
        data = true
        global = global || table.isGlobal
      case .auroraCluster(let cluster):
        data = true
        global = global || cluster.globalDatabase != nil
      case .postgresDatabase(let database):
        data = true
        global = global || database.replicaOf != nil || context.otherStacks.contains { other in
          other.region != context.stack.region && other.resources.contains {
            if case .postgresDatabase(let replica) = $0 { return replica.replicaOf?.database == database.id }
            return false
          }
        }
      default:
        continue
      }
    }
    if data && !global && context.stack.regional.isEmpty {
      context.reportStack(
        "stack '\(context.stack.name)' is built for scale, but none of its tables or databases reaches another Region; make the main table global or the database an Aurora Global Database (at scale; docs/scaling-phases.md)")
    }
  }
}
