import IaCGen
import IaCGenTesting
import XCTest

/// For each rule: the baseline stack passes it, and a stack changed in one place fails it
/// with exactly the expected text, at the expected declaration.
final class RuleTests: XCTestCase {
  struct Case {
    var rule: String
    var change: (inout Baseline) -> Void
    var expected: String
    var line: UInt
    init(_ rule: String, _ expected: String, line: UInt = #line, _ change: @escaping (inout Baseline) -> Void) {
      self.rule = rule
      self.change = change
      self.expected = expected
      self.line = line
    }
  }

  static let note = "  note: in stack 'orders', resource"

  static let cases: [Case] = [
    // MARK: Stack
    Case("STK001", """
      @9lives: error: [STK001] queue ID '9lives' is not valid; use letters, digits, '-' and '_', starting with a letter (at most 64 characters)
      \(note) '9lives' (aws_sqs_queue.9lives / AWS::SQS::Queue)

      """) { $0.primary.id = "9lives"; $0.trigger.queue = "9lives" },
    Case("STK002", """
      @memos-x: error: [STK002] table 'memos-x' has the same name as table 'memos_x' (MemosX); give one of them another ID
      \(note) 'memos-x' (aws_dynamodb_table.memos_x / AWS::DynamoDB::Table)

      """) { b in b.table.id = "memos_x"; b.function.grants = []; b.function.environment = [:]
      b.deadLetters = Queue("dead-letters", retention: .days(14)); b.extra = [Table("memos-x", partitionKey: KeyAttribute("pk", .string))] },
    Case("STK003", """
      @consumer: error: [STK003] function 'consumer' refers to table 'ghost', which is not declared in stack 'orders'; add it to the stack's block
      \(note) 'consumer' (aws_lambda_function.consumer / AWS::Lambda::Function)

      """) { b in let ghost = Table("ghost", partitionKey: KeyAttribute("pk", .string)); b.function.environment = ["GHOST": ghost.tableName]; b.function.grants = [.readStream(of: ghost)] },
    Case("STK003", """
      @output:alias: error: [STK003] output 'alias' refers to the alias of function 'consumer', which has none; give the function an alias
        note: in stack 'orders'

      """) { b in b.outputs = [Output("alias", b.function.aliasArn)] },
    Case("STK005", """
      @stack: error: [STK005] stack 'orders' uses Region 'us-east-9', which is not an AWS Region code (for example 'us-east-1')
        note: in stack 'orders'

      """) { $0.region = "us-east-9" },
    Case("STK006", """
      @stack: error: [STK006] stack 'orders' uses Region 'ap-southeast-6', which CloudFormation accepts but the Terraform AWS provider 5.100.0 rejects; choose another Region for this stack
        note: in stack 'orders'

      """) { $0.region = "ap-southeast-6" },
    Case("STK006", """
      @stack: warning: [STK006] stack 'orders' uses Region 'ap-southeast-6', which the Terraform AWS provider 5.100.0 rejects; iacgen does not know whether 6.20.0 (the lowest version '~> 6.20' admits) accepts it: `terraform validate` will tell
        note: in stack 'orders'

      """) { $0.region = "ap-southeast-6"; $0.awsProvider = "~> 6.20" },
    Case("STK007", """
      @stack: error: [STK007] stack name '2orders' is not valid; use letters, digits and hyphens, starting with a letter (at most 128 characters)
        note: in stack '2orders'

      """) { $0.stackName = "2orders" },
    Case("STK008", """
      @dead-letters: error: [STK008] tag key 'aws:owner' on queue 'dead-letters' is not allowed; keys are 1-128 letters, digits, spaces and _ . : / = + - @, not starting with 'aws:'
      \(note) 'dead-letters' (aws_sqs_queue.dead_letters / AWS::SQS::Queue)

      """) { $0.deadLetters.tags = [Tag("aws:owner", "me")] },
    Case("STK008", """
      @consumer: error: [STK008] tag 'team' on function 'consumer' has value 'audio 🎙️'; values are at most 256 letters, digits, spaces and _ . : / = + - @
      \(note) 'consumer' (aws_lambda_function.consumer / AWS::Lambda::Function)

      """) { $0.function.tags = [Tag("team", "audio 🎙️")] },
    Case("STK009", """
      @output:url: error: [STK009] output 'url' is declared twice (as Url); give it another ID
        note: in stack 'orders'

      """) { b in b.outputs = [Output("url", b.primary.url), Output("url", b.primary.arn)] },

    // MARK: Function
    Case("FN001", """
      @consumer: error: [FN001] function 'consumer' has 20000 MB of memory; Lambda allows 128 to 10240 MB
      \(note) 'consumer' (aws_lambda_function.consumer / AWS::Lambda::Function)

      """) { $0.function.memoryMB = 20_000 },
    Case("IAM003", """
      @consumer: warning: [IAM003] function 'consumer' names queue 'outbox' in OUTBOX but holds no grant on it, so its calls would be denied; add `.send(to:)` or `.consume(_:)` of it to the grants
      \(note) 'consumer' (aws_lambda_function.consumer / AWS::Lambda::Function)

      """) { b in b.extraQueues = [Queue("outbox")]; b.function.environment["OUTBOX"] = b.extraQueues[0].url },
    Case("FN002", """
      @consumer: error: [FN002] function 'consumer' has a timeout of 960 s; Lambda allows 1 to 900 s
      \(note) 'consumer' (aws_lambda_function.consumer / AWS::Lambda::Function)

      """) { b in b.function.timeout = .minutes(16); b.primary.visibilityTimeout = .hours(2) },
    Case("FN003", """
      @consumer: error: [FN003] function 'consumer' has 256 MB of ephemeral storage; Lambda allows 512 to 10240 MB
      \(note) 'consumer' (aws_lambda_function.consumer / AWS::Lambda::Function)

      """) { $0.function.ephemeralStorageMB = 256 },
    Case("FN004", """
      @consumer: error: [FN004] function 'consumer' has 5010 bytes of environment variables; Lambda allows 4096 in all, so move large values to SSM Parameter Store or S3
      \(note) 'consumer' (aws_lambda_function.consumer / AWS::Lambda::Function)

      """) { $0.function.environment = ["BLOB_DATA": StringValue(String(repeating: "x", count: 5_001))] },
    Case("FN005", """
      @consumer: error: [FN005] function 'consumer' has environment variable 'bad-key'; names must start with a letter and contain only letters, digits and '_' (at least 2 characters)
      \(note) 'consumer' (aws_lambda_function.consumer / AWS::Lambda::Function)
      @consumer: error: [FN005] function 'consumer' sets environment variable 'AWS_REGION', which Lambda reserves; choose another name
      \(note) 'consumer' (aws_lambda_function.consumer / AWS::Lambda::Function)

      """) { $0.function.environment = ["AWS_REGION": "x", "bad-key": "y"] },
    Case("FN006", """
      @consumer: error: [FN006] function 'consumer' reserves -1 concurrent executions; use 0 or more (0 throttles the function), or leave it unset
      \(note) 'consumer' (aws_lambda_function.consumer / AWS::Lambda::Function)

      """) { $0.function.reservedConcurrency = -1 },
    Case("FN007", """
      @consumer: error: [FN007] function 'consumer' would be named 'consumer.v2' (11 characters); function names are 1 to 64 letters, digits, '-' and '_', so set a shorter name
      \(note) 'consumer' (aws_lambda_function.consumer / AWS::Lambda::Function)

      """) { $0.function.name = "consumer.v2" },
    Case("FN008", """
      @consumer: error: [FN008] function 'consumer' runs a container image, which sets its own runtime and handler; remove runtime and handler
      \(note) 'consumer' (aws_lambda_function.consumer / AWS::Lambda::Function)

      """) { $0.function.code = .image("123456789012.dkr.ecr.us-east-1.amazonaws.com/consumer:1") },
    Case("FN008", """
      @consumer: error: [FN008] function 'consumer' runs a zip archive but has no handler; set both runtime and handler
      \(note) 'consumer' (aws_lambda_function.consumer / AWS::Lambda::Function)

      """) { $0.function.handler = nil },
    Case("FN009", """
      @consumer: error: [FN009] function 'consumer' uses runtime 'python3.14', which the Terraform AWS provider 5.100.0 (the lowest version '5.100.0' admits) rejects; it is accepted from 6.20.0: require it with App(awsProvider: "~> 6.20.0"), or use an earlier runtime (such as 'python3.13' or 'nodejs22.x')
      \(note) 'consumer' (aws_lambda_function.consumer / AWS::Lambda::Function)

      """) { $0.function.runtime = .python3_14 },
    Case("FN009", """
      @consumer: error: [FN009] function 'consumer' uses runtime 'python3.14', which the Terraform AWS provider 6.19.0 (the lowest version '>= 6.19, < 7' admits) rejects; it is accepted from 6.20.0: require it with App(awsProvider: "~> 6.20.0"), or use an earlier runtime (such as 'python3.13' or 'nodejs22.x')
      \(note) 'consumer' (aws_lambda_function.consumer / AWS::Lambda::Function)

      """) { $0.function.runtime = .python3_14; $0.awsProvider = ">= 6.19, < 7" },
    Case("FN009", """
      @consumer: error: [FN009] function 'consumer' uses runtime 'cobol85', which Lambda does not know; use one such as 'python3.12' or 'nodejs22.x'
      \(note) 'consumer' (aws_lambda_function.consumer / AWS::Lambda::Function)

      """) { $0.function.runtime = "cobol85" },
    Case("FN010", """
      @consumer: warning: [FN010] function 'consumer' uses runtime 'python3.9', whose standard support ends 2025-12-15; move to a newer runtime
      \(note) 'consumer' (aws_lambda_function.consumer / AWS::Lambda::Function)

      """) { $0.function.runtime = "python3.9" },
    Case("FN011", """
      @consumer: error: [FN011] function 'consumer' enables SnapStart, but runtime 'nodejs22.x' does not support it (Java 11+, Python 3.12+ and .NET 8+ do), it has provisioned concurrency, it has 1024 MB of ephemeral storage (at most 512 MB); turn SnapStart off or change the function
      \(note) 'consumer' (aws_lambda_function.consumer / AWS::Lambda::Function)

      """) { b in b.function.snapStart = true; b.function.runtime = .nodejs22; b.function.alias = FunctionAlias("live", provisionedConcurrency: 2); b.function.ephemeralStorageMB = 1024 },
    Case("FN011", """
      @consumer: error: [FN011] function 'consumer' enables SnapStart, but it runs a container image; turn SnapStart off or change the function
      \(note) 'consumer' (aws_lambda_function.consumer / AWS::Lambda::Function)

      """) { b in b.function.snapStart = true; b.function.code = .image("repo:1"); b.function.runtime = nil; b.function.handler = nil },
    Case("FN012", """
      @consumer: error: [FN012] function 'consumer' provisions 20 concurrent executions but reserves only 10; raise reserved concurrency to at least 20
      \(note) 'consumer' (aws_lambda_function.consumer / AWS::Lambda::Function)

      """) { b in b.function.alias = FunctionAlias("live", provisionedConcurrency: 20); b.function.reservedConcurrency = 10 },
    Case("FN013", """
      @consumer: error: [FN013] function 'consumer' has alias '123'; alias names are 1 to 128 letters, digits, '-' and '_', not only digits
      \(note) 'consumer' (aws_lambda_function.consumer / AWS::Lambda::Function)

      """) { $0.function.alias = FunctionAlias("123") },
    Case("FN014", """
      @consumer: error: [FN014] function 'consumer' has a 300-character description; the limit is 256
      \(note) 'consumer' (aws_lambda_function.consumer / AWS::Lambda::Function)

      """) { $0.function.description = String(repeating: "d", count: 300) },
    Case("FN015", """
      @consumer: error: [FN015] function 'consumer' keeps logs for 10 days; CloudWatch Logs accepts 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653
      \(note) 'consumer' (aws_lambda_function.consumer / AWS::Lambda::Function)

      """) { $0.function.logRetentionDays = 10 },

    // MARK: Queue
    Case("SQS001", """
      @primary: error: [SQS001] queue 'primary' has a visibility timeout of 50000 s; SQS allows 0 to 43200 s
      \(note) 'primary' (aws_sqs_queue.primary / AWS::SQS::Queue)

      """) { $0.primary.visibilityTimeout = .seconds(50_000) },
    Case("SQS002", """
      @primary: error: [SQS002] queue 'primary' has a retention period of 30 s; SQS allows 60 to 1209600 s
      \(note) 'primary' (aws_sqs_queue.primary / AWS::SQS::Queue)

      """) { $0.primary.retention = .seconds(30) },
    Case("SQS003", """
      @primary: error: [SQS003] queue 'primary' has a delivery delay of 1200 s; SQS allows 0 to 900 s
      \(note) 'primary' (aws_sqs_queue.primary / AWS::SQS::Queue)

      """) { $0.primary.deliveryDelay = .minutes(20) },
    Case("SQS004", """
      @primary: error: [SQS004] queue 'primary' uses a maximum message size of 1048576 bytes, which CloudFormation accepts but the Terraform AWS provider 5.100.0 rejects; keep it at most 262144 bytes
      \(note) 'primary' (aws_sqs_queue.primary / AWS::SQS::Queue)

      """) { $0.primary.maximumMessageBytes = 1_048_576 },
    Case("SQS005", """
      @primary: error: [SQS005] queue 'primary' has a receive wait time of 21 s; SQS allows 0 to 20 s
      \(note) 'primary' (aws_sqs_queue.primary / AWS::SQS::Queue)

      """) { $0.primary.receiveWaitTime = .seconds(21) },
    Case("SQS006", """
      @primary: error: [SQS006] standard queue 'primary' is named 'primary.fifo'; only FIFO queue names end in '.fifo'
      \(note) 'primary' (aws_sqs_queue.primary / AWS::SQS::Queue)

      """) { $0.primary.name = "primary.fifo" },
    Case("SQS006", """
      @primary: error: [SQS006] queue 'primary' would be named 'orders primary' (14 characters); queue names are 1 to 80 letters, digits, '-' and '_'
      \(note) 'primary' (aws_sqs_queue.primary / AWS::SQS::Queue)

      """) { $0.primary.name = "orders primary" },
    Case("SQS007", """
      @primary: error: [SQS007] FIFO queue 'primary' uses standard queue 'dead-letters' as its dead-letter queue; the dead-letter queue must be FIFO too
      \(note) 'primary' (aws_sqs_queue.primary / AWS::SQS::Queue)
      @consumer-from-primary: error: [ESM001] queue trigger 'consumer-from-primary' has a batch size of 25; FIFO queues allow 1 to 10
      \(note) 'consumer-from-primary' (aws_lambda_event_source_mapping.consumer_from_primary / AWS::Lambda::EventSourceMapping)
      @consumer-from-primary: error: [ESM004] queue trigger 'consumer-from-primary' sets a batching window on FIFO queue 'primary'; FIFO triggers take none, so remove it
      \(note) 'consumer-from-primary' (aws_lambda_event_source_mapping.consumer_from_primary / AWS::Lambda::EventSourceMapping)

      """) { $0.primary.type = .fifo() },
    Case("SQS008", """
      @primary: error: [SQS008] queue 'primary' moves messages to its dead-letter queue after 0 receives; use 1 to 1000
      \(note) 'primary' (aws_sqs_queue.primary / AWS::SQS::Queue)

      """) { $0.primary.deadLetter?.maxReceiveCount = 0 },
    Case("SQS009", """
      @dead-letters: warning: [SQS009] dead-letter queue 'dead-letters' keeps messages for 345600 s, no longer than queue 'primary' (345600 s); messages keep their original enqueue time, so raise the dead-letter queue's retention (14 days is usual)
      \(note) 'dead-letters' (aws_sqs_queue.dead_letters / AWS::SQS::Queue)

      """) { $0.deadLetters.retention = .days(4) },
    Case("SQS010", """
      @primary: error: [SQS010] queue 'primary' reuses KMS data keys for 30 s; SQS allows 60 to 86400 s
      \(note) 'primary' (aws_sqs_queue.primary / AWS::SQS::Queue)

      """) { $0.primary.encryption = .kms(keyArn: "arn:aws:kms:us-east-1:123456789012:key/abc", dataKeyReuse: .seconds(30)) },

    // MARK: Queue trigger
    Case("ESM001", """
      @consumer-from-primary: error: [ESM001] queue trigger 'consumer-from-primary' has a batch size of 0; SQS allows 1 to 10000
      \(note) 'consumer-from-primary' (aws_lambda_event_source_mapping.consumer_from_primary / AWS::Lambda::EventSourceMapping)

      """) { $0.trigger.batchSize = 0 },
    Case("ESM002", """
      @consumer-from-primary: error: [ESM002] queue trigger 'consumer-from-primary' has a batching window of 301 s; Lambda allows 0 to 300 s
      \(note) 'consumer-from-primary' (aws_lambda_event_source_mapping.consumer_from_primary / AWS::Lambda::EventSourceMapping)

      """) { $0.trigger.batchingWindow = .seconds(301) },
    Case("ESM003", """
      @consumer-from-primary: error: [ESM003] queue trigger 'consumer-from-primary' has a batch size of 25 without a batching window; batches above 10 need a window of at least 1 s
      \(note) 'consumer-from-primary' (aws_lambda_event_source_mapping.consumer_from_primary / AWS::Lambda::EventSourceMapping)

      """) { $0.trigger.batchingWindow = .seconds(0) },
    Case("ESM004", """
      @consumer-from-primary: error: [ESM004] queue trigger 'consumer-from-primary' sets a batching window on FIFO queue 'primary'; FIFO triggers take none, so remove it
      \(note) 'consumer-from-primary' (aws_lambda_event_source_mapping.consumer_from_primary / AWS::Lambda::EventSourceMapping)

      """) { b in b.primary.type = .fifo(); b.deadLetters.type = .fifo(); b.trigger.batchSize = 10 },
    Case("ESM005", """
      @consumer-from-primary: error: [ESM005] queue trigger 'consumer-from-primary' has a maximum concurrency of 1; Lambda allows 2 to 1000
      \(note) 'consumer-from-primary' (aws_lambda_event_source_mapping.consumer_from_primary / AWS::Lambda::EventSourceMapping)

      """) { $0.trigger.maximumConcurrency = 1 },
    Case("ESM006", """
      @primary: error: [ESM006] queue 'primary' has a visibility timeout of 60 s, shorter than the 120 s timeout of its consumer 'consumer'; Lambda rejects the trigger, so raise the visibility timeout to at least 720 s (6 times the function timeout)
      \(note) 'primary' (aws_sqs_queue.primary / AWS::SQS::Queue)

      """) { $0.primary.visibilityTimeout = .minutes(1) },
    // Timeouts out of range are reported by their own rules; ESM006 suggests nothing from them.
    Case("FN002", """
      @primary: error: [SQS001] queue 'primary' has a visibility timeout of -60 s; SQS allows 0 to 43200 s
      \(note) 'primary' (aws_sqs_queue.primary / AWS::SQS::Queue)
      @consumer: error: [FN002] function 'consumer' has a timeout of -30 s; Lambda allows 1 to 900 s
      \(note) 'consumer' (aws_lambda_function.consumer / AWS::Lambda::Function)

      """) { b in b.function.timeout = .seconds(-30); b.primary.visibilityTimeout = .seconds(-60) },
    Case("ESM007", """
      @primary: warning: [ESM007] queue 'primary' has a visibility timeout of 300 s, less than 6 times the 120 s timeout of its consumer 'consumer'; raise it to 720 s so throttled batches can be retried
      \(note) 'primary' (aws_sqs_queue.primary / AWS::SQS::Queue)

      """) { $0.primary.visibilityTimeout = .minutes(5) },

    // MARK: Table
    Case("DDB001", """
      @memos: error: [DDB001] table 'memos' would be named 'ab'; table names are 3 to 255 letters, digits, '_', '-' and '.'
      \(note) 'memos' (aws_dynamodb_table.memos / AWS::DynamoDB::Table)

      """) { $0.table.name = "ab" },
    Case("DDB002", """
      @memos: error: [DDB002] table 'memos' has index 'by owner'; index names are 3 to 255 letters, digits, '_', '-' and '.'
      \(note) 'memos' (aws_dynamodb_table.memos / AWS::DynamoDB::Table)

      """) { $0.table.globalIndexes[0].name = "by owner" },
    Case("DDB003", """
      @memos: error: [DDB003] table 'memos' has 6 local secondary indexes; DynamoDB allows 5
      \(note) 'memos' (aws_dynamodb_table.memos / AWS::DynamoDB::Table)

      """) { b in b.table.localIndexes = (1...6).map { LocalIndex("lsi-\($0)", sortKey: KeyAttribute("s\($0)", .string)) } },
    Case("DDB004", """
      @memos: error: [DDB004] table 'memos' provisions 0 read and 5 write units for its index 'by-owner'; use at least 1 of each, or on-demand billing
      \(note) 'memos' (aws_dynamodb_table.memos / AWS::DynamoDB::Table)
      @memos: error: [DDB004] table 'memos' provisions 0 read and 5 write units for its table; use at least 1 of each, or on-demand billing
      \(note) 'memos' (aws_dynamodb_table.memos / AWS::DynamoDB::Table)

      """) { $0.table.billing = .provisioned(read: 0, write: 5) },
    Case("DDB005", """
      @memos: error: [DDB005] table 'memos' has local secondary indexes but no sort key; give the table a sort key or use global indexes
      \(note) 'memos' (aws_dynamodb_table.memos / AWS::DynamoDB::Table)

      """) { b in b.table.sortKey = nil; b.table.localIndexes = [LocalIndex("by-date", sortKey: KeyAttribute("date", .string))] },
    Case("DDB006", """
      @memos: error: [DDB006] table 'memos' projects 101 non-key attributes into its indexes; DynamoDB allows 100 in all
      \(note) 'memos' (aws_dynamodb_table.memos / AWS::DynamoDB::Table)

      """) { $0.table.globalIndexes[0].projection = .include((0...100).map { "a\($0)" }) },
    Case("DDB007", """
      @memos: error: [DDB007] table 'memos' keeps 40 days of point-in-time recovery; DynamoDB allows 1 to 35
      \(note) 'memos' (aws_dynamodb_table.memos / AWS::DynamoDB::Table)

      """) { $0.table.pointInTimeRecoveryDays = 40 },
    Case("DDB008", """
      @memos: error: [DDB008] table 'memos' declares key attribute 'pk' as both S and N; give it one type
      \(note) 'memos' (aws_dynamodb_table.memos / AWS::DynamoDB::Table)

      """) { $0.table.globalIndexes[0].partitionKey = KeyAttribute("pk", .number) },
  ]

