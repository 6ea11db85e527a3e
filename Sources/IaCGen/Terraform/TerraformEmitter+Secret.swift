// Secret -> aws_secretsmanager_secret (+ version from a generated password, rotation);
// KinesisStream -> aws_kinesis_stream.

import HCL

extension TerraformEmitter {
  func translateSecret(_ secret: Secret) -> [HCL.Block] {
    var main = TerraformBlockBuilder()
    main.set("name", secret.physicalName)
    main.set("description", secret.description)
    main.set("kms_key_id", secret.kmsKeyArn)
    main.set("recovery_window_in_days", secret.recoveryWindowDays)
    main.setTags(secret.tags)
    for replica in secret.replicas {
      main.block("replica") { block in
        block.set("kms_key_id", replica.kmsKeyArn)
        block.set("region", replica.region.code)
      }
    }
    var blocks = [resourceBlock("aws_secretsmanager_secret", secret.id, main)]

    // The first value comes from Secrets Manager's password generator; later changes
    // belong to rotation, so Terraform does not write the value again.
    let passwordID = secret.id.appending("password")
    var password = TerraformBlockBuilder()
    password.set("exclude_characters", secret.generate.excludeCharacters)
    password.set("password_length", secret.generate.length)
    blocks.append(HCL.Block(type: "data", labels: ["aws_secretsmanager_random_password", passwordID.terraformName], body: password.body()))
    let generated = HCL.Expression.traversal(["data", "aws_secretsmanager_random_password", passwordID.terraformName, "random_password"])
    var version = TerraformBlockBuilder()
    version.set("secret_id", TerraformValues.address("aws_secretsmanager_secret", secret.id, "id"))
    if let template = secret.generate.template, let key = secret.generate.key {
      version.set("secret_string", .call("jsonencode", [.call("merge", [.call("jsondecode", [.string(template)]), .object([(key, generated)])])]))
    } else {
      version.set("secret_string", generated)
    }
    version.block("lifecycle") { $0.set("ignore_changes", .tuple([.traversal(["secret_string"])])) }
    blocks.append(resourceBlock("aws_secretsmanager_secret_version", secret.id, version))

    if let rotation = secret.rotation {
      var schedule = TerraformBlockBuilder()
      schedule.set("secret_id", TerraformValues.address("aws_secretsmanager_secret", secret.id, "id"))
      schedule.set("rotation_lambda_arn", TerraformValues.address("aws_lambda_function", rotation.function, "arn"))
      schedule.block("rotation_rules") { $0.set("automatically_after_days", rotation.every.days) }
      schedule.dependOn(["aws_lambda_permission", rotation.function.appending("invoke-from-" + secret.id.rawValue).terraformName])
      blocks.append(resourceBlock("aws_secretsmanager_secret_rotation", secret.id, schedule))
    }
    return blocks
  }

  func translateStream(_ stream: KinesisStream) -> HCL.Block {
    var block = TerraformBlockBuilder()
    block.set("name", stream.physicalName)
    block.set("retention_period", stream.retention.seconds / 3600)
    block.set("encryption_type", "KMS")
    block.set("kms_key_id", stream.kmsKeyArn ?? "alias/aws/kinesis")
    if case .provisioned(let shards) = stream.capacity { block.set("shard_count", shards) }
    block.block("stream_mode_details") { details in
      if case .provisioned = stream.capacity { details.set("stream_mode", "PROVISIONED") } else { details.set("stream_mode", "ON_DEMAND") }
    }
    block.setTags(stream.tags)
    return resourceBlock("aws_kinesis_stream", stream.id, block)
  }
}
