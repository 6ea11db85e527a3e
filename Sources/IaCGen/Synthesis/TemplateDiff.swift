// What a new synthesis changes against an earlier one: resources added, removed and changed,
// and the changes that replace a stateful resource (its data goes with it).

import JSONSyntax

/// One resource's change between two CloudFormation templates of a stack.
public struct ResourceChange: Equatable, Sendable {
  public enum Kind: Equatable, Sendable {
    case added
    case removed
    /// Properties that differ, and those of them whose change replaces the resource.
    case changed(properties: [String], replacing: [String])
  }

  /// The template file (`cloudformation/orders.template.json`).
  public var template: String
  public var logicalID: String
  public var type: String
  public var kind: Kind

  public init(template: String, logicalID: String, type: String, kind: Kind) {
    self.template = template
    self.logicalID = logicalID
    self.type = type
    self.kind = kind
  }

  /// True when the change deletes a stateful resource or creates it anew (data is lost).
  public var losesData: Bool {
    guard StatefulTypes.replacingProperties[type] != nil else { return false }
    switch kind {
    case .added: return false
    case .removed: return true
    case .changed(_, let replacing): return !replacing.isEmpty
    }
  }
}

/// Stateful resource types and the properties whose change replaces them: CloudFormation's
/// ("Update requires: Replacement" in each type's reference page) and the Terraform AWS
/// provider's ("forces replacement" in `terraform plan`; each resource's documentation).
public enum StatefulTypes {
  public static let replacingProperties: [String: Set<String>] = [
    "aws_dynamodb_table": ["name", "hash_key", "range_key", "local_secondary_index"],
    "aws_s3_bucket": ["bucket", "bucket_prefix", "object_lock_enabled"],
    "aws_sqs_queue": ["name", "name_prefix", "fifo_queue"],
    "aws_sns_topic": ["name", "name_prefix", "fifo_topic"],
    "aws_rds_cluster": ["cluster_identifier", "engine", "database_name", "master_username", "storage_encrypted", "kms_key_id"],
    "aws_db_instance": ["identifier", "engine", "db_name", "username", "kms_key_id", "storage_encrypted"],
    "aws_elasticache_replication_group": ["replication_group_id", "at_rest_encryption_enabled", "kms_key_id"],
    "aws_dax_cluster": ["cluster_name", "node_type", "server_side_encryption"],
    "aws_kinesis_stream": ["name"],
    "aws_secretsmanager_secret": ["name", "name_prefix"],
    "aws_ecr_repository": ["name"],
    "aws_cloudwatch_log_group": ["name", "name_prefix"],
    "AWS::DynamoDB::Table": ["KeySchema", "TableName", "LocalSecondaryIndexes"],
    "AWS::DynamoDB::GlobalTable": ["KeySchema", "TableName", "LocalSecondaryIndexes"],
    "AWS::S3::Bucket": ["BucketName"],
    "AWS::SQS::Queue": ["FifoQueue", "QueueName"],
    "AWS::SNS::Topic": ["FifoTopic", "TopicName"],
    "AWS::RDS::DBCluster": ["Engine", "DBClusterIdentifier", "DatabaseName", "MasterUsername", "StorageEncrypted", "KmsKeyId"],
    "AWS::RDS::DBInstance": ["Engine", "DBInstanceIdentifier", "DBName", "MasterUsername", "KmsKeyId", "StorageEncrypted"],
    "AWS::ElastiCache::ReplicationGroup": ["ReplicationGroupId", "AtRestEncryptionEnabled", "Engine", "KmsKeyId"],
    "AWS::DAX::Cluster": ["ClusterName", "NodeType", "SSESpecification"],
    "AWS::Kinesis::Stream": ["Name"],
    "AWS::SecretsManager::Secret": ["Name"],
    "AWS::ECR::Repository": ["RepositoryName"],
    "AWS::Logs::LogGroup": ["LogGroupName", "KmsKeyId"],
  ]
}

