// AuroraCluster -> AWS::RDS::DBSubnetGroup, ::DBCluster, ::DBInstance;
// PostgresDatabase -> AWS::RDS::DBSubnetGroup, ::DBInstance (+ replicas).

import JSONSyntax

extension CloudFormationEmitter {
  func translateAuroraCluster(_ cluster: AuroraCluster, in index: ModelIndex) -> [CloudFormationResource] {
    var resources = [dbSubnetGroup(cluster.part("subnets"), name: cluster.physicalName, cluster.network, cluster.tags, in: index)]
    var main = CloudFormationProperties()
    main.set("DBClusterIdentifier", cluster.physicalName)
    main.set("Engine", cluster.engine.name)
    main.set("EngineVersion", cluster.engine.version)
    switch cluster.globalDatabase {
    case .secondary(let identifier, _)?:
      main.set("GlobalClusterIdentifier", identifier)
    case .primary?:
      main.set("DatabaseName", cluster.databaseName)
      main.set("MasterUsername", cluster.masterUsername)
      if let secret = cluster.masterSecretID {
        main.set("MasterUserPassword", .object([.init("Fn::Sub", .string("{{resolve:secretsmanager:${\(secret.logicalID)}:SecretString:password}}"))]))
      }
    case nil:
      main.set("DatabaseName", cluster.databaseName)
      main.set("MasterUsername", cluster.masterUsername)
      main.set("ManageMasterUserPassword", true)
    }
    main.set("Port", cluster.engine.port)
    main.set("StorageEncrypted", true)
    main.set("KmsKeyId", cluster.kmsKeyArn)
    main.set("BackupRetentionPeriod", cluster.backupRetentionDays)
    main.set("CopyTagsToSnapshot", true)
    main.set("DeletionProtection", cluster.deletionProtection)
    main.set("DBSubnetGroupName", CloudFormationValues.ref(cluster.part("subnets").logicalID))
    main.set("VpcSecurityGroupIds", securityGroups(cluster.securityGroupID))
    main.set(
      "ServerlessV2ScalingConfiguration",
      .object([.init("MaxCapacity", .double(cluster.maxCapacity)), .init("MinCapacity", .double(cluster.minCapacity))]))
    main.set("Tags", CloudFormationValues.tags(cluster.tags))
    resources.append(
      CloudFormationResource(logicalID: cluster.id.logicalID, type: "AWS::RDS::DBCluster", properties: main, retention: "Snapshot"))
    if case .primary(let identifier)? = cluster.globalDatabase {
      var global = CloudFormationProperties()
      global.set("GlobalClusterIdentifier", identifier)
      global.set("SourceDBClusterIdentifier", CloudFormationValues.ref(cluster.id.logicalID))
      global.set("DeletionProtection", cluster.deletionProtection)
      global.set("Tags", CloudFormationValues.tags(cluster.tags))
      resources.append(CloudFormationResource(logicalID: cluster.part("global").logicalID, type: "AWS::RDS::GlobalCluster", properties: global))
    }
    for instance in 0...max(0, cluster.readers) {
      var properties = CloudFormationProperties()
      properties.set("DBInstanceIdentifier", "\(cluster.physicalName)-\(instance + 1)")
      properties.set("DBClusterIdentifier", CloudFormationValues.ref(cluster.id.logicalID))
      properties.set("DBInstanceClass", "db.serverless")
      properties.set("Engine", cluster.engine.name)
      properties.set("PromotionTier", instance == 0 ? 0 : 1)
      properties.set("PubliclyAccessible", false)
      properties.set("AutoMinorVersionUpgrade", true)
      properties.set("Tags", CloudFormationValues.tags(cluster.tags))
      resources.append(
        CloudFormationResource(
          logicalID: cluster.part("instance-\(instance + 1)").logicalID, type: "AWS::RDS::DBInstance", properties: properties))
    }
    return resources
  }

