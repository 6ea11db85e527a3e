// Topic -> aws_sns_topic + aws_sns_topic_subscription.

import HCL

extension TerraformEmitter {
  func translateTopic(_ topic: Topic) -> [HCL.Block] {
    var main = TerraformBlockBuilder()
    main.set("name", topic.physicalName)
    main.set("kms_master_key_id", topic.kmsKeyID)
    if topic.fifo {
      main.set("fifo_topic", true)
      main.set("content_based_deduplication", topic.contentBasedDeduplication)
    }
    main.setTags(topic.tags)
    var blocks = [resourceBlock("aws_sns_topic", topic.id, main)]
    for (position, subscription) in topic.subscriptions.enumerated() {
      var block = TerraformBlockBuilder()
      block.set("topic_arn", TerraformValues.address("aws_sns_topic", topic.id, "arn"))
      block.set("protocol", subscription.endpoint.protocolName)
      switch subscription.endpoint {
      case .queue(let queue): block.set("endpoint", TerraformValues.address("aws_sqs_queue", queue, "arn"))
      case .function(let function): block.set("endpoint", TerraformValues.address("aws_lambda_function", function, "arn"))
      case .email(let address): block.set("endpoint", address)
      }
      if subscription.rawDelivery { block.set("raw_message_delivery", true) }
      if !subscription.filter.isEmpty {
        block.set(
          "filter_policy",
          .call("jsonencode", [.object(subscription.filter.keys.sorted().map { ($0, .tuple(subscription.filter[$0]!.map(HCL.Expression.string))) })]))
      }
      blocks.append(resourceBlock("aws_sns_topic_subscription", topic.id.appending("subscription-\(position + 1)"), block))
    }
    return blocks
  }
}
