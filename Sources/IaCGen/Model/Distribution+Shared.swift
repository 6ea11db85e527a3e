// What both emitters need from a distribution: origin domains and generated policies.

extension Distribution {
  /// The domain an origin is reached at, and the path prefix (a REST API's stage).
  func domain(of origin: Origin, in index: ModelIndex) -> (domain: StringValue, path: String?) {
    switch origin.source {
    case .bucket(let id):
      return (.reference(Reference(target: id, kind: .bucket, attribute: .regionalDomainName)), nil)
    case .restApi(let id):
      let stage: String? = { if case .restApi(let api)? = index[id] { return "/" + api.stageName } else { return nil } }()
      return ("\(StringValue.reference(Reference(target: id, kind: .restApi, attribute: .id))).execute-api.\(StringValue.region).amazonaws.com", stage)
    case .httpApi(let id):
      return ("\(StringValue.reference(Reference(target: id, kind: .httpApi, attribute: .id))).execute-api.\(StringValue.region).amazonaws.com", nil)
    case .loadBalancer(let id):
      return (.reference(Reference(target: id, kind: .loadBalancer, attribute: .endpoint)), nil)
    case .domain(let name, let path):
      return (StringValue(name), path)
    }
  }

  /// The origin access control of a bucket origin.
  func accessControlID(_ origin: Origin) -> ResourceID { part("oac-" + origin.id) }

  /// Custom cache policies, each once, with their IDs.
  var customCachePolicies: [(id: ResourceID, name: String, min: TimeSpan, default: TimeSpan, max: TimeSpan)] {
    var result: [(id: ResourceID, name: String, min: TimeSpan, default: TimeSpan, max: TimeSpan)] = []
    for behavior in allBehaviors {
      guard case .custom(let name, let min, let defaultTTL, let max) = behavior.cachePolicy,
        !result.contains(where: { $0.name == name }) else { continue }
      result.append((part("cache-" + name), name, min, defaultTTL, max))
    }
    return result
  }

  /// The ID of a custom cache policy by name.
  func cachePolicyID(named name: String) -> ResourceID { part("cache-" + name) }
}
