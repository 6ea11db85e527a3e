// Rules for SNS topics.

enum TopicRules {
  static let all: [Rule] = [name, fifoSubscriptions, subscriptionSettings, encryptionKey]

  static let name = Rule(
    "SNS001", .error, "Topic names are 1-256 letters, digits, '-' and '_'; FIFO names end in '.fifo'",
    source: "CreateTopic Name; https://docs.aws.amazon.com/sns/latest/api/API_CreateTopic.html"
  ) { context in
    for topic in context.stack.topics {
      let name = topic.physicalName
      let base = name.hasSuffix(".fifo") ? String(name.dropLast(5)) : name
      let valid = (1...256).contains(name.count) && !base.isEmpty
        && base.unicodeScalars.allSatisfy { isASCIILetter($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
        && topic.fifo == name.hasSuffix(".fifo")
      if !valid {
        context.report(
          "topic '\(topic.id)' would be named '\(name)'; topic names are 1 to 256 letters, digits, '-' and '_', and end in '.fifo' exactly when the topic is FIFO",
          about: .topic(topic))
      }
    }
  }

  static let fifoSubscriptions = Rule(
    "SNS002", .error, "FIFO topics deliver only to SQS queues (FIFO, or standard with best-effort ordering); standard topics do not deliver to FIFO queues",
    source: "https://docs.aws.amazon.com/sns/latest/dg/fifo-message-delivery.html (checked 2026-12-04)"
  ) { context in
    for topic in context.stack.topics {
      for subscription in topic.subscriptions {
        switch subscription.endpoint {
        case .queue(let id):
          guard let queue = context.queue(id), queue.isFIFO, !topic.fifo else { continue }
          context.report(
            "standard topic '\(topic.id)' subscribes FIFO queue '\(queue.id)'; SNS delivers to FIFO queues only from FIFO topics, so make the topic FIFO",
            about: .topic(topic))
        case .function, .email:
          if topic.fifo {
            context.report(
              "FIFO topic '\(topic.id)' subscribes a \(subscription.endpoint.protocolName) endpoint; FIFO topics deliver only to SQS queues (subscribe a queue and trigger the function from it)",
              about: .topic(topic))
          }
        }
      }
    }
  }

  static let subscriptionSettings = Rule(
    "SNS003", .error, "Raw delivery is for queue subscriptions; e-mail endpoints are addresses; filter policies have 1-150 values",
    source: "Subscribe attributes; SNS filter policy constraints; https://docs.aws.amazon.com/sns/latest/dg/sns-subscription-filter-policies.html"
  ) { context in
    for topic in context.stack.topics {
      for subscription in topic.subscriptions {
        if subscription.rawDelivery, case .queue = subscription.endpoint {} else if subscription.rawDelivery {
          context.report(
            "topic '\(topic.id)' asks for raw delivery to a \(subscription.endpoint.protocolName) endpoint; only queue subscriptions take it",
            about: .topic(topic))
        }
        if case .email(let address) = subscription.endpoint, !address.contains("@") || address.contains(" ") {
          context.report("topic '\(topic.id)' subscribes e-mail address '\(address)', which is not an address", about: .topic(topic))
        }
        let values = subscription.filter.values.reduce(0) { $0 + $1.count }
        if !subscription.filter.isEmpty && (values == 0 || values > 150) {
          context.report(
            "topic '\(topic.id)' has a filter policy with \(values) values; SNS allows 1 to 150", about: .topic(topic))
        }
      }
    }
  }

  static let encryptionKey = Rule(
    "SNS004", .error, "A topic names the KMS key that encrypts it (an empty key ID would leave it unencrypted)",
    source: "KmsMasterKeyId; https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html"
  ) { context in
    for topic in context.stack.topics where topic.kmsKeyID.trimmingCharacters(in: .whitespaces).isEmpty {
      context.report(
        "topic '\(topic.id)' has an empty KMS key ID, which would leave it unencrypted; keep the default 'alias/aws/sns' or name a key (its ID, ARN or alias)",
        about: .topic(topic))
    }
  }
}
