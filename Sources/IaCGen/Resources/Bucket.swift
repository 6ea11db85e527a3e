// S3 buckets.

/// An S3 bucket: public access always blocked, encrypted, TLS-only, owner-enforced objects.
///
/// ```swift
/// let uploads = Bucket("uploads", versioning: true,
///                      lifecycleRules: [LifecycleRule("archive", transitions: [.init(after: .days(30), to: .glacierInstantRetrieval)])],
///                      notifications: [BucketNotification(.queue(jobs), events: [.objectCreated], suffix: ".wav")])
/// ```
public struct Bucket: Hashable, Codable, Sendable {
  public var id: ResourceID
  /// The bucket name; defaults to `<stack>-<id>`. S3 names are global: choose a unique prefix.
  public var name: String?
  public var versioning: Bool
  public var encryption: BucketEncryption
  public var lifecycleRules: [LifecycleRule]
  public var intelligentTiering: IntelligentTiering?
  public var transferAcceleration: Bool
  public var cors: [CorsRule]
  public var notifications: [BucketNotification]
  /// Cross-Region replication of every object to a bucket generated in another Region.
  public var replication: BucketReplication?
  public var tags: [Tag]
  public var location: SourceLocation

  /// Set in lowering: the role S3 replicates with.
  var replicationRoleID: ResourceID?

  /// Set in lowering when a distribution writes its access logs here: CloudFront's standard
  /// logs still need object ACLs, so the bucket owner is preferred rather than enforced.
  var receivesDistributionLogs = false
  /// The ownership setting the bucket gets.
  var objectOwnership: String { receivesDistributionLogs ? "BucketOwnerPreferred" : "BucketOwnerEnforced" }

  public init(
    _ id: ResourceID,
    name: String? = nil,
    versioning: Bool = true,
    encryption: BucketEncryption = .s3Managed,
    lifecycleRules: [LifecycleRule] = [],
    intelligentTiering: IntelligentTiering? = nil,
    transferAcceleration: Bool = false,
    cors: [CorsRule] = [],
    notifications: [BucketNotification] = [],
    replication: BucketReplication? = nil,
    tags: [String: String] = [:],
    fileID: StaticString = #fileID, filePath: StaticString = #filePath,
    line: UInt = #line, column: UInt = #column
  ) {
    self.id = id
    self.name = name
    self.versioning = versioning
    self.encryption = encryption
    self.lifecycleRules = lifecycleRules
    self.intelligentTiering = intelligentTiering
    self.transferAcceleration = transferAcceleration
    self.cors = cors
    self.notifications = notifications
    self.replication = replication
    self.tags = Tag.sorted(tags)
    self.location = SourceLocation(fileID, filePath, line, column)
  }

  /// The bucket name after lowering.
  public var physicalName: String { name ?? id.rawValue }

  /// The bucket's name.
  public var bucketName: StringValue { .reference(Reference(target: id, kind: .bucket, attribute: .name)) }
  /// The bucket's ARN.
  public var arn: StringValue { .reference(Reference(target: id, kind: .bucket, attribute: .arn)) }
  /// The ARN of every object in the bucket (`<arn>/*`).
  public var objectsArn: StringValue { "\(arn)/*" }
  /// The ARN built from the physical name (for policies the bucket itself refers to).
  var nameBasedArn: StringValue { "arn:\(StringValue.partition):s3:::\(physicalName)" }
  /// The replica bucket's ID and name, when the bucket replicates.
  var replicaID: ResourceID { id.appending("replica") }
  var replicaName: String? { replication.map { $0.bucketName ?? "\(physicalName)-\($0.region.code)" } }
}

/// Replication of every object (and delete marker) to a bucket iacgen generates in `region`:
/// versioned, encrypted, public access blocked, TLS only. The role S3 uses is generated too.
public struct BucketReplication: Hashable, Codable, Sendable {
  public var region: Region
  /// The replica bucket's name; defaults to `<bucket name>-<region>`.
  public var bucketName: String?
  /// S3 Replication Time Control: 99.99% of objects within 15 minutes, with replication metrics.
  public var replicationTimeControl: Bool
  /// The replica Region's KMS key, required when the bucket encrypts with KMS (keys are regional).
  public var replicaKmsKeyArn: String?
  /// The replicas' storage class; nil keeps the source object's.
  public var storageClass: StorageClass?

  public init(
    to region: Region, bucketName: String? = nil, replicationTimeControl: Bool = false, replicaKmsKeyArn: String? = nil,
    storageClass: StorageClass? = nil
  ) {
    self.region = region
    self.bucketName = bucketName
    self.replicationTimeControl = replicationTimeControl
    self.replicaKmsKeyArn = replicaKmsKeyArn
    self.storageClass = storageClass
  }
}

