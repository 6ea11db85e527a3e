// Resources of a stack looked up by ID.

/// A stack's resources by ID (the first, when IDs are duplicated), for emitters and rules
/// that follow references.
public struct ModelIndex: Sendable {
  private var byID: [ResourceID: ResourceModel] = [:]
  private var scalings: [ScalableTarget: AutoScaling] = [:]
  /// The stack's Region.
  public let region: Region

  public init(_ stack: StackModel) {
    region = stack.region
    scalings = Self.scalings(of: stack)
    for resource in stack.resources where byID[resource.id] == nil { byID[resource.id] = resource }
  }

  /// Each scalable target's auto scaling: the first the stack declares for it.
  static func scalings(of stack: StackModel) -> [ScalableTarget: AutoScaling] {
    var scalings: [ScalableTarget: AutoScaling] = [:]
    for case .autoScaling(let scaling) in stack.resources where scalings[scaling.target] == nil { scalings[scaling.target] = scaling }
    return scalings
  }

  public subscript(id: ResourceID) -> ResourceModel? { byID[id] }
  /// The auto scaling of `target`, if the stack declares one.
  public func scaling(of target: ScalableTarget) -> AutoScaling? { scalings[target] }

  public func function(_ id: ResourceID) -> Function? {
    if case .function(let r)? = byID[id] { return r } else { return nil }
  }
  public func network(_ id: ResourceID) -> Network? {
    if case .network(let r)? = byID[id] { return r } else { return nil }
  }
  public func loadBalancer(_ id: ResourceID) -> LoadBalancer? {
    if case .loadBalancer(let r)? = byID[id] { return r } else { return nil }
  }
  public func queue(_ id: ResourceID) -> Queue? {
    if case .queue(let r)? = byID[id] { return r } else { return nil }
  }
}
