// Where Terraform keeps each stack's state: never inside the generated output.

/// Where Terraform keeps a stack's state. Set it for the whole app and override it per stack:
///
/// ```swift
/// App(backend: .s3(bucket: "acme-terraform-state", region: .usEast1, keyPrefix: "whispersync")) {
///   Stack("orders", region: .euWest1) { ... }                        // whispersync/orders/eu-west-1/terraform.tfstate
///   Stack("legacy", region: .usEast1, backend: .local()) { ... }     // a local file
/// }
/// ```
///
/// The state never lies inside the output directory, which `iacgen synth` replaces.
/// CloudFormation keeps its own state in the stacks; this setting is Terraform's only.
public enum TerraformBackend: Hashable, Codable, Sendable {
  /// A local state file per stack: `<directory>/<stack>/terraform.tfstate`. A relative
  /// directory lies beside the output directory (the default, `iacgen.state`, sits next to
  /// `iacgen.out`); an absolute one is used as it is.
  case local(directory: String = TerraformBackend.defaultLocalDirectory)
  /// An S3 bucket holding one state object per stack and Region.
  case s3(S3StateBackend)

  /// Where local state goes by default, beside the output directory.
  public static let defaultLocalDirectory = "iacgen.state"

  /// State in the S3 bucket `bucket` (in `region`), at `key` when given, otherwise at
  /// `<keyPrefix>/<stack>/<region>/terraform.tfstate`; encrypted at rest, with `kmsKeyID`
  /// when given. Locked with an S3 lock file (Terraform 1.10 or later) by default.
  public static func s3(
    bucket: String, region: Region, keyPrefix: String? = nil, key: String? = nil, locking: StateLocking = .lockFile,
    kmsKeyID: String? = nil
  ) -> TerraformBackend {
    .s3(S3StateBackend(bucket: bucket, region: region, keyPrefix: keyPrefix, key: key, locking: locking, kmsKeyID: kmsKeyID))
  }
}

/// A stack's state in S3 (Terraform's `s3` backend).
public struct S3StateBackend: Hashable, Codable, Sendable {
  public var bucket: String
  /// The bucket's Region.
  public var region: Region
  /// Prepended to `<stack>/<region>/terraform.tfstate` when no `key` is given.
  public var keyPrefix: String?
  /// The state object's key, for one stack (an existing state, say).
  public var key: String?
  public var locking: StateLocking
  /// A KMS key (ID, ARN or alias) for the state object; S3's own keys when nil.
  public var kmsKeyID: String?

  public init(bucket: String, region: Region, keyPrefix: String? = nil, key: String? = nil, locking: StateLocking = .lockFile, kmsKeyID: String? = nil) {
    self.bucket = bucket
    self.region = region
    self.keyPrefix = keyPrefix
    self.key = key
    self.locking = locking
    self.kmsKeyID = kmsKeyID
  }

  /// The state object's key for a stack.
  public func key(stack: String, region stackRegion: Region) -> String {
    if let key { return key }
    let path = "\(stack)/\(stackRegion.code)/terraform.tfstate"
    guard let keyPrefix, !keyPrefix.isEmpty else { return path }
    return keyPrefix.hasSuffix("/") ? keyPrefix + path : keyPrefix + "/" + path
  }
}

/// How Terraform locks a state in S3 while it changes it.
public enum StateLocking: Hashable, Codable, Sendable {
  /// A lock file beside the state object (`use_lockfile`; Terraform 1.10 or later).
  case lockFile
  /// A DynamoDB table (`dynamodb_table`; deprecated by Terraform 1.11, for older Terraform).
  case dynamoDB(table: String)
  /// Both, while moving from the DynamoDB table to lock files.
  case lockFileAndDynamoDB(table: String)

  var usesLockFile: Bool {
    if case .dynamoDB = self { return false }
    return true
  }

  var dynamoDBTable: String? {
    switch self {
    case .lockFile: return nil
    case .dynamoDB(let table), .lockFileAndDynamoDB(let table): return table
    }
  }
}

extension TerraformBackend {
  /// The backend's type in a `backend` block.
  var terraformType: String {
    if case .s3 = self { return "s3" }
    return "local"
  }

  /// True when the backend locks with an S3 lock file (Terraform 1.10 or later).
  var usesS3LockFile: Bool {
    if case .s3(let s3) = self { return s3.locking.usesLockFile }
    return false
  }

  /// The local state file of `stack`, relative to the stack's module directory
  /// (`<out>/terraform/<stack>/`) when the directory is relative; nil for S3.
  func localStatePath(stack: String) -> String? {
    guard case .local(let directory) = self else { return nil }
    let trimmed = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
    let file = "\(trimmed)/\(stack)/terraform.tfstate"
    return directory.hasPrefix("/") ? file : "../../../" + file
  }
}