  static let bucketNote = "  note: in stack 'orders', resource 'uploads' (aws_s3_bucket.uploads / AWS::S3::Bucket)"

  static let bucketCases: [Case] = [
    Case("S3001", """
      @uploads: error: [S3001] bucket 'uploads' would be named 'Orders_Uploads', which S3 rejects: only lowercase letters, digits, '.' and '-' are allowed
      \(bucketNote)

      """) { $0.bucket.name = "Orders_Uploads" },
    Case("S3001", """
      @uploads: error: [S3001] bucket 'uploads' would be named '192.168.5.4', which S3 rejects: it must not look like an IP address
      \(bucketNote)

      """) { $0.bucket.name = "192.168.5.4" },
    Case("S3001", """
      @uploads: error: [S3001] bucket 'uploads' would be named 'xn--uploads', which S3 rejects: the prefix 'xn--' is reserved
      \(bucketNote)

      """) { $0.bucket.name = "xn--uploads" },
    Case("S3002", """
      @uploads: error: [S3002] bucket 'uploads' uses transfer acceleration, but its name 'orders.uploads' contains periods; rename it without periods
      \(bucketNote)

      """) { b in b.bucket.name = "orders.uploads"; b.bucket.transferAcceleration = true },
    Case("S3003", """
      @uploads: error: [S3003] bucket 'uploads' expires objects after 20 days in rule 'old', not after its last transition (20 days); expire later or drop the transition
      \(bucketNote)
      @uploads: error: [S3003] bucket 'uploads' moves objects to STANDARD_IA after 20 days in rule 'old'; S3 needs at least 30
      \(bucketNote)

      """) { $0.bucket.lifecycleRules = [LifecycleRule("old", transitions: [.init(after: .days(20), to: .standardInfrequentAccess)], expiration: .days(20))] },
    Case("S3004", """
      @uploads: error: [S3004] bucket 'uploads' sends events to FIFO queue 'fifo-events'; S3 delivers only to standard queues
      \(bucketNote)

      """) { b in
      let fifo = Queue("fifo-events", type: .fifo())
      b.outputs = []
      b.bucket.notifications = [BucketNotification(.queue(fifo))]
      b.extraQueues = [fifo]
    },
    Case("S3005", """
      @uploads: error: [S3005] bucket 'uploads' has a CORS rule with methods ["PATCH"] and origins ["*"]; use methods from GET, PUT, POST, DELETE, HEAD and at least one origin
      \(bucketNote)

      """) { $0.bucket.cors = [CorsRule(allowedOrigins: ["*"], allowedMethods: ["PATCH"])] },
    Case("S3006", """
      @uploads: error: [S3006] bucket 'uploads' archives after 30 days; S3 allows 90 to 730
      \(bucketNote)

      """) { $0.bucket.intelligentTiering = IntelligentTiering(archiveAfter: .days(30)) },
  ]

