// Function -> AWS::Lambda::Function (+ AWS::Lambda::Version, AWS::Lambda::Alias).

import JSONSyntax

extension CloudFormationEmitter {
  func translateFunction(_ function: Function, in index: ModelIndex) -> [CloudFormationResource] {
    let id = function.id.logicalID
    var properties = CloudFormationProperties()
    properties.set("Architectures", .array([.string(function.architecture.rawValue)]))
    properties.set("Description", function.description)
    properties.set("FunctionName", function.physicalName)
    properties.set("MemorySize", function.memoryMB)
    properties.set("Timeout", function.timeout.seconds)
    properties.set("ReservedConcurrentExecutions", function.reservedConcurrency)
    properties.set("EphemeralStorage", .object([.init("Size", .int(function.ephemeralStorageMB))]))
    properties.set("TracingConfig", .object([.init("Mode", .string(function.tracing.rawValue))]))
    if let roleID = function.roleID { properties.set("Role", CloudFormationValues.getAtt(roleID.logicalID, "Arn")) }
    if let logGroupID = function.logGroupID {
      properties.set(
        "LoggingConfig",
        .object([.init("LogFormat", .string("Text")), .init("LogGroup", CloudFormationValues.ref(logGroupID.logicalID))]))
    }
    switch function.code {
    case .s3(let bucket, let key, let objectVersion):
      var code: [JSON.Member] = [.init("S3Bucket", .string(bucket)), .init("S3Key", .string(key))]
      if let objectVersion { code.append(.init("S3ObjectVersion", .string(objectVersion))) }
      properties.set("Code", .object(code))
      properties.set("PackageType", "Zip")
      properties.set("Runtime", function.runtime?.identifier)
      properties.set("Handler", function.handler)
    case .image(let uri):
      properties.set("Code", .object([.init("ImageUri", .string(uri))]))
      properties.set("PackageType", "Image")
    }
    if !function.environment.isEmpty {
      let variables = function.environment.keys.sorted().map {
        JSON.Member($0, CloudFormationValues.json(function.environment[$0]!))
      }
      properties.set("Environment", .object([.init("Variables", .object(variables))]))
    }
    if function.snapStart { properties.set("SnapStart", .object([.init("ApplyOn", .string("PublishedVersions"))])) }
    if let placement = function.network {
      properties.set("VpcConfig", vpcConfig(placement, securityGroup: function.securityGroupID, in: index))
    }
    properties.set("Tags", CloudFormationValues.tags(function.tags))

    var resources = [CloudFormationResource(logicalID: id, type: "AWS::Lambda::Function", properties: properties)]
    guard function.publishesVersion else { return resources }
    // The version's logical ID carries a hash of the function's configuration, so a changed
    // function publishes a new version (CloudFormation never updates a version in place).
    let versionID = id + "Version" + fnv1aHex(JSON.Printer().printCompact(properties.json))
    var version = CloudFormationProperties()
    version.set("FunctionName", CloudFormationValues.ref(id))
    resources.append(CloudFormationResource(logicalID: versionID, type: "AWS::Lambda::Version", properties: version))
    if let alias = function.alias {
      var aliasProperties = CloudFormationProperties()
      aliasProperties.set("FunctionName", CloudFormationValues.ref(id))
      aliasProperties.set("FunctionVersion", CloudFormationValues.getAtt(versionID, "Version"))
      aliasProperties.set("Name", alias.name)
      if let provisioned = alias.provisionedConcurrency {
        aliasProperties.set(
          "ProvisionedConcurrencyConfig", .object([.init("ProvisionedConcurrentExecutions", .int(provisioned))]))
      }
      var alias = CloudFormationResource(logicalID: id + "Alias", type: "AWS::Lambda::Alias", properties: aliasProperties)
      if let deployment = function.deploymentID {
        // CodeDeploy shifts traffic to each new version.
        alias.attributes = [.init("UpdatePolicy", .object([.init("CodeDeployLambdaAliasUpdate", .object([
          .init("ApplicationName", CloudFormationValues.ref(deployment.appending("application").logicalID)),
          .init("DeploymentGroupName", CloudFormationValues.ref(deployment.logicalID)),
        ]))]))]
      }
      resources.append(alias)
    }
    return resources
  }
}

/// The first 8 hex digits of the FNV-1a 64-bit hash of `text`'s UTF-8 bytes.
func fnv1aHex(_ text: String) -> String {
  let hex = String(fnv1a(text), radix: 16, uppercase: true)
  return String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(8))
}
