// EventBus -> aws_cloudwatch_event_bus; EventRule -> aws_cloudwatch_event_rule + targets;
// TopicPolicy -> aws_sns_topic_policy.

import HCL

extension TerraformEmitter {
  func translateEventBus(_ bus: EventBus) -> HCL.Block {
    var block = TerraformBlockBuilder()
    block.set("name", bus.physicalName)
    block.setTags(bus.tags)
    return resourceBlock("aws_cloudwatch_event_bus", bus.id, block)
  }

  func translateEventRule(_ rule: EventRule) -> [HCL.Block] {
    var main = TerraformBlockBuilder()
    main.set("name", rule.physicalName)
    main.set("description", rule.description)
    if let bus = rule.bus { main.set("event_bus_name", TerraformValues.address("aws_cloudwatch_event_bus", bus, "name")) }
    if let pattern = rule.pattern { main.set("event_pattern", .call("jsonencode", [patternObject(pattern)])) }
    main.set("schedule_expression", rule.schedule)
    main.set("state", rule.enabled ? "ENABLED" : "DISABLED")
    main.setTags(rule.tags)
    var blocks = [resourceBlock("aws_cloudwatch_event_rule", rule.id, main)]
    for (position, target) in rule.targets.enumerated() {
      var block = TerraformBlockBuilder()
      block.set("rule", TerraformValues.address("aws_cloudwatch_event_rule", rule.id, "name"))
      if let bus = rule.bus { block.set("event_bus_name", TerraformValues.address("aws_cloudwatch_event_bus", bus, "name")) }
      block.set("target_id", "target-\(position + 1)")
      block.set("arn", TerraformValues.traversal(target.destination.reference))
      block.set("input_path", target.inputPath)
      if case .stateMachine = target.destination, let role = rule.roleID {
        block.set("role_arn", TerraformValues.address("aws_iam_role", role, "arn"))
      }
      if let deadLetter = target.deadLetter {
        block.block("dead_letter_config") { $0.set("arn", TerraformValues.address("aws_sqs_queue", deadLetter, "arn")) }
      }
      blocks.append(resourceBlock("aws_cloudwatch_event_target", rule.id.appending("target-\(position + 1)"), block))
    }
    return blocks
  }

  func translateTopicPolicy(_ policy: TopicPolicy) -> HCL.Block {
    var block = TerraformBlockBuilder()
    block.set("arn", TerraformValues.address("aws_sns_topic", policy.topic, "arn"))
    block.set("policy", .call("jsonencode", [TerraformValues.resourcePolicyDocument(policy.statements)]))
    return resourceBlock("aws_sns_topic_policy", policy.id, block)
  }

  private func patternObject(_ pattern: EventPattern) -> HCL.Expression {
    var items: [(key: String, value: HCL.Expression)] = []
    if !pattern.sources.isEmpty { items.append(("source", .tuple(pattern.sources.map(HCL.Expression.string)))) }
    if !pattern.detailTypes.isEmpty { items.append(("detail-type", .tuple(pattern.detailTypes.map(HCL.Expression.string)))) }
    if !pattern.detail.isEmpty {
      items.append(("detail", .object(pattern.detail.keys.sorted().map { ($0, .tuple(pattern.detail[$0]!.map(HCL.Expression.string))) })))
    }
    return .object(items)
  }
}
