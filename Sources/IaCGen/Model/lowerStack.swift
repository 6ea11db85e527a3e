// Lowering: DSL declarations -> StackModel.

/// Lowers a declared stack: resolves physical names, applies stack tags, generates each
/// function's log group and execution role (from its grants and triggers), and orders
/// resources by dependency.
public func lowerStack(_ stack: Stack) -> StackModel {
  let declared = stack.declarations.resources
  var byID: [ResourceID: ResourceModel] = [:]
  for resource in declared where byID[resource.id] == nil { byID[resource.id] = resource }

  var lowered: [ResourceModel] = []
  lowered.reserveCapacity(declared.count * 2)
  for resource in declared {
    switch resource {
    case .function(var function):
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
      lowered.append(.role(role))
      lowered.append(.function(function))
    case .queue(var queue):
      if queue.name == nil {
        queue.name = defaultName(stack, queue.id) + (queue.isFIFO ? ".fifo" : "")
      }
      queue.tags = Tag.merged(stack.tags, queue.tags)
      lowered.append(.queue(queue))
    case .table(var table):
      table.name = table.name ?? defaultName(stack, table.id)
      table.tags = Tag.merged(stack.tags, table.tags)
      lowered.append(.table(table))
    case .queueTrigger, .role, .logGroup:
      lowered.append(resource)
    }
  }
  return StackModel(
    name: stack.name, region: stack.region, phase: stack.phase, tags: stack.tags,
    resources: dependencyOrdered(lowered), outputs: stack.declarations.outputs, location: stack.location)
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
  for grant in grants {
    for statement in grantStatements(grant, target: byID[grant.target]) where !statements.contains(statement) {
      statements.append(statement)
    }
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
  var statements: [PolicyStatement]
  switch grant.access {
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
    case .consumeQueue, .readTable, .readTableStream: actions = ["kms:Decrypt", "kms:DescribeKey"]
    case .sendToQueue, .writeTable, .readWriteTable:
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
  default: break
  }
  return nil
}
