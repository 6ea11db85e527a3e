// Function -> aws_lambda_function (+ aws_lambda_alias, aws_lambda_provisioned_concurrency_config).

import HCL

extension TerraformEmitter {
  func translateFunction(_ function: Function, in index: ModelIndex) -> [HCL.Block] {
    var lambda = TerraformBlockBuilder()
    lambda.set("architectures", .tuple([.string(function.architecture.rawValue)]))
    lambda.set("description", function.description)
    lambda.set("function_name", function.physicalName)
    lambda.set("memory_size", function.memoryMB)
    lambda.set("reserved_concurrent_executions", function.reservedConcurrency)
    lambda.set("timeout", function.timeout.seconds)
    if function.publishesVersion { lambda.set("publish", true) }
    if let roleID = function.roleID { lambda.set("role", TerraformValues.address("aws_iam_role", roleID, "arn")) }
    switch function.code {
    case .s3(let bucket, let key, let objectVersion):
      lambda.set("package_type", "Zip")
      lambda.set("s3_bucket", bucket)
      lambda.set("s3_key", key)
      lambda.set("s3_object_version", objectVersion)
      lambda.set("runtime", function.runtime?.identifier)
      lambda.set("handler", function.handler)
    case .image(let uri):
      lambda.set("package_type", "Image")
      lambda.set("image_uri", uri)
    }
    lambda.setTags(function.tags)
    if !function.environment.isEmpty {
      lambda.block("environment") { environment in
        environment.set(
          "variables",
          .object(function.environment.keys.sorted().map { ($0, TerraformValues.expression(function.environment[$0]!)) }))
      }
    }
    lambda.block("ephemeral_storage") { $0.set("size", function.ephemeralStorageMB) }
    if let logGroupID = function.logGroupID {
      lambda.block("logging_config") { logging in
        logging.set("log_format", "Text")
        logging.set("log_group", TerraformValues.address("aws_cloudwatch_log_group", logGroupID, "name"))
      }
    }
    if function.snapStart { lambda.block("snap_start") { $0.set("apply_on", "PublishedVersions") } }
    lambda.block("tracing_config") { $0.set("mode", function.tracing.rawValue) }
    if let placement = function.network {
      lambda.block("vpc_config", vpcConfig(placement, securityGroup: function.securityGroupID, in: index))
    }
    if let roleID = function.roleID { lambda.dependOn(["aws_iam_role_policy", roleID.terraformName]) }

    var blocks = [resourceBlock("aws_lambda_function", function.id, lambda)]
    guard let alias = function.alias else { return blocks }
    var aliasBuilder = TerraformBlockBuilder()
    aliasBuilder.set("function_name", TerraformValues.address("aws_lambda_function", function.id, "function_name"))
    aliasBuilder.set("function_version", TerraformValues.address("aws_lambda_function", function.id, "version"))
    aliasBuilder.set("name", alias.name)
    if function.deploymentID != nil {
      // CodeDeploy shifts the alias between versions; Terraform must not move it back.
      aliasBuilder.block("lifecycle") { $0.set("ignore_changes", .tuple([.traversal(["function_version"]), .traversal(["routing_config"])])) }
    }
    blocks.append(resourceBlock("aws_lambda_alias", function.id, aliasBuilder))
    if let provisioned = alias.provisionedConcurrency {
      var config = TerraformBlockBuilder()
      config.set("function_name", TerraformValues.address("aws_lambda_alias", function.id, "function_name"))
      config.set("provisioned_concurrent_executions", provisioned)
      config.set("qualifier", TerraformValues.address("aws_lambda_alias", function.id, "name"))
      if function.provisionedConcurrencyAutoscaled {
        config.block("lifecycle") { $0.set("ignore_changes", .tuple([.traversal(["provisioned_concurrent_executions"])])) }
      }
      blocks.append(resourceBlock("aws_lambda_provisioned_concurrency_config", function.id, config))
    }
    return blocks
  }
}
