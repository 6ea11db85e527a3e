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

    // checkov findings this design accepts (each is rendered as a skip with its reason).
    Suppress("CKV_AWS_115", on: consumer, because: "the queue trigger's maximum concurrency (100) bounds the consumer; reserved concurrency would fence off account capacity")
    Suppress("CKV_AWS_116", on: consumer, because: "the consumer is invoked by its queue trigger only; failed messages go to the queue's dead-letter queue")
    Suppress("CKV_AWS_117", on: consumer, because: "the consumer reaches only SQS and DynamoDB over their public TLS endpoints; no private resource needs a VPC")
    Suppress("CKV_AWS_173", on: consumer, because: "the environment holds queue URLs and a table name, no secrets; Lambda encrypts it at rest with its service key")
    Suppress("CKV_AWS_272", on: consumer, because: "code comes from the team's artifact bucket, which only CI writes; no code-signing profile")
    Suppress("CKV_AWS_158", on: consumer, because: "the consumer's log group uses CloudWatch Logs' default encryption at rest; transcripts are not logged")
    Suppress("CKV_AWS_119", on: transcripts, because: "encrypted at rest with DynamoDB's AWS owned key; no requirement for a customer managed key")
  }
}.run()
