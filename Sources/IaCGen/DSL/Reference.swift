// Typed references to other resources' attributes.

/// A reference to an attribute of a resource, such as a queue's ARN.
///
/// Made only through a resource's typed accessors (`queue.arn`, `table.streamArn`), so a
/// reference always names an attribute that resource kind has. Lowers to
/// `aws_sqs_queue.orders.arn` in Terraform and to `Ref` / `Fn::GetAtt` in CloudFormation.
public struct Reference: Hashable, Codable, Sendable {
  public var target: ResourceID
  public var kind: ResourceKind
  public var attribute: Attribute

  public init(target: ResourceID, kind: ResourceKind, attribute: Attribute) {
    self.target = target
    self.kind = kind
    self.attribute = attribute
  }

  /// The attributes resources expose.
  public enum Attribute: String, Hashable, Codable, Sendable {
    case arn, name, url, streamArn, aliasArn, id, endpoint, configurationEndpoint, readerEndpoint, secretArn, taskDefinitionArn, executionArn, regionalDomainName
  }
}
