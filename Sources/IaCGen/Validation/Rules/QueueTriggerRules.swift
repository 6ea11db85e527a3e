// Rules for SQS -> Lambda triggers, including the queue / consumer relations.

enum QueueTriggerRules {
  static let all: [Rule] = [
    batchSize, batchingWindow, batchingWindowNeeded, fifoBatchingWindow, maximumConcurrency,
    visibilityBelowTimeout, visibilityBelowSixTimes,
  ]

  static let batchSize = Rule(
    "ESM001", .error, "Batch size is 1-10,000 (at most 10 for FIFO queues)", source: "https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-parameters.html"
  ) { context in
    for trigger in context.queueTriggers {
      let fifo = context.queue(trigger.queue)?.isFIFO ?? false
      let upper = fifo ? Limits.fifoBatchSizeMaximum : Limits.batchSize.upperBound
      if trigger.batchSize < 1 || trigger.batchSize > upper {
        context.report(
          "queue trigger '\(trigger.id)' has a batch size of \(trigger.batchSize); \(fifo ? "FIFO queues allow" : "SQS allows") 1 to \(upper)",
          about: .queueTrigger(trigger))
      }
    }
  }

  static let batchingWindow = Rule(
    "ESM002", .error, "Batching window is 0-300 seconds", source: "https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html (MaximumBatchingWindowInSeconds; quoted via AWS SDK for Kotlin reference)"
  ) { context in
    for trigger in context.queueTriggers where !Limits.batchingWindowSeconds.contains(trigger.batchingWindow.seconds) {
      context.report(
        "queue trigger '\(trigger.id)' has a batching window of \(trigger.batchingWindow); Lambda allows 0 to 300 s",
        about: .queueTrigger(trigger))
    }
  }

  static let batchingWindowNeeded = Rule(
    "ESM003", .error, "A batch size above 10 needs a batching window of at least 1 second",
    source: "CreateEventSourceMapping; https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html (MaximumBatchingWindowInSeconds; quoted via AWS SDK for Kotlin reference)"
  ) { context in
    for trigger in context.queueTriggers where trigger.batchSize > 10 && trigger.batchingWindow.seconds < 1 {
      if context.queue(trigger.queue)?.isFIFO == true { continue }  // ESM001 reports FIFO batch sizes
      context.report(
        "queue trigger '\(trigger.id)' has a batch size of \(trigger.batchSize) without a batching window; batches above 10 need a window of at least 1 s",
        about: .queueTrigger(trigger))
    }
  }

  static let fifoBatchingWindow = Rule(
    "ESM004", .error, "FIFO queue triggers take no batching window", source: "https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-parameters.html"
  ) { context in
    for trigger in context.queueTriggers where trigger.batchingWindow.seconds > 0 {
      guard let queue = context.queue(trigger.queue), queue.isFIFO else { continue }
      context.report(
        "queue trigger '\(trigger.id)' sets a batching window on FIFO queue '\(queue.id)'; FIFO triggers take none, so remove it",
        about: .queueTrigger(trigger))
    }
  }

  static let maximumConcurrency = Rule(
    "ESM005", .error, "Maximum concurrency is 2-1,000", source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-eventsourcemapping-scalingconfig.html"
  ) { context in
    for trigger in context.queueTriggers {
      guard let limit = trigger.maximumConcurrency, !Limits.maximumConcurrency.contains(limit) else { continue }
      context.report(
        "queue trigger '\(trigger.id)' has a maximum concurrency of \(limit); Lambda allows 2 to 1000",
        about: .queueTrigger(trigger))
    }
  }

  static let visibilityBelowTimeout = Rule(
    "ESM006", .error, "A queue's visibility timeout is at least its consumer's timeout",
    source: "services-sqs-configure.html; https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html"
  ) { context in
    for trigger in context.queueTriggers {
      // A timeout out of its own range is FN002's or SQS001's to report; no advice builds on it.
      guard let queue = context.queue(trigger.queue), let function = context.function(trigger.function),
        Limits.functionTimeoutSeconds.contains(function.timeout.seconds), Limits.visibilityTimeoutSeconds.contains(queue.visibilityTimeout.seconds),
        queue.visibilityTimeout < function.timeout
      else { continue }
      context.report(
        "queue '\(queue.id)' has a visibility timeout of \(queue.visibilityTimeout), shorter than the \(function.timeout) timeout of its consumer '\(function.id)'; Lambda rejects the trigger, so raise the visibility timeout to at least \(function.timeout.seconds * Limits.visibilityTimeoutMultiple) s (6 times the function timeout)",
        about: .queue(queue))
    }
  }

  static let visibilityBelowSixTimes = Rule(
    "ESM007", .warning, "A queue's visibility timeout is at least six times its consumer's timeout",
    source: "services-sqs-configure.html; https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html"
  ) { context in
    for trigger in context.queueTriggers {
      guard let queue = context.queue(trigger.queue), let function = context.function(trigger.function) else { continue }
      let recommended = function.timeout.seconds * Limits.visibilityTimeoutMultiple
      guard queue.visibilityTimeout >= function.timeout, queue.visibilityTimeout.seconds < recommended else { continue }
      context.report(
        "queue '\(queue.id)' has a visibility timeout of \(queue.visibilityTimeout), less than 6 times the \(function.timeout) timeout of its consumer '\(function.id)'; raise it to \(recommended) s so throttled batches can be retried",
        about: .queue(queue))
    }
  }
}
