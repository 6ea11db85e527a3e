// Topic -> AWS::SNS::Topic + AWS::SNS::Subscription.

import JSONSyntax

extension CloudFormationEmitter {
  func translateTopic(_ topic: Topic) -> [CloudFormationResource] {
    var main = CloudFormationProperties()
    main.set("TopicName", topic.physicalName)
    main.set("KmsMasterKeyId", topic.kmsKeyID)
    if topic.fifo {
      main.set("FifoTopic", true)
      main.set("ContentBasedDeduplication", topic.contentBasedDeduplication)
    }
    main.set("Tags", CloudFormationValues.tags(topic.tags))
    var resources = [CloudFormationResource(logicalID: topic.id.logicalID, type: "AWS::SNS::Topic", properties: main)]
    for (position, subscription) in topic.subscriptions.enumerated() {
      var properties = CloudFormationProperties()
      properties.set("TopicArn", CloudFormationValues.ref(topic.id.logicalID))
      properties.set("Protocol", subscription.endpoint.protocolName)
      switch subscription.endpoint {
      case .queue(let queue): properties.set("Endpoint", CloudFormationValues.getAtt(queue.logicalID, "Arn"))
      case .function(let function): properties.set("Endpoint", CloudFormationValues.getAtt(function.logicalID, "Arn"))
      case .email(let address): properties.set("Endpoint", address)
      }
      if subscription.rawDelivery { properties.set("RawMessageDelivery", true) }
      if !subscription.filter.isEmpty {
        properties.set(
          "FilterPolicy",
          .object(subscription.filter.keys.sorted().map { .init($0, .array(subscription.filter[$0]!.map(JSON.Value.string))) }))
      }
      resources.append(
        CloudFormationResource(
          logicalID: topic.id.appending("subscription-\(position + 1)").logicalID, type: "AWS::SNS::Subscription",
          properties: properties))
    }
    return resources
  }
}
