// Lowers model values to CloudFormation intrinsic functions.

import JSONSyntax

enum CloudFormationValues {
  /// How a reference renders: `Ref`, `Fn::GetAtt`, or a `Fn::Sub` template.
  enum Intrinsic {
    case ref(String)
    case getAtt(String, String)
    case sub(String)

    var json: JSON.Value {
      switch self {
      case .ref(let id): return .object([.init("Ref", .string(id))])
      case .getAtt(let id, let attribute):
        return .object([.init("Fn::GetAtt", .array([.string(id), .string(attribute)]))])
      case .sub(let template): return .object([.init("Fn::Sub", .string(template))])
      }
    }

    /// The same value as a piece of a `Fn::Sub` template.
    var subTemplate: String {
      switch self {
      case .ref(let id): return "${\(id)}"
      case .getAtt(let id, let attribute): return "${\(id).\(attribute)}"
      case .sub(let template): return template
      }
    }
  }

  static func intrinsic(_ reference: Reference) -> Intrinsic {
    let id = reference.target.logicalID
    let attribute = reference.attribute
    switch reference.kind {
    case .function:
      if attribute == .aliasArn { return .ref(id + "Alias") }
      return attribute == .arn ? .getAtt(id, "Arn") : .ref(id)
    case .queue:
      if attribute == .arn { return .getAtt(id, "Arn") }
      return attribute == .name ? .getAtt(id, "QueueName") : .ref(id)
    case .table:
      if attribute == .streamArn { return .getAtt(id, "StreamArn") }
      return attribute == .arn ? .getAtt(id, "Arn") : .ref(id)
    case .logGroup:
      // GetAtt Arn of a log group ends in ":*"; build the plain ARN as Terraform's `arn` has it.
      if attribute == .arn {
        return .sub("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:${\(id)}")
      }
      return .ref(id)
    case .securityGroup:
      return .getAtt(id, "GroupId")
    case .cache:
      return attribute == .configurationEndpoint
        ? .getAtt(id, "ConfigurationEndPoint.Address") : .getAtt(id, "PrimaryEndPoint.Address")
    case .daxCluster:
      return attribute == .endpoint ? .getAtt(id, "ClusterDiscoveryEndpointURL") : .getAtt(id, "Arn")
    case .auroraCluster, .postgresDatabase:
      switch attribute {
      case .readerEndpoint: return .getAtt(id, "ReadEndpoint.Address")
      case .secretArn: return .getAtt(id, "MasterUserSecret.SecretArn")
      default: return .getAtt(id, "Endpoint.Address")
      }
    case .loadBalancer:
      return attribute == .endpoint ? .getAtt(id, "DNSName") : .ref(id)
    case .fargateService:
      if attribute == .taskDefinitionArn { return .ref(reference.target.appending("task").logicalID) }
      return attribute == .name ? .getAtt(id, "Name") : .ref(id)
    case .repository:
      return attribute == .url ? .getAtt(id, "RepositoryUri") : .getAtt(id, "Arn")
    case .bucket where attribute == .regionalDomainName:
      return .getAtt(id, "RegionalDomainName")
    case .ecsCluster, .role, .bucket, .stream, .secret, .eventRule, .eventBus, .instanceGroup:
      return attribute == .arn && reference.kind != .secret ? .getAtt(id, "Arn") : .ref(id)
    case .httpApi:
      if attribute == .id { return .ref(id) }
      if attribute == .url { return .getAtt(id, "ApiEndpoint") }
      return .sub("arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${\(id)}")
    case .restApi:
      if attribute == .id { return .ref(id) }
      if attribute == .url {
        return .sub("https://${\(id)}.execute-api.${AWS::Region}.${AWS::URLSuffix}/${\(reference.target.appending("stage").logicalID)}")
      }
      return .sub("arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${\(id)}")
    case .webACL:
      return .getAtt(id, "Arn")
    case .alarm:
      return attribute == .arn ? .getAtt(id, "Arn") : .ref(id)
    case .distribution:
      if attribute == .endpoint { return .getAtt(id, "DomainName") }
      return .sub("arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${\(id)}")
    case .queueTrigger, .queuePolicy, .functionPermission, .network, .securityGroupIngress, .targetGroup, .autoScaling,
      .topic, .topicPolicy, .stateMachine, .subnet, .bucketPolicy, .hostedZone, .lambdaDeployment, .dashboard, .certificate, .zoneRecord,
      .apiGatewayAccount, .registryReplication:
      return .ref(id)
    case .recordHealthCheck:
      return .ref(id)
    }
  }

  /// A string value: a literal, a single intrinsic, or `Fn::Sub` for mixed text.
  static func json(_ value: StringValue) -> JSON.Value {
    if let literal = value.literal { return .string(literal) }
    if value.parts.count == 1, case .reference(let reference) = value.parts[0] { return intrinsic(reference).json }
    if value.parts.count == 1, case .pseudo(let pseudo) = value.parts[0] { return ref(pseudoName(pseudo)) }
    var template = ""
    for part in value.parts {
      switch part {
      case .literal(let text): template += escapeSubLiteral(text)
      case .reference(let reference): template += intrinsic(reference).subTemplate
      case .pseudo(let pseudo): template += "${\(pseudoName(pseudo))}"
      }
    }
    return .object([.init("Fn::Sub", .string(template))])
  }

