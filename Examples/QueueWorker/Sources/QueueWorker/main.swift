// The load-levelling core of seed 004 (WhisperSync): a primary queue with long polling and a
// dead-letter queue, an overflow queue for spikes, and a consumer function that reads the
// primary queue in batches of 25 and writes transcripts to a table.
import IaCGen

let deadLetters = Queue(
  "dead-letters",
  retention: .days(14)
)

let primary = Queue(
  "primary",
  visibilityTimeout: .minutes(15),
  receiveWaitTime: .seconds(20),
  deadLetter: DeadLetter(deadLetters, maxReceiveCount: 3)
)

let overflow = Queue(
  "overflow",
  visibilityTimeout: .minutes(15),
  receiveWaitTime: .seconds(20),
  deadLetter: DeadLetter(deadLetters, maxReceiveCount: 3)
)

let transcripts = Table(
  "transcripts",
  partitionKey: KeyAttribute("memoId", .string),
  sortKey: KeyAttribute("createdAt", .number),
  ttlAttribute: "expiresAt"
)

let consumer = Function(
  "consumer",
  code: .s3(bucket: "whispersync-artifacts", key: "consumer/consumer.zip"),
  runtime: .python3_12,
  handler: "consumer.handler",
  memoryMB: 1024,
  timeout: .minutes(2),
  architecture: .arm64,
  environment: [
    "BATCH_SIZE": "25",
    "PRIMARY_QUEUE": primary.url,
    "OVERFLOW_QUEUE": overflow.url,
    "TRANSCRIPTS_TABLE": transcripts.tableName,
  ],
  grants: [.send(to: overflow), .readWrite(transcripts)]
)

App {
  Stack("queue-worker", region: .usEast1, phase: .earlyProduction, tags: ["project": "whispersync", "owner": "audio-platform"]) {
    deadLetters
    primary
    overflow
    transcripts
    consumer
    QueueTrigger(
      queue: primary,
      function: consumer,
      batchSize: 25,
      batchingWindow: .seconds(20),
      maximumConcurrency: 100
    )
    Output("primary-queue-url", primary.url, description: "Where producers send voice memo jobs")
    Output("transcripts-table", transcripts.tableName)
  }
}.run()
