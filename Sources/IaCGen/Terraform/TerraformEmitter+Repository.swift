// Repository -> aws_ecr_repository + aws_ecr_lifecycle_policy.

import HCL

extension TerraformEmitter {
  func translateRepository(_ repository: Repository) -> [HCL.Block] {
    var main = TerraformBlockBuilder()
    main.set("name", repository.physicalName)
    main.set("image_tag_mutability", repository.immutableTags ? "IMMUTABLE" : "MUTABLE")
    main.setTags(repository.tags)
    main.block("encryption_configuration") { encryption in
      encryption.set("encryption_type", repository.kmsKeyArn == nil ? "AES256" : "KMS")
      encryption.set("kms_key", repository.kmsKeyArn)
    }
    main.block("image_scanning_configuration") { $0.set("scan_on_push", repository.scanOnPush) }
    var blocks = [resourceBlock("aws_ecr_repository", repository.id, main)]
    let rules = repository.lifecycleRules
    guard !rules.isEmpty else { return blocks }
    var policy = TerraformBlockBuilder()
    policy.set("repository", TerraformValues.address("aws_ecr_repository", repository.id, "name"))
    policy.set("policy", .call("jsonencode", [.object([("rules", .tuple(rules.enumerated().map { position, rule in
      .object([
        ("rulePriority", .int(position + 1)),
        ("description", .string(rule.description)),
        ("selection", .object(rule.selection.map { key, value in
          switch value {
          case .text(let text): return (key, .string(text))
          case .number(let number): return (key, .int(number))
          }
        })),
        ("action", .object([("type", .string("expire"))])),
      ])
    }))])]))
    blocks.append(resourceBlock("aws_ecr_lifecycle_policy", repository.id, policy))
    return blocks
  }
}

extension TerraformEmitter {
  func translateRegistryReplication(_ replication: RegistryReplication) -> HCL.Block {
    var block = TerraformBlockBuilder()
    block.block("replication_configuration") { configuration in
      for rule in replication.rules {
        configuration.block("rule") { nested in
          for region in rule.regions {
            nested.block("destination") { destination in
              destination.set("region", region.code)
              destination.set("registry_id", TerraformValues.expression(StringValue.accountID))
            }
          }
          for repository in rule.repositories {
            nested.block("repository_filter") { filter in
              filter.set("filter", repository)
              filter.set("filter_type", "PREFIX_MATCH")
            }
          }
        }
      }
    }
    return resourceBlock("aws_ecr_replication_configuration", replication.id, block)
  }
}
