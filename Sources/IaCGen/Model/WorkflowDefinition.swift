// A state machine's definition as a neutral tree, shared by both emitters.

/// A JSON-like value whose strings may hold references (function ARNs, subnets...).
indirect enum DefinitionNode: Hashable {
  case string(StringValue)
  case int(Int)
  case double(Double)
  case bool(Bool)
  case array([DefinitionNode])
  case object([Member])

  struct Member: Hashable {
    var key: String
    var value: DefinitionNode
    init(_ key: String, _ value: DefinitionNode) {
      self.key = key
      self.value = value
    }
  }
}

extension StateMachine {
  /// The Amazon States Language document of the definition.
  func definitionDocument(in index: ModelIndex) -> DefinitionNode { workflowNode(definition, in: index) }

  private func workflowNode(_ workflow: Workflow, in index: ModelIndex) -> DefinitionNode {
    .object([
      .init("StartAt", .string(StringValue(workflow.startAt))),
      .init("States", .object(workflow.states.map { .init($0.name, stateNode($0, in: index)) })),
    ])
  }

  private func stateNode(_ state: WorkflowState, in index: ModelIndex) -> DefinitionNode {
    var members: [DefinitionNode.Member] = []
    func transition(_ next: String?, _ end: Bool) {
      if let next { members.append(.init("Next", .string(StringValue(next)))) } else { members.append(.init("End", .bool(true))) }
      _ = end
    }
    func errorHandling(_ retry: [Retry], _ catchers: [Catcher]) {
      if !retry.isEmpty {
        members.append(.init("Retry", .array(retry.map { rule in
          .object([
            .init("ErrorEquals", .array(rule.errors.map { .string(StringValue($0)) })),
            .init("IntervalSeconds", .int(rule.interval.seconds)),
            .init("MaxAttempts", .int(rule.maxAttempts)),
            .init("BackoffRate", .double(rule.backoffRate)),
          ])
        })))
      }
      if !catchers.isEmpty {
        members.append(.init("Catch", .array(catchers.map { rule in
          .object([
            .init("ErrorEquals", .array(rule.errors.map { .string(StringValue($0)) })),
            .init("Next", .string(StringValue(rule.next))),
            .init("ResultPath", .string(StringValue(rule.resultPath))),
          ])
        })))
      }
    }
    switch state {
    case .task(_, let action, let retry, let catchers, let next, let end):
      members.append(.init("Type", .string("Task")))
      members += taskMembers(action, in: index)
      errorHandling(retry, catchers)
      transition(next, end)
    case .map(_, let itemsPath, let maxConcurrency, let iterator, let retry, let catchers, let next, let end):
      members.append(.init("Type", .string("Map")))
      members.append(.init("ItemsPath", .string(StringValue(itemsPath))))
      members.append(.init("MaxConcurrency", .int(maxConcurrency)))
      members.append(.init("ItemProcessor", {
        guard case .object(let inner) = workflowNode(iterator, in: index) else { return .object([]) }
        return .object([.init("ProcessorConfig", .object([.init("Mode", .string("INLINE"))]))] + inner)
      }()))
      errorHandling(retry, catchers)
      transition(next, end)
    case .parallel(_, let branches, let retry, let catchers, let next, let end):
      members.append(.init("Type", .string("Parallel")))
      members.append(.init("Branches", .array(branches.map { workflowNode($0, in: index) })))
      errorHandling(retry, catchers)
      transition(next, end)
    case .choice(_, let choices, let otherwise):
      members.append(.init("Type", .string("Choice")))
      members.append(.init("Choices", .array(choices.map { rule in
        let comparison: DefinitionNode.Member
        switch rule.equals {
        case .string(let text): comparison = .init("StringEquals", .string(StringValue(text)))
        case .number(let number): comparison = .init("NumericEquals", .double(number))
        case .bool(let flag): comparison = .init("BooleanEquals", .bool(flag))
        }
        return .object([.init("Variable", .string(StringValue(rule.variable))), comparison, .init("Next", .string(StringValue(rule.next)))])
      })))
      if let otherwise { members.append(.init("Default", .string(StringValue(otherwise)))) }
    case .wait(_, let seconds, let next, let end):
      members.append(.init("Type", .string("Wait")))
      members.append(.init("Seconds", .int(seconds)))
      transition(next, end)
    case .succeed:
      members.append(.init("Type", .string("Succeed")))
    case .fail(_, let error, let cause):
      members.append(.init("Type", .string("Fail")))
      members.append(.init("Error", .string(StringValue(error))))
      members.append(.init("Cause", .string(StringValue(cause))))
    }
    return .object(members)
  }

