// Lowering cross-Region replication: the replica bucket and the role S3 replicates with.

/// The role S3 assumes to replicate `bucket` and the replica bucket it writes to. Both
/// policies name the buckets by their physical ARNs, so the source bucket (which names the
/// role) and the role do not refer to each other.
func replicationResources(for bucket: Bucket, _ replication: BucketReplication) -> (Role, Bucket) {
  var replica = Bucket(
    "placeholder", name: bucket.replicaName, versioning: true,
    encryption: replication.replicaKmsKeyArn.map { .kms(keyArn: $0) } ?? .s3Managed)
  replica.id = bucket.replicaID
  replica.tags = bucket.tags
  replica.location = bucket.location
  let source = bucket.nameBasedArn
  let destination = replica.nameBasedArn
  var statements = [
    PolicyStatement(sid: "ReadReplicationConfiguration", actions: ["s3:GetReplicationConfiguration", "s3:ListBucket"], resources: [source]),
    PolicyStatement(
      sid: "ReadObjectVersions", actions: ["s3:GetObjectVersionAcl", "s3:GetObjectVersionForReplication", "s3:GetObjectVersionTagging"],
      resources: ["\(source)/*"]),
    PolicyStatement(sid: "ReplicateObjects", actions: ["s3:ReplicateDelete", "s3:ReplicateObject", "s3:ReplicateTags"], resources: ["\(destination)/*"]),
  ]
  if case .kms(let key) = bucket.encryption {
    statements.append(PolicyStatement(sid: "DecryptSourceObjects", actions: ["kms:Decrypt"], resources: [StringValue(key)]))
  }
  if let key = replication.replicaKmsKeyArn {
    statements.append(PolicyStatement(sid: "EncryptReplicas", actions: ["kms:Encrypt"], resources: [StringValue(key)]))
  }
  let role = Role(
    id: bucket.id.appending("replication-role"), servicePrincipal: "s3.amazonaws.com", statements: statements, tags: bucket.tags,
    location: bucket.location)
  return (role, replica)
}