  static let cacheNote = "  note: in stack 'orders', resource 'cache' (aws_elasticache_replication_group.cache / AWS::ElastiCache::ReplicationGroup)"
  static let netNote = "  note: in stack 'orders', resource 'net' (aws_vpc.net / AWS::EC2::VPC)"

  static let networkCases: [Case] = [
    Case("NET001", """
      @net: error: [NET001] network 'net' has range '10.0.0.1/16'; use an IPv4 network address from /16 to /24, such as '10.0.0.0/16'
      \(netNote)

      """) { $0.networks = [Network("net", cidr: "10.0.0.1/16")] },
    Case("NET002", """
      @net: warning: [NET002] network 'net' spans one zone, so a zone failure takes down everything in it; use at least 2
      \(netNote)

      """) { $0.networks = [Network("net", zones: 1)] },
    Case("NET003", """
      @connection: error: [NET003] connection from 'consumer' to 'cache' cannot be made: 'consumer' is not placed in a network
        note: in stack 'orders'

      """) { b in b.addNetworkAndCache(); b.connections = [Connection(from: b.function, to: b.caches[0])] },
    Case("NET004", """
      @consumer: warning: [NET004] function 'consumer' runs in network 'net', which has no NAT gateway; it can reach only S3 and DynamoDB endpoints, not the internet or other AWS APIs
      \(note) 'consumer' (aws_lambda_function.consumer / AWS::Lambda::Function)

      """) { b in let net = Network("net", natGateways: .none); b.networks = [net]; b.function.network = .private(net) },
    Case("FN016", """
      @consumer: error: [FN016] function 'consumer' loads its code from bucket 'My_Artifacts', which is not a valid bucket name: only lowercase letters, digits, '.' and '-' are allowed
      \(note) 'consumer' (aws_lambda_function.consumer / AWS::Lambda::Function)

      """) { $0.function.code = .s3(bucket: "My_Artifacts", key: "f.zip") },
    Case("EC001", """
      @cache: error: [EC001] cache 'cache' would have replication group ID 'orders-sessions-cache-for-the-whole-platform' (44 characters); IDs are 1 to 40 letters, digits and hyphens, starting with a letter, without '--' or a trailing '-', so set a shorter name
      \(cacheNote)

      """) { $0.addNetworkAndCache { $0.name = "orders-sessions-cache-for-the-whole-platform" } },
    Case("EC002", """
      @cache: error: [EC002] cache 'cache' is multi-AZ without automatic failover; ElastiCache requires automatic failover for multi-AZ, so turn it on
      \(cacheNote)

      """) { $0.addNetworkAndCache { $0.automaticFailover = false } },
    Case("EC003", """
      @cache: error: [EC003] cache 'cache' has 6 replicas per shard; a shard has 0 to 5
      \(cacheNote)

      """) { $0.addNetworkAndCache { $0.topology = .clustered(shards: 2, replicasPerShard: 6) } },
    Case("EC004", """
      @cache: error: [EC004] cache 'cache' uses valkey 7.0; ElastiCache offers 7.2, 8.0, 8.1, 8.2, 9.0
      \(cacheNote)

      """) { $0.addNetworkAndCache { $0.engineVersion = "7.0" } },
    Case("EC005", """
      @cache: error: [EC005] cache 'cache' uses an AUTH token without encryption in transit; ElastiCache requires TLS for AUTH, so turn transit encryption on
      \(cacheNote)

      """) { $0.addNetworkAndCache { c in c.transitEncryption = false; c.auth = .tokenFromSecret(arn: "arn:aws:secretsmanager:us-east-1:123456789012:secret:t") } },
    Case("EC006", """
      @cache: error: [EC006] cache 'cache' keeps snapshots for 40 days; ElastiCache allows 0 to 35
      \(cacheNote)

      """) { $0.addNetworkAndCache { $0.snapshotRetentionDays = 40 } },
    Case("EC007", """
      @net: warning: [NET002] network 'net' spans one zone, so a zone failure takes down everything in it; use at least 2
      \(netNote)
      @cache: error: [EC007] cache 'cache' is multi-AZ but network 'net' spans one zone; use a network of at least 2 zones
      \(cacheNote)

      """) { $0.addNetworkAndCache(zones: 1) },
    Case("EC008", """
      @cache: error: [EC008] cache 'cache' runs in cluster mode, so its parameters must set cluster-enabled to 'yes'
      \(cacheNote)

      """) { $0.addNetworkAndCache { c in c.topology = .clustered(shards: 3, replicasPerShard: 1); c.parameters = ["maxmemory-policy": "allkeys-lru"] } },
  ]

  static let daxNote = "  note: in stack 'orders', resource 'reads' (aws_dax_cluster.reads / AWS::DAX::Cluster)"

