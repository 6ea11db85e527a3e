// Rules for Aurora clusters and RDS for PostgreSQL instances.

enum DatabaseRules {
  static let all: [Rule] = [identifier, capacity, backups, replicaLimit, replicaPlan, storage, names, engineVersion]

  static let engineVersion = Rule(
    "RDS008", .error, "The engine version is one RDS offers for new databases (not deprecated)",
    source: "cfn-lint 1.51.0 RDS engine version data (W3691: deprecated versions cannot be used to create new databases); https://docs.aws.amazon.com/AmazonRDS/latest/PostgreSQLReleaseNotes/postgresql-versions.html"
  ) { context in
    func check(_ resource: ResourceModel, _ engine: String, _ version: String, _ known: Set<String>) {
      guard !known.contains(version) else { return }
      let latest = known.filter { !$0.contains("-") }.sorted { a, b in
        a.split(separator: ".").compactMap { Int($0) }.lexicographicallyPrecedes(b.split(separator: ".").compactMap { Int($0) })
      }.suffix(3)
      context.report(
        "\(resource.kind.displayName) '\(resource.id)' uses \(engine) \(version), which RDS does not offer for new databases; use a current version such as \(latest.reversed().joined(separator: ", "))",
        about: resource)
    }
    for cluster in context.stack.auroraClusters {
      switch cluster.engine {
      case .postgresql(let version): check(.auroraCluster(cluster), "aurora-postgresql", version, EngineVersions.auroraPostgreSQL)
      case .mysql(let version): check(.auroraCluster(cluster), "aurora-mysql", version, EngineVersions.auroraMySQL)
      }
    }
    for database in context.stack.postgresDatabases {
      check(.postgresDatabase(database), "postgres", database.engineVersion, EngineVersions.postgres)
    }
  }

  /// Whether `name` is a valid RDS identifier: letter first, letters, digits, single hyphens, no trailing hyphen.
  static func validIdentifier(_ name: String) -> Bool {
    let scalars = name.unicodeScalars
    return Limits.dbIdentifierLength.contains(name.count) && (scalars.first.map(isASCIILetter) ?? false)
      && scalars.allSatisfy { isASCIILetter($0) || ("0"..."9").contains($0) || $0 == "-" }
      && !name.hasSuffix("-") && !name.contains("--")
  }

  static let identifier = Rule(
    "RDS001", .error, "Cluster and instance identifiers are 1-63 letters, digits and hyphens, start with a letter, no '--' or trailing '-'",
    source: "CreateDBInstance DBInstanceIdentifier; https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html"
  ) { context in
    for cluster in context.stack.auroraClusters where !validIdentifier(cluster.physicalName) {
      context.report(
        "Aurora cluster '\(cluster.id)' would be named '\(cluster.physicalName)'; identifiers are 1 to 63 letters, digits and hyphens, starting with a letter, without '--' or a trailing '-'",
        about: .auroraCluster(cluster))
    }
    for database in context.stack.postgresDatabases where !validIdentifier(database.physicalName) {
      context.report(
        "database '\(database.id)' would be named '\(database.physicalName)'; identifiers are 1 to 63 letters, digits and hyphens, starting with a letter, without '--' or a trailing '-'",
        about: .postgresDatabase(database))
    }
  }

  static let capacity = Rule(
    "RDS002", .error, "Aurora Serverless v2 capacity: 0.5-256 ACU in 0.5 steps, minimum at most the maximum",
    source: "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ServerlessV2ScalingConfiguration.html"
  ) { context in
    for cluster in context.stack.auroraClusters {
      for (what, value) in [("minimum", cluster.minCapacity), ("maximum", cluster.maxCapacity)] {
        if !Limits.auroraCapacity.contains(value) || (value * 2).rounded(.towardZero) != value * 2 {
          context.report(
            "Aurora cluster '\(cluster.id)' has a \(what) capacity of \(value) ACU; use 0.5 to 256 in steps of 0.5",
            about: .auroraCluster(cluster))
        }
      }
      if cluster.minCapacity > cluster.maxCapacity {
        context.report(
          "Aurora cluster '\(cluster.id)' scales from \(cluster.minCapacity) to \(cluster.maxCapacity) ACU; the minimum must not exceed the maximum",
          about: .auroraCluster(cluster))
      }
    }
  }

