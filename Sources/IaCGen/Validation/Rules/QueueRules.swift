// Rules for SQS queues.

enum QueueRules {
  static let all: [Rule] = [
    visibilityTimeout, retention, deliveryDelay, maximumMessageSize, receiveWait, queueName, deadLetterType,
    maxReceiveCount, deadLetterRetention, dataKeyReuse,
  ]

  /// A rule that a queue's setting lies in a range.
  private static func rangeRule(
    _ id: String, _ title: String, source: String, _ range: ClosedRange<Int>, setting: String, unit: String,
    value: @escaping @Sendable (Queue) -> Int, advice: String = ""
  ) -> Rule {
    Rule(id, .error, title, source: source) { context in
      for queue in context.queues where !range.contains(value(queue)) {
        context.report(
          "queue '\(queue.id)' has a \(setting) of \(value(queue)) \(unit); SQS allows \(range.lowerBound) to \(range.upperBound) \(unit)\(advice)",
          about: .queue(queue))
      }
    }
  }

  static let visibilityTimeout = rangeRule(
    "SQS001", "Visibility timeout is 0-43,200 seconds", source: "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html",
    Limits.visibilityTimeoutSeconds, setting: "visibility timeout", unit: "s", value: { $0.visibilityTimeout.seconds })

  static let retention = rangeRule(
    "SQS002", "Retention is 60 seconds to 14 days", source: "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html",
    Limits.retentionSeconds, setting: "retention period", unit: "s", value: { $0.retention.seconds })

  static let deliveryDelay = rangeRule(
    "SQS003", "Delivery delay is 0-900 seconds", source: "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-fifo.html",
    Limits.deliveryDelaySeconds, setting: "delivery delay", unit: "s", value: { $0.deliveryDelay.seconds })

  static let maximumMessageSize = Rule(
    "SQS004", .error,
    "Maximum message size is 1,024-1,048,576 bytes, and at most 262,144 where the chosen Terraform AWS provider version limits it (5.100.0 does)",
    source: "1 MiB since August 2025; provider 5.100.0 rejects above 256 KiB, https://github.com/hashicorp/terraform-provider-aws/pull/43710; https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html"
  ) { context in
    for queue in context.queues {
      let bytes = queue.maximumMessageBytes
      if !Limits.maximumMessageBytes.contains(bytes) {
        context.report(
          "queue '\(queue.id)' has a maximum message size of \(bytes) bytes; SQS allows \(Limits.maximumMessageBytes.lowerBound) to \(Limits.maximumMessageBytes.upperBound) bytes",
          about: .queue(queue))
      } else if bytes > Limits.terraformProviderMaximumMessageBytes {
        context.reportProviderSupport(
          ProviderSupport.verdict(acceptedFrom: ProviderSupport.largeSQSMessages, version: context.providerVersion),
          what: "a maximum message size of \(bytes) bytes", subject: "queue '\(queue.id)'",
          alternative: "keep it at most \(Limits.terraformProviderMaximumMessageBytes) bytes", about: .queue(queue))
      }
    }
  }

  static let receiveWait = rangeRule(
    "SQS005", "Long polling wait is 0-20 seconds", source: "Terraform 5.100 does not check it; https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-fifo.html",
    Limits.receiveWaitSeconds, setting: "receive wait time", unit: "s", value: { $0.receiveWaitTime.seconds })

  static let queueName = Rule(
    "SQS006", .error, "Queue names are 1-80 letters, digits, '-' and '_'; FIFO names end in '.fifo', standard names do not",
    source: "CreateQueue QueueName; https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CreateQueue.html (QueueName constraints)"
  ) { context in
    for queue in context.queues {
      let name = queue.physicalName
      let base = name.hasSuffix(".fifo") ? String(name.dropLast(5)) : name
      let charset = base.unicodeScalars.allSatisfy { isASCIILetter($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
      if !Limits.queueNameLength.contains(name.count) || base.isEmpty || !charset {
        context.report(
          "queue '\(queue.id)' would be named '\(name)' (\(name.count) characters); queue names are 1 to 80 letters, digits, '-' and '_'",
          about: .queue(queue))
      } else if queue.isFIFO != name.hasSuffix(".fifo") {
        context.report(
          queue.isFIFO
            ? "FIFO queue '\(queue.id)' is named '\(name)'; FIFO queue names end in '.fifo'"
            : "standard queue '\(queue.id)' is named '\(name)'; only FIFO queue names end in '.fifo'",
          about: .queue(queue))
      }
    }
  }

  static let deadLetterType = Rule(
    "SQS007", .error, "A FIFO queue's dead-letter queue is FIFO; a standard queue's is standard",
    source: "sqs-configure-dead-letter-queue.html; https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-configure-dead-letter-queue.html"
  ) { context in
    for queue in context.queues {
      guard let target = queue.deadLetter.flatMap({ context.queue($0.queue) }), target.isFIFO != queue.isFIFO else { continue }
      context.report(
        "\(queue.isFIFO ? "FIFO" : "standard") queue '\(queue.id)' uses \(target.isFIFO ? "FIFO" : "standard") queue '\(target.id)' as its dead-letter queue; the dead-letter queue must be \(queue.isFIFO ? "FIFO" : "standard") too",
        about: .queue(queue))
    }
  }

  static let maxReceiveCount = Rule(
    "SQS008", .error, "maxReceiveCount is 1-1,000", source: "https://aws.github.io/modern-data-architecture-accelerator/typedocs/interfaces/_aws-mdaa_dataops-lambda-l3-construct.QueueDlqProps.html (AWS sample project validation, not service docs)"
  ) { context in
    for queue in context.queues {
      guard let count = queue.deadLetter?.maxReceiveCount, !Limits.maxReceiveCount.contains(count) else { continue }
      context.report(
        "queue '\(queue.id)' moves messages to its dead-letter queue after \(count) receives; use 1 to 1000",
        about: .queue(queue))
    }
  }

  static let deadLetterRetention = Rule(
    "SQS009", .warning, "A dead-letter queue keeps messages longer than its source queue",
    source: "sqs-dead-letter-queues.html: a message's age counts from its original enqueue; https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html"
  ) { context in
    for queue in context.queues {
      guard let target = queue.deadLetter.flatMap({ context.queue($0.queue) }), target.retention <= queue.retention else { continue }
      context.report(
        "dead-letter queue '\(target.id)' keeps messages for \(target.retention), no longer than queue '\(queue.id)' (\(queue.retention)); messages keep their original enqueue time, so raise the dead-letter queue's retention (14 days is usual)",
        about: .queue(target))
    }
  }

  static let dataKeyReuse = Rule(
    "SQS010", .error, "KMS data key reuse is 60-86,400 seconds", source: "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SetQueueAttributes.html"
  ) { context in
    for queue in context.queues {
      guard case .kms(_, let reuse) = queue.encryption, !Limits.dataKeyReuseSeconds.contains(reuse.seconds) else { continue }
      context.report(
        "queue '\(queue.id)' reuses KMS data keys for \(reuse); SQS allows 60 to 86400 s",
        about: .queue(queue))
    }
  }
}
