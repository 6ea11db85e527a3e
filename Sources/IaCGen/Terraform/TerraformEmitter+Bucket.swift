// Bucket -> aws_s3_bucket and its configuration resources; BucketPolicy -> aws_s3_bucket_policy.

import HCL

extension TerraformEmitter {
  func translateBucket(_ bucket: Bucket) -> [HCL.Block] {
    let ref = TerraformValues.address("aws_s3_bucket", bucket.id, "id")
    func configuration(_ type: String, _ build: (inout TerraformBlockBuilder) -> Void) -> HCL.Block {
      var block = TerraformBlockBuilder()
      block.set("bucket", ref)
      build(&block)
      return resourceBlock(type, bucket.id, block)
    }

    var main = TerraformBlockBuilder()
    main.set("bucket", bucket.physicalName)
    main.setTags(bucket.tags)
    var blocks = [resourceBlock("aws_s3_bucket", bucket.id, main)]

    blocks.append(configuration("aws_s3_bucket_public_access_block") { block in
      for setting in ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"] {
        block.set(setting, true)
      }
    })
    var ownership = configuration("aws_s3_bucket_ownership_controls") { block in
      block.block("rule") { $0.set("object_ownership", bucket.objectOwnership) }
    }
    if bucket.receivesDistributionLogs { ownership.skip([.distributionLogACLs]) }
    blocks.append(ownership)
    blocks.append(configuration("aws_s3_bucket_server_side_encryption_configuration") { block in
      block.block("rule") { rule in
        rule.block("apply_server_side_encryption_by_default") { encryption in
          switch bucket.encryption {
          case .s3Managed: encryption.set("sse_algorithm", "AES256")
          case .kms(let keyArn):
            encryption.set("sse_algorithm", "aws:kms")
            encryption.set("kms_master_key_id", keyArn)
          }
        }
        if case .kms = bucket.encryption { rule.set("bucket_key_enabled", true) }
      }
    })
    if bucket.versioning {
      blocks.append(configuration("aws_s3_bucket_versioning") { block in
        block.block("versioning_configuration") { $0.set("status", "Enabled") }
      })
    }
    if let replication = bucket.replication, let role = bucket.replicationRoleID {
      blocks.append(configuration("aws_s3_bucket_replication_configuration") { block in
        block.set("role", TerraformValues.address("aws_iam_role", role, "arn"))
        block.block("rule") { rule in
          rule.set("id", "replicate-to-\(replication.region.code)")
          rule.set("priority", 1)
          rule.set("status", "Enabled")
          rule.block("delete_marker_replication") { $0.set("status", "Enabled") }
          rule.block("destination") { destination in
            destination.set("bucket", TerraformValues.address("aws_s3_bucket", bucket.replicaID, "arn"))
            destination.set("storage_class", replication.storageClass?.rawValue)
            if let key = replication.replicaKmsKeyArn {
              destination.block("encryption_configuration") { $0.set("replica_kms_key_id", key) }
            }
            if replication.replicationTimeControl {
              destination.block("metrics") { metrics in
                metrics.set("status", "Enabled")
                metrics.block("event_threshold") { $0.set("minutes", 15) }
              }
              destination.block("replication_time") { time in
                time.set("status", "Enabled")
                time.block("time") { $0.set("minutes", 15) }
              }
            }
          }
          rule.block("filter") { _ in }
          if case .kms = bucket.encryption {
            rule.block("source_selection_criteria") { criteria in
              criteria.block("sse_kms_encrypted_objects") { $0.set("status", "Enabled") }
            }
          }
        }
        block.dependOn(["aws_s3_bucket_versioning", bucket.id.terraformName])
        block.dependOn(["aws_s3_bucket_versioning", bucket.replicaID.terraformName])
      })
    }
    if !bucket.lifecycleRules.isEmpty {
      blocks.append(configuration("aws_s3_bucket_lifecycle_configuration") { block in
        for lifecycle in bucket.lifecycleRules {
          block.block("rule") { rule in
            rule.set("id", lifecycle.id)
            rule.set("status", "Enabled")
            rule.block("filter") { $0.set("prefix", lifecycle.prefix) }
            if let days = lifecycle.abortIncompleteUploads?.days {
              rule.block("abort_incomplete_multipart_upload") { $0.set("days_after_initiation", days) }
            }
            if let days = lifecycle.expiration?.days { rule.block("expiration") { $0.set("days", days) } }
            if let days = lifecycle.noncurrentVersionExpiration?.days {
              rule.block("noncurrent_version_expiration") { $0.set("noncurrent_days", days) }
            }
            for transition in lifecycle.transitions {
              rule.block("transition") { nested in
                nested.set("days", transition.after.days)
                nested.set("storage_class", transition.storageClass.rawValue)
              }
            }
          }
        }
        if bucket.versioning { block.dependOn(["aws_s3_bucket_versioning", bucket.id.terraformName]) }
      })
    }
    if let tiering = bucket.intelligentTiering {
      blocks.append(configuration("aws_s3_bucket_intelligent_tiering_configuration") { block in
        block.set("name", "archive")
        block.set("status", "Enabled")
        for (tier, span) in [("ARCHIVE_ACCESS", tiering.archiveAfter), ("DEEP_ARCHIVE_ACCESS", tiering.deepArchiveAfter)] {
          guard let days = span?.days else { continue }
          block.block("tiering") { nested in
            nested.set("access_tier", tier)
            nested.set("days", days)
          }
        }
      })
    }
    if bucket.transferAcceleration {
      blocks.append(configuration("aws_s3_bucket_accelerate_configuration") { $0.set("status", "Enabled") })
    }
    if !bucket.cors.isEmpty {
      blocks.append(configuration("aws_s3_bucket_cors_configuration") { block in
        for cors in bucket.cors {
          block.block("cors_rule") { rule in
            if !cors.allowedHeaders.isEmpty { rule.set("allowed_headers", .tuple(cors.allowedHeaders.map(HCL.Expression.string))) }
            rule.set("allowed_methods", .tuple(cors.allowedMethods.map(HCL.Expression.string)))
            rule.set("allowed_origins", .tuple(cors.allowedOrigins.map(HCL.Expression.string)))
            if !cors.exposeHeaders.isEmpty { rule.set("expose_headers", .tuple(cors.exposeHeaders.map(HCL.Expression.string))) }
            rule.set("max_age_seconds", cors.maxAge?.seconds)
          }
        }
      })
    }
    if !bucket.notifications.isEmpty {
      blocks.append(configuration("aws_s3_bucket_notification") { block in
        for notification in bucket.notifications {
          switch notification.destination {
          case .queue(let queue):
            block.block("queue") { nested in
              nested.set("events", .tuple(notification.events.map { .string($0.rawValue) }))
              nested.set("filter_prefix", notification.prefix)
              nested.set("filter_suffix", notification.suffix)
              nested.set("queue_arn", TerraformValues.address("aws_sqs_queue", queue, "arn"))
            }
          case .function(let function):
            block.block("lambda_function") { nested in
              nested.set("events", .tuple(notification.events.map { .string($0.rawValue) }))
              nested.set("filter_prefix", notification.prefix)
              nested.set("filter_suffix", notification.suffix)
              nested.set("lambda_function_arn", TerraformValues.address("aws_lambda_function", function, "arn"))
            }
          }
        }
        for dependency in deliveryPermissionIDs(bucket) {
          block.dependOn([dependency.kind.terraformType, dependency.id.terraformName])
        }
      })
    }
    return blocks
  }
}