  static let daxCases: [Case] = [
    Case("DAX001", """
      @reads: error: [DAX001] DAX cluster 'reads' has 2 nodes; DAX accepts 1, or 3 to 10 (3 or more, one per zone, for production)
      \(daxNote)

      """) { b in b.addNetworkAndCache(); b.daxClusters = [DAXCluster("reads", nodes: 2, tables: [b.table], network: .private(b.networks[0]))] },
    Case("DAX002", """
      @reads: error: [DAX002] DAX cluster 'reads' would be named 'orders-memo-read-accelerator' (28 characters); names are 1 to 20 letters, digits and hyphens, starting with a letter, without '--' or a trailing '-'
      \(daxNote)

      """) { b in b.addNetworkAndCache(); b.daxClusters = [DAXCluster("reads", name: "orders-memo-read-accelerator", tables: [b.table], network: .private(b.networks[0]))] },
    Case("DAX003", """
      @reads: error: [DAX003] DAX cluster 'reads' is in eu-north-1, where DAX is not available; use ElastiCache or another Region
      \(daxNote)

      """) { b in b.region = "eu-north-1"; b.addNetworkAndCache(); b.daxClusters = [DAXCluster("reads", tables: [b.table], network: .private(b.networks[0]))] },
    Case("DAX004", """
      @reads: error: [DAX004] DAX cluster 'reads' fronts no table; list the tables it caches
      \(daxNote)

      """) { b in b.addNetworkAndCache(); b.daxClusters = [DAXCluster("reads", tables: [], network: .private(b.networks[0]))] },
  ]

  static let secretNote = "  note: in stack 'orders', resource 'token' (aws_secretsmanager_secret.token / AWS::SecretsManager::Secret)"
  static let streamNote = "  note: in stack 'orders', resource 'clicks' (aws_kinesis_stream.clicks / AWS::Kinesis::Stream)"

  static let dataCases: [Case] = [
    Case("SEC001", """
      @token: error: [SEC001] secret 'token' has a recovery window of 3 days; use 0 (delete at once) or 7 to 30
      \(secretNote)

      """) { $0.secrets = [Secret("token", recoveryWindowDays: 3)] },
    Case("SEC002", """
      @token: error: [SEC002] secret 'token' sets a template without a key; give both, or neither
      \(secretNote)

      """) { $0.secrets = [Secret("token", generate: GeneratedSecret(template: "{}"))] },
    Case("SEC003", """
      @token: error: [SEC003] secret 'token' rotates every 2000 days; Secrets Manager allows 1 to 1000
      \(secretNote)

      """) { b in b.secrets = [Secret("token", rotation: SecretRotation(b.function, every: .days(2000)))] },
    Case("KDS001", """
      @clicks: error: [KDS001] stream 'clicks' keeps records for 43200 s; Kinesis allows whole hours from 24 to 8760
      \(streamNote)

      """) { $0.streams = [KinesisStream("clicks", retention: .hours(12))] },
    Case("KDS002", """
      @clicks: error: [KDS002] stream 'clicks' would be named 'click stream'; stream names are 1 to 128 letters, digits, '_', '-' and '.'
      \(streamNote)

      """) { $0.streams = [KinesisStream("clicks", name: "click stream")] },
    Case("KDS003", """
      @clicks: error: [KDS003] stream 'clicks' has 0 shards; use at least 1, or on-demand capacity
      \(streamNote)

      """) { $0.streams = [KinesisStream("clicks", capacity: .provisioned(shards: 0))] },
  ]

  static let auroraNote = "  note: in stack 'orders', resource 'accounts' (aws_rds_cluster.accounts / AWS::RDS::DBCluster)"
  static let dbNote = "  note: in stack 'orders', resource 'main-db' (aws_db_instance.main_db / AWS::RDS::DBInstance)"

  static let databaseCases: [Case] = [
    Case("RDS001", """
      @accounts: error: [RDS001] Aurora cluster 'accounts' would be named 'accounts--db'; identifiers are 1 to 63 letters, digits and hyphens, starting with a letter, without '--' or a trailing '-'
      \(auroraNote)

      """) { b in b.addNetworkAndCache(); b.auroraClusters = [AuroraCluster("accounts", name: "accounts--db", network: .private(b.networks[0]))] },
    Case("RDS002", """
      @accounts: error: [RDS002] Aurora cluster 'accounts' scales from 8.0 to 4.0 ACU; the minimum must not exceed the maximum
      \(auroraNote)

      """) { b in b.addNetworkAndCache(); b.auroraClusters = [AuroraCluster("accounts", minCapacity: 8, maxCapacity: 4, network: .private(b.networks[0]))] },
    Case("RDS003", """
      @main-db: error: [RDS003] database 'main-db' keeps backups for 0 days; RDS allows 1 to 35 (read replicas need backups)
      \(dbNote)

      """) { b in b.addNetworkAndCache(); b.postgresDatabases = [PostgresDatabase("main-db", backupRetentionDays: 0, network: .private(b.networks[0]))] },
    Case("RDS004", """
      @main-db: error: [RDS004] database 'main-db' has 16 read replicas; RDS allows 15 per source instance
      \(dbNote)

      """) { b in b.addNetworkAndCache(); b.postgresDatabases = [PostgresDatabase("main-db", readReplicas: 16, network: .private(b.networks[0]))] },
    Case("RDS005", """
      @main-db: warning: [RDS005] database 'main-db' has 6 read replicas; CloudSync's plan keeps at most 5 per Region (replication lag and cost grow with each), so shard or cache reads instead
      \(dbNote)

      """) { b in b.addNetworkAndCache(); b.postgresDatabases = [PostgresDatabase("main-db", readReplicas: 6, network: .private(b.networks[0]))] },
    Case("RDS006", """
      @main-db: error: [RDS006] database 'main-db' has 10 GiB of storage; RDS for PostgreSQL allows 20 to 65536
      \(dbNote)

      """) { b in b.addNetworkAndCache(); b.postgresDatabases = [PostgresDatabase("main-db", storageGB: 10, network: .private(b.networks[0]))] },
    Case("RDS007", """
      @accounts: error: [RDS007] Aurora cluster 'accounts' has database name 'app-db'; use 1 to 63 letters, digits and '_', starting with a letter (not 'rdsadmin')
      \(auroraNote)

      """) { b in b.addNetworkAndCache(); b.auroraClusters = [AuroraCluster("accounts", databaseName: "app-db", network: .private(b.networks[0]))] },
    Case("RDS008", """
      @main-db: error: [RDS008] database 'main-db' uses postgres 16.4, which RDS does not offer for new databases; use a current version such as 18.3, 18.2, 18.1
      \(dbNote)

      """) { b in b.addNetworkAndCache(); b.postgresDatabases = [PostgresDatabase("main-db", engineVersion: "16.4", network: .private(b.networks[0]))] },
  ]

  static let serviceNote = "  note: in stack 'orders', resource 'web' (aws_ecs_service.web / AWS::ECS::Service)"
  static let albNote = "  note: in stack 'orders', resource 'edge' (aws_lb.edge / AWS::ElasticLoadBalancingV2::LoadBalancer)"
  static let groupNote = "  note: in stack 'orders', resource 'web-targets' (aws_lb_target_group.web_targets / AWS::ElasticLoadBalancingV2::TargetGroup)"

  static let serviceCases: [Case] = [
    Case("ECS001", """
      @web: error: [ECS001] service 'web' asks for 512 CPU units with 512 MiB; with 512 CPU units Fargate offers 1024, 2048, 3072, 4096 MiB
      \(serviceNote)

      """) { $0.addService { s, _, _ in s.cpu = 512; s.memoryMB = 512 } },
    Case("ECS002", """
      @web: error: [ECS002] service 'web' deploys with minimum healthy 150% and maximum 200%; use a minimum of 0 to 100 and a maximum of 100 to 200
      \(serviceNote)

      """) { $0.addService { s, _, _ in s.minimumHealthyPercent = 150 } },
    Case("ECS003", """
      @web: error: [ECS003] service 'web' reads secret 'TOKEN' from 'my-token'; give the secret's ARN (or a Secret's `arn`)
      \(serviceNote)

      """) { $0.addService { s, _, _ in s.containers[0].secrets = ["TOKEN": "my-token"] } },
    Case("ECS004", """
      @web: error: [ECS004] service 'web' registers with target group 'web-targets' but no container maps a port
      \(serviceNote)

      """) { $0.addService { s, _, _ in s.containers[0].port = nil } },
    Case("ALB001", """
      @edge: error: [ALB001] load balancer 'edge' would be named 'orders-edge-balancer-for-the-public-api' (39 characters); names are 1 to 32 letters, digits and hyphens, not starting or ending with '-', so set a shorter name
      \(albNote)

      """) { $0.addService { _, _, b in b.name = "orders-edge-balancer-for-the-public-api" } },
    Case("ALB002", """
      @edge: warning: [ALB002] load balancer 'edge' faces the internet without a certificate, so traffic is plain HTTP; give it an ACM certificate ARN
      \(albNote)

      """) { $0.addService { _, _, b in b.certificateArn = nil } },
    Case("ALB003", """
      @net: warning: [NET002] network 'net' spans one zone, so a zone failure takes down everything in it; use at least 2
      \(netNote)
      @edge: error: [ALB003] load balancer 'edge' is in network 'net', which spans one zone; an Application Load Balancer needs two
      \(albNote)

      """) { $0.addService(zones: 1) },
    Case("ALB004", """
      @edge: error: [ALB004] load balancer 'edge' route 1 has 6 path patterns; a rule takes 1 to 5
      \(albNote)

      """) { $0.addService { _, g, b in b.routes = [Route(paths: ["/a", "/b", "/c", "/d", "/e", "/f"], to: g)] } },
    Case("ALB005", """
      @web-targets: error: [ALB005] target group 'web-targets' has timeout 30 s (2 to 120 s, below the interval), stickiness 1209600 s (1 s to 7 days)
      \(groupNote)

      """) { $0.addService { _, g, _ in g.healthCheck.timeout = .seconds(30); g.stickiness = .days(14) } },
  ]

  static let scalingNote = "  note: in stack 'orders', resource 'web-tasks' (aws_appautoscaling_target.web_tasks / AWS::ApplicationAutoScaling::ScalableTarget)"

