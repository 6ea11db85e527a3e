// AuroraCluster -> aws_db_subnet_group, aws_rds_cluster, aws_rds_cluster_instance;
// PostgresDatabase -> aws_db_subnet_group, aws_db_instance (+ replicas).

import HCL

extension TerraformEmitter {
  func translateAuroraCluster(_ cluster: AuroraCluster, in index: ModelIndex) -> [HCL.Block] {
    var blocks = [dbSubnetGroup(cluster.part("subnets"), name: cluster.physicalName, cluster.network, cluster.tags, in: index)]
    var main = TerraformBlockBuilder()
    main.set("cluster_identifier", cluster.physicalName)
    main.set("engine", cluster.engine.name)
    main.set("engine_mode", "provisioned")
    main.set("engine_version", cluster.engine.version)
    switch cluster.globalDatabase {
    case .secondary(let identifier, _)?:
      // A secondary takes its data, database and master user from the global database.
      main.set("global_cluster_identifier", identifier)
    case .primary?:
      main.set("database_name", cluster.databaseName)
      main.set("master_username", cluster.masterUsername)
      if let secret = cluster.masterSecretID {
        let secretString = TerraformValues.address("aws_secretsmanager_secret_version", secret, "secret_string")
        main.set("master_password", .call("lookup", [.call("jsondecode", [secretString]), .string("password")]))
      }
    case nil:
      main.set("database_name", cluster.databaseName)
      main.set("master_username", cluster.masterUsername)
      main.set("manage_master_user_password", true)
    }
    main.set("port", cluster.engine.port)
    main.set("storage_encrypted", true)
    main.set("kms_key_id", cluster.kmsKeyArn)
    main.set("backup_retention_period", cluster.backupRetentionDays)
    main.set("copy_tags_to_snapshot", true)
    main.set("deletion_protection", cluster.deletionProtection)
    main.set("final_snapshot_identifier", cluster.physicalName + "-final")
    main.set("skip_final_snapshot", false)
    main.set("db_subnet_group_name", TerraformValues.address("aws_db_subnet_group", cluster.part("subnets"), "name"))
    main.set("vpc_security_group_ids", securityGroups(cluster.securityGroupID))
    main.setTags(cluster.tags)
    main.block("serverlessv2_scaling_configuration") { scaling in
      scaling.set("max_capacity", .double(cluster.maxCapacity))
      scaling.set("min_capacity", .double(cluster.minCapacity))
    }
    switch cluster.globalDatabase {
    case .primary?:
      // The global database is created from this cluster and then names it.
      main.block("lifecycle") { $0.set("ignore_changes", .tuple([.traversal(["global_cluster_identifier"])])) }
    case .secondary?:
      main.block("lifecycle") { $0.set("ignore_changes", .tuple([.traversal(["replication_source_identifier"])])) }
    case nil:
      break
    }
    blocks.append(resourceBlock("aws_rds_cluster", cluster.id, main))
    if case .primary(let identifier)? = cluster.globalDatabase {
      var global = TerraformBlockBuilder()
      global.set("global_cluster_identifier", identifier)
      global.set("source_db_cluster_identifier", TerraformValues.address("aws_rds_cluster", cluster.id, "arn"))
      global.set("deletion_protection", cluster.deletionProtection)
      global.set("force_destroy", true)
      global.setTags(cluster.tags)
      blocks.append(resourceBlock("aws_rds_global_cluster", cluster.part("global"), global))
    }
    for instance in 0...max(0, cluster.readers) {
      var block = TerraformBlockBuilder()
      block.set("identifier", "\(cluster.physicalName)-\(instance + 1)")
      block.set("cluster_identifier", TerraformValues.address("aws_rds_cluster", cluster.id, "id"))
      block.set("instance_class", "db.serverless")
      block.set("engine", TerraformValues.address("aws_rds_cluster", cluster.id, "engine"))
      block.set("engine_version", TerraformValues.address("aws_rds_cluster", cluster.id, "engine_version"))
      block.set("promotion_tier", instance == 0 ? 0 : 1)
      block.set("publicly_accessible", false)
      block.set("auto_minor_version_upgrade", true)
      block.setTags(cluster.tags)
      blocks.append(resourceBlock("aws_rds_cluster_instance", cluster.part("instance-\(instance + 1)"), block))
    }
    return blocks
  }

  func translatePostgresDatabase(_ database: PostgresDatabase, in index: ModelIndex) -> [HCL.Block] {
    var blocks = [dbSubnetGroup(database.part("subnets"), name: database.physicalName, database.network, database.tags, in: index)]
    var main = TerraformBlockBuilder()
    main.set("identifier", database.physicalName)
    if let source = database.replicaOf {
      // Engine, storage size, database and master user come from the primary.
      main.set("replicate_source_db", TerraformValues.expression(source.arn))
    } else {
      main.set("engine", "postgres")
      main.set("engine_version", database.engineVersion)
      main.set("allocated_storage", database.storageGB)
    }
    main.set("instance_class", database.instanceClass)
    main.set("max_allocated_storage", database.maxStorageGB)
    main.set("storage_type", "gp3")
    main.set("storage_encrypted", true)
    main.set("kms_key_id", database.kmsKeyArn)
    if database.replicaOf == nil {
      main.set("db_name", database.databaseName)
      main.set("username", database.masterUsername)
      main.set("manage_master_user_password", true)
    }
    main.set("port", 5432)
    main.set("multi_az", database.multiAZ)
    main.set("backup_retention_period", database.backupRetentionDays)
    main.set("copy_tags_to_snapshot", true)
    main.set("deletion_protection", database.deletionProtection)
    main.set("final_snapshot_identifier", database.physicalName + "-final")
    main.set("skip_final_snapshot", false)
    main.set("publicly_accessible", false)
    main.set("auto_minor_version_upgrade", true)
    main.set("db_subnet_group_name", TerraformValues.address("aws_db_subnet_group", database.part("subnets"), "name"))
    main.set("vpc_security_group_ids", securityGroups(database.securityGroupID))
    main.setTags(database.tags)
    blocks.append(resourceBlock("aws_db_instance", database.id, main))
    for replica in 0..<max(0, database.readReplicas) {
      var block = TerraformBlockBuilder()
      block.set("identifier", "\(database.physicalName)-replica-\(replica + 1)")
      block.set("replicate_source_db", TerraformValues.address("aws_db_instance", database.id, "identifier"))
      block.set("instance_class", database.replicaInstanceClass ?? database.instanceClass)
      block.set("storage_encrypted", true)
      block.set("kms_key_id", database.kmsKeyArn)
      block.set("copy_tags_to_snapshot", true)
      block.set("deletion_protection", database.deletionProtection)
      block.set("publicly_accessible", false)
      block.set("auto_minor_version_upgrade", true)
      block.set("skip_final_snapshot", true)
      block.set("vpc_security_group_ids", securityGroups(database.securityGroupID))
      block.setTags(database.tags)
      blocks.append(resourceBlock("aws_db_instance", database.part("replica-\(replica + 1)"), block))
    }
    return blocks
  }

  private func dbSubnetGroup(
    _ id: ResourceID, name: String, _ placement: NetworkPlacement?, _ tags: [Tag], in index: ModelIndex
  ) -> HCL.Block {
    var block = TerraformBlockBuilder()
    block.set("description", "subnets of \(name)")
    block.set("name", name + "-subnets")
    block.set("subnet_ids", privateSubnets(placement, in: index))
    block.setTags(tags)
    return resourceBlock("aws_db_subnet_group", id, block)
  }
}
