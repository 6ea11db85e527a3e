// Lowering: IAM statements from typed grants, for execution, task and instance roles.

/// The statements of a function's execution role: logging, then each grant (its own, then
/// those `implied` by its queue triggers and secret rotations), with KMS permissions where a
/// target is encrypted with a key.
func executionStatements(
  for function: Function, logGroup: LogGroup, implied: [Grant], byID: [ResourceID: ResourceModel]
) -> [PolicyStatement] {
  var statements = [
    PolicyStatement(
      sid: "WriteLogs", actions: ["logs:CreateLogStream", "logs:PutLogEvents"],
      resources: ["\(logGroup.arn):*"])
  ]
  var grants = function.grants
  for grant in implied where !grants.contains(grant) { grants.append(grant) }
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
  let sids = statements.map(\.sid)
  // Most roles have a handful of statements: comparing with the earlier ones costs less than hashing.
  var seen: [String: Int] = [:]
  for index in sids.indices {
    var count = 1
    if sids.count <= 16 {
      for earlier in sids[..<index] where earlier == sids[index] { count += 1 }
    } else {
      count = (seen[sids[index]] ?? 0) + 1
      seen[sids[index]] = count
    }
    if count > 1 { statements[index].sid = sids[index] + String(count) }
  }
}

/// The statements one grant needs.
func grantStatements(_ grant: Grant, target: ResourceModel?) -> [PolicyStatement] {
  let name = grant.target.logicalID
  // Each ARN is made only by the accesses that use it: most grants need one.
  func arn(_ kind: ResourceKind, _ attribute: Reference.Attribute = .arn) -> StringValue {
    .reference(Reference(target: grant.target, kind: kind, attribute: attribute))
  }
  var queueArn: StringValue { arn(.queue) }
  var secretArn: StringValue { arn(.secret) }
  var streamArn: StringValue { arn(.stream) }
  /// The table (or the grant's replica) and its indexes.
  func tableAndIndexes() -> [StringValue] {
    let tableArn = grant.replica?.arn ?? arn(.table)
    return [tableArn, "\(tableArn)/index/*"]
  }
  var objectsArn: StringValue { "\(arn(.bucket))/*" }
  var bucketRead: PolicyStatement { PolicyStatement(sid: "ListBucket" + name, actions: ["s3:ListBucket"], resources: [arn(.bucket)]) }
  let readActions = [
    "dynamodb:BatchGetItem", "dynamodb:ConditionCheckItem", "dynamodb:DescribeTable", "dynamodb:GetItem",
    "dynamodb:Query", "dynamodb:Scan",
  ]
  let writeActions = [
    "dynamodb:BatchWriteItem", "dynamodb:DeleteItem", "dynamodb:DescribeTable", "dynamodb:PutItem",
    "dynamodb:UpdateItem",
  ]
  let daxReads = ["dax:BatchGetItem", "dax:ConditionCheckItem", "dax:GetItem", "dax:Query", "dax:Scan"]
  let daxWrites = ["dax:BatchWriteItem", "dax:DeleteItem", "dax:PutItem", "dax:UpdateItem"]
  var statements: [PolicyStatement]
  switch grant.access {
  case .readDAX:
    statements = [PolicyStatement(sid: "ReadThrough" + name, actions: daxReads, resources: [arn(.daxCluster)])]
  case .writeDAX:
    statements = [PolicyStatement(sid: "WriteThrough" + name, actions: daxWrites, resources: [arn(.daxCluster)])]
  case .readWriteDAX:
    statements = [PolicyStatement(sid: "ReadWriteThrough" + name, actions: (daxReads + daxWrites).sorted(), resources: [arn(.daxCluster)])]
  case .putEvents:
    statements = [PolicyStatement(sid: "PutEventsOn" + name, actions: ["events:PutEvents"], resources: [arn(.eventBus)])]
  case .invokeFunction:
    let functionArn = arn(.function)
    statements = [PolicyStatement(sid: "Invoke" + name, actions: ["lambda:InvokeFunction"], resources: [functionArn, "\(functionArn):*"])]
  case .startExecution:
    var actions = ["states:StartExecution"]
    if case .stateMachine(let machine)? = target, machine.type == .express { actions.append("states:StartSyncExecution") }
    statements = [PolicyStatement(sid: "StartExecutionsOf" + name, actions: actions, resources: [arn(.stateMachine)])]
  case .publishToTopic:
    statements = [
      PolicyStatement(
        sid: "PublishTo" + name, actions: ["sns:Publish"],
        resources: [arn(.topic)])
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
    statements = [PolicyStatement(sid: "Read" + name, actions: readActions, resources: tableAndIndexes())]
  case .writeTable:
    statements = [PolicyStatement(sid: "Write" + name, actions: writeActions, resources: tableAndIndexes())]
  case .readWriteTable:
    statements = [
      PolicyStatement(
        sid: "ReadWrite" + name, actions: Array(Set(readActions + writeActions)).sorted(),
        resources: tableAndIndexes())
    ]
  case .tableItems:
    statements = [PolicyStatement(sid: "Items" + name, actions: grant.tableActions.map(\.iamAction), resources: tableAndIndexes())]
  case .readTableStream:
    statements = [
      PolicyStatement(
        sid: "ReadStream" + name,
        actions: ["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator"],
        resources: [arn(.table, .streamArn)]),
      // ListStreams does not support resource-level permissions.
      PolicyStatement(sid: "ListStreams", actions: ["dynamodb:ListStreams"], resources: ["*"]),
    ]
  }
  if let keyArn = kmsKey(of: target) {
    let actions: [String]
    switch grant.access {
    case .tableItems where !grant.tableActions.contains(where: \.writes):
      actions = ["kms:Decrypt", "kms:DescribeKey"]
    case .consumeQueue, .readTable, .readTableStream, .readBucket, .readSecret, .readKinesis, .readDAX, .invokeFunction, .startExecution:
      actions = ["kms:Decrypt", "kms:DescribeKey"]
    case .sendToQueue, .writeTable, .readWriteTable, .tableItems, .writeBucket, .readWriteBucket, .rotateSecret, .writeKinesis,
      .publishToTopic, .writeDAX, .readWriteDAX, .putEvents:
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
  let task = statementsForGrants(service.grants, byID: byID)
  return (
    Role(
      id: service.part("execution-role"), servicePrincipal: "ecs-tasks.amazonaws.com", statements: execution,
      tags: service.tags, location: service.location),
    Role(
      id: service.part("task-role"), servicePrincipal: "ecs-tasks.amazonaws.com", statements: task, tags: service.tags,
      location: service.location)
  )
}


/// A state machine's role: what its tasks invoke, run and send to, plus logging and tracing.
func stateMachineStatements(_ machine: StateMachine, byID: [ResourceID: ResourceModel]) -> [PolicyStatement] {
  var statements: [PolicyStatement] = []
  func add(_ statement: PolicyStatement) { if !statements.contains(statement) { statements.append(statement) } }
  for action in machine.taskActions {
    switch action {
    case .invoke(let function):
      let arn = StringValue.reference(Reference(target: function, kind: .function, attribute: .arn))
      add(PolicyStatement(sid: "Invoke" + function.logicalID, actions: ["lambda:InvokeFunction"], resources: [arn, "\(arn):*"]))
    case .runTask(let serviceID):
      guard case .fargateService(let service)? = byID[serviceID] else { continue }
      add(PolicyStatement(
        sid: "Run" + serviceID.logicalID, actions: ["ecs:RunTask"],
        resources: [.reference(Reference(target: serviceID, kind: .fargateService, attribute: .taskDefinitionArn))]))
      let roles = [service.part("execution-role"), service.part("task-role")].map {
        StringValue.reference(Reference(target: $0, kind: .role, attribute: .arn))
      }
      add(PolicyStatement(sid: "PassRolesOf" + serviceID.logicalID, actions: ["iam:PassRole"], resources: roles))
      // Stopping and describing tasks of the run: task ARNs are not known in advance.
      add(PolicyStatement(sid: "TrackTasks", actions: ["ecs:DescribeTasks", "ecs:StopTask"], resources: ["*"]))
      add(PolicyStatement(
        sid: "WaitForTasks", actions: ["events:DescribeRule", "events:PutRule", "events:PutTargets"],
        resources: ["arn:\(StringValue.partition):events:\(StringValue.region):\(StringValue.accountID):rule/StepFunctionsGetEventsForECSTaskRule"]))
    case .sendMessage(let queue, _):
      for statement in grantStatements(Grant(access: .sendToQueue, target: queue, targetKind: .queue), target: byID[queue]) { add(statement) }
    }
  }
  if machine.logging != .off {
    // Log delivery actions take no resource ARNs.
    add(PolicyStatement(
      sid: "DeliverLogs",
      actions: [
        "logs:CreateLogDelivery", "logs:DeleteLogDelivery", "logs:DescribeLogGroups", "logs:DescribeResourcePolicies",
        "logs:GetLogDelivery", "logs:ListLogDeliveries", "logs:PutResourcePolicy", "logs:UpdateLogDelivery",
      ], resources: ["*"]))
  }
  if machine.tracing {
    add(PolicyStatement(sid: "WriteTraces", actions: ["xray:GetSamplingRules", "xray:GetSamplingTargets", "xray:PutTelemetryRecords", "xray:PutTraceSegments"], resources: ["*"]))
  }
  uniquifySids(&statements)
  return statements
}

/// The statements of a list of grants, without repeats, with unique statement IDs.
func statementsForGrants(_ grants: [Grant], byID: [ResourceID: ResourceModel]) -> [PolicyStatement] {
  var statements: [PolicyStatement] = []
  for grant in grants {
    for statement in grantStatements(grant, target: byID[grant.target]) where !statements.contains(statement) {
      statements.append(statement)
    }
  }
  uniquifySids(&statements)
  return statements
}
