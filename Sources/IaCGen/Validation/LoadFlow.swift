// How declared loads travel through a stack: from an API route to its function, from a topic
// to the queues that subscribe to it.

/// A load as it reaches a resource: declared on it, or carried there along an edge of the
/// stack (`origin` says which).
struct ArrivingLoad {
  /// The load, expressed on the resource it reaches.
  var load: Load
  /// Where it comes from ("route 'POST /uploads' of REST API 'audio'"); nil when declared on the resource.
  var origin: String?
  /// The edge in a few words, for the capacity table ("POST /uploads", "topic 'events'").
  var via: String?
  /// True when the edge may pass fewer messages than it carries (a subscription's filter policy).
  var atMost: Bool = false

  var isDeclared: Bool { origin == nil }
}

/// The loads that reach each resource, in the order the stack declares them.
struct LoadFlow {
  private(set) var targets: [ResourceID] = []
  private var arriving: [ResourceID: [ArrivingLoad]] = [:]

  /// Follows `loads` through the stack's routes and subscriptions.
  init(_ loads: [Load], index: ModelIndex) {
    for load in loads {
      add(ArrivingLoad(load: load, origin: nil), to: load.target)
      switch (load.demand, index[load.target]) {
      case (.routeRequests(let route, let rate, let duration), let api?):
        guard let function = Self.function(of: route, in: api) else { continue }
        let carried = Load(function, .function, .requests(perSecond: rate, duration: duration), load.location)
        add(ArrivingLoad(load: carried, origin: "route '\(route)' of \(api.kind.displayName) '\(api.id)'", via: route), to: function)
      case (.messages(let rate, _), .topic(let topic)?):
        for subscription in topic.subscriptions {
          guard case .queue(let queue) = subscription.endpoint else { continue }
          let carried = Load(queue, .queue, .messages(perSecond: rate, processing: nil), load.location)
          add(ArrivingLoad(load: carried, origin: "topic '\(topic.id)'", via: "topic '\(topic.id)'", atMost: !subscription.filter.isEmpty), to: queue)
        }
      default:
        continue
      }
    }
  }

  /// The loads reaching `id`, declared ones first.
  subscript(_ id: ResourceID) -> [ArrivingLoad] {
    (arriving[id] ?? []).sorted { $0.isDeclared && !$1.isDeclared }
  }

  private mutating func add(_ load: ArrivingLoad, to id: ResourceID) {
    if arriving[id] == nil { targets.append(id) }
    arriving[id, default: []].append(load)
  }

  /// The function behind an API route key (`POST /uploads`), if the API has that route.
  static func function(of route: String, in api: ResourceModel) -> ResourceID? {
    switch api {
    case .restApi(let rest): return rest.methods.first { "\($0.httpMethod) \($0.path)" == route }?.function
    case .httpApi(let http): return http.routes.first { $0.key == route }?.function
    default: return nil
    }
  }
}

extension ResourceModel {
  /// The stage throttling of a REST or HTTP API; nil for other kinds.
  var apiThrottling: Throttling? {
    switch self {
    case .restApi(let api): return api.throttling
    case .httpApi(let api): return api.throttling
    default: return nil
    }
  }
}

extension Array where Element == ArrivingLoad {
  /// The requests per second reaching an API: declared on it or summed over its routes,
  /// whichever is larger, and whether the routes' sum is.
  var apiRequestRate: (rate: Double, overRoutes: Bool) {
    var onAPI = 0.0
    var onRoutes = 0.0
    for arrival in self {
      switch arrival.load.demand {
      case .requests(let rate, _): onAPI += rate
      case .routeRequests(_, let rate, _): onRoutes += rate
      default: continue
      }
    }
    return (Swift.max(onAPI, onRoutes), onRoutes > onAPI)
  }
}