  static let backups = Rule(
    "RDS003", .error, "Backup retention is 1-35 days", source: "docs/scaling-phases.md#capacity-figures (CloudSync keeps 35 days); https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBCluster.html"
  ) { context in
    for cluster in context.stack.auroraClusters where !Limits.backupRetentionDays.contains(cluster.backupRetentionDays) {
      context.report(
        "Aurora cluster '\(cluster.id)' keeps backups for \(cluster.backupRetentionDays) days; RDS allows 1 to 35",
        about: .auroraCluster(cluster))
    }
    for database in context.stack.postgresDatabases where !Limits.backupRetentionDays.contains(database.backupRetentionDays) {
      context.report(
        "database '\(database.id)' keeps backups for \(database.backupRetentionDays) days; RDS allows 1 to 35 (read replicas need backups)",
        about: .postgresDatabase(database))
    }
  }

  static let replicaLimit = Rule(
    "RDS004", .error, "An RDS for PostgreSQL instance has at most 15 read replicas in its Region",
    source: "CreateDBInstanceReadReplica SourceDBInstanceIdentifier: up to 15 read replicas; https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstanceReadReplica.html"
  ) { context in
    for database in context.stack.postgresDatabases where database.readReplicas > Limits.readReplicasPerSource {
      context.report(
        "database '\(database.id)' has \(database.readReplicas) read replicas; RDS allows 15 per source instance",
        about: .postgresDatabase(database))
    }
  }

  static let replicaPlan = Rule(
    "RDS005", .warning, "At most 5 read replicas per Region (CloudSync's plan); beyond that, shard or move reads to a cache",
    source: "docs/scaling-phases.md#capacity-figures (at most 5 read replicas per Region in CloudSync's plan); https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ReadRepl.html"
  ) { context in
    for database in context.stack.postgresDatabases
    where database.readReplicas > Limits.plannedReadReplicasPerRegion && database.readReplicas <= Limits.readReplicasPerSource {
      context.report(
        "database '\(database.id)' has \(database.readReplicas) read replicas; CloudSync's plan keeps at most 5 per Region (replication lag and cost grow with each), so shard or cache reads instead",
        about: .postgresDatabase(database))
    }
  }

  static let storage = Rule(
    "RDS006", .error, "PostgreSQL storage is 20-65,536 GiB; the autoscaling ceiling is above it",
    source: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Storage.html"
  ) { context in
    for database in context.stack.postgresDatabases {
      if !Limits.postgresStorageGB.contains(database.storageGB) {
        context.report(
          "database '\(database.id)' has \(database.storageGB) GiB of storage; RDS for PostgreSQL allows 20 to 65536",
          about: .postgresDatabase(database))
      } else if let ceiling = database.maxStorageGB, ceiling <= database.storageGB || ceiling > Limits.postgresStorageGB.upperBound {
        context.report(
          "database '\(database.id)' has a storage autoscaling ceiling of \(ceiling) GiB; it must be above \(database.storageGB) and at most 65536",
          about: .postgresDatabase(database))
      }
    }
  }

  static let names = Rule(
    "RDS007", .error, "Database and master user names are 1-63 letters, digits and '_', start with a letter, not 'rdsadmin'",
    source: "CreateDBInstance DBName and MasterUsername constraints; https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html"
  ) { context in
    func valid(_ name: String) -> Bool {
      let scalars = name.unicodeScalars
      return (1...63).contains(name.count) && (scalars.first.map(isASCIILetter) ?? false)
        && scalars.allSatisfy { isASCIILetter($0) || ("0"..."9").contains($0) || $0 == "_" } && name != "rdsadmin"
    }
    let entries: [(ResourceModel, String, String)] =
      context.stack.auroraClusters.map { (.auroraCluster($0), $0.databaseName, $0.masterUsername) }
      + context.stack.postgresDatabases.map { (.postgresDatabase($0), $0.databaseName, $0.masterUsername) }
    for (resource, database, user) in entries {
      for (what, name) in [("database name", database), ("master user name", user)] where !valid(name) {
        context.report(
          "\(resource.kind.displayName) '\(resource.id)' has \(what) '\(name)'; use 1 to 63 letters, digits and '_', starting with a letter (not 'rdsadmin')",
          about: resource)
      }
    }
  }
}
