// One resource of the lowered model.

/// A resource of any kind, after lowering.
public enum ResourceModel: Hashable, Codable, Sendable {
  case function(Function)
  case queue(Queue)
  case queueTrigger(QueueTrigger)
  case table(Table)
  case role(Role)
  case logGroup(LogGroup)

  public var id: ResourceID {
    switch self {
    case .function(let r): return r.id
    case .queue(let r): return r.id
    case .queueTrigger(let r): return r.id
    case .table(let r): return r.id
    case .role(let r): return r.id
    case .logGroup(let r): return r.id
    }
  }

  public var kind: ResourceKind {
    switch self {
    case .function: return .function
    case .queue: return .queue
    case .queueTrigger: return .queueTrigger
    case .table: return .table
    case .role: return .role
    case .logGroup: return .logGroup
    }
  }

  public var location: SourceLocation {
    switch self {
    case .function(let r): return r.location
    case .queue(let r): return r.location
    case .queueTrigger(let r): return r.location
    case .table(let r): return r.location
    case .role(let r): return r.location
    case .logGroup(let r): return r.location
    }
  }

  /// Every resource this one refers to, in a fixed order; dependency order follows from it.
  public var references: [Reference] {
    switch self {
    case .function(let function):
      var result: [Reference] = []
      if let roleID = function.roleID { result.append(Reference(target: roleID, kind: .role, attribute: .arn)) }
      if let logs = function.logGroupID { result.append(Reference(target: logs, kind: .logGroup, attribute: .name)) }
      for key in function.environment.keys.sorted() { result += function.environment[key]!.references }
      return result
    case .queue(let queue):
      guard let deadLetter = queue.deadLetter else { return [] }
      return [Reference(target: deadLetter.queue, kind: .queue, attribute: .arn)]
    case .queueTrigger(let trigger):
      return [
        Reference(target: trigger.queue, kind: .queue, attribute: .arn),
        Reference(target: trigger.function, kind: .function, attribute: .arn),
      ]
    case .table:
      return []
    case .role(let role):
      return role.statements.flatMap { $0.resources.flatMap(\.references) }
    case .logGroup:
      return []
    }
  }

  /// Resources a user's grants name (checked for existence like references).
  var grantTargets: [Grant] {
    if case .function(let function) = self { return function.grants }
    return []
  }

  /// Tags of taggable resources.
  public var tags: [Tag] {
    switch self {
    case .function(let r): return r.tags
    case .queue(let r): return r.tags
    case .table(let r): return r.tags
    case .role(let r): return r.tags
    case .logGroup(let r): return r.tags
    case .queueTrigger: return []
    }
  }
}
