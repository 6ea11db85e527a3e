// Documented AWS limits, each with its source (an AWS documentation page, as the rules cite).

/// Named limits the rules check; each cites where it comes from.
public enum Limits {
  // MARK: - Lambda (https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html)

  /// Function memory, MB (lambda.01).
  public static let functionMemoryMB = 128...10_240
  /// Function timeout, seconds (lambda.02).
  public static let functionTimeoutSeconds = 1...900
  /// Ephemeral storage, MB (lambda.03; API_EphemeralStorage).
  public static let ephemeralStorageMB = 512...10_240
  /// Aggregate size of all environment variable keys and values, bytes (lambda.04).
  public static let environmentBytes = 4_096
  /// Function name length (lambda.23).
  public static let functionNameLength = 1...64
  /// Description length (lambda.24; CFN schema).
  public static let functionDescriptionLength = 256
  /// Handler length (lambda.25; CFN schema).
  public static let handlerLength = 128
  /// Default account concurrency per Region, of which 100 stays unreserved (lambda.07, lambda.08).
  public static let accountConcurrency = 1_000
  public static let unreservedConcurrencyMinimum = 100
  /// Alias name length (lambda.34).
  public static let aliasNameLength = 1...128
  /// Environment variable names Lambda reserves (lambda.06; cfn-lint extension rule).
  public static let reservedEnvironmentKeys: Set<String> = [
    "_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV",
    "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION",
    "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME",
    "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
    "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR",
  ]
  /// Runtimes the Terraform AWS provider 5.100.0 accepts (lambda.16, `terraform validate`
  /// probe); later versions accept more (`ProviderSupport.runtimes`).
  public static let terraformProviderRuntimes: Set<String> = [
    "nodejs", "nodejs4.3", "nodejs6.10", "nodejs8.10", "nodejs10.x", "nodejs12.x", "nodejs14.x", "nodejs16.x",
    "java8", "java8.al2", "java11", "python2.7", "python3.6", "python3.7", "python3.8", "python3.9",
    "dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1", "dotnet6", "dotnet8", "nodejs4.3-edge",
    "go1.x", "ruby2.5", "ruby2.7", "provided", "provided.al2", "nodejs18.x", "python3.10", "java17", "ruby3.2",
    "ruby3.3", "ruby3.4", "python3.11", "nodejs20.x", "provided.al2023", "python3.12", "java21", "python3.13",
    "nodejs22.x",
  ]
  /// Runtimes the CloudFormation schema accepts (lambda.17, cfn-lint 1.51.0).
  public static let cloudFormationRuntimes: Set<String> = terraformProviderRuntimes.union([
    "dotnet10", "java25", "nodejs24.x", "python3.14", "ruby4.0",
  ])
  /// End of standard support (lambda.18; AWS Lambda runtimes page via tflint-ruleset-aws).
  public static let runtimeDeprecations: [String: String] = [
    "nodejs20.x": "2026-04-30", "python3.11": "2026-06-30", "python3.10": "2026-06-30",
    "python3.9": "2025-12-15", "java17": "2026-06-30", "java11": "2026-06-30", "java8.al2": "2026-06-30",
    "dotnet8": "2026-11-10", "ruby3.2": "2026-03-31", "provided.al2": "2026-06-30", "nodejs18.x": "2025-09-01",
    "nodejs16.x": "2024-06-12", "python3.8": "2024-10-14", "java8": "2024-01-08", "dotnet6": "2024-11-12",
    "go1.x": "2024-01-08", "provided": "2024-01-08",
  ]

  // MARK: - Event source mappings (https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-parameters.html)

  /// Batch size for standard queues (lambda_esm_sqs.01); FIFO queues allow at most 10.
  public static let batchSize = 1...10_000
  public static let fifoBatchSizeMaximum = 10
  /// Maximum batching window, seconds (lambda_esm_sqs.02).
  public static let batchingWindowSeconds = 0...300
  /// Maximum concurrency of an SQS event source (lambda_esm_sqs.05).
  public static let maximumConcurrency = 2...1_000
  /// Recommended visibility timeout multiple of the function timeout (lambda_esm_sqs.08).
  public static let visibilityTimeoutMultiple = 6

  // MARK: - SQS (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html)

