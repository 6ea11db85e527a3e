// Rules for DynamoDB tables.

enum TableRules {
  static let all: [Rule] = [
    tableName, indexNames, indexCounts, capacity, localIndexNeedsSortKey, projectedAttributes, recoveryPeriod,
    keyTypes,
  ]

  static func validName(_ name: String) -> Bool {
    Limits.tableNameLength.contains(name.count)
      && name.unicodeScalars.allSatisfy { isASCIILetter($0) || ("0"..."9").contains($0) || "_.-".unicodeScalars.contains($0) }
  }

  static let tableName = Rule(
    "DDB001", .error, "Table names are 3-255 letters, digits, '_', '-' and '.'", source: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Constraints.html"
  ) { context in
    for table in context.tables where !validName(table.physicalName) {
      context.report(
        "table '\(table.id)' would be named '\(table.physicalName)'; table names are 3 to 255 letters, digits, '_', '-' and '.'",
        about: .table(table))
    }
  }

  static let indexNames = Rule(
    "DDB002", .error, "Index names are 3-255 letters, digits, '_', '-' and '.', unique within the table",
    source: "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateGlobalSecondaryIndexAction.html"
  ) { context in
    for table in context.tables {
      var seen = Set<String>()
      for name in table.globalIndexes.map(\.name) + table.localIndexes.map(\.name) {
        if !validName(name) {
          context.report(
            "table '\(table.id)' has index '\(name)'; index names are 3 to 255 letters, digits, '_', '-' and '.'",
            about: .table(table))
        } else if !seen.insert(name).inserted {
          context.report("table '\(table.id)' declares index '\(name)' twice", about: .table(table))
        }
      }
    }
  }

  static let indexCounts = Rule(
    "DDB003", .error, "At most 20 global (an adjustable quota: warning) and 5 local secondary indexes",
    source: "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html"
  ) { context in
    for table in context.tables {
      if table.globalIndexes.count > Limits.globalIndexesPerTable {
        context.report(
          "table '\(table.id)' has \(table.globalIndexes.count) global secondary indexes; the default quota is 20, so request an increase first",
          about: .table(table), severity: .warning)
      }
      if table.localIndexes.count > Limits.localIndexesPerTable {
        context.report(
          "table '\(table.id)' has \(table.localIndexes.count) local secondary indexes; DynamoDB allows 5",
          about: .table(table))
      }
    }
  }

  static let capacity = Rule(
    "DDB004", .error, "Provisioned capacity is at least 1 unit (more than 40,000 per table needs a quota increase)",
    source: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html"
  ) { context in
    for table in context.tables {
      guard case .provisioned(let read, let write) = table.billing else { continue }
      var settings = [("table", read, write)]
      for index in table.globalIndexes {
        settings.append(("index '\(index.name)'", index.readCapacity ?? read, index.writeCapacity ?? write))
      }
      for (what, read, write) in settings {
        if read < 1 || write < 1 {
          context.report(
            "table '\(table.id)' provisions \(read) read and \(write) write units for its \(what); use at least 1 of each, or on-demand billing",
            about: .table(table))
        } else if read > Limits.provisionedCapacityPerTable || write > Limits.provisionedCapacityPerTable {
          context.report(
            "table '\(table.id)' provisions \(max(read, write)) units for its \(what); the default quota is 40000 per table, so request an increase first",
            about: .table(table), severity: .warning)
        }
      }
    }
  }

  static let localIndexNeedsSortKey = Rule(
    "DDB005", .error, "Local secondary indexes need a table with a sort key", source: "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html"
  ) { context in
    for table in context.tables where !table.localIndexes.isEmpty && table.sortKey == nil {
      context.report(
        "table '\(table.id)' has local secondary indexes but no sort key; give the table a sort key or use global indexes",
        about: .table(table))
    }
  }

  static let projectedAttributes = Rule(
    "DDB006", .error, "At most 100 projected non-key attributes across all indexes", source: "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html"
  ) { context in
    for table in context.tables {
      let count = table.globalIndexes.reduce(0) { $0 + $1.projection.nonKeyAttributes.count }
        + table.localIndexes.reduce(0) { $0 + $1.projection.nonKeyAttributes.count }
      if count > Limits.projectedAttributes {
        context.report(
          "table '\(table.id)' projects \(count) non-key attributes into its indexes; DynamoDB allows 100 in all",
          about: .table(table))
      }
    }
  }

  static let recoveryPeriod = Rule(
    "DDB007", .error, "Point-in-time recovery period is 1-35 days", source: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Point-in-time-recovery.html"
  ) { context in
    for table in context.tables {
      guard let days = table.pointInTimeRecoveryDays, !Limits.recoveryPeriodDays.contains(days) else { continue }
      context.report(
        "table '\(table.id)' keeps \(days) days of point-in-time recovery; DynamoDB allows 1 to 35",
        about: .table(table))
    }
  }

  static let keyTypes = Rule(
    "DDB008", .error, "An attribute used in several keys has one type", source: "https://github.com/hashicorp/terraform-provider-aws/blob/main/website/docs/r/dynamodb_table.html.markdown"
  ) { context in
    for table in context.tables {
      // Without indexes only the table's two keys can clash.
      if table.globalIndexes.isEmpty, table.localIndexes.isEmpty,
        table.sortKey.map({ $0.name != table.partitionKey.name || $0.type == table.partitionKey.type }) ?? true
      {
        continue
      }
      var all = [table.partitionKey] + (table.sortKey.map { [$0] } ?? [])
      for index in table.globalIndexes { all += [index.partitionKey] + (index.sortKey.map { [$0] } ?? []) }
      all += table.localIndexes.map(\.sortKey)
      var types: [String: AttributeType] = [:]
      var reported = Set<String>()
      for attribute in all {
        if let type = types[attribute.name], type != attribute.type, reported.insert(attribute.name).inserted {
          context.report(
            "table '\(table.id)' declares key attribute '\(attribute.name)' as both \(type.rawValue) and \(attribute.type.rawValue); give it one type",
            about: .table(table))
        }
        types[attribute.name] = types[attribute.name] ?? attribute.type
      }
    }
  }
}
