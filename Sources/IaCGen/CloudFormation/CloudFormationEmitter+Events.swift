// EventBus -> AWS::Events::EventBus; EventRule -> AWS::Events::Rule (targets inline);
// TopicPolicy -> AWS::SNS::TopicPolicy.

import JSONSyntax

extension CloudFormationEmitter {
  func translateEventBus(_ bus: EventBus) -> CloudFormationResource {
    var properties = CloudFormationProperties()
    properties.set("Name", bus.physicalName)
    properties.set("Tags", CloudFormationValues.tags(bus.tags))
    return CloudFormationResource(logicalID: bus.id.logicalID, type: "AWS::Events::EventBus", properties: properties)
  }

  func translateEventRule(_ rule: EventRule) -> CloudFormationResource {
    var properties = CloudFormationProperties()
    properties.set("Name", rule.physicalName)
    properties.set("Description", rule.description)
    if let bus = rule.bus { properties.set("EventBusName", CloudFormationValues.ref(bus.logicalID)) }
    if let pattern = rule.pattern {
      var members: [JSON.Member] = []
      if !pattern.sources.isEmpty { members.append(.init("source", .array(pattern.sources.map(JSON.Value.string)))) }
      if !pattern.detailTypes.isEmpty { members.append(.init("detail-type", .array(pattern.detailTypes.map(JSON.Value.string)))) }
      if !pattern.detail.isEmpty {
        members.append(.init("detail", .object(pattern.detail.keys.sorted().map { .init($0, .array(pattern.detail[$0]!.map(JSON.Value.string))) })))
      }
      properties.set("EventPattern", .object(members))
    }
    properties.set("ScheduleExpression", rule.schedule)
    properties.set("State", rule.enabled ? "ENABLED" : "DISABLED")
    properties.set("Tags", CloudFormationValues.tags(rule.tags))
    properties.set("Targets", .array(rule.targets.enumerated().map { position, target in
      var members: [JSON.Member] = [.init("Arn", CloudFormationValues.intrinsic(target.destination.reference).json)]
      if let deadLetter = target.deadLetter {
        members.append(.init("DeadLetterConfig", .object([.init("Arn", CloudFormationValues.getAtt(deadLetter.logicalID, "Arn"))])))
      }
      members.append(.init("Id", .string("target-\(position + 1)")))
      if let inputPath = target.inputPath { members.append(.init("InputPath", .string(inputPath))) }
      if case .stateMachine = target.destination, let role = rule.roleID {
        members.append(.init("RoleArn", CloudFormationValues.getAtt(role.logicalID, "Arn")))
      }
      return .object(members)
    }))
    return CloudFormationResource(logicalID: rule.id.logicalID, type: "AWS::Events::Rule", properties: properties)
  }

  func translateTopicPolicy(_ policy: TopicPolicy) -> CloudFormationResource {
    var properties = CloudFormationProperties()
    properties.set("Topics", .array([CloudFormationValues.ref(policy.topic.logicalID)]))
    properties.set("PolicyDocument", CloudFormationValues.resourcePolicyDocument(policy.statements))
    return CloudFormationResource(logicalID: policy.id.logicalID, type: "AWS::SNS::TopicPolicy", properties: properties)
  }
}
