// Rules for generated IAM roles.

enum IAMRules {
  static let all: [Rule] = [noWildcardActions, inlinePolicySize, usesWithoutGrant]

  static let noWildcardActions = Rule(
    "IAM001", .error, "Policy statements list explicit actions, never wildcards",
    source: "least privilege: https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html"
  ) { context in
    for role in context.roles {
      for statement in role.statements {
        for action in statement.actions where action.utf8.contains(UInt8(ascii: "*")) {
          context.report(
            "role '\(role.id)' allows '\(action)' in statement '\(statement.sid)'; list the actions explicitly",
            about: .role(role))
        }
      }
    }
  }

  static let inlinePolicySize = Rule(
    "IAM002", .error, "A role's inline policy is at most 10,240 characters",
    source: "IAM quotas: role policy size (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html)"
  ) { context in
    for role in context.roles {
      // Estimate: references render as ARNs of about 100 characters. Statement IDs and
      // actions are ASCII (IAM allows nothing else), so their bytes are their characters.
      let size = role.statements.reduce(60) { total, statement in
        total + 60 + statement.sid.utf8.count + statement.actions.reduce(0) { $0 + $1.utf8.count + 3 }
          + statement.resources.reduce(0) { $0 + $1.literalByteCount + $1.references.count * 100 + 3 }
      }
      if size > Limits.roleInlinePolicyCharacters {
        context.report(
          "role '\(role.id)' needs about \(size) characters of inline policy; IAM allows 10240 per role, so split the function's grants across functions",
          about: .role(role))
      }
    }
  }

  static let usesWithoutGrant = Rule(
    "IAM003", .warning,
    "A function or service that uses a resource IAM guards (named in its environment, or a DAX cluster it connects to) holds a grant on it",
    source: "execution and task roles: https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html; https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html; DAX access control: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.access-control.html"
  ) { context in
    for resource in context.stack.resources {
      let roleID: ResourceID?
      var uses: [(target: ResourceID, kind: ResourceKind, verb: String, place: String, location: SourceLocation)] = []
      func named(in environment: [String: StringValue], at location: SourceLocation) {
        for key in environment.keys.sorted() {
          for reference in environment[key]!.references { uses.append((reference.target, reference.kind, "names", " in \(key)", location)) }
        }
      }
      switch resource {
      case .function(let function):
        roleID = function.roleID
        named(in: function.environment, at: function.location)
      case .fargateService(let service):
        roleID = service.taskRoleID
        for container in service.containers { named(in: container.environment, at: service.location) }
      default:
        continue
      }
      for connection in context.stack.connections where connection.source == resource.id {
        uses.append((connection.target, connection.targetKind, "connects to", "", connection.location))
      }
      guard case .role(let role)? = roleID.flatMap(context.resource) else { continue }
      let granted = Set(role.statements.flatMap { $0.resources.flatMap(\.references).map(\.target) })
      var reported = Set<ResourceID>()
      for use in uses where use.target != resource.id && !granted.contains(use.target) {
        guard let grants = grantsToSuggest[use.kind], reported.insert(use.target).inserted else { continue }
        context.report(
          "\(resource.kind.displayName) '\(resource.id)' \(use.verb) \(use.kind.displayName) '\(use.target)'\(use.place) but holds no grant on it, so its calls would be denied; add \(grants) of it to the grants",
          about: resource.id, kind: resource.kind, at: use.location)
      }
    }
  }

  /// The kinds whose data IAM guards, with the grants that open them.
  static let grantsToSuggest: [ResourceKind: String] = [
    .queue: "`.send(to:)` or `.consume(_:)`", .table: "`.read`, `.write`, `.readWrite` or `.items(of:...)`",
    .bucket: "`.read`, `.write` or `.readWrite`", .secret: "`.read`", .stream: "`.read` or `.write`", .topic: "`.publish(to:)`",
    .daxCluster: "`.read`, `.write` or `.readWrite`", .eventBus: "`.putEvents(to:)`", .function: "`.invoke(_:)`",
    .stateMachine: "`.startExecution(of:)`",
  ]
}
