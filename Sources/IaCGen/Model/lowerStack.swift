// Lowering: DSL declarations -> StackModel.

/// Lowers a declared stack: resolves physical names, applies stack tags, generates each
/// function's log group and execution role (from its grants and triggers), and orders
/// resources by dependency.
public func lowerStack(_ stack: Stack) -> StackModel {
  let declared = stack.declarations.resources
  var byID: [ResourceID: ResourceModel] = [:]
  for resource in declared where byID[resource.id] == nil { byID[resource.id] = resource }

  var scaled = Set<ResourceID>()
  for case .autoScaling(let scaling) in declared { scaled.insert(scaling.target.resource) }
  var lowered: [ResourceModel] = []
  lowered.reserveCapacity(declared.count * 2)
  for resource in declared {
    switch resource {
    case .function(var function):
      function.provisionedConcurrencyAutoscaled = scaled.contains(function.id)
      function.name = function.name ?? defaultName(stack, function.id)
      function.tags = Tag.merged(stack.tags, function.tags)
      let logGroup = LogGroup(
        id: function.id.appending("logs"), name: "/aws/lambda/" + function.physicalName,
        retentionDays: function.logRetentionDays, tags: function.tags, location: function.location)
      let role = Role(
        id: function.id.appending("role"), servicePrincipal: "lambda.amazonaws.com",
        statements: executionStatements(for: function, logGroup: logGroup, declared: declared, byID: byID),
        tags: function.tags, location: function.location)
      function.roleID = role.id
      function.logGroupID = logGroup.id
      lowered.append(.logGroup(logGroup))
      if let group = securityGroup(for: function) {
        function.securityGroupID = group.id
        lowered.append(.securityGroup(group))
      }
      lowered.append(.role(role))
      lowered.append(.function(function))
    case .queue(var queue):
      if queue.name == nil {
        queue.name = defaultName(stack, queue.id) + (queue.isFIFO ? ".fifo" : "")
      }
      queue.tags = Tag.merged(stack.tags, queue.tags)
      lowered.append(.queue(queue))
    case .table(var table):
      table.capacityAutoscaled = scaled.contains(table.id)
      table.name = table.name ?? defaultName(stack, table.id)
      table.tags = Tag.merged(stack.tags, table.tags)
      lowered.append(.table(table))
    case .bucket(var bucket):
      bucket.name = bucket.name ?? defaultName(stack, bucket.id).lowercased()
      bucket.tags = Tag.merged(stack.tags, bucket.tags)
      lowered.append(.bucket(bucket))
      lowered += deliveryPermissions(for: bucket)
    case .cache(var cache):
      cache.name = cache.name ?? defaultName(stack, cache.id)
      cache.tags = Tag.merged(stack.tags, cache.tags)
      if let group = securityGroup(for: cache) {
        cache.securityGroupID = group.id
        lowered.append(.securityGroup(group))
      }
      lowered.append(.cache(cache))
    case .daxCluster(var cluster):
      cluster.tags = Tag.merged(stack.tags, cluster.tags)
      let grants = cluster.tables.map { Grant(access: .readWriteTable, target: $0, targetKind: .table) }
      var statements = grants.flatMap { grantStatements($0, target: byID[$0.target]) }
      uniquifySids(&statements)
      let role = Role(
        id: cluster.part("role"), servicePrincipal: "dax.amazonaws.com", statements: statements, tags: cluster.tags,
        location: cluster.location)
      cluster.roleID = role.id
      if let group = securityGroup(for: cluster) {
        cluster.securityGroupID = group.id
        lowered.append(.securityGroup(group))
      }
      lowered.append(.role(role))
      lowered.append(.daxCluster(cluster))
    case .secret(var secret):
      secret.name = secret.name ?? stack.name + "/" + secret.id.rawValue
      secret.tags = Tag.merged(stack.tags, secret.tags)
      lowered.append(.secret(secret))
      if let rotation = secret.rotation {
        lowered.append(
          .functionPermission(
            FunctionPermission(
              id: rotation.function.appending("invoke-from-" + secret.id.rawValue), function: rotation.function,
              principal: "secretsmanager.amazonaws.com", sourceArn: secret.arn, location: secret.location)))
      }
    case .stream(var stream):
      stream.name = stream.name ?? defaultName(stack, stream.id)
      stream.tags = Tag.merged(stack.tags, stream.tags)
      lowered.append(.stream(stream))
    case .auroraCluster(var cluster):
      cluster.name = cluster.name ?? defaultName(stack, cluster.id)
      cluster.tags = Tag.merged(stack.tags, cluster.tags)
      if let group = securityGroup(for: cluster) {
        cluster.securityGroupID = group.id
        lowered.append(.securityGroup(group))
      }
      lowered.append(.auroraCluster(cluster))
    case .postgresDatabase(var database):
      database.name = database.name ?? defaultName(stack, database.id)
      database.tags = Tag.merged(stack.tags, database.tags)
      if let group = securityGroup(for: database) {
        database.securityGroupID = group.id
        lowered.append(.securityGroup(group))
      }
      lowered.append(.postgresDatabase(database))
    case .ecsCluster(var cluster):
      cluster.name = cluster.name ?? defaultName(stack, cluster.id)
      cluster.tags = Tag.merged(stack.tags, cluster.tags)
      lowered.append(.ecsCluster(cluster))
    case .fargateService(var service):
      service.desiredCountAutoscaled = scaled.contains(service.id)
      service.name = service.name ?? service.id.rawValue
      service.tags = Tag.merged(stack.tags, service.tags)
      let logGroup = LogGroup(
        id: service.part("logs"), name: "/ecs/\(stack.name)/\(service.physicalName)", retentionDays: service.logRetentionDays,
        tags: service.tags, location: service.location)
      let (execution, task) = serviceRoles(for: service, logGroup: logGroup, byID: byID)
      service.logGroupID = logGroup.id
      service.executionRoleID = execution.id
      service.taskRoleID = task.id
      service.registeredBalancer = declared.compactMap { resource -> ResourceID? in
        guard case .loadBalancer(let balancer) = resource, let group = service.targetGroup,
          balancer.targetGroups.contains(group) else { return nil }
        return balancer.id
      }.first
      if let group = securityGroup(for: service) {
        service.securityGroupID = group.id
        lowered.append(.securityGroup(group))
      }
      if let balancer = service.registeredBalancer, let port = service.port {
        lowered.append(
          .securityGroupIngress(
            SecurityGroupIngress(
              id: service.id.appending("from-" + balancer.rawValue), target: securityGroupID(of: service.id),
              source: securityGroupID(of: balancer), port: port, description: "\(balancer) to \(service.id)",
              location: service.location)))
      }
      lowered += [.logGroup(logGroup), .role(execution), .role(task), .fargateService(service)]
    case .loadBalancer(var balancer):
      balancer.name = balancer.name ?? defaultName(stack, balancer.id)
      balancer.tags = Tag.merged(stack.tags, balancer.tags)
      if var group = securityGroup(for: balancer) {
        if balancer.internetFacing { group.publicPorts = balancer.certificateArn == nil ? [80] : [80, 443] }
        balancer.securityGroupID = group.id
        lowered.append(.securityGroup(group))
      }
      lowered.append(.loadBalancer(balancer))
    case .instanceGroup(var group):
      group.name = group.name ?? defaultName(stack, group.id)
      group.tags = Tag.merged(stack.tags, group.tags)
      var statements: [PolicyStatement] = []
      for grant in group.grants {
        for statement in grantStatements(grant, target: byID[grant.target]) where !statements.contains(statement) {
          statements.append(statement)
        }
      }
      uniquifySids(&statements)
      let role = Role(
        id: group.part("role"), servicePrincipal: "ec2.amazonaws.com", statements: statements, tags: group.tags,
        location: group.location)
      group.roleID = role.id
      group.registeredBalancer = declared.compactMap { resource -> ResourceID? in
        guard case .loadBalancer(let balancer) = resource, let target = group.targetGroup,
          balancer.targetGroups.contains(target) else { return nil }
        return balancer.id
      }.first
      if let securityGroup = securityGroup(for: group) {
        group.securityGroupID = securityGroup.id
        lowered.append(.securityGroup(securityGroup))
      }
      if let balancer = group.registeredBalancer, let port = group.port {
        lowered.append(
          .securityGroupIngress(
            SecurityGroupIngress(
              id: group.id.appending("from-" + balancer.rawValue), target: securityGroupID(of: group.id),
              source: securityGroupID(of: balancer), port: port, description: "\(balancer) to \(group.id)",
              location: group.location)))
      }
      lowered += [.role(role), .instanceGroup(group)]
    case .targetGroup(var group):
      group.name = group.name ?? defaultName(stack, group.id)
      group.tags = Tag.merged(stack.tags, group.tags)
      lowered.append(.targetGroup(group))
    case .topic(var topic):
      topic.name = topic.name ?? defaultName(stack, topic.id) + (topic.fifo ? ".fifo" : "")
      topic.tags = Tag.merged(stack.tags, topic.tags)
      lowered.append(.topic(topic))
      lowered += deliveryPermissions(for: topic)
    case .eventBus(var bus):
      bus.name = bus.name ?? defaultName(stack, bus.id)
      bus.tags = Tag.merged(stack.tags, bus.tags)
      lowered.append(.eventBus(bus))
    case .eventRule(var rule):
      rule.name = rule.name ?? defaultName(stack, rule.id)
      rule.tags = Tag.merged(stack.tags, rule.tags)
      lowered.append(.eventRule(rule))
      lowered += deliveryPermissions(for: rule)
    case .network(var network):
      network.tags = Tag.merged(stack.tags, network.tags)
      lowered.append(.network(network))
    case .autoScaling:
      lowered.append(resource)
    case .queueTrigger, .role, .logGroup, .queuePolicy, .topicPolicy, .functionPermission, .securityGroup, .securityGroupIngress:
      lowered.append(resource)
    }
  }
  lowered += ingressRules(for: stack.declarations.connections, declared: byID)
  lowered = mergePolicies(lowered)
  return StackModel(
    name: stack.name, region: stack.region, phase: stack.phase, tags: stack.tags,
    resources: dependencyOrdered(lowered), outputs: stack.declarations.outputs,
    connections: stack.declarations.connections, location: stack.location)
}

