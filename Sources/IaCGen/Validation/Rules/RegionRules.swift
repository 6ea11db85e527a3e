// Rules for multi-Region apps: global tables, cross-Region references, service availability.

enum RegionRules {
  static let all: [Rule] = [globalTables, replicaRegions, replicaKeys, replicaGrants, bucketReplication, secretReplicas, globalDatabases, databaseReplicas, imageReplication, availability]

  static let globalTables = Rule(
    "GT001", .error,
    "Global tables stream new and old images; provisioned ones scale writes by target tracking, the same in every Region, without step scaling or schedules",
    source: "DynamoDB global tables version 2019.11.21: streams NEW_AND_OLD_IMAGES; AWS::DynamoDB::GlobalTable: provisioned writes need WriteCapacityAutoScalingSettings; https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GlobalTables.html"
  ) { context in
    for table in context.tables where table.isGlobal {
      if table.stream != .newAndOldImages {
        context.report(
          "table '\(table.id)' has replicas but \(table.stream.map { "a \($0.rawValue) stream" } ?? "no stream"); global tables replicate through a NEW_AND_OLD_IMAGES stream",
          about: .table(table))
      }
      if case .provisioned = table.billing {
        let writes = context.index.scaling(of: .tableWrites(table.id, index: nil))
        if writes?.targetTracking.isEmpty ?? true {
          context.report(
            "table '\(table.id)' has replicas and provisioned capacity but no target-tracking auto scaling of its writes; global tables keep write capacity the same in every Region through auto scaling, so add `AutoScaling(target: .tableWrites(table), targetTracking: [.writeUtilization(70)])` or use on-demand billing",
            about: .table(table))
        }
      }
      for case .autoScaling(let scaling) in context.stack.resources where scaling.target.resource == table.id {
        if !scaling.stepScaling.isEmpty || !scaling.schedules.isEmpty || scaling.targetTracking.count > 1 {
          context.report(
            "auto scaling '\(scaling.id)' scales global table '\(table.id)' with step scaling, schedules or several policies; a global table's capacity takes one target-tracking policy",
            about: .autoScaling(scaling))
        }
      }
    }
  }

  static let replicaRegions = Rule(
    "GT002", .error, "Replica Regions are known Regions, distinct from each other and from the table's own",
    source: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GlobalTables.html"
  ) { context in
    for table in context.tables where table.isGlobal {
      var seen: Set<String> = [context.stack.region.code]
      for replica in table.replicas {
        if !Region.knownCodes.contains(replica.region.code) || context.providerRejects(region: replica.region.code) {
          context.report("table '\(table.id)' has a replica in unknown Region '\(replica.region.code)'", about: .table(table))
        } else if !seen.insert(replica.region.code).inserted {
          context.report(
            "table '\(table.id)' lists Region \(replica.region.code) twice (the table itself is in \(context.stack.region.code)); each Region holds one replica",
            about: .table(table))
        }
      }
    }
  }

  static let replicaKeys = Rule(
    "GT003", .error, "Replicas of a table encrypted with a customer-managed key name a key of their own Region",
    source: "KMS keys are regional; AWS::DynamoDB::GlobalTable ReplicaSSESpecification.KMSMasterKeyId; https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-dynamodb-globaltable.html"
  ) { context in
    for table in context.tables where table.isGlobal {
      guard case .customerManagedKey = table.encryption else { continue }
      for replica in table.replicas {
        let key = replica.kmsKeyArn ?? ""
        let parts = key.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count < 6 || parts[2] != "kms" || parts[3] != replica.region.code {
          context.report(
            "table '\(table.id)' uses a customer-managed key, so its replica in \(replica.region.code) needs `kmsKeyArn:` of a key in \(replica.region.code)",
            about: .table(table))
        }
      }
    }
  }