  static let scalingCases: [Case] = [
    Case("ASC001", """
      @web-tasks: error: [ASC001] auto scaling 'web-tasks' has min 10 and max 2; use 0 <= min <= max
      \(scalingNote)

      """) { b in b.addService(); b.scalings = [AutoScaling("web-tasks", target: .serviceTasks(b.services[0]), min: 10, max: 2)] },
    Case("ASC002", """
      @web-tasks: error: [ASC002] auto scaling 'web-tasks' cannot scale: table 'memos' is on-demand; only provisioned capacity scales
      \(scalingNote)

      """) { b in b.scalings = [AutoScaling("web-tasks", target: .tableReads(b.table), min: 1, max: 2)] },
    Case("ASC003", """
      @web-tasks: error: [ASC003] auto scaling 'web-tasks' tracks ECSServiceAverageCPUUtilization at 150; use 1 to 100
      \(scalingNote)

      """) { b in b.addService(); b.scalings = [AutoScaling("web-tasks", target: .serviceTasks(b.services[0]), min: 1, max: 2, targetTracking: [.cpu(150)])] },
    Case("ASC004", """
      @web-tasks: error: [ASC004] auto scaling 'web-tasks' step scaling 'depth' has a step going the wrong way; 'at least' steps add capacity and 'at most' steps remove it
      \(scalingNote)

      """) { b in b.addService(); b.scalings = [AutoScaling("web-tasks", target: .serviceTasks(b.services[0]), min: 1, max: 2, stepScaling: [StepScaling("depth", metric: .queueDepth(b.primary), steps: [.atLeast(100, adjust: -1)])])] },
    Case("ASC005", """
      @web-tasks: error: [ASC005] auto scaling 'web-tasks' schedule 'night' ('0 22 * * *', 1 to 2) needs a cron(...), rate(...) or at(...) expression and 0 <= min <= max
      \(scalingNote)

      """) { b in b.addService(); b.scalings = [AutoScaling("web-tasks", target: .serviceTasks(b.services[0]), min: 1, max: 2, schedules: [ScheduledScaling("night", schedule: "0 22 * * *", min: 1, max: 2)])] },
  ]

  static let groupNoteASG = "  note: in stack 'orders', resource 'fleet' (aws_autoscaling_group.fleet / AWS::AutoScaling::AutoScalingGroup)"

  static func fleet(_ b: inout Baseline, _ configure: (inout InstanceGroup) -> Void = { _ in }) {
    b.addService { _, group, _ in group.targetType = .instance }
    var group = InstanceGroup(
      "fleet", imageID: "ami-0123456789abcdef0", min: 1, max: 3, network: .private(b.networks[0]), targetGroup: b.targetGroups[0],
      scaleUp: .cpuAbove(80), scaleDown: .cpuBelow(30))
    configure(&group)
    b.services = []
    b.instanceGroups = [group]
  }

  static let instanceCases: [Case] = [
    Case("ASG001", """
      @fleet: error: [ASG001] instance group 'fleet' has min 1, desired 5 and max 3; use 0 <= min <= desired <= max
      \(groupNoteASG)

      """) { b in fleet(&b) { $0.desired = 5 } },
    Case("ASG002", """
      @fleet: error: [ASG002] instance group 'fleet' registers with target group 'web-targets', which takes IP targets; give the target group targetType: .instance
      \(groupNoteASG)

      """) { b in fleet(&b); b.targetGroups[0].targetType = .ip },
    Case("ASG003", """
      @fleet: error: [ASG003] instance group 'fleet': scale-up's threshold (30%) must be above scale-down's (50%)
      \(groupNoteASG)

      """) { b in fleet(&b) { g in g.scaleUp = .cpuAbove(30); g.scaleDown = .cpuBelow(50) } },
    Case("ASG004", """
      @fleet: error: [ASG004] instance group 'fleet' launches image 'ubuntu-24.04'; image IDs are 'ami-' and 8 or 17 lowercase hex digits
      \(groupNoteASG)

      """) { b in fleet(&b) { $0.imageID = "ubuntu-24.04" } },
  ]

  static let topicNote = "  note: in stack 'orders', resource 'alerts' (aws_sns_topic.alerts / AWS::SNS::Topic)"

  static let topicCases: [Case] = [
    Case("SNS001", """
      @alerts: error: [SNS001] topic 'alerts' would be named 'alerts.fifo'; topic names are 1 to 256 letters, digits, '-' and '_', and end in '.fifo' exactly when the topic is FIFO
      \(topicNote)

      """) { $0.topics = [Topic("alerts", name: "alerts.fifo")] },
    Case("SNS002", """
      @alerts: error: [SNS002] standard topic 'alerts' subscribes FIFO queue 'primary'; SNS delivers to FIFO queues only from FIFO topics, so make the topic FIFO
      \(topicNote)

      """) { b in b.primary.type = .fifo(); b.deadLetters.type = .fifo(); b.trigger.batchSize = 10; b.trigger.batchingWindow = .seconds(0)
        b.topics = [Topic("alerts", subscriptions: [Subscription(.queue(b.primary))])] },
    Case("SNS002", """
      @alerts: error: [SNS002] FIFO topic 'alerts' subscribes a email endpoint; FIFO topics deliver only to SQS queues (subscribe a queue and trigger the function from it)
      \(topicNote)

      """) { $0.topics = [Topic("alerts", fifo: true, subscriptions: [Subscription(.email("oncall@example.com"))])] },
    Case("SNS003", """
      @alerts: error: [SNS003] topic 'alerts' subscribes e-mail address 'oncall', which is not an address
      \(topicNote)

      """) { $0.topics = [Topic("alerts", subscriptions: [Subscription(.email("oncall"))])] },
    Case("SNS004", """
      @alerts: error: [SNS004] topic 'alerts' has an empty KMS key ID, which would leave it unencrypted; keep the default 'alias/aws/sns' or name a key (its ID, ARN or alias)
      \(topicNote)

      """) { $0.topics = [Topic("alerts", kmsKeyID: "")] },
  ]

  static let ruleNote = "  note: in stack 'orders', resource 'fan-out' (aws_cloudwatch_event_rule.fan_out / AWS::Events::Rule)"

  static let eventCases: [Case] = [
    Case("EVB001", """
      @fan-out: error: [EVB001] event rule 'fan-out' has 6 targets; EventBridge allows 1 to 5 per rule
      \(ruleNote)

      """) { b in b.eventRules = [EventRule("fan-out", pattern: EventPattern(sources: ["app"]), targets: Array(repeating: EventTarget(.queue(b.primary)), count: 6))] },
    Case("EVB002", """
      @fan-out: error: [EVB002] event rule 'fan-out' has neither an event pattern nor a schedule
      \(ruleNote)

      """) { b in b.eventRules = [EventRule("fan-out", targets: [EventTarget(.queue(b.primary))])] },
    Case("EVB003", """
      @fan-out: error: [EVB003] event rule 'fan-out' would be named 'fan out'; rule names are 1 to 64 letters, digits, '.', '-' and '_'
      \(ruleNote)

      """) { b in b.eventRules = [EventRule("fan-out", name: "fan out", schedule: "rate(1 hour)", targets: [EventTarget(.queue(b.primary))])] },
  ]

  static let alarmNote = "  note: in stack 'orders', resource 'slow' (aws_cloudwatch_metric_alarm.slow / AWS::CloudWatch::Alarm)"
  static let slowMetric = AlarmMetric.single(MetricSpecification(namespace: "AWS/Lambda", name: "Duration"))