/// Lowers every stack of an app.
public func lowerApp(_ app: App) -> AppModel { AppModel(stacks: app.stacks.map(lowerStack)) }

/// `<stack>-<id>`: the physical name a resource gets when the user gives none.
func defaultName(_ stack: Stack, _ id: ResourceID) -> String { stack.name + "-" + id.rawValue }

/// The statements of a function's execution role: logging, then each grant (explicit and
/// implied by triggers), with KMS permissions where a target is encrypted with a key.
func executionStatements(
  for function: Function, logGroup: LogGroup, declared: [ResourceModel], byID: [ResourceID: ResourceModel]
) -> [PolicyStatement] {
  var statements = [
    PolicyStatement(
      sid: "WriteLogs", actions: ["logs:CreateLogStream", "logs:PutLogEvents"],
      resources: ["\(logGroup.arn):*"])
  ]
  var grants = function.grants
  for case .queueTrigger(let trigger) in declared where trigger.function == function.id {
    let implied = Grant(access: .consumeQueue, target: trigger.queue, targetKind: .queue)
    if !grants.contains(implied) { grants.append(implied) }
  }
  for case .secret(let secret) in declared where secret.rotation?.function == function.id {
    let implied = Grant(access: .rotateSecret, target: secret.id, targetKind: .secret)
    if !grants.contains(implied) { grants.append(implied) }
  }
  for grant in grants {
    for statement in grantStatements(grant, target: byID[grant.target]) where !statements.contains(statement) {
      statements.append(statement)
    }
  }
  if function.network != nil {
    // Lambda manages the function's network interfaces; these actions take no resource ARNs.
    statements.append(
      PolicyStatement(
        sid: "ManageNetworkInterfaces",
        actions: [
          "ec2:AssignPrivateIpAddresses", "ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface",
          "ec2:DescribeNetworkInterfaces", "ec2:UnassignPrivateIpAddresses",
        ], resources: ["*"]))
  }
  uniquifySids(&statements)
  if function.tracing == .active {
    statements.append(
      PolicyStatement(
        sid: "WriteTraces", actions: ["xray:PutTelemetryRecords", "xray:PutTraceSegments"], resources: ["*"]))
  }
  return statements
}

