// Lowers model values (strings with references, policies) to HCL expressions.

import HCL

enum TerraformValues {
  /// The address of a reference: `aws_sqs_queue.primary.arn`.
  static func traversal(_ reference: Reference) -> HCL.Expression {
    let name = reference.target.terraformName
    let type = reference.kind.terraformType
    let attribute = reference.attribute
    func at(_ resourceType: String, _ field: String) -> HCL.Expression { .traversal([resourceType, name, field]) }
    switch reference.kind {
    case .function:
      if attribute == .aliasArn { return at("aws_lambda_alias", "arn") }
      return attribute == .name ? at(type, "function_name") : at(type, "arn")
    case .table:
      if attribute == .streamArn { return at(type, "stream_arn") }
      return attribute == .name ? at(type, "name") : at(type, "arn")
    case .bucket:
      if attribute == .regionalDomainName { return at(type, "bucket_regional_domain_name") }
      return attribute == .name ? at(type, "bucket") : at(type, "arn")
    case .cache:
      return attribute == .configurationEndpoint ? at(type, "configuration_endpoint_address") : at(type, "primary_endpoint_address")
    case .daxCluster:
      return attribute == .endpoint ? at(type, "cluster_address") : at(type, "arn")
    case .auroraCluster, .postgresDatabase:
      switch attribute {
      case .readerEndpoint: return at(type, "reader_endpoint")
      case .secretArn: return .attribute(.index(at(type, "master_user_secret"), 0), "secret_arn")
      default: return at(type, reference.kind == .postgresDatabase ? "address" : "endpoint")
      }
    case .loadBalancer:
      return attribute == .endpoint ? at(type, "dns_name") : at(type, "arn")
    case .repository:
      return attribute == .url ? at(type, "repository_url") : at(type, "arn")
    case .fargateService:
      return attribute == .taskDefinitionArn ? at("aws_ecs_task_definition", "arn") : at(type, "name")
    case .httpApi:
      if attribute == .url { return at(type, "api_endpoint") }
      return attribute == .executionArn ? at(type, "execution_arn") : at(type, "id")
    case .restApi:
      if attribute == .url { return at("aws_api_gateway_stage", "invoke_url") }
      return attribute == .executionArn ? at(type, "execution_arn") : at(type, "id")
    case .distribution:
      return attribute == .endpoint ? at(type, "domain_name") : at(type, "arn")
    case .alarm:
      return attribute == .name ? at(type, "alarm_name") : at(type, "arn")
    case .certificate:
      // The validated certificate: users of the ARN wait for validation.
      return at("aws_acm_certificate_validation", "certificate_arn")
    default:
      switch attribute {
      case .arn: return at(type, "arn")
      case .url: return at(type, "url")
      case .id: return at(type, "id")
      default: return at(type, "name")
      }
    }
  }

  /// A string value: a quoted literal, a bare reference, or a template mixing both.
  static func expression(_ value: StringValue) -> HCL.Expression {
    if let literal = value.literal { return .string(literal) }
    if value.parts.count == 1, case .reference(let reference) = value.parts[0] { return traversal(reference) }
    if value.parts.count == 1, case .pseudo(let pseudo) = value.parts[0] { return traversal(pseudo) }
    return .template(
      value.parts.map { part in
        switch part {
        case .literal(let text): return .literal(text)
        case .reference(let reference): return .interpolation(traversal(reference))
        case .pseudo(let pseudo): return .interpolation(traversal(pseudo))
        }
      })
  }

  /// The data source attribute for a pseudo parameter; the module declares the data sources it uses.
  static func traversal(_ pseudo: PseudoParameter) -> HCL.Expression {
    switch pseudo {
    case .partition: return .traversal(["data", "aws_partition", "current", "partition"])
    case .region: return .traversal(["data", "aws_region", "current", "name"])
    case .accountID: return .traversal(["data", "aws_caller_identity", "current", "account_id"])
    }
  }

  /// A resource policy document as an HCL object for `jsonencode(...)`.
  static func resourcePolicyDocument(_ statements: [ResourcePolicyStatement]) -> HCL.Expression {
    .object([
      ("Version", .string("2012-10-17")),
      ("Statement", .tuple(statements.map { statement in
        var items: [(key: String, value: HCL.Expression)] = [("Sid", .string(statement.sid)), ("Effect", .string(statement.effect.rawValue))]
        switch statement.principal {
        case .service(let service): items.append(("Principal", .object([("Service", .string(service))])))
        case .anyone: items.append(("Principal", .string("*")))
        }
        items.append(("Action", .tuple(statement.actions.map(HCL.Expression.string))))
        items.append(("Resource", .tuple(statement.resources.map(expression))))
        if !statement.conditions.isEmpty {
          var tests: [String] = []
          for condition in statement.conditions where !tests.contains(condition.test) { tests.append(condition.test) }
          items.append(("Condition", .object(tests.map { test in
            (test, .object(statement.conditions.filter { $0.test == test }.map { ($0.key, expression($0.value)) }))
          })))
        }
        return .object(items)
      })),
    ])
  }

  /// The address of a resource of the given type.
  static func address(_ type: String, _ id: ResourceID, _ attribute: String) -> HCL.Expression {
    .traversal([type, id.terraformName, attribute])
  }

  /// A policy document as an HCL object for `jsonencode(...)`.
  static func policyDocument(_ statements: [PolicyStatement]) -> HCL.Expression {
    .object([
      ("Version", .string("2012-10-17")),
      ("Statement", .tuple(statements.map { statement in
        .object([
          ("Sid", .string(statement.sid)),
          ("Effect", .string("Allow")),
          ("Action", .tuple(statement.actions.map(HCL.Expression.string))),
          ("Resource", .tuple(statement.resources.map(expression))),
        ])
      })),
    ])
  }
}