  static let alarmCases: [Case] = [
    Case("CW001", """
      @slow: error: [CW001] alarm 'slow' has a period of 45 s; CloudWatch takes 10, 20 or 30 s, or a multiple of 60 s
      \(alarmNote)

      """) { $0.alarms = [Alarm("slow", metric: slowMetric, period: .seconds(45), threshold: 5000, comparison: .greaterThan)] },
    Case("CW002", """
      @slow: error: [CW002] alarm 'slow' evaluates 169 periods of 3600 s; use at least 1 and at most seven days in all (periods of an hour or more)
      \(alarmNote)

      """) { $0.alarms = [Alarm("slow", metric: slowMetric, period: .hours(1), evaluationPeriods: 169, threshold: 5000, comparison: .greaterThan)] },
    Case("CW002", """
      @slow: error: [CW002] alarm 'slow' evaluates 25 periods of 3540 s; use at least 1 and at most one day in all (periods under an hour; seven days from a period of an hour)
      \(alarmNote)

      """) { $0.alarms = [Alarm("slow", metric: slowMetric, period: .minutes(59), evaluationPeriods: 25, threshold: 5000, comparison: .greaterThan)] },
    Case("CW003", """
      @slow: error: [CW003] alarm 'slow' has the same name as another alarm ('duration')
      \(alarmNote)

      """) { $0.alarms = [
        Alarm("fast", name: "duration", metric: slowMetric, threshold: 1, comparison: .lessThan),
        Alarm("slow", name: "duration", metric: slowMetric, threshold: 5000, comparison: .greaterThan),
      ] },
    Case("CW005", """
      @slow: error: [CW005] alarm 'slow' scales 'web-tasks' by 0; use a non-zero change of at most 4 (its range is 1 to 5)
      \(alarmNote)

      """) { b in
        b.addService()
        let tasks = AutoScaling("web-tasks", target: .serviceTasks(b.services[0]), min: 1, max: 5)
        b.scalings = [tasks]
        b.alarms = [Alarm("slow", metric: slowMetric, threshold: 5000, comparison: .greaterThan, actions: [.scale(tasks, by: 0)])]
      },
    Case("ECR001", """
      @images: error: [ECR001] repository 'images' would be named 'Orders/Images'; names are 2 to 256 lowercase letters and digits separated by '.', '_', '-' or '/'
        note: in stack 'orders', resource 'images' (aws_ecr_repository.images / AWS::ECR::Repository)

      """) { $0.repositories = [Repository("images", name: "Orders/Images")] },
    Case("ECR002", """
      @images: error: [ECR002] repository 'images' keeps 0 images; keep at least 1, or nil to keep all
        note: in stack 'orders', resource 'images' (aws_ecr_repository.images / AWS::ECR::Repository)

      """) { $0.repositories = [Repository("images", keepImages: 0)] },
    Case("SFN001", """
      @flow: error: [SFN001] state machine 'flow' has Map state 'Each' with a maximum concurrency of -1; use 0 (no limit) or more
        note: in stack 'orders', resource 'flow' (aws_sfn_state_machine.flow / AWS::StepFunctions::StateMachine)

      """) { b in b.stateMachines = [StateMachine("flow", definition: Workflow(startAt: "Each", states: [
        .map("Each", itemsPath: "$.items", maxConcurrency: -1, iterator: Workflow(startAt: "Go", states: [.task("Go", .invoke(b.function), end: true)]), end: true),
      ]))] },
    Case("SFN002", """
      @flow: error: [SFN002] state machine 'flow' goes to state 'Missing', which its workflow does not have
        note: in stack 'orders', resource 'flow' (aws_sfn_state_machine.flow / AWS::StepFunctions::StateMachine)

      """) { b in b.stateMachines = [StateMachine("flow", definition: Workflow(startAt: "Go", states: [.task("Go", .invoke(b.function), next: "Missing")]))] },
    Case("SFN003", """
      @flow: error: [SFN003] express state machine 'flow' runs service 'web' tasks and waits for them; only standard workflows can wait (.sync)
        note: in stack 'orders', resource 'flow' (aws_sfn_state_machine.flow / AWS::StepFunctions::StateMachine)

      """) { b in b.addService(); b.stateMachines = [StateMachine("flow", type: .express, definition: Workflow(startAt: "Go", states: [.task("Go", .runTask(b.services[0]), end: true)]))] },
    Case("SFN004", """
      @flow: error: [SFN004] state machine 'flow' retries state 'Go' 3 times every 2 s with backoff 0.5; use 0 or more attempts, at least 1 s and a backoff of at least 1
        note: in stack 'orders', resource 'flow' (aws_sfn_state_machine.flow / AWS::StepFunctions::StateMachine)

      """) { b in b.stateMachines = [StateMachine("flow", definition: Workflow(startAt: "Go", states: [.task("Go", .invoke(b.function), retry: [Retry(backoffRate: 0.5)], end: true)]))] },
    Case("SFN005", """
      @flow: error: [SFN005] state machine 'flow' would be named 'my flow'; names are 1 to 80 letters, digits, '-' and '_'
        note: in stack 'orders', resource 'flow' (aws_sfn_state_machine.flow / AWS::StepFunctions::StateMachine)

      """) { b in b.stateMachines = [StateMachine("flow", name: "my flow", definition: Workflow(startAt: "Go", states: [.succeed("Go")]))] },
    Case("API001", """
      @api: error: [API001] HTTP API 'api' throttles at -1 requests/s with a burst of 10; use 0 or more
        note: in stack 'orders', resource 'api' (aws_apigatewayv2_api.api / AWS::ApiGatewayV2::Api)

      """) { b in b.httpApis = [HttpApi("api", routes: [ApiRoute("GET /", b.function)], throttling: Throttling(rate: -1, burst: 10))] },
    Case("API002", """
      @api: error: [API002] REST API 'api' caches 2 GB for 300 s; sizes are 0.5, 1.6, 6.1, 13.5, 28.4, 58.2, 118 or 237 GB and TTLs 0 to 3600 s
        note: in stack 'orders', resource 'api' (aws_api_gateway_rest_api.api / AWS::ApiGateway::RestApi)

      """) { b in b.restApis = [RestApi("api", methods: [ApiMethod("GET", "/", b.function)], cacheSizeGB: "2")] },
    Case("API003", """
      @api: error: [API003] HTTP API 'api' has route 'FETCH /memos' twice or malformed; use '$default' or 'METHOD /path' once each
        note: in stack 'orders', resource 'api' (aws_apigatewayv2_api.api / AWS::ApiGatewayV2::Api)

      """) { b in b.httpApis = [HttpApi("api", routes: [ApiRoute("FETCH /memos", b.function)])] },
    Case("WAF001", """
      @guard: error: [WAF001] web ACL 'guard' has CloudFront scope but stack 'orders' is in eu-west-1; CloudFront-scope web ACLs must be created in us-east-1, so declare it in a us-east-1 stack
        note: in stack 'orders', resource 'guard' (aws_wafv2_web_acl.guard / AWS::WAFv2::WebACL)

      """) { b in b.region = .euWest1; b.webACLs = [WebACL("guard", scope: .cloudFront)] },
    Case("WAF002", """
      @guard: error: [WAF002] web ACL 'guard' limits each IP to 5 requests; WAF allows 10 to 2000000000
        note: in stack 'orders', resource 'guard' (aws_wafv2_web_acl.guard / AWS::WAFv2::WebACL)

      """) { $0.webACLs = [WebACL("guard", rateLimitPerIP: 5)] },
    Case("WAF003", """
      @guard: error: [WAF003] web ACL 'guard' has CloudFront scope but is associated with regional resources; give it regional scope, or attach it to a distribution
        note: in stack 'orders', resource 'guard' (aws_wafv2_web_acl.guard / AWS::WAFv2::WebACL)

      """) { b in b.addService(); b.webACLs = [WebACL("guard", scope: .cloudFront, protects: [.loadBalancer(b.loadBalancers[0])])] },
    Case("CF001", """
      @cdn: error: [CF001] distribution 'cdn' restricts by 'XX', which is not an ISO 3166-1 alpha-2 country code (such as 'US', 'DE', 'GB')
        note: in stack 'orders', resource 'cdn' (aws_cloudfront_distribution.cdn / AWS::CloudFront::Distribution)

      """) { b in b.distributions = [Distribution("cdn", origins: [Origin("files", .bucket(b.bucket))], defaultBehavior: CacheBehavior(origin: "files"), geoRestriction: .allow(["US", "XX"]))] },
    Case("CF002", """
      @cdn: error: [CF002] distribution 'cdn' cache policy 'static' has TTLs 0 / 86400 / 3600 s (minimum / default / maximum); they must not decrease
        note: in stack 'orders', resource 'cdn' (aws_cloudfront_distribution.cdn / AWS::CloudFront::Distribution)

      """) { b in b.distributions = [Distribution("cdn", origins: [Origin("files", .bucket(b.bucket))], defaultBehavior: CacheBehavior(origin: "files", cachePolicy: .custom(name: "static", minTTL: .seconds(0), defaultTTL: .days(1), maxTTL: .hours(1))))] },
    Case("CF003", """
      @cdn: error: [CF003] distribution 'cdn' sends the default behaviour to origin 'missing', which it does not declare
        note: in stack 'orders', resource 'cdn' (aws_cloudfront_distribution.cdn / AWS::CloudFront::Distribution)

      """) { b in b.distributions = [Distribution("cdn", origins: [Origin("files", .bucket(b.bucket))], defaultBehavior: CacheBehavior(origin: "missing"))] },
    Case("CF004", """
      @cdn: error: [CF004] distribution 'cdn' uses certificate 'arn:aws:acm:eu-west-1:123456789012:certificate/abc'; CloudFront takes ACM certificates from us-east-1 only
        note: in stack 'orders', resource 'cdn' (aws_cloudfront_distribution.cdn / AWS::CloudFront::Distribution)

      """) { b in b.distributions = [Distribution("cdn", origins: [Origin("files", .bucket(b.bucket))], defaultBehavior: CacheBehavior(origin: "files"), aliases: ["x.example.com"], certificateArn: "arn:aws:acm:eu-west-1:123456789012:certificate/abc")] },
    Case("CF005", """
      @cdn: error: [CF005] distribution 'cdn' uses web ACL 'guard', which has regional scope; distributions need a CloudFront-scope web ACL (in us-east-1)
        note: in stack 'orders', resource 'cdn' (aws_cloudfront_distribution.cdn / AWS::CloudFront::Distribution)

      """) { b in let acl = WebACL("guard"); b.webACLs = [acl]; b.distributions = [Distribution("cdn", origins: [Origin("files", .bucket(b.bucket))], defaultBehavior: CacheBehavior(origin: "files"), webACL: acl)] },
    Case("CF006", """
      @cdn: error: [CF006] distribution 'cdn' uses minimum TLS 'TLSv1.3_2025', which CloudFormation accepts but the Terraform AWS provider 5.100.0 rejects; use 'TLSv1.2_2021'
        note: in stack 'orders', resource 'cdn' (aws_cloudfront_distribution.cdn / AWS::CloudFront::Distribution)

      """) { b in b.distributions = [Distribution("cdn", origins: [Origin("files", .bucket(b.bucket))], defaultBehavior: CacheBehavior(origin: "files"), certificateArn: "arn:aws:acm:us-east-1:123456789012:certificate/abc", minimumTLS: "TLSv1.3_2025")] },
    Case("R53001", """
      @zone: error: [R53001] hosted zone 'zone' routes record 'api' without a set identifier
        note: in stack 'orders', resource 'zone' (aws_route53_zone.zone / AWS::Route53::HostedZone)

      """) { $0.hostedZones = [HostedZone("zone", domain: "example.com", records: [DNSRecord("api", .values(type: "A", values: ["192.0.2.1"]), routing: .weighted(1))])] },
    Case("R53002", """
      @zone: error: [R53002] hosted zone 'zone' puts a CNAME at the apex; use an alias record instead
        note: in stack 'orders', resource 'zone' (aws_route53_zone.zone / AWS::Route53::HostedZone)

      """) { $0.hostedZones = [HostedZone("zone", domain: "example.com", records: [DNSRecord("@", .values(type: "CNAME", values: ["x.example.net"]))])] },
    Case("CF007", """
      @cdn: error: [CF007] distribution 'cdn' logs to bucket 'uploads', which encrypts with a KMS key CloudFront's log delivery cannot use; use S3-managed encryption for the log bucket
        note: in stack 'orders', resource 'cdn' (aws_cloudfront_distribution.cdn / AWS::CloudFront::Distribution)

      """) { b in
        b.bucket = Bucket("uploads", encryption: .kms(keyArn: "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"))
        b.distributions = [Distribution("cdn", origins: [Origin("files", .bucket(b.bucket))], defaultBehavior: CacheBehavior(origin: "files"), accessLogs: DistributionLogs(bucket: b.bucket))]
      },
    Case("ACM001", """
      @cert: error: [ACM001] certificate 'cert' names 'api.example.org', outside zone 'zone' (example.com) that validates it
        note: in stack 'orders', resource 'cert' (aws_acm_certificate.cert / AWS::CertificateManager::Certificate)

      """) { b in
        let zone = HostedZone("zone", domain: "example.com")
        b.hostedZones = [zone]
        b.certificates = [Certificate("cert", domain: "api.example.org", zone: zone)]
      },
    Case("ACM002", """
      @public: error: [ACM002] HTTP API 'public' serves 'api.example.com' with certificate 'cert', which covers only www.example.com
        note: in stack 'orders', resource 'public' (aws_apigatewayv2_api.public / AWS::ApiGatewayV2::Api)

      """) { b in
        let zone = HostedZone("zone", domain: "example.com")
        let certificate = Certificate("cert", domain: "www.example.com", zone: zone)
        let api = HttpApi("public", routes: [ApiRoute("GET /", b.function)], domain: ApiDomain("api.example.com", certificate: certificate))
        b.hostedZones = [zone]
        b.certificates = [certificate]
        b.httpApis = [api]
        b.dnsRecords = [DNSRecords("names", zone: zone, records: [DNSRecord("api", .alias(.httpApi(api)))])]
      },
    Case("GT001", """
      @memos: error: [GT001] table 'memos' has replicas but a NEW_IMAGE stream; global tables replicate through a NEW_AND_OLD_IMAGES stream
      \(note) 'memos' (aws_dynamodb_table.memos / AWS::DynamoDB::GlobalTable)

      """) { b in b.table.stream = .newImage; b.table.replicas = [TableReplica(.usWest2)] },
    Case("GT002", """
      @memos: error: [GT002] table 'memos' lists Region us-east-1 twice (the table itself is in us-east-1); each Region holds one replica
      \(note) 'memos' (aws_dynamodb_table.memos / AWS::DynamoDB::GlobalTable)

      """) { b in b.table.replicas = [TableReplica(.usWest2), TableReplica(.usEast1)] },
    Case("GT003", """
      @memos: error: [GT003] table 'memos' uses a customer-managed key, so its replica in us-west-2 needs `kmsKeyArn:` of a key in us-west-2
      \(note) 'memos' (aws_dynamodb_table.memos / AWS::DynamoDB::GlobalTable)

      """) { b in
        b.table.encryption = .customerManagedKey("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")
        b.table.replicas = [TableReplica(.usWest2, kmsKeyArn: "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")]
      },
    Case("XR001", """
      @consumer: error: [XR001] function 'consumer' is granted on the replica of table 'ledger', which no other stack of the app declares
      \(note) 'consumer' (aws_lambda_function.consumer / AWS::Lambda::Function)

      """) { b in
        let ledger = Table("ledger", name: "ledger", partitionKey: KeyAttribute("pk", .string), stream: .newAndOldImages, replicas: [TableReplica(.usEast1)])
        b.function.grants.append(.read(ledger.replica(in: .usEast1)))
      },
    Case("XR002", """
      @uploads: error: [XR002] bucket 'uploads' replicates to us-west-2 but is not versioned; S3 replication needs versioning
      \(bucketNote)

      """) { $0.bucket = Bucket("uploads", versioning: false, replication: BucketReplication(to: .usWest2)) },
    Case("XR003", """
      @token: error: [XR003] secret 'token' replicates to 'us-east-1'; use distinct known Regions other than the stack's (us-east-1)
      \(secretNote)

      """) { $0.secrets = [Secret("token", replicas: [SecretReplica(.usEast1)])] },
    Case("XR004", """
      @accounts: error: [XR004] Aurora cluster 'accounts' is a secondary of 'ledger', which no other stack declares as a global primary; give the primary `globalDatabase: .primary(identifier:)`
      \(auroraNote)

      """) { b in
        b.addNetworkAndCache()
        let ledger = AuroraCluster("ledger", network: .private(b.networks[0]), globalDatabase: .primary(identifier: "ledger-global"))
        b.auroraClusters = [AuroraCluster("accounts", network: .private(b.networks[0]), globalDatabase: .secondary(of: ledger))]
      },
    Case("XR005", """
      @main-db: error: [XR005] database 'main-db' replicates 'origin', which no other stack of the app declares
      \(dbNote)

      """) { b in
        b.addNetworkAndCache()
        let origin = PostgresDatabase("origin", name: "origin", network: .private(b.networks[0]))
        b.postgresDatabases = [PostgresDatabase("main-db", network: .private(b.networks[0]), replicaOf: DatabaseReplicaSource(origin, in: .usWest2))]
      },
    Case("XR006", """
      @images: error: [XR006] repositories orders/images replicate to 'us-east-1'; use known Regions other than us-east-1
        note: in stack 'orders', resource 'ecr-replication' (aws_ecr_replication_configuration.ecr_replication / AWS::ECR::ReplicationConfiguration)

      """) { $0.repositories = [Repository("images", replicateTo: [.usEast1])] },
    Case("CAP001", """
      @consumer: error: [CAP001] function 'consumer' is declared for 200 requests/s at 100 ms: 200 requests/s x 100 ms needs 20 concurrent executions, but reserved concurrency 10 serves at most 100 requests/s; raise reserved concurrency to at least 20
      \(note) 'consumer' (aws_lambda_function.consumer / AWS::Lambda::Function)

      """) { b in b.function.reservedConcurrency = 10; b.loads = [Load(b.function, requestsPerSecond: 200, averageDuration: .milliseconds(100))] },
    Case("CAP002", """
      @primary: error: [CAP002] queue 'primary' is declared for 1000 messages/s at 100 ms each, but its consumers ('consumer' at 50 concurrent executions) handle at most 500 messages/s; the backlog grows by 30000 messages a minute; allow at least 100 concurrent executions in all
      \(note) 'primary' (aws_sqs_queue.primary / AWS::SQS::Queue)

      """) { b in b.loads = [Load(b.primary, messagesPerSecond: 1000, processingTimePerMessage: .milliseconds(100))] },
    Case("CAP003", """
      @memos: error: [CAP003] table 'memos' is declared for 100000 reads/s and 0 writes/s of 1 KB items: 50000 RCU and 0 WCU, beyond the on-demand default of 40000 per table; request a quota increase or shard the table (WhisperSync shards into 10 tables)
      \(note) 'memos' (aws_dynamodb_table.memos / AWS::DynamoDB::Table)
      @memos: warning: [CAP003] table 'memos' is declared for 100000 reads/s with no DAX cluster in front; at this rate reads go through DAX (docs/scaling-phases.md)
      \(note) 'memos' (aws_dynamodb_table.memos / AWS::DynamoDB::Table)

      """) { b in b.loads = [Load(b.table, readsPerSecond: 100_000)] },
    Case("CAP004", """
      @public: error: [CAP004] HTTP API 'public' is declared for 500 requests/s but throttles at 100; raise its throttling rate to at least 500
      \(note) 'public' (aws_apigatewayv2_api.public / AWS::ApiGatewayV2::Api)

      """) { b in
        let api = HttpApi("public", routes: [ApiRoute("GET /", b.function)], throttling: Throttling(rate: 100, burst: 50))
        b.httpApis = [api]
        b.loads = [Load(api, requestsPerSecond: 500)]
      },
    Case("CAP005", """
      @web: error: [CAP005] service 'web' is declared for load: 25000 connections at 10000 per task need 3 tasks, but its desired count is 2; raise it to at least 3
      \(serviceNote)

      """) { b in b.addService { service, _, _ in service.desiredCount = 2 }; b.loads = [Load(b.services[0], connections: 25_000)] },
    Case("CAP006", """
      @load: error: [CAP006] load is declared for table 'ghost', which stack 'orders' does not declare
        note: in stack 'orders'

      """) { $0.loads = [Load(Table("ghost", partitionKey: KeyAttribute("pk", .string)), readsPerSecond: 1)] },
    Case("CAP007", """
      @alerts: error: [CAP007] topic 'alerts' is declared for 2000 messages/s, above the account's SNS publish quota of 1500 messages/s in eu-central-1, shared by every standard topic there; request an increase and declare it with `App(quotas: AccountQuotas(snsPublishPerSecond:))`
        note: in stack 'orders', resource 'alerts' (aws_sns_topic.alerts / AWS::SNS::Topic)

      """) { b in
        b.region = .euCentral1
        let topic = Topic("alerts")
        b.topics = [topic]
        b.loads = [Load(topic, messagesPerSecond: 2_000)]
      },
    Case("SUP001", """
      @suppression: warning: [SUP001] suppression of DDB001 for stack 'orders' accepts no finding; remove it
        note: in stack 'orders'

      """) { $0.suppressions = [Suppress("DDB001", because: "names are checked elsewhere")] },
    Case("SUP002", """
      @suppression: error: [SUP002] CKV_AWS_9999 is not one of checkov 3.3.30's AWS checks for Terraform or CloudFormation; check the ID
        note: in stack 'orders'

      """) { $0.suppressions = [Suppress("CKV_AWS_9999", because: "a typo in the check ID")] },
    Case("SUP002", """
      @suppression: error: [SUP002] suppression of CKV_AWS_117 for stack 'orders' gives no reason; say why the finding is accepted
        note: in stack 'orders'

      """) { $0.suppressions = [Suppress("CKV_AWS_117", because: " ")] },
    Case("SUP003", """
      @suppression: warning: [SUP003] CKV_AWS_119 (Ensure DynamoDB Tables are encrypted using a KMS Customer Managed CMK) reads AWS::DynamoDB::Table, aws_dynamodb_table; nothing on 'consumer' renders one, so the suppression skips nothing; remove it
        note: in stack 'orders'

      """) { b in b.suppressions = [Suppress("CKV_AWS_119", on: b.function, because: "the table is on another resource")] },
    Case("PH001", """
      @memos: warning: [PH001] table 'memos' has fixed provisioned capacity in an early-production stack; from early production on, capacity scales (target 70%)
      \(note) 'memos' (aws_dynamodb_table.memos / AWS::DynamoDB::Table)

      """) { b in b.phase = .earlyProduction; b.table.billing = .provisioned(read: 5, write: 5) },
    Case("PH002", """
      @public: error: [PH002] REST API 'public' is public in a growth stack without a WAF web ACL; protect it with `WebACL(protects:)` (from growth on; docs/scaling-phases.md)
      \(note) 'public' (aws_api_gateway_rest_api.public / AWS::ApiGateway::RestApi)

      """) { b in b.phase = .growth; b.restApis = [RestApi("public", methods: [ApiMethod("GET", "/", b.function)])] },
    Case("PH003", """
      @main-db: error: [PH003] database 'main-db' is single-AZ in a growth stack; set `multiAZ: true` (from growth on; docs/scaling-phases.md)
      \(dbNote)

      """) { b in
        b.phase = .growth
        b.addNetworkAndCache()
        b.postgresDatabases = [PostgresDatabase("main-db", multiAZ: false, network: .private(b.networks[0]))]
      },
    Case("PH004", """
      @memos: warning: [PH004] table 'memos' has provisioned capacity and no cache in a growth stack; put a DAX cluster in front of it (from growth on; docs/scaling-phases.md)
      \(note) 'memos' (aws_dynamodb_table.memos / AWS::DynamoDB::Table)

      """) { b in
        b.phase = .growth
        b.table.billing = .provisioned(read: 5, write: 5)
        b.scalings = [AutoScaling("memos-reads", target: .tableReads(b.table), min: 5, max: 50, targetTracking: [.readUtilization(70)])]
      },
    Case("PH005", """
      @web: error: [PH005] service 'web' runs as few as 1 task in 2 zones in a growth stack; run at least 2 tasks across 2 zones (from growth on, 2-10 tasks across zones)
      \(serviceNote)

      """) { b in
        b.phase = .growth
        b.addService()
        b.scalings = [AutoScaling("web-tasks", target: .serviceTasks(b.services[0]), min: 1, max: 4, targetTracking: [.cpu(70)])]
        b.webACLs = [WebACL("guard", protects: [.loadBalancer(b.loadBalancers[0])])]
      },
    Case("PH006", """
      @public: error: [PH006] REST API 'public' is public in a scale stack without CloudFront in front; make it an origin of a distribution (at scale; docs/scaling-phases.md)
      \(note) 'public' (aws_api_gateway_rest_api.public / AWS::ApiGateway::RestApi)

      """) { b in
        b.phase = .scale
        b.table.replicas = [TableReplica(.usWest2)]
        let api = RestApi("public", methods: [ApiMethod("GET", "/", b.function)])
        b.restApis = [api]
        b.webACLs = [WebACL("guard", protects: [.restApi(api)])]
      },
    Case("PH007", """
      @stack: error: [PH007] stack 'orders' is built for scale, but none of its tables or databases reaches another Region; make the main table global or the database an Aurora Global Database (at scale; docs/scaling-phases.md)
        note: in stack 'orders'

      """) { $0.phase = .scale },
    Case("AQ001", """
      @stack: error: [AQ001] functions in us-east-1 reserve 950 concurrent executions (orders 950); the account's 1000 leaves 900 to reserve; lower them, or request an increase and declare it with `App(quotas: AccountQuotas(lambdaConcurrency:))`
        note: in stack 'orders'

      """) { $0.function.reservedConcurrency = 950 },
    Case("AQ002", """
      @stack: error: [AQ002] functions in us-east-1 may provision 300 concurrent executions (orders 300); the account's 300 leaves 200; lower the maximums, or request an increase and declare it with `App(quotas:)`
        note: in stack 'orders'

      """) { b in b.quotas = AccountQuotas(lambdaConcurrency: 300); b.function.alias = FunctionAlias("live", provisionedConcurrency: 300) },
    Case("AQ003", """
      @stack: error: [AQ003] the app declares 2 tables in us-east-1 (orders 2); the account allows 1; request an increase and declare it with `App(quotas: AccountQuotas(tablesPerRegion:))`
        note: in stack 'orders'

      """) { b in b.quotas = AccountQuotas(tablesPerRegion: 1); b.extra = [Table("extra", partitionKey: KeyAttribute("pk", .string))] },
    Case("REG001", """
      @public: error: [REG001] HTTP API 'public' is in ap-east-2, where API Gateway v2 is not available; use a REST API or another Region
      \(note) 'public' (aws_apigatewayv2_api.public / AWS::ApiGatewayV2::Api)

      """) { b in b.region = "ap-east-2"; b.httpApis = [HttpApi("public", routes: [ApiRoute("GET /", b.function)])] },
    Case("R53003", """
      @zone: error: [R53003] health check 'api' fails after 3 checks every 60 s; use 1 to 10 checks every 10 or 30 s
        note: in stack 'orders', resource 'zone-check-api' (aws_route53_health_check.zone_check_api / AWS::Route53::HealthCheck)

      """) { $0.hostedZones = [HostedZone("zone", domain: "example.com", healthChecks: [DNSHealthCheck("api", domain: "api.example.com", interval: .minutes(1))])] },
    Case("CD001", """
      @rollout: error: [CD001] deployment 'rollout' shifts function 'consumer', which has no alias; give the function an alias
        note: in stack 'orders', resource 'rollout' (aws_codedeploy_deployment_group.rollout / AWS::CodeDeploy::DeploymentGroup)

      """) { b in b.deployments = [LambdaDeployment("rollout", function: b.function)] },
    Case("CD002", """
      @rollout: error: [CD002] deployment 'rollout' shifts function 'consumer', which another deployment already shifts
        note: in stack 'orders', resource 'rollout' (aws_codedeploy_deployment_group.rollout / AWS::CodeDeploy::DeploymentGroup)

      """) { b in b.function.alias = FunctionAlias("live"); b.deployments = [LambdaDeployment("first", function: b.function), LambdaDeployment("rollout", function: b.function)] },
    // MARK: Terraform settings
    Case("TF001", """
      @app: error: [TF001] the AWS provider version 'latest' is not a Terraform version constraint (such as "5.100.0", "~> 6.20" or ">= 6.20.0, < 7.0.0")
        note: in stack 'orders'

      """) { $0.awsProvider = "latest" },
    Case("TF001", """
      @app: error: [TF001] the AWS provider version '< 6.0' admits no version, or has no lower bound (the validator judges runtimes and Regions by the lowest version a constraint admits)
        note: in stack 'orders'

      """) { $0.awsProvider = "< 6.0" },
    Case("TF002", """
      @app: warning: [TF002] the AWS provider version '>= 7.0' admits 7.0.0, which iacgen's tables do not describe (they know 5.100.0 to 6.45.x); runtime, Region and TLS checks assume what they know, and iacgen's output is tested with 5.100.0: run `terraform validate`
        note: in stack 'orders'

      """) { $0.awsProvider = ">= 7.0" },
    Case("TF003", """
      @app: error: [TF003] the Terraform state bucket 'Acme_State' is not a valid S3 bucket name: only lowercase letters, digits, '.' and '-' are allowed
        note: in stack 'orders'

      """) { $0.backend = .s3(bucket: "Acme_State", region: .usEast1) },
    Case("TF004", """
      @stack: error: [TF004] stack 'orders' would keep its Terraform state at key '/orders.tfstate'; a state key is 1 to 1,024 bytes and neither starts nor ends with '/' nor holds '//'
        note: in stack 'orders'

      """) { $0.stackBackend = .s3(bucket: "acme-state", region: .usEast1, key: "/orders.tfstate") },
    Case("TF005", """
      @stack:billing: error: [TF005] stacks 'orders' and 'billing' would share the Terraform state s3://acme-state/shared.tfstate; each stack needs a state of its own (give one of them another key)
        note: in stack 'billing'

      """) { b in b.backend = .s3(bucket: "acme-state", region: .usEast1, key: "shared.tfstate"); b.extraStacks = [Stack("billing", region: .usEast1) { Topic("invoices") }] },
    Case("TF006", """
      @app: error: [TF006] the Terraform lock table 'locks!' is not a valid DynamoDB table name (3 to 255 letters, digits, '_', '-' and '.')
        note: in stack 'orders'

      """) { $0.backend = .s3(bucket: "acme-state", region: .usEast1, locking: .lockFileAndDynamoDB(table: "locks!")) },
    Case("TF007", """
      @stack: error: [TF007] the local state directory '../state' has an empty, '.' or '..' part; name a directory beside the output directory (such as 'iacgen.state') or an absolute path
        note: in stack 'orders'

      """) { $0.stackBackend = .local(directory: "../state") },
    Case("TF008", """
      @app: warning: [TF008] the Terraform state is locked with the DynamoDB table 'terraform-locks' only, which Terraform 1.11 deprecates; use locking: .lockFileAndDynamoDB(table: "terraform-locks") while moving, then .lockFile
        note: in stack 'orders'

      """) { $0.backend = .s3(bucket: "acme-state", region: .usEast1, locking: .dynamoDB(table: "terraform-locks")) },
    Case("CW004", """
      @ops: error: [CW004] dashboard 'ops' has a 30 x 6 widget (1 to 24 wide, 1 to 1000 high)
        note: in stack 'orders', resource 'ops' (aws_cloudwatch_dashboard.ops / AWS::CloudWatch::Dashboard)

      """) { $0.dashboards = [Dashboard("ops", widgets: [.text("hello", width: 30, height: 6)])] },
  ]