  /// Visibility timeout, seconds (sqs.01).
  public static let visibilityTimeoutSeconds = 0...43_200
  /// Retention, seconds: 1 minute to 14 days (sqs.02).
  public static let retentionSeconds = 60...1_209_600
  /// Delivery delay, seconds (sqs.03).
  public static let deliveryDelaySeconds = 0...900
  /// Maximum message size, bytes (sqs.04): 1 MiB since August 2025.
  public static let maximumMessageBytes = 1_024...1_048_576
  /// The largest maximum message size the Terraform provider 5.100.0 accepts (256 KiB).
  public static let terraformProviderMaximumMessageBytes = 262_144
  /// Long polling wait, seconds (sqs.05).
  public static let receiveWaitSeconds = 0...20
  /// KMS data key reuse, seconds (sqs.06).
  public static let dataKeyReuseSeconds = 60...86_400
  /// Queue name length, including `.fifo` (sqs.07).
  public static let queueNameLength = 1...80
  /// Redrive maxReceiveCount (sqs.13).
  public static let maxReceiveCount = 1...1_000

  // MARK: - DynamoDB (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html)

  /// Table and index name length (dynamodb.01, dynamodb.02).
  public static let tableNameLength = 3...255
  /// Global secondary indexes per table, an adjustable quota (dynamodb.10).
  public static let globalIndexesPerTable = 20
  /// Local secondary indexes per table (dynamodb.11).
  public static let localIndexesPerTable = 5
  /// Projected non-key attributes across all indexes (dynamodb.12).
  public static let projectedAttributes = 100
  /// Provisioned capacity units per table, default quota (dynamodb.07).
  public static let provisionedCapacityPerTable = 40_000
  /// Point-in-time recovery period, days (dynamodb.16).
  public static let recoveryPeriodDays = 1...35

  // MARK: - S3 (https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html)

  /// Bucket name length.
  public static let bucketNameLength = 3...63
  /// Prefixes and suffixes S3 reserves in bucket names.
  public static let reservedBucketPrefixes = ["xn--", "sthree-", "amzn-s3-demo-"]
  public static let reservedBucketSuffixes = ["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"]
  /// Days before a lifecycle transition to STANDARD_IA or ONEZONE_IA (lifecycle-transition-general-considerations).
  public static let infrequentAccessMinimumDays = 30
  /// Lifecycle rules per bucket.
  public static let lifecycleRulesPerBucket = 1_000
  /// CORS rules per bucket.
  public static let corsRulesPerBucket = 100
  /// CORS methods S3 accepts.
  public static let corsMethods: Set<String> = ["GET", "PUT", "POST", "DELETE", "HEAD"]
  /// Intelligent-Tiering archive tiers, days (intelligent-tiering-overview).
  public static let archiveAccessDays = 90...730
  public static let deepArchiveAccessDays = 180...730

  // MARK: - ElastiCache (https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateReplicationGroup.html)

  /// Replication group ID length (elasticache.01).
  public static let replicationGroupIDLength = 1...40
  /// Replicas per shard (elasticache.03).
  public static let replicasPerShard = 0...5
  /// Shards: default quota 90 nodes or shards per cluster, 500 with an increase (elasticache.05).
  public static let shardsDefaultQuota = 90
  public static let shardsMaximum = 500
  /// Engine versions CloudFormation knows (elasticache.02, cfn-lint data).
  public static let cacheEngineVersions: [CacheEngine: Set<String>] = [
    .redis: ["4.0.10", "5.0.6", "6.0", "6.2", "7.0", "7.1"],
    .valkey: ["7.2", "8.0", "8.1", "8.2", "9.0"],
  ]
  /// Snapshot retention, days (elasticache.12).
  public static let cacheSnapshotRetentionDays = 0...35

  // MARK: - DAX (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_dax_CreateCluster.html)