/// Makes statement IDs unique (IAM requires it) by numbering repeats: `UseKeyOfLedger2`.
func uniquifySids(_ statements: inout [PolicyStatement]) {
  var seen: [String: Int] = [:]
  for index in statements.indices {
    let sid = statements[index].sid
    let count = (seen[sid] ?? 0) + 1
    seen[sid] = count
    if count > 1 { statements[index].sid = sid + String(count) }
  }
}

/// The statements one grant needs.
func grantStatements(_ grant: Grant, target: ResourceModel?) -> [PolicyStatement] {
  let name = grant.target.logicalID
  let queueArn = StringValue.reference(Reference(target: grant.target, kind: .queue, attribute: .arn))
  let tableArn = StringValue.reference(Reference(target: grant.target, kind: .table, attribute: .arn))
  let indexArns: StringValue = "\(tableArn)/index/*"
  let readActions = [
    "dynamodb:BatchGetItem", "dynamodb:ConditionCheckItem", "dynamodb:DescribeTable", "dynamodb:GetItem",
    "dynamodb:Query", "dynamodb:Scan",
  ]
  let writeActions = [
    "dynamodb:BatchWriteItem", "dynamodb:DeleteItem", "dynamodb:DescribeTable", "dynamodb:PutItem",
    "dynamodb:UpdateItem",
  ]
  let bucketArn = StringValue.reference(Reference(target: grant.target, kind: .bucket, attribute: .arn))
  let objectsArn: StringValue = "\(bucketArn)/*"
  let bucketRead = PolicyStatement(sid: "ListBucket" + name, actions: ["s3:ListBucket"], resources: [bucketArn])
  let secretArn = StringValue.reference(Reference(target: grant.target, kind: .secret, attribute: .arn))
  let streamArn = StringValue.reference(Reference(target: grant.target, kind: .stream, attribute: .arn))
  var statements: [PolicyStatement]
  switch grant.access {
  case .publishToTopic:
    statements = [
      PolicyStatement(
        sid: "PublishTo" + name, actions: ["sns:Publish"],
        resources: [.reference(Reference(target: grant.target, kind: .topic, attribute: .arn))])
    ]
  case .readSecret:
    statements = [
      PolicyStatement(sid: "ReadSecret" + name, actions: ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"], resources: [secretArn])
    ]
  case .rotateSecret:
    statements = [
      PolicyStatement(
        sid: "RotateSecret" + name,
        actions: [
          "secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue", "secretsmanager:PutSecretValue",
          "secretsmanager:UpdateSecretVersionStage",
        ], resources: [secretArn]),
      // GetRandomPassword takes no resource.
      PolicyStatement(sid: "GenerateSecretValues", actions: ["secretsmanager:GetRandomPassword"], resources: ["*"]),
    ]
  case .readKinesis:
    statements = [
      PolicyStatement(
        sid: "ReadStream" + name,
        actions: [
          "kinesis:DescribeStream", "kinesis:DescribeStreamSummary", "kinesis:GetRecords", "kinesis:GetShardIterator",
          "kinesis:ListShards", "kinesis:SubscribeToShard",
        ], resources: [streamArn])
    ]
  case .writeKinesis:
    statements = [
      PolicyStatement(
        sid: "WriteStream" + name, actions: ["kinesis:DescribeStreamSummary", "kinesis:PutRecord", "kinesis:PutRecords"],
        resources: [streamArn])
    ]
  case .readBucket:
    statements = [bucketRead, PolicyStatement(sid: "ReadObjects" + name, actions: ["s3:GetObject"], resources: [objectsArn])]
  case .writeBucket:
    statements = [
      PolicyStatement(sid: "WriteObjects" + name, actions: ["s3:AbortMultipartUpload", "s3:DeleteObject", "s3:PutObject"], resources: [objectsArn])
    ]
  case .readWriteBucket:
    statements = [
      bucketRead,
      PolicyStatement(
        sid: "ReadWriteObjects" + name, actions: ["s3:AbortMultipartUpload", "s3:DeleteObject", "s3:GetObject", "s3:PutObject"],
        resources: [objectsArn]),
    ]
  case .consumeQueue:
    statements = [
      PolicyStatement(
        sid: "Consume" + name,
        actions: [
          "sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl",
          "sqs:ReceiveMessage",
        ], resources: [queueArn])
    ]
  case .sendToQueue:
    statements = [
      PolicyStatement(
        sid: "SendTo" + name, actions: ["sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:SendMessage"],
        resources: [queueArn])
    ]
  case .readTable:
    statements = [PolicyStatement(sid: "Read" + name, actions: readActions, resources: [tableArn, indexArns])]
  case .writeTable:
    statements = [PolicyStatement(sid: "Write" + name, actions: writeActions, resources: [tableArn, indexArns])]
  case .readWriteTable:
    statements = [
      PolicyStatement(
        sid: "ReadWrite" + name, actions: Array(Set(readActions + writeActions)).sorted(),
        resources: [tableArn, indexArns])
    ]
  case .readTableStream:
    statements = [
      PolicyStatement(
        sid: "ReadStream" + name,
        actions: ["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator"],
        resources: [.reference(Reference(target: grant.target, kind: .table, attribute: .streamArn))]),
      // ListStreams does not support resource-level permissions.
      PolicyStatement(sid: "ListStreams", actions: ["dynamodb:ListStreams"], resources: ["*"]),
    ]
  }
  if let keyArn = kmsKey(of: target) {
    let actions: [String]
    switch grant.access {
    case .consumeQueue, .readTable, .readTableStream, .readBucket, .readSecret, .readKinesis:
      actions = ["kms:Decrypt", "kms:DescribeKey"]
    case .sendToQueue, .writeTable, .readWriteTable, .writeBucket, .readWriteBucket, .rotateSecret, .writeKinesis,
      .publishToTopic:
      actions = ["kms:Decrypt", "kms:DescribeKey", "kms:Encrypt", "kms:GenerateDataKey"]
    }
    statements.append(PolicyStatement(sid: "UseKeyOf" + name, actions: actions, resources: [StringValue(keyArn)]))
  }
  return statements
}

/// The customer-managed KMS key a queue or table is encrypted with, if any.
func kmsKey(of resource: ResourceModel?) -> String? {
  switch resource {
  case .queue(let queue)?:
    if case .kms(let keyArn, _) = queue.encryption { return keyArn }
  case .table(let table)?:
    if case .customerManagedKey(let keyArn) = table.encryption { return keyArn }
  case .bucket(let bucket)?:
    if case .kms(let keyArn) = bucket.encryption { return keyArn }
  case .secret(let secret)?:
    return secret.kmsKeyArn
  case .stream(let stream)?:
    return stream.kmsKeyArn
  case .topic(let topic)?:
    return topic.kmsKeyID.hasPrefix("alias/aws/") ? nil : topic.kmsKeyID
  default: break
  }
  return nil
}

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
    }
    if let deadLetter = target.deadLetter { allowQueue(deadLetter) }
  }
  return result
}