  static let replicaGrants = Rule(
    "XR001", .error, "A grant on a global table's replica names a table of another stack, with an explicit name and a replica in the grantee's Region",
    source: "cross-Region references go through a deterministic physical name; https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GlobalTables.html"
  ) { context in
    for resource in context.stack.resources {
      let grants: [Grant]
      switch resource {
      case .function(let function): grants = function.grants
      case .fargateService(let service): grants = service.grants
      case .instanceGroup(let group): grants = group.grants
      default: continue
      }
      for grant in grants {
        guard let replica = grant.replica else { continue }
        let what = "\(resource.kind.displayName) '\(resource.id)'"
        guard let (other, declared) = context.declaration(elsewhere: replica.table), case .table(let table) = declared else {
          context.report("\(what) is granted on the replica of table '\(replica.table)', which no other stack of the app declares", about: resource)
          continue
        }
        if replica.region != context.stack.region {
          context.report(
            "\(what) in \(context.stack.region.code) is granted on the replica of table '\(table.id)' in \(replica.region.code); use the replica in the stack's own Region",
            about: resource)
        } else if table.name == nil {
          context.report(
            "\(what) reaches table '\(table.id)' of stack '\(other.name)' by name, but the table has none of its own; give it `name:` so the name is the same in every Region",
            about: resource)
        } else if other.region != replica.region && !table.replicas.contains(where: { $0.region == replica.region }) {
          context.report(
            "\(what) is granted on the replica of table '\(table.id)' in \(replica.region.code), but the table (stack '\(other.name)', \(other.region.code)) has no replica there; add `TableReplica(\"\(replica.region.code)\")`",
            about: resource)
        }
      }
    }
  }

  static let bucketReplication = Rule(
    "XR002", .error, "A replicated bucket is versioned, replicates to another known Region, and names a replica key there when it uses KMS",
    source: "S3 replication requires versioning on both buckets; KMS keys are regional; https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication.html"
  ) { context in
    for bucket in context.stack.buckets {
      guard let replication = bucket.replication else { continue }
      let region = replication.region.code
      if !bucket.versioning {
        context.report("bucket '\(bucket.id)' replicates to \(region) but is not versioned; S3 replication needs versioning", about: .bucket(bucket))
      }
      if !isOtherKnownRegion(region, context) {
        context.report(
          "bucket '\(bucket.id)' replicates to '\(region)'; choose a known Region other than the stack's (\(context.stack.region.code))",
          about: .bucket(bucket))
      }
      if case .kms = bucket.encryption {
        let parts = (replication.replicaKmsKeyArn ?? "").split(separator: ":", omittingEmptySubsequences: false)
        if parts.count < 6 || parts[2] != "kms" || parts[3] != region {
          context.report(
            "bucket '\(bucket.id)' encrypts with KMS, so its replica in \(region) needs `replicaKmsKeyArn:` of a key in \(region)",
            about: .bucket(bucket))
        }
      }
    }
  }

  /// True for a Region code both referees know that is not the stack's own.
  static func isOtherKnownRegion(_ code: String, _ context: RuleContext) -> Bool {
    code != context.stack.region.code && Region.knownCodes.contains(code) && !context.providerRejects(region: code)
  }

  static let secretReplicas = Rule(
    "XR003", .error, "Secret replicas are in distinct known Regions other than the stack's, with keys of their own Region",
    source: "Secrets Manager ReplicateSecretToRegions; KMS keys are regional; https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_ReplicateSecretToRegions.html"
  ) { context in
    for resource in context.stack.resources {
      guard case .secret(let secret) = resource else { continue }
      var seen = Set<String>()
      for replica in secret.replicas {
        let region = replica.region.code
        if !isOtherKnownRegion(region, context) || !seen.insert(region).inserted {
          context.report(
            "secret '\(secret.id)' replicates to '\(region)'; use distinct known Regions other than the stack's (\(context.stack.region.code))",
            about: resource)
        } else if let key = replica.kmsKeyArn, key.split(separator: ":").count > 3, key.split(separator: ":")[3] != region {
          context.report("secret '\(secret.id)' encrypts its replica in \(region) with a key of another Region", about: resource)
        }
      }
    }
  }

  static let globalDatabases = Rule(
    "XR004", .error,
    "A global database's identifier is 1-63 letters, digits and hyphens; a secondary joins a primary of another stack in another Region with the same engine",
    source: "RDS CreateGlobalCluster GlobalClusterIdentifier; Aurora Global Database: secondaries run the primary's engine version; https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateGlobalCluster.html"
  ) { context in
    for resource in context.stack.resources {
      guard case .auroraCluster(let cluster) = resource, let global = cluster.globalDatabase else { continue }
      let identifier = global.identifier
      let valid = (1...63).contains(identifier.count) && identifier.first?.isLetter == true && identifier.last != "-"
        && !identifier.contains("--") && identifier.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
      guard case .secondary(_, let primaryID) = global else {
        if !valid { context.report("Aurora cluster '\(cluster.id)' names its global database '\(identifier)'; use 1-63 letters, digits and hyphens, starting with a letter", about: resource) }
        continue
      }
      guard let (other, declared) = context.declaration(elsewhere: primaryID), case .auroraCluster(let primary) = declared,
        case .primary(let primaryIdentifier)? = primary.globalDatabase
      else {
        context.report(
          "Aurora cluster '\(cluster.id)' is a secondary of '\(primaryID)', which no other stack declares as a global primary; give the primary `globalDatabase: .primary(identifier:)`",
          about: resource)
        continue
      }
      if other.region == context.stack.region {
        context.report("Aurora cluster '\(cluster.id)' is a secondary in \(other.region.code), the primary's own Region; secondaries run in other Regions", about: resource)
      } else if primary.engine != cluster.engine || primaryIdentifier != identifier {
        context.report(
          "Aurora cluster '\(cluster.id)' runs \(cluster.engine.name) \(cluster.engine.version) but its primary '\(primary.id)' (stack '\(other.name)') runs \(primary.engine.name) \(primary.engine.version); a secondary runs the primary's engine",
          about: resource)
      }
    }
  }

