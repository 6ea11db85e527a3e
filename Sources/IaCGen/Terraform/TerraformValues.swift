// Lowers model values (strings with references, policies) to HCL expressions.

import HCL

enum TerraformValues {
  /// The address of a reference: `aws_sqs_queue.primary.arn`.
  static func traversal(_ reference: Reference) -> HCL.Expression {
    let name = reference.target.terraformName
    switch (reference.kind, reference.attribute) {
    case (.function, .aliasArn): return .traversal(["aws_lambda_alias", name, "arn"])
    case (.function, .name): return .traversal(["aws_lambda_function", name, "function_name"])
    case (.table, .streamArn): return .traversal(["aws_dynamodb_table", name, "stream_arn"])
    case (.bucket, .name): return .traversal(["aws_s3_bucket", name, "bucket"])
    case (.cache, .configurationEndpoint):
      return .traversal(["aws_elasticache_replication_group", name, "configuration_endpoint_address"])
    case (.cache, _): return .traversal(["aws_elasticache_replication_group", name, "primary_endpoint_address"])
    case (.daxCluster, .endpoint): return .traversal(["aws_dax_cluster", name, "cluster_address"])
    case (.auroraCluster, .readerEndpoint): return .traversal(["aws_rds_cluster", name, "reader_endpoint"])
    case (.auroraCluster, .secretArn): return .attribute(.index(.traversal(["aws_rds_cluster", name, "master_user_secret"]), 0), "secret_arn")
    case (.auroraCluster, .endpoint): return .traversal(["aws_rds_cluster", name, "endpoint"])
    case (.postgresDatabase, .secretArn): return .attribute(.index(.traversal(["aws_db_instance", name, "master_user_secret"]), 0), "secret_arn")
    case (.postgresDatabase, .endpoint): return .traversal(["aws_db_instance", name, "address"])
    case (.loadBalancer, .endpoint): return .traversal(["aws_lb", name, "dns_name"])
    case (.instanceGroup, .name): return .traversal(["aws_autoscaling_group", name, "name"])
    case (.ecsCluster, .name): return .traversal(["aws_ecs_cluster", name, "name"])
    case (.repository, .url): return .traversal(["aws_ecr_repository", name, "repository_url"])
    case (_, .taskDefinitionArn): return .traversal(["aws_ecs_task_definition", name, "arn"])
    case (.httpApi, .url): return .traversal(["aws_apigatewayv2_api", name, "api_endpoint"])
    case (.restApi, .url): return .traversal(["aws_api_gateway_stage", name, "invoke_url"])
    case (_, .executionArn): return .traversal([reference.kind.terraformType, name, "execution_arn"])
    case (_, .arn): return .traversal([reference.kind.terraformType, name, "arn"])
    case (_, .url): return .traversal([reference.kind.terraformType, name, "url"])
    case (_, .id): return .traversal([reference.kind.terraformType, name, "id"])
    case (_, .name), (_, .streamArn), (_, .aliasArn), (_, .endpoint), (_, .configurationEndpoint), (_, .readerEndpoint),
      (_, .secretArn):
      return .traversal([reference.kind.terraformType, name, "name"])
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