/// Default encryption of new objects.
public enum BucketEncryption: Hashable, Codable, Sendable {
  /// SSE-S3 (AES-256).
  case s3Managed
  /// SSE-KMS with a customer-managed key and S3 Bucket Keys.
  case kms(keyArn: String)
}

/// A lifecycle rule: transitions, expiration, noncurrent-version expiration, aborting uploads.
public struct LifecycleRule: Hashable, Codable, Sendable {
  public var id: String
  public var prefix: String
  public var transitions: [Transition]
  public var expiration: TimeSpan?
  public var noncurrentVersionExpiration: TimeSpan?
  public var abortIncompleteUploads: TimeSpan?

  public init(
    _ id: String, prefix: String = "", transitions: [Transition] = [], expiration: TimeSpan? = nil,
    noncurrentVersionExpiration: TimeSpan? = nil, abortIncompleteUploads: TimeSpan? = .days(7)
  ) {
    self.id = id
    self.prefix = prefix
    self.transitions = transitions
    self.expiration = expiration
    self.noncurrentVersionExpiration = noncurrentVersionExpiration
    self.abortIncompleteUploads = abortIncompleteUploads
  }

  /// Moving objects to another storage class after a number of days.
  public struct Transition: Hashable, Codable, Sendable {
    public var after: TimeSpan
    public var storageClass: StorageClass
    public init(after: TimeSpan, to storageClass: StorageClass) {
      self.after = after
      self.storageClass = storageClass
    }
  }
}

/// S3 storage classes a lifecycle rule can move objects to.
public enum StorageClass: String, Hashable, Codable, Sendable {
  case standardInfrequentAccess = "STANDARD_IA"
  case oneZoneInfrequentAccess = "ONEZONE_IA"
  case intelligentTiering = "INTELLIGENT_TIERING"
  case glacierInstantRetrieval = "GLACIER_IR"
  case glacier = "GLACIER"
  case deepArchive = "DEEP_ARCHIVE"

  /// The minimum days in STANDARD before a lifecycle transition to this class (S3 rules).
  var minimumDays: Int {
    switch self {
    case .standardInfrequentAccess, .oneZoneInfrequentAccess: return 30
    default: return 0
    }
  }
}

/// S3 Intelligent-Tiering archive tiers for the whole bucket.
public struct IntelligentTiering: Hashable, Codable, Sendable {
  public var archiveAfter: TimeSpan?
  public var deepArchiveAfter: TimeSpan?
  public init(archiveAfter: TimeSpan? = .days(90), deepArchiveAfter: TimeSpan? = .days(180)) {
    self.archiveAfter = archiveAfter
    self.deepArchiveAfter = deepArchiveAfter
  }
}

/// A CORS rule.
public struct CorsRule: Hashable, Codable, Sendable {
  public var allowedOrigins: [String]
  public var allowedMethods: [String]
  public var allowedHeaders: [String]
  public var exposeHeaders: [String]
  public var maxAge: TimeSpan?
  public init(
    allowedOrigins: [String], allowedMethods: [String] = ["GET"], allowedHeaders: [String] = [],
    exposeHeaders: [String] = [], maxAge: TimeSpan? = .hours(1)
  ) {
    self.allowedOrigins = allowedOrigins
    self.allowedMethods = allowedMethods
    self.allowedHeaders = allowedHeaders
    self.exposeHeaders = exposeHeaders
    self.maxAge = maxAge
  }
}

/// An event notification to a queue or a function; the delivery permission is generated.
public struct BucketNotification: Hashable, Codable, Sendable {
  /// Where events go.
  public enum Destination: Hashable, Codable, Sendable {
    case queue(ResourceID)
    case function(ResourceID)

    public static func queue(_ queue: Queue) -> Destination { .queue(queue.id) }
    public static func function(_ function: Function) -> Destination { .function(function.id) }
  }

  public var destination: Destination
  public var events: [BucketEvent]
  public var prefix: String?
  public var suffix: String?

  public init(_ destination: Destination, events: [BucketEvent] = [.objectCreated], prefix: String? = nil, suffix: String? = nil) {
    self.destination = destination
    self.events = events
    self.prefix = prefix
    self.suffix = suffix
  }
}

/// S3 event types.
public enum BucketEvent: String, Hashable, Codable, Sendable {
  case objectCreated = "s3:ObjectCreated:*"
  case objectRemoved = "s3:ObjectRemoved:*"
  case objectRestoreCompleted = "s3:ObjectRestore:Completed"
  case replicationFailed = "s3:Replication:OperationFailedReplication"
}