  /// Cluster name length (dax.03).
  public static let daxClusterNameLength = 1...20
  /// Node counts CreateCluster accepts: 1, or 3 to 10 (dax.01).
  public static let daxNodeCounts: Set<Int> = [1, 3, 4, 5, 6, 7, 8, 9, 10]
  /// Regions without DAX (dax.07, cfn-lint 1.51.0 provider maps).
  public static let regionsWithoutDAX: Set<String> = [
    "af-south-1", "ap-east-1", "ap-east-2", "ap-northeast-2", "ap-northeast-3", "ap-south-2", "ap-southeast-3",
    "ap-southeast-4", "ap-southeast-5", "ap-southeast-6", "ap-southeast-7", "ca-central-1", "ca-west-1", "cn-north-1",
    "eu-central-2", "eu-north-1", "eu-south-1", "eu-south-2", "il-central-1", "me-central-1", "me-south-1",
    "mx-central-1", "us-gov-east-1", "us-gov-west-1",
  ]

  // MARK: - Secrets Manager and Kinesis

  /// Recovery window of a deleted secret: 0 (force delete) or 7 to 30 days.
  public static let secretRecoveryWindowDays: Set<Int> = Set([0] + Array(7...30))
  /// Generated password length (GetRandomPassword PasswordLength).
  public static let secretPasswordLength = 1...4_096
  /// Rotation interval, days (RotationRules AutomaticallyAfterDays).
  public static let rotationDays = 1...1_000
  /// Kinesis retention, hours (https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html).
  public static let streamRetentionHours = 24...8_760
  /// Kinesis stream name length and characters.
  public static let streamNameLength = 1...128
  /// Provisioned shards per stream, default quota (500 in the largest Regions, 200 elsewhere).
  public static let shardsPerStreamQuota = 200

  // MARK: - RDS and Aurora (Aurora Serverless v2)

  /// DB cluster and instance identifier length (aurora.06).
  public static let dbIdentifierLength = 1...63
  /// Aurora Serverless v2 capacity, ACU in 0.5 steps (aurora.01, aurora.02).
  public static let auroraCapacity = 0.5...256
  /// Backup retention, days (aurora.07; RDS BackupRetentionPeriod).
  public static let backupRetentionDays = 1...35
  /// Read replicas of one RDS for PostgreSQL instance in its Region (CreateDBInstanceReadReplica: up to 15).
  public static let readReplicasPerSource = 15
  /// CloudSync's plan: at most 5 read replicas per Region (docs/scaling-phases.md) (a design limit, warned about).
  public static let plannedReadReplicasPerRegion = 5
  /// gp3 storage for RDS for PostgreSQL, GiB.
  public static let postgresStorageGB = 20...65_536

  // MARK: - ECS Fargate

  /// Valid Fargate task CPU units and memory (MiB) pairs (ecs.01; RegisterTaskDefinition).
  public static let fargateMemory: [Int: [Int]] = [
    256: [512, 1024, 2048],
    512: [1024, 2048, 3072, 4096],
    1024: Array(stride(from: 2048, through: 8192, by: 1024)),
    2048: Array(stride(from: 4096, through: 16384, by: 1024)),
    4096: Array(stride(from: 8192, through: 30720, by: 1024)),
    8192: Array(stride(from: 16384, through: 61440, by: 4096)),
    16384: Array(stride(from: 32768, through: 122880, by: 8192)),
  ]

  // MARK: - Elastic Load Balancing (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/)

  /// Load balancer and target group name length.
  public static let loadBalancerNameLength = 1...32
  /// Condition values per listener rule.
  public static let conditionValuesPerRule = 5
  /// Health check interval and timeout, seconds; thresholds.
  public static let healthCheckInterval = 5...300
  public static let healthCheckTimeout = 2...120
  public static let healthCheckThreshold = 2...10
  /// Deregistration delay, seconds; stickiness cookie duration, seconds.
  public static let deregistrationDelay = 0...3_600
  public static let stickinessSeconds = 1...604_800

  // MARK: - CloudWatch Logs

  /// Retention values CloudWatch Logs accepts (PutRetentionPolicy).
  public static let logRetentionDays: Set<Int> = [
    1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
  ]

  // MARK: - IAM (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html)

  /// Aggregate inline policy size of a role, characters.
  public static let roleInlinePolicyCharacters = 10_240

  // MARK: - Tags (https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html)

  public static let tagsPerResource = 50
  public static let tagKeyLength = 1...128
  public static let tagValueLength = 0...256

  // MARK: - CloudFormation (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html)

  public static let templateResources = 500
  public static let templateOutputs = 200
  /// Stack name length (letters, digits, hyphens; starts with a letter).
  public static let stackNameLength = 1...128
}
