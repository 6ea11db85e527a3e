// Resource policies iacgen generates where a service delivers to a queue or invokes a function.

/// A statement of a resource policy: a service (or anyone, for denials) doing actions on
/// resources, under conditions.
public struct ResourcePolicyStatement: Hashable, Codable, Sendable {
  public enum Effect: String, Hashable, Codable, Sendable { case allow = "Allow", deny = "Deny" }
  public enum Principal: Hashable, Codable, Sendable {
    case service(String)
    case anyone
  }
  /// A condition such as `ArnLike aws:SourceArn <arn>`.
  public struct Condition: Hashable, Codable, Sendable {
    public var test: String
    public var key: String
    public var value: StringValue
    public init(_ test: String, _ key: String, _ value: StringValue) {
      self.test = test
      self.key = key
      self.value = value
    }
  }

  public var sid: String
  public var effect: Effect
  public var principal: Principal
  public var actions: [String]
  public var resources: [StringValue]
  public var conditions: [Condition]
}

/// The policy of a queue: which services may send to it (S3 notifications, later topics and rules).
public struct QueuePolicy: Hashable, Codable, Sendable {
  public var id: ResourceID
  public var queue: ResourceID
  public var statements: [ResourcePolicyStatement]
  public var location: SourceLocation
}

/// A permission for a service to invoke a function.
public struct FunctionPermission: Hashable, Codable, Sendable {
  public var id: ResourceID
  public var function: ResourceID
  public var principal: String
  /// The ARN of the resource allowed to invoke, as a literal or reference.
  public var sourceArn: StringValue
  public var location: SourceLocation
}