/// The security group of a placed resource: `<id>-sg` in its network.
func securityGroup(for resource: some NetworkPlaceable) -> SecurityGroup? {
  guard let placement = resource.network else { return nil }
  return SecurityGroup(
    id: securityGroupID(of: resource.id), network: placement.network,
    description: "\(type(of: resource).kind.displayName) \(resource.id)", tags: resource.tags, location: resource.location)
}

/// The ID of the security group iacgen generates for a placed resource.
func securityGroupID(of id: ResourceID) -> ResourceID { id.appending("sg") }

/// One ingress rule per connection whose ends are both placed and whose target has a port;
/// the validator reports the others.
func ingressRules(for connections: [Connection], declared: [ResourceID: ResourceModel]) -> [ResourceModel] {
  var result: [ResourceModel] = []
  var seen = Set<ResourceID>()
  for connection in connections {
    guard let source = declared[connection.source]?.placeable, source.network != nil,
      let target = declared[connection.target]?.placeable, target.network != nil, let port = target.port
    else { continue }
    let id = connection.target.appending("from-" + connection.source.rawValue)
    guard seen.insert(id).inserted else { continue }
    result.append(
      .securityGroupIngress(
        SecurityGroupIngress(
          id: id, target: securityGroupID(of: target.id), source: securityGroupID(of: source.id), port: port,
          description: "\(connection.source) to \(connection.target)", location: connection.location)))
  }
  return result
}