extension TerraformEmitter {
  func translateBucketPolicy(_ policy: BucketPolicy) -> HCL.Block {
    var block = TerraformBlockBuilder()
    block.set("bucket", TerraformValues.address("aws_s3_bucket", policy.bucket, "id"))
    block.set("policy", .call("jsonencode", [TerraformValues.resourcePolicyDocument(policy.statements)]))
    block.dependOn(["aws_s3_bucket_public_access_block", policy.bucket.terraformName])
    return resourceBlock("aws_s3_bucket_policy", policy.id, block)
  }
}

/// Denies every request that does not use TLS.
func tlsOnlyStatement(_ bucket: Bucket) -> ResourcePolicyStatement {
  ResourcePolicyStatement(
    sid: "DenyInsecureTransport", effect: .deny, principal: .anyone, actions: ["s3:*"],
    resources: [bucket.arn, bucket.objectsArn], conditions: [.init("Bool", "aws:SecureTransport", "false")])
}

/// The queue policies and function permissions a bucket's notifications wait for.
func deliveryPermissionIDs(_ bucket: Bucket) -> [(id: ResourceID, kind: ResourceKind)] {
  var result: [(id: ResourceID, kind: ResourceKind)] = []
  for notification in bucket.notifications {
    let entry: (id: ResourceID, kind: ResourceKind)
    switch notification.destination {
    case .queue(let queue): entry = (queue.appending("policy"), .queuePolicy)
    case .function(let function): entry = (function.appending("invoke-from-" + bucket.id.rawValue), .functionPermission)
    }
    if !result.contains(where: { $0.id == entry.id }) { result.append(entry) }
  }
  return result
}

extension TimeSpan {
  /// Whole days (for settings that take days).
  var days: Int { seconds / 86_400 }
}
