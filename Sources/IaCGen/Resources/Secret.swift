// Secrets Manager secrets.

/// A Secrets Manager secret whose value is generated at deployment, optionally rotated by a
/// function (which gets the permissions rotation needs, and Secrets Manager the right to invoke it).
///
/// ```swift
/// let dbPassword = Secret("db-password", generate: .init(template: #"{"username":"app"}"#, key: "password"),
///                         rotation: SecretRotation(rotator, every: .days(30)))
/// ```
public struct Secret: Hashable, Codable, Sendable {
  public var id: ResourceID
  /// The secret name; defaults to `<stack>/<id>`.
  public var name: String?
  public var description: String?
  public var generate: GeneratedSecret
  public var kmsKeyArn: String?
  public var rotation: SecretRotation?
  /// Days a deleted secret can be restored (0 deletes at once; 7 to 30 otherwise).
  public var recoveryWindowDays: Int
  /// Read-only replicas in other Regions, kept in sync by Secrets Manager.
  public var replicas: [SecretReplica]
  public var tags: [Tag]
  public var location: SourceLocation

  public init(
    _ id: ResourceID,
    name: String? = nil,
    description: String? = nil,
    generate: GeneratedSecret = GeneratedSecret(),
    kmsKeyArn: String? = nil,
    rotation: SecretRotation? = nil,
    recoveryWindowDays: Int = 30,
    replicas: [SecretReplica] = [],
    tags: [String: String] = [:],
    fileID: StaticString = #fileID, filePath: StaticString = #filePath,
    line: UInt = #line, column: UInt = #column
  ) {
    self.id = id
    self.name = name
    self.description = description
    self.generate = generate
    self.kmsKeyArn = kmsKeyArn
    self.rotation = rotation
    self.recoveryWindowDays = recoveryWindowDays
    self.replicas = replicas
    self.tags = Tag.sorted(tags)
    self.location = SourceLocation(fileID, filePath, line, column)
  }

  /// The secret name after lowering.
  public var physicalName: String { name ?? id.rawValue }
  /// The secret's ARN.
  public var arn: StringValue { .reference(Reference(target: id, kind: .secret, attribute: .arn)) }
}

/// How the secret's value is generated: a random password, alone or under `key` in a JSON template.
public struct GeneratedSecret: Hashable, Codable, Sendable {
  public var length: Int
  public var excludeCharacters: String
  /// A JSON object the password is added to (under `key`), such as `{"username":"app"}`.
  public var template: String?
  public var key: String?
  public init(length: Int = 32, excludeCharacters: String = "\"@/\\'", template: String? = nil, key: String? = nil) {
    self.length = length
    self.excludeCharacters = excludeCharacters
    self.template = template
    self.key = key
  }
}

/// Rotation by a function on a schedule.
public struct SecretRotation: Hashable, Codable, Sendable {
  public var function: ResourceID
  public var every: TimeSpan
  public init(_ function: Function, every: TimeSpan = .days(30)) {
    self.function = function.id
    self.every = every
  }
}

/// A replica of a secret in another Region, encrypted with a key of that Region (the
/// Region's `aws/secretsmanager` key when nil).
public struct SecretReplica: Hashable, Codable, Sendable {
  public var region: Region
  public var kmsKeyArn: String?
  public init(_ region: Region, kmsKeyArn: String? = nil) {
    self.region = region
    self.kmsKeyArn = kmsKeyArn
  }
}