  static let databaseReplicas = Rule(
    "XR005", .error,
    "A cross-Region read replica copies a named database of a stack in the Region it gives, and encrypts with a key of its own Region",
    source: "RDS CreateDBInstanceReadReplica: cross-Region sources by ARN; encrypted replicas need a KMS key in the destination Region; https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ReadRepl.XRgn.html"
  ) { context in
    for resource in context.stack.resources {
      guard case .postgresDatabase(let database) = resource, let source = database.replicaOf else { continue }
      let what = "database '\(database.id)'"
      guard let (other, declared) = context.declaration(elsewhere: source.database), case .postgresDatabase(let primary) = declared else {
        context.report("\(what) replicates '\(source.database)', which no other stack of the app declares", about: resource)
        continue
      }
      if other.region != source.region || other.region == context.stack.region {
        context.report(
          "\(what) replicates '\(primary.id)' of stack '\(other.name)' in \(other.region.code), but names \(source.region.code); name the primary's Region, which must differ from \(context.stack.region.code)",
          about: resource)
      } else if primary.name == nil {
        context.report("\(what) reaches '\(primary.id)' of stack '\(other.name)' by name, but the primary has none of its own; give it `name:`", about: resource)
      } else if database.kmsKeyArn?.split(separator: ":").dropFirst(3).first.map(String.init) != context.stack.region.code {
        context.report(
          "\(what) is an encrypted cross-Region replica; give it `kmsKeyArn:` of a key in \(context.stack.region.code)", about: resource)
      }
    }
  }

  static let imageReplication = Rule(
    "XR006", .error,
    "ECR replication goes to known Regions other than the stack's, at most 25 per rule and 10 rules, from one stack per Region",
    source: "ECR PutReplicationConfiguration: one configuration per registry and Region; 10 rules, 25 destinations, 100 filters; https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_PutReplicationConfiguration.html"
  ) { context in
    guard case .registryReplication(let replication)? = context.resource("ecr-replication") else { return }
    let about = ResourceModel.registryReplication(replication)
    for rule in replication.rules {
      for region in rule.regions where !isOtherKnownRegion(region.code, context) {
        context.report("repositories \(rule.repositories.joined(separator: ", ")) replicate to '\(region.code)'; use known Regions other than \(context.stack.region.code)", about: about)
      }
      if rule.regions.count > 25 || rule.repositories.count > 100 {
        context.report("an ECR replication rule has \(rule.regions.count) destinations and \(rule.repositories.count) filters; ECR allows 25 and 100", about: about)
      }
    }
    if replication.rules.count > 10 {
      context.report("ECR replication needs \(replication.rules.count) rules (one per set of Regions); ECR allows 10", about: about)
    }
    for other in context.otherStacks where other.region == context.stack.region && other.resource("ecr-replication") != nil {
      context.report(
        "stack '\(other.name)' also sets ECR replication in \(other.region.code); the registry keeps one configuration per Region, so declare replicating repositories in one stack",
        about: about)
    }
  }

  static let availability = Rule(
    "REG001", .error, "HTTP APIs and CloudFront distributions are available in the stack's Region",
    source: "Region codes and service availability (cfn-lint 1.51.0 provider maps); https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"
  ) { context in
    let region = context.stack.region.code
    for api in context.stack.resources where api.kind == .httpApi && ["ap-east-2", "ap-southeast-6"].contains(region) {
      context.report("HTTP API '\(api.id)' is in \(region), where API Gateway v2 is not available; use a REST API or another Region", about: api)
    }
    for distribution in context.stack.resources where distribution.kind == .distribution && region.hasPrefix("us-gov-") {
      context.report("distribution '\(distribution.id)' is in \(region); CloudFront is not available in AWS GovCloud (US)", about: distribution)
    }
  }
}
