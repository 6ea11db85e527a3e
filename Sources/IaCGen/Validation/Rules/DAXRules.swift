// Rules for DAX clusters.

enum DAXRules {
  static let all: [Rule] = [nodes, clusterName, region, tables]

  static let nodes = Rule(
    "DAX001", .error, "A DAX cluster has 1 node, or 3 to 10 (fewer than 3 is not highly available: warning)",
    source: "API_dax_CreateCluster ReplicationFactor; https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_dax_CreateCluster.html"
  ) { context in
    for cluster in context.stack.daxClusters {
      if !Limits.daxNodeCounts.contains(cluster.nodes) {
        context.report(
          "DAX cluster '\(cluster.id)' has \(cluster.nodes) nodes; DAX accepts 1, or 3 to 10 (3 or more, one per zone, for production)",
          about: .daxCluster(cluster))
      } else if cluster.nodes == 1 {
        context.report(
          "DAX cluster '\(cluster.id)' has one node, so a node or zone failure stops it; use 3 or more for production",
          about: .daxCluster(cluster), severity: .warning)
      }
    }
  }

  static let clusterName = Rule(
    "DAX002", .error, "DAX cluster names are 1-20 letters, digits and hyphens, start with a letter, no '--' or trailing '-'",
    source: "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_dax_CreateCluster.html"
  ) { context in
    for cluster in context.stack.daxClusters {
      let name = cluster.physicalName
      let scalars = name.unicodeScalars
      let valid = Limits.daxClusterNameLength.contains(name.count) && (scalars.first.map(isASCIILetter) ?? false)
        && scalars.allSatisfy { isASCIILetter($0) || ("0"..."9").contains($0) || $0 == "-" }
        && !name.hasSuffix("-") && !name.contains("--")
      if !valid {
        context.report(
          "DAX cluster '\(cluster.id)' would be named '\(name)' (\(name.count) characters); names are 1 to 20 letters, digits and hyphens, starting with a letter, without '--' or a trailing '-'",
          about: .daxCluster(cluster))
      }
    }
  }

  static let region = Rule(
    "DAX003", .error, "DAX is available in the stack's Region", source: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.html"
  ) { context in
    guard Limits.regionsWithoutDAX.contains(context.stack.region.code) else { return }
    for cluster in context.stack.daxClusters {
      context.report(
        "DAX cluster '\(cluster.id)' is in \(context.stack.region.code), where DAX is not available; use ElastiCache or another Region",
        about: .daxCluster(cluster))
    }
  }

  static let tables = Rule(
    "DAX004", .error, "A DAX cluster fronts at least one table", source: "a cluster's role is granted on its tables; https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.access-control.html"
  ) { context in
    for cluster in context.stack.daxClusters where cluster.tables.isEmpty {
      context.report("DAX cluster '\(cluster.id)' fronts no table; list the tables it caches", about: .daxCluster(cluster))
    }
  }
}