/// The changes from `old` to `new` templates (file name -> template), by file, then in the
/// new template's order, removed resources last.
public func diffTemplates(old: [String: JSON.Value], new: [String: JSON.Value]) -> [ResourceChange] {
  var changes: [ResourceChange] = []
  for file in Set(old.keys).union(new.keys).sorted() {
    let before = resources(of: old[file])
    let after = resources(of: new[file])
    for (id, resource) in after {
      let type = resource["Type"].flatMap(stringValue) ?? ""
      guard let previous = before.first(where: { $0.id == id })?.resource else {
        changes.append(ResourceChange(template: file, logicalID: id, type: type, kind: .added))
        continue
      }
      let previousType = previous["Type"].flatMap(stringValue) ?? ""
      if previousType != type {
        changes.append(ResourceChange(template: file, logicalID: id, type: previousType, kind: .removed))
        changes.append(ResourceChange(template: file, logicalID: id, type: type, kind: .added))
        continue
      }
      let oldProperties = members(of: previous["Properties"])
      let newProperties = members(of: resource["Properties"])
      var changed: [String] = []
      for key in (oldProperties.map(\.key) + newProperties.map(\.key)) where !changed.contains(key) {
        if oldProperties.first(where: { $0.key == key })?.value != newProperties.first(where: { $0.key == key })?.value { changed.append(key) }
      }
      let otherAttributes = ["DependsOn", "DeletionPolicy", "UpdateReplacePolicy", "UpdatePolicy", "Condition"]
      for key in otherAttributes where previous[key] != resource[key] { changed.append(key) }
      guard !changed.isEmpty else { continue }
      changed.sort()
      let replacing = changed.filter { StatefulTypes.replacingProperties[type]?.contains($0) ?? false }
      changes.append(ResourceChange(template: file, logicalID: id, type: type, kind: .changed(properties: changed, replacing: replacing)))
    }
    for (id, resource) in before where !after.contains(where: { $0.id == id }) {
      changes.append(ResourceChange(template: file, logicalID: id, type: resource["Type"].flatMap(stringValue) ?? "", kind: .removed))
    }
  }
  return changes
}

/// The changes as `iacgen diff` prints them.
public func formatChanges(_ changes: [ResourceChange]) -> String {
  guard !changes.isEmpty else { return "No resource changes.\n" }
  var text = ""
  var file: String?
  for change in changes {
    if change.template != file {
      text += "\(change.template):\n"
      file = change.template
    }
    switch change.kind {
    case .added:
      text += "  + \(change.logicalID)\(change.logicalID.hasPrefix(change.type + ".") ? "" : " (\(change.type))")\n"
    case .removed:
      text += "  - \(change.logicalID)\(change.logicalID.hasPrefix(change.type + ".") ? "" : " (\(change.type))")" + (change.losesData ? "  REMOVES A STATEFUL RESOURCE: its data is deleted\n" : "\n")
    case .changed(let properties, let replacing):
      text += "  ~ \(change.logicalID)\(change.logicalID.hasPrefix(change.type + ".") ? "" : " (\(change.type))"): \(properties.joined(separator: ", "))\n"
      if change.losesData {
        text += "    ! REPLACES \(change.logicalID): \(replacing.joined(separator: ", ")) cannot change in place; the resource and its data are deleted and created anew\n"
      }
    }
  }
  let added = changes.filter { $0.kind == .added }.count
  let removed = changes.filter { $0.kind == .removed }.count
  let losing = changes.filter(\.losesData).count
  text += "\(added) added, \(removed) removed, \(changes.count - added - removed) changed; \(losing) replace or remove stateful resources.\n"
  return text
}

private func stringValue(_ value: JSON.Value) -> String? {
  if case .string(let text) = value { return text }
  return nil
}

private func members(of value: JSON.Value?) -> [JSON.Member] {
  if case .object(let members)? = value { return members }
  return []
}

private func resources(of template: JSON.Value?) -> [(id: String, resource: JSON.Value)] {
  members(of: template?["Resources"]).map { ($0.key, $0.value) }
}