  /// An hourly alarm may look back up to seven days (AWS raised the limit from one day).
  func testHourlyAlarmsMayEvaluateAWeek() {
    var baseline = Baseline()
    baseline.alarms = [Alarm("slow", metric: Self.slowMetric, period: .hours(1), evaluationPeriods: 168, threshold: 5000, comparison: .greaterThan)]
    XCTAssertEqual(baseline.synthesize().diagnosticText, "")
  }

  func testBaselinePassesEveryRule() {
    let result = Baseline().synthesize()
    XCTAssertEqual(result.diagnosticText, "")
    XCTAssertFalse(result.files.isEmpty)
  }

  func testEachCaseReportsExactlyItsDiagnostics() {
    for testCase in Self.cases + Self.bucketCases + Self.networkCases + Self.daxCases + Self.dataCases + Self.databaseCases + Self.serviceCases + Self.scalingCases + Self.instanceCases + Self.topicCases + Self.eventCases + Self.alarmCases {
      var baseline = Baseline()
      testCase.change(&baseline)
      let result = baseline.synthesize()
      XCTAssertEqual(result.diagnosticText, expand(testCase.expected, in: result), "case \(testCase.rule)", line: testCase.line)
      XCTAssertTrue(result.diagnostics.contains { $0.ruleID == testCase.rule }, "case \(testCase.rule)", line: testCase.line)
      XCTAssertEqual(result.files.isEmpty, result.hasErrors, "errors stop output; warnings do not", line: testCase.line)
    }
  }

  func testEveryRuleHasAFailingCase() {
    let covered = Set((Self.cases + Self.bucketCases + Self.networkCases + Self.daxCases + Self.dataCases + Self.databaseCases + Self.serviceCases + Self.scalingCases + Self.instanceCases + Self.topicCases + Self.eventCases + Self.alarmCases).map(\.rule))
    let untestedHere: Set<String> = ["STK004", "STK010", "IAM001", "IAM002"]  // tested in ModelRuleTests
    for rule in RuleCatalog.all where !untestedHere.contains(rule.id) {
      XCTAssertTrue(covered.contains(rule.id), "no failing case for \(rule.id)")
    }
  }
}
