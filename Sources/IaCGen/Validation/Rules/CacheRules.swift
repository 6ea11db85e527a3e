// Rules for ElastiCache replication groups.

enum CacheRules {
  static let all: [Rule] = [groupID, failover, topology, engineVersion, authNeedsTLS, snapshots, zones, clusterParameter]

  static let clusterParameter = Rule(
    "EC008", .error, "A clustered cache's parameters set cluster-enabled to yes (and a replicated one's to no)",
    source: "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/ParameterGroups.Engine.html"
  ) { context in
    for cache in context.stack.caches where !cache.parameters.isEmpty {
      let clustered: Bool
      if case .clustered = cache.topology { clustered = true } else { clustered = false }
      let expected = clustered ? "yes" : "no"
      guard (cache.parameters["cluster-enabled"] ?? "no") != expected else { continue }
      context.report(
        "cache '\(cache.id)' \(clustered ? "runs in cluster mode" : "runs without cluster mode"), so its parameters must set cluster-enabled to '\(expected)'",
        about: .cache(cache))
    }
  }

  static let groupID = Rule(
    "EC001", .error, "Replication group IDs are 1-40 letters, digits and hyphens, start with a letter, no '--' or trailing '-'",
    source: "https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateReplicationGroup.html"
  ) { context in
    for cache in context.stack.caches {
      let name = cache.physicalName
      let scalars = name.unicodeScalars
      let valid = Limits.replicationGroupIDLength.contains(name.count) && (scalars.first.map(isASCIILetter) ?? false)
        && scalars.allSatisfy { isASCIILetter($0) || ("0"..."9").contains($0) || $0 == "-" }
        && !name.hasSuffix("-") && !name.contains("--")
      if !valid {
        context.report(
          "cache '\(cache.id)' would have replication group ID '\(name)' (\(name.count) characters); IDs are 1 to 40 letters, digits and hyphens, starting with a letter, without '--' or a trailing '-', so set a shorter name",
          about: .cache(cache))
      }
    }
  }

  static let failover = Rule(
    "EC002", .error, "Multi-AZ needs automatic failover; automatic failover needs a replica; cluster mode needs automatic failover",
    source: "https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ConfigureShard.html"
  ) { context in
    for cache in context.stack.caches {
      if cache.multiAZ && !cache.automaticFailover {
        context.report(
          "cache '\(cache.id)' is multi-AZ without automatic failover; ElastiCache requires automatic failover for multi-AZ, so turn it on",
          about: .cache(cache))
      }
      switch cache.topology {
      case .replicated(let replicas) where replicas < 1 && (cache.automaticFailover || cache.multiAZ):
        context.report(
          "cache '\(cache.id)' has no replica, so it cannot fail over; add a replica or turn off automatic failover and multi-AZ",
          about: .cache(cache))
      case .clustered where !cache.automaticFailover:
        context.report(
          "cache '\(cache.id)' runs in cluster mode, which requires automatic failover; turn it on", about: .cache(cache))
      default: break
      }
    }
  }

  static let topology = Rule(
    "EC003", .error, "Replicas per shard 0-5; 1 to 500 shards (more than 90 needs a quota increase)",
    source: "https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateReplicationGroup.html"
  ) { context in
    for cache in context.stack.caches {
      switch cache.topology {
      case .replicated(let replicas) where !Limits.replicasPerShard.contains(replicas):
        context.report(
          "cache '\(cache.id)' has \(replicas) replicas; a shard has 0 to 5", about: .cache(cache))
      case .clustered(let shards, let replicas):
        if !Limits.replicasPerShard.contains(replicas) {
          context.report("cache '\(cache.id)' has \(replicas) replicas per shard; a shard has 0 to 5", about: .cache(cache))
        }
        if shards < 1 || shards > Limits.shardsMaximum {
          context.report("cache '\(cache.id)' has \(shards) shards; ElastiCache allows 1 to 500", about: .cache(cache))
        } else if shards > Limits.shardsDefaultQuota {
          context.report(
            "cache '\(cache.id)' has \(shards) shards; the default quota is 90, so request an increase first",
            about: .cache(cache), severity: .warning)
        }
      default: break
      }
    }
  }

  static let engineVersion = Rule(
    "EC004", .error, "The engine version is one ElastiCache offers for the engine",
    source: "cfn-lint engine data; https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateReplicationGroup.html"
  ) { context in
    for cache in context.stack.caches {
      let known = Limits.cacheEngineVersions[cache.engine] ?? []
      guard !known.contains(cache.engineVersion) else { continue }
      context.report(
        "cache '\(cache.id)' uses \(cache.engine.rawValue) \(cache.engineVersion); ElastiCache offers \(known.sorted().joined(separator: ", "))",
        about: .cache(cache))
    }
  }

  static let authNeedsTLS = Rule(
    "EC005", .error, "An AUTH token needs encryption in transit", source: "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth.html"
  ) { context in
    for cache in context.stack.caches where !cache.transitEncryption {
      if case .tokenFromSecret = cache.auth {
        context.report(
          "cache '\(cache.id)' uses an AUTH token without encryption in transit; ElastiCache requires TLS for AUTH, so turn transit encryption on",
          about: .cache(cache))
      } else {
        context.report(
          "cache '\(cache.id)' turns off encryption in transit; data crosses the network in clear text",
          about: .cache(cache), severity: .warning)
      }
    }
  }

  static let snapshots = Rule(
    "EC006", .error, "Snapshot retention is 0-35 days", source: "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth.html"
  ) { context in
    for cache in context.stack.caches where !Limits.cacheSnapshotRetentionDays.contains(cache.snapshotRetentionDays) {
      context.report(
        "cache '\(cache.id)' keeps snapshots for \(cache.snapshotRetentionDays) days; ElastiCache allows 0 to 35",
        about: .cache(cache))
    }
  }

  static let zones = Rule(
    "EC007", .error, "A multi-AZ cache is placed in a network of at least two zones",
    source: "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/AutoFailover.html"
  ) { context in
    for cache in context.stack.caches where cache.multiAZ {
      guard let placement = cache.network, let network = context.index.network(placement.network), network.zones < 2 else { continue }
      context.report(
        "cache '\(cache.id)' is multi-AZ but network '\(network.id)' spans one zone; use a network of at least 2 zones",
        about: .cache(cache))
    }
  }
}
