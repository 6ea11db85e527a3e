// The account-wide API Gateway setting REST API access logs need.

/// The API Gateway account setting of a Region: the role API Gateway writes CloudWatch logs
/// with. Generated once per stack that has REST APIs setting it.
public struct ApiGatewayAccount: Hashable, Codable, Sendable {
  public var id: ResourceID
  public var roleID: ResourceID
  public var location: SourceLocation
}

extension ApiGatewayAccount: ResourceDeclaration {
  public static var kind: ResourceKind { .apiGatewayAccount }
  public var references: [Reference] { [Reference(target: roleID, kind: .role, attribute: .arn)] }
  public var tags: [Tag] { [] }
}

/// The role API Gateway assumes to write logs: log groups and streams of the account and
/// Region (the actions of AWS's AmazonAPIGatewayPushToCloudWatchLogs policy, scoped).
func apiGatewayLogRole(id: ResourceID, tags: [Tag], location: SourceLocation) -> Role {
  let logs: StringValue = "arn:\(StringValue.partition):logs:\(StringValue.region):\(StringValue.accountID):*"
  return Role(
    id: id, servicePrincipal: "apigateway.amazonaws.com",
    statements: [
      PolicyStatement(
        sid: "PushLogs",
        actions: [
          "logs:CreateLogGroup", "logs:CreateLogStream", "logs:DescribeLogGroups", "logs:DescribeLogStreams", "logs:FilterLogEvents",
          "logs:GetLogEvents", "logs:PutLogEvents",
        ],
        resources: [logs])
    ], tags: tags, location: location)
}
