// Lowering: the resource policies and invoke permissions services need to deliver to queues,
// topics and functions.

/// The queue policy statements and function permissions a bucket's notifications need.
/// The bucket's ARN is built from its name (not referenced), so the bucket can depend on them.
func deliveryPermissions(for bucket: Bucket) -> [ResourceModel] {
  let bucketArn: StringValue = "arn:\(StringValue.partition):s3:::\(bucket.physicalName)"
  var result: [ResourceModel] = []
  var seen = Set<ResourceID>()
  for notification in bucket.notifications {
    switch notification.destination {
    case .queue(let queue):
      let id = queue.appending("policy")
      guard seen.insert(id).inserted else { continue }
      let statement = ResourcePolicyStatement(
        sid: "AllowS3From" + bucket.id.logicalID, effect: .allow, principal: .service("s3.amazonaws.com"),
        actions: ["sqs:SendMessage"], resources: [.reference(Reference(target: queue, kind: .queue, attribute: .arn))],
        conditions: [
          .init("ArnLike", "aws:SourceArn", bucketArn), .init("StringEquals", "aws:SourceAccount", .accountID),
        ])
      result.append(.queuePolicy(QueuePolicy(id: id, queue: queue, statements: [statement], location: bucket.location)))
    case .function(let function):
      let id = function.appending("invoke-from-" + bucket.id.rawValue)
      guard seen.insert(id).inserted else { continue }
      result.append(
        .functionPermission(
          FunctionPermission(
            id: id, function: function, principal: "s3.amazonaws.com", sourceArn: bucketArn, location: bucket.location)))
    }
  }
  return result
}

/// The queue policy statements and invoke permissions a topic's subscriptions need.
func deliveryPermissions(for topic: Topic) -> [ResourceModel] {
  var result: [ResourceModel] = []
  var seen = Set<ResourceID>()
  for subscription in topic.subscriptions {
    switch subscription.endpoint {
    case .queue(let queue):
      let statement = ResourcePolicyStatement(
        sid: "AllowSNSFrom" + topic.id.logicalID, effect: .allow, principal: .service("sns.amazonaws.com"),
        actions: ["sqs:SendMessage"], resources: [.reference(Reference(target: queue, kind: .queue, attribute: .arn))],
        conditions: [.init("ArnEquals", "aws:SourceArn", topic.arn)])
      result.append(.queuePolicy(QueuePolicy(id: queue.appending("policy"), queue: queue, statements: [statement], location: topic.location)))
    case .function(let function):
      let id = function.appending("invoke-from-" + topic.id.rawValue)
      guard seen.insert(id).inserted else { continue }
      result.append(
        .functionPermission(
          FunctionPermission(id: id, function: function, principal: "sns.amazonaws.com", sourceArn: topic.arn, location: topic.location)))
    case .email:
      break
    }
  }
  return result
}

/// The invoke permissions and queue / topic policy statements an event rule's targets (and
/// their dead-letter queues) need, conditioned on the rule's ARN.
func deliveryPermissions(for rule: EventRule) -> [ResourceModel] {
  var result: [ResourceModel] = []
  func allowQueue(_ queue: ResourceID) {
    let statement = ResourcePolicyStatement(
      sid: "AllowEventsFrom" + rule.id.logicalID, effect: .allow, principal: .service("events.amazonaws.com"),
      actions: ["sqs:SendMessage"], resources: [.reference(Reference(target: queue, kind: .queue, attribute: .arn))],
      conditions: [.init("ArnEquals", "aws:SourceArn", rule.arn)])
    result.append(.queuePolicy(QueuePolicy(id: queue.appending("policy"), queue: queue, statements: [statement], location: rule.location)))
  }
  for target in rule.targets {
    switch target.destination {
    case .function(let function):
      result.append(
        .functionPermission(
          FunctionPermission(
            id: function.appending("invoke-from-" + rule.id.rawValue), function: function, principal: "events.amazonaws.com",
            sourceArn: rule.arn, location: rule.location)))
    case .queue(let queue):
      allowQueue(queue)
    case .topic(let topic):
      let statement = ResourcePolicyStatement(
        sid: "AllowEventsFrom" + rule.id.logicalID, effect: .allow, principal: .service("events.amazonaws.com"),
        actions: ["sns:Publish"], resources: [.reference(Reference(target: topic, kind: .topic, attribute: .arn))],
        conditions: [.init("ArnEquals", "aws:SourceArn", rule.arn)])
      result.append(.topicPolicy(TopicPolicy(id: topic.appending("policy"), topic: topic, statements: [statement], location: rule.location)))
    case .stateMachine:
      break  // the rule's role starts executions
    }
    if let deadLetter = target.deadLetter { allowQueue(deadLetter) }
  }
  return result
}

/// Merges the policies generated for the same queue or topic into one (each has one policy),
/// placed where the first of them was.
func mergePolicies(_ resources: [ResourceModel]) -> [ResourceModel] {
  var positions: [ResourceID: Int] = [:]
  var result: [ResourceModel] = []
  for resource in resources {
    guard let statements = resource.policyStatements else {
      result.append(resource)
      continue
    }
    if let index = positions[resource.id] {
      result[index] = result[index].addingPolicyStatements(statements)
    } else {
      positions[resource.id] = result.count
      result.append(resource)
    }
  }
  return result
}

extension ResourceModel {
  /// The statements of a generated queue or topic policy.
  var policyStatements: [ResourcePolicyStatement]? {
    switch self {
    case .queuePolicy(let policy): return policy.statements
    case .topicPolicy(let policy): return policy.statements
    case .bucketPolicy(let policy): return policy.statements
    default: return nil
    }
  }

  /// The same policy with `statements` added (duplicates dropped).
  func addingPolicyStatements(_ statements: [ResourcePolicyStatement]) -> ResourceModel {
    switch self {
    case .queuePolicy(var policy):
      policy.statements += statements.filter { !policy.statements.contains($0) }
      return .queuePolicy(policy)
    case .topicPolicy(var policy):
      policy.statements += statements.filter { !policy.statements.contains($0) }
      return .topicPolicy(policy)
    case .bucketPolicy(var policy):
      policy.statements += statements.filter { !policy.statements.contains($0) }
      return .bucketPolicy(policy)
    default:
      return self
    }
  }
}

/// Permissions for API Gateway to invoke an API's functions, from any stage and route.
func apiInvokePermissions(_ functions: [ResourceID], api: ResourceID, kind: ResourceKind, at location: SourceLocation) -> [ResourceModel] {
  functions.map { function in
    .functionPermission(FunctionPermission(
      id: function.appending("invoke-from-" + api.rawValue), function: function, principal: "apigateway.amazonaws.com",
      sourceArn: "\(StringValue.reference(Reference(target: api, kind: kind, attribute: .executionArn)))/*/*", location: location))
  }
}
