// Lambda functions.

/// A Lambda function with an execution role that iacgen generates from typed grants.
///
/// ```swift
/// let consumer = Function("consumer", code: .s3(bucket: "artifacts", key: "consumer.zip"),
///                         runtime: .python3_12, handler: "app.handler",
///                         timeout: .minutes(2), grants: [.write(table)])
/// ```
public struct Function: Hashable, Codable, Sendable {
  public var id: ResourceID
  /// The function name; defaults to `<stack>-<id>`.
  public var name: String?
  public var code: FunctionCode
  public var runtime: Runtime?
  public var handler: String?
  public var memoryMB: Int
  public var timeout: TimeSpan
  public var architecture: Architecture
  /// Environment variables; values may reference other resources.
  public var environment: [String: StringValue]
  public var ephemeralStorageMB: Int
  /// Reserved concurrency; `nil` leaves the function on the account's unreserved pool.
  public var reservedConcurrency: Int?
  /// A published version with an alias (and provisioned concurrency on it).
  public var alias: FunctionAlias?
  /// SnapStart on published versions.
  public var snapStart: Bool
  public var description: String?
  /// What the function may do with other resources; each becomes an IAM statement.
  public var grants: [Grant]
  public var tracing: Tracing
  /// Retention of the function's log group.
  public var logRetentionDays: Int
  /// The network the function runs in (its private subnets), if any.
  public var network: NetworkPlacement?
  public var tags: [Tag]
  public var location: SourceLocation

  // Set by lowering.
  var roleID: ResourceID?
  var logGroupID: ResourceID?
  /// Set by lowering when a CodeDeploy deployment shifts the alias.
  var deploymentID: ResourceID?
  /// Set by lowering when auto scaling manages provisioned concurrency.
  var provisionedConcurrencyAutoscaled = false

  public init(
    _ id: ResourceID,
    name: String? = nil,
    code: FunctionCode,
    runtime: Runtime? = nil,
    handler: String? = nil,
    memoryMB: Int = 128,
    timeout: TimeSpan = .seconds(3),
    architecture: Architecture = .x86_64,
    environment: [String: StringValue] = [:],
    ephemeralStorageMB: Int = 512,
    reservedConcurrency: Int? = nil,
    alias: FunctionAlias? = nil,
    snapStart: Bool = false,
    description: String? = nil,
    grants: [Grant] = [],
    tracing: Tracing = .passThrough,
    logRetentionDays: Int = 365,
    network: NetworkPlacement? = nil,
    tags: [String: String] = [:],
    fileID: StaticString = #fileID, filePath: StaticString = #filePath,
    line: UInt = #line, column: UInt = #column
  ) {
    self.id = id
    self.name = name
    self.code = code
    self.runtime = runtime
    self.handler = handler
    self.memoryMB = memoryMB
    self.timeout = timeout
    self.architecture = architecture
    self.environment = environment
    self.ephemeralStorageMB = ephemeralStorageMB
    self.reservedConcurrency = reservedConcurrency
    self.alias = alias
    self.snapStart = snapStart
    self.description = description
    self.grants = grants
    self.tracing = tracing
    self.logRetentionDays = logRetentionDays
    self.network = network
    self.tags = Tag.sorted(tags)
    self.location = SourceLocation(fileID, filePath, line, column)
  }

  /// The function name after lowering.
  public var physicalName: String { name ?? id.rawValue }

  /// The function's ARN.
  public var arn: StringValue { .reference(Reference(target: id, kind: .function, attribute: .arn)) }
  /// The function's name.
  public var functionName: StringValue { .reference(Reference(target: id, kind: .function, attribute: .name)) }
  /// The ARN of the function's alias (requires `alias`).
  public var aliasArn: StringValue { .reference(Reference(target: id, kind: .function, attribute: .aliasArn)) }

  /// Whether a version is published (an alias or SnapStart asks for one).
  public var publishesVersion: Bool { alias != nil || snapStart }
}

/// Where a function's code comes from.
public enum FunctionCode: Hashable, Codable, Sendable {
  /// A zip archive in S3.
  case s3(bucket: String, key: String, objectVersion: String? = nil)
  /// A container image URI (ECR).
  case image(String)

  var isImage: Bool { if case .image = self { return true } else { return false } }
}

/// A published version's alias, optionally with provisioned concurrency.
public struct FunctionAlias: Hashable, Codable, Sendable {
  public var name: String
  public var provisionedConcurrency: Int?
  public init(_ name: String, provisionedConcurrency: Int? = nil) {
    self.name = name
    self.provisionedConcurrency = provisionedConcurrency
  }
}

/// An instruction set architecture.
public enum Architecture: String, Hashable, Codable, Sendable {
  case x86_64
  case arm64
}

/// X-Ray tracing mode.
public enum Tracing: String, Hashable, Codable, Sendable {
  case active = "Active"
  case passThrough = "PassThrough"
}

/// A Lambda runtime identifier such as `python3.12`.
public struct Runtime: Hashable, Codable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
  public var identifier: String
  public init(_ identifier: String) { self.identifier = identifier }
  public init(stringLiteral value: String) { self.identifier = value }
  public var description: String { identifier }

  public static let python3_11: Runtime = "python3.11"
  public static let python3_12: Runtime = "python3.12"
  public static let python3_13: Runtime = "python3.13"
  public static let python3_14: Runtime = "python3.14"
  public static let nodejs20: Runtime = "nodejs20.x"
  public static let nodejs22: Runtime = "nodejs22.x"
  public static let nodejs24: Runtime = "nodejs24.x"
  public static let java17: Runtime = "java17"
  public static let java21: Runtime = "java21"
  public static let java25: Runtime = "java25"
  public static let dotnet8: Runtime = "dotnet8"
  public static let ruby3_3: Runtime = "ruby3.3"
  public static let ruby3_4: Runtime = "ruby3.4"
  public static let providedAL2023: Runtime = "provided.al2023"
}