  private func taskMembers(_ action: TaskAction, in index: ModelIndex) -> [DefinitionNode.Member] {
    let partition = StringValue.partition
    switch action {
    case .invoke(let function):
      return [
        .init("Resource", .string("arn:\(partition):states:::lambda:invoke")),
        .init("Parameters", .object([
          .init("FunctionName", .string(.reference(Reference(target: function, kind: .function, attribute: .arn)))),
          .init("Payload.$", .string("$")),
        ])),
        .init("OutputPath", .string("$.Payload")),
      ]
    case .runTask(let serviceID):
      guard case .fargateService(let service)? = index[serviceID] else { return [] }
      let zones = service.network.flatMap { index.network($0.network)?.zones } ?? 0
      let subnets: [DefinitionNode] = service.network.map { placement in
        (0..<zones).map { .string(.reference(Reference(target: Network.part(of: placement.network, "private", $0), kind: .subnet, attribute: .id))) }
      } ?? []
      let groups: [DefinitionNode] = service.securityGroupID.map { [.string(.reference(Reference(target: $0, kind: .securityGroup, attribute: .id)))] } ?? []
      return [
        .init("Resource", .string("arn:\(partition):states:::ecs:runTask.sync")),
        .init("Parameters", .object([
          .init("Cluster", .string(.reference(Reference(target: service.cluster, kind: .ecsCluster, attribute: .arn)))),
          .init("TaskDefinition", .string(.reference(Reference(target: serviceID, kind: .fargateService, attribute: .taskDefinitionArn)))),
          .init("LaunchType", .string("FARGATE")),
          .init("NetworkConfiguration", .object([.init("AwsvpcConfiguration", .object([
            .init("AssignPublicIp", .string("DISABLED")), .init("SecurityGroups", .array(groups)), .init("Subnets", .array(subnets)),
          ]))])),
        ])),
      ]
    case .sendMessage(let queue, let messagePath):
      return [
        .init("Resource", .string("arn:\(partition):states:::sqs:sendMessage")),
        .init("Parameters", .object([
          .init("QueueUrl", .string(.reference(Reference(target: queue, kind: .queue, attribute: .url)))),
          .init("MessageBody.$", .string(StringValue(messagePath))),
        ])),
      ]
    }
  }

  /// Every task action, through Map iterators and Parallel branches.
  var taskActions: [TaskAction] {
    func collect(_ workflow: Workflow) -> [TaskAction] {
      workflow.states.flatMap { state -> [TaskAction] in
        switch state {
        case .task(_, let action, _, _, _, _): return [action]
        case .map(_, _, _, let iterator, _, _, _, _): return collect(iterator)
        case .parallel(_, let branches, _, _, _, _): return branches.flatMap(collect)
        default: return []
        }
      }
    }
    return collect(definition)
  }

  /// Every state with its workflow, through Map iterators and Parallel branches.
  var allWorkflows: [Workflow] {
    func collect(_ workflow: Workflow) -> [Workflow] {
      [workflow] + workflow.states.flatMap { state -> [Workflow] in
        switch state {
        case .map(_, _, _, let iterator, _, _, _, _): return collect(iterator)
        case .parallel(_, let branches, _, _, _, _): return branches.flatMap(collect)
        default: return []
        }
      }
    }
    return collect(definition)
  }
}