  /// `AWS::Partition`, `AWS::Region`, `AWS::AccountId`.
  static func pseudoName(_ pseudo: PseudoParameter) -> String {
    switch pseudo {
    case .partition: return "AWS::Partition"
    case .region: return "AWS::Region"
    case .accountID: return "AWS::AccountId"
    }
  }

  /// A resource policy document.
  static func resourcePolicyDocument(_ statements: [ResourcePolicyStatement]) -> JSON.Value {
    .object([
      .init("Version", .string("2012-10-17")),
      .init("Statement", .array(statements.map { statement in
        var members: [JSON.Member] = [
          .init("Sid", .string(statement.sid)),
          .init("Effect", .string(statement.effect.rawValue)),
        ]
        switch statement.principal {
        case .service(let service): members.append(.init("Principal", .object([.init("Service", .string(service))])))
        case .anyone: members.append(.init("Principal", .string("*")))
        }
        members.append(.init("Action", .array(statement.actions.map(JSON.Value.string))))
        members.append(.init("Resource", .array(statement.resources.map(json))))
        if !statement.conditions.isEmpty {
          var tests: [String] = []
          for condition in statement.conditions where !tests.contains(condition.test) { tests.append(condition.test) }
          members.append(.init("Condition", .object(tests.map { test in
            .init(test, .object(statement.conditions.filter { $0.test == test }.map { .init($0.key, json($0.value)) }))
          })))
        }
        return .object(members)
      })),
    ])
  }

  /// Escapes `${` as `${!` so Fn::Sub carries the text literally.
  static func escapeSubLiteral(_ text: String) -> String {
    var out = ""
    var previousDollar = false
    for character in text {
      out.append(character)
      if previousDollar && character == "{" { out.append("!") }
      previousDollar = character == "$"
    }
    return out
  }

  static func ref(_ id: String) -> JSON.Value { Intrinsic.ref(id).json }
  static func getAtt(_ id: String, _ attribute: String) -> JSON.Value { Intrinsic.getAtt(id, attribute).json }

  /// `[{"Key": ..., "Value": ...}]`, or nil when there are no tags.
  static func tags(_ tags: [Tag]) -> JSON.Value? {
    tags.isEmpty ? nil : .array(tags.map { .object([.init("Key", .string($0.key)), .init("Value", .string($0.value))]) })
  }

  /// A policy document.
  static func policyDocument(_ statements: [PolicyStatement]) -> JSON.Value {
    .object([
      .init("Version", .string("2012-10-17")),
      .init("Statement", .array(statements.map { statement in
        .object([
          .init("Sid", .string(statement.sid)),
          .init("Effect", .string("Allow")),
          .init("Action", .array(statement.actions.map(JSON.Value.string))),
          .init("Resource", .array(statement.resources.map(json))),
        ])
      })),
    ])
  }
}

/// Collects a resource's properties, kept sorted by name (equal names in the order set), so
/// the rendered object shares the list as it is.
struct CloudFormationProperties {
  private var members: [JSON.Member] = []

  /// Room for eight properties, what most resources set: the list rarely grows (four times
  /// from empty; sixteen saved 2 M more instructions at N = 1000 and cost 3 MiB).
  init() { members.reserveCapacity(8) }

  mutating func set(_ name: String, _ value: JSON.Value?) {
    guard let value else { return }
    var position = members.endIndex
    while position > 0, name < members[position - 1].key { position -= 1 }
    members.insert(.init(name, value), at: position)
  }
  mutating func set(_ name: String, _ value: String?) { set(name, value.map(JSON.Value.string)) }
  mutating func set(_ name: String, _ value: Int?) { set(name, value.map(JSON.Value.int)) }
  mutating func set(_ name: String, _ value: Bool?) { set(name, value.map(JSON.Value.bool)) }

  var json: JSON.Value { .object(members) }
}

/// One rendered resource: logical ID, type, properties and explicit dependencies.
struct CloudFormationResource: Sendable {
  var logicalID: String
  var type: String
  var properties: CloudFormationProperties
  var dependsOn: [String] = []
  /// Other resource attributes, such as an `UpdatePolicy`.
  var attributes: [JSON.Member] = []
  /// `Retain`, `Snapshot` or `Delete` for both DeletionPolicy and UpdateReplacePolicy; nil leaves the default.
  var retention: String?
  /// checkov checks skipped on this resource, rendered as `Metadata.checkov.skip`.
  var checkovSkips: [CheckovSkip] = []

  var member: JSON.Member {
    var body: [JSON.Member] = []
    body.reserveCapacity(6 + attributes.count)
    body.append(.init("Type", .string(type)))
    if !checkovSkips.isEmpty {
      let skips = checkovSkips.map { JSON.Value.object([.init("id", .string($0.checkID)), .init("comment", .string($0.reason))]) }
      body.append(.init("Metadata", .object([.init("checkov", .object([.init("skip", .array(skips))]))])))
    }
    if !dependsOn.isEmpty { body.append(.init("DependsOn", .array(dependsOn.map(JSON.Value.string)))) }
    if let retention {
      body.append(.init("DeletionPolicy", .string(retention)))
      body.append(.init("UpdateReplacePolicy", .string(retention)))
    }
    body += attributes
    body.append(.init("Properties", properties.json))
    return .init(logicalID, .object(body))
  }
}