/// A service's execution role (start the task: pull images, write logs, read secrets) and task
/// role (what its containers may do: its grants).
func serviceRoles(
  for service: FargateService, logGroup: LogGroup, byID: [ResourceID: ResourceModel]
) -> (execution: Role, task: Role) {
  var execution = [
    PolicyStatement(
      sid: "WriteLogs", actions: ["logs:CreateLogStream", "logs:PutLogEvents"], resources: ["\(logGroup.arn):*"])
  ]
  var repositories: [StringValue] = []
  for container in service.containers {
    if let repository = container.ecrRepositoryArn, !repositories.contains(repository) { repositories.append(repository) }
  }
  if !repositories.isEmpty {
    // GetAuthorizationToken takes no resource.
    execution.append(PolicyStatement(sid: "AuthenticateToECR", actions: ["ecr:GetAuthorizationToken"], resources: ["*"]))
    execution.append(
      PolicyStatement(
        sid: "PullImages", actions: ["ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"],
        resources: repositories))
  }
  var secretArns: [StringValue] = []
  for container in service.containers {
    for key in container.secrets.keys.sorted() where !secretArns.contains(container.secrets[key]!) {
      secretArns.append(container.secrets[key]!)
    }
  }
  if !secretArns.isEmpty {
    execution.append(PolicyStatement(sid: "ReadSecrets", actions: ["secretsmanager:GetSecretValue"], resources: secretArns))
  }
  var task: [PolicyStatement] = []
  for grant in service.grants {
    for statement in grantStatements(grant, target: byID[grant.target]) where !task.contains(statement) { task.append(statement) }
  }
  uniquifySids(&task)
  return (
    Role(
      id: service.part("execution-role"), servicePrincipal: "ecs-tasks.amazonaws.com", statements: execution,
      tags: service.tags, location: service.location),
    Role(
      id: service.part("task-role"), servicePrincipal: "ecs-tasks.amazonaws.com", statements: task, tags: service.tags,
      location: service.location)
  )
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
    default:
      return self
    }
  }
}