  func translatePostgresDatabase(_ database: PostgresDatabase, in index: ModelIndex) -> [CloudFormationResource] {
    var resources = [dbSubnetGroup(database.part("subnets"), name: database.physicalName, database.network, database.tags, in: index)]
    var main = CloudFormationProperties()
    main.set("DBInstanceIdentifier", database.physicalName)
    if let source = database.replicaOf {
      // Engine, storage size, encryption, database and master user come from the primary.
      main.set("SourceDBInstanceIdentifier", CloudFormationValues.json(source.arn))
      main.set("SourceRegion", source.region.code)
    } else {
      main.set("Engine", "postgres")
      main.set("EngineVersion", database.engineVersion)
      main.set("AllocatedStorage", String(database.storageGB))
    }
    main.set("DBInstanceClass", database.instanceClass)
    main.set("MaxAllocatedStorage", database.maxStorageGB)
    main.set("StorageType", "gp3")
    if database.replicaOf == nil { main.set("StorageEncrypted", true) }
    main.set("KmsKeyId", database.kmsKeyArn)
    if database.replicaOf == nil {
      main.set("DBName", database.databaseName)
      main.set("MasterUsername", database.masterUsername)
      main.set("ManageMasterUserPassword", true)
    }
    main.set("Port", "5432")
    main.set("MultiAZ", database.multiAZ)
    main.set("BackupRetentionPeriod", database.backupRetentionDays)
    main.set("CopyTagsToSnapshot", true)
    main.set("DeletionProtection", database.deletionProtection)
    main.set("PubliclyAccessible", false)
    main.set("AutoMinorVersionUpgrade", true)
    main.set("DBSubnetGroupName", CloudFormationValues.ref(database.part("subnets").logicalID))
    main.set("VPCSecurityGroups", securityGroups(database.securityGroupID))
    main.set("Tags", CloudFormationValues.tags(database.tags))
    var primary = CloudFormationResource(logicalID: database.id.logicalID, type: "AWS::RDS::DBInstance", properties: main, retention: "Snapshot")
    if database.replicaOf != nil { primary.checkovSkips = [.replicaInheritsEncryption] }
    resources.append(primary)
    for replica in 0..<max(0, database.readReplicas) {
      var properties = CloudFormationProperties()
      properties.set("DBInstanceIdentifier", "\(database.physicalName)-replica-\(replica + 1)")
      properties.set("SourceDBInstanceIdentifier", CloudFormationValues.ref(database.id.logicalID))
      properties.set("DBInstanceClass", database.replicaInstanceClass ?? database.instanceClass)
      properties.set("CopyTagsToSnapshot", true)
      properties.set("DeletionProtection", database.deletionProtection)
      properties.set("PubliclyAccessible", false)
      properties.set("AutoMinorVersionUpgrade", true)
      properties.set("VPCSecurityGroups", securityGroups(database.securityGroupID))
      properties.set("Tags", CloudFormationValues.tags(database.tags))
      var replicaResource = CloudFormationResource(
        logicalID: database.part("replica-\(replica + 1)").logicalID, type: "AWS::RDS::DBInstance", properties: properties)
      replicaResource.checkovSkips = [.replicaInheritsEncryption]
      resources.append(replicaResource)
    }
    return resources
  }

  private func dbSubnetGroup(
    _ id: ResourceID, name: String, _ placement: NetworkPlacement?, _ tags: [Tag], in index: ModelIndex
  ) -> CloudFormationResource {
    var properties = CloudFormationProperties()
    properties.set("DBSubnetGroupDescription", "subnets of \(name)")
    properties.set("DBSubnetGroupName", name + "-subnets")
    properties.set("SubnetIds", privateSubnets(placement, in: index))
    properties.set("Tags", CloudFormationValues.tags(tags))
    return CloudFormationResource(logicalID: id.logicalID, type: "AWS::RDS::DBSubnetGroup", properties: properties)
  }
}
