// Typed permissions a function has on other resources.

/// A permission a function holds on another resource; it becomes one IAM statement with an
/// explicit action list scoped to that resource's ARN.
public struct Grant: Hashable, Codable, Sendable {
  /// What the grant allows.
  public enum Access: String, Hashable, Codable, Sendable {
    case consumeQueue, sendToQueue, readTable, writeTable, readWriteTable, readTableStream
    /// The item operations in `tableActions`, no others.
    case tableItems
    case readBucket, writeBucket, readWriteBucket
    case readSecret, rotateSecret, readKinesis, writeKinesis, publishToTopic
    case readDAX, writeDAX, readWriteDAX, putEvents, invokeFunction, startExecution
  }

  public var access: Access
  public var target: ResourceID
  public var targetKind: ResourceKind
  /// Set for a grant on a global table's replica in the grantee's Region: the target is a
  /// table of another stack, reached by its physical name.
  public var replica: TableReplicaReference?
  /// For `tableItems`: the operations allowed, in a fixed order.
  public var tableActions: [TableAction] = []

  init(access: Access, target: ResourceID, targetKind: ResourceKind, replica: TableReplicaReference? = nil) {
    self.access = access
    self.target = target
    self.targetKind = targetKind
    self.replica = replica
  }

  /// Receive, delete and change visibility of messages (what a queue consumer needs).
  public static func consume(_ queue: Queue) -> Grant { Grant(access: .consumeQueue, target: queue.id, targetKind: .queue) }
  /// Send messages to a queue.
  public static func send(to queue: Queue) -> Grant { Grant(access: .sendToQueue, target: queue.id, targetKind: .queue) }
  /// Read items of a table and its indexes.
  public static func read(_ table: Table) -> Grant { Grant(access: .readTable, target: table.id, targetKind: .table) }
  /// Write items of a table.
  public static func write(_ table: Table) -> Grant { Grant(access: .writeTable, target: table.id, targetKind: .table) }
  /// Read and write items of a table.
  public static func readWrite(_ table: Table) -> Grant {
    Grant(access: .readWriteTable, target: table.id, targetKind: .table)
  }
  /// Exactly the named item operations on a table and its indexes, for a role narrower than
  /// `read`, `write` or `readWrite`: `.items(of: orders, .getItem, .putItem, .query)`.
  public static func items(of table: Table, _ action: TableAction, _ more: TableAction...) -> Grant {
    var grant = Grant(access: .tableItems, target: table.id, targetKind: .table)
    grant.tableActions = TableAction.allCases.filter { $0 == action || more.contains($0) }
    return grant
  }
  /// Read (get and list) objects of a bucket.
  public static func read(_ bucket: Bucket) -> Grant { Grant(access: .readBucket, target: bucket.id, targetKind: .bucket) }
  /// Write (put and delete) objects of a bucket.
  public static func write(_ bucket: Bucket) -> Grant { Grant(access: .writeBucket, target: bucket.id, targetKind: .bucket) }
  /// Read and write objects of a bucket.
  public static func readWrite(_ bucket: Bucket) -> Grant {
    Grant(access: .readWriteBucket, target: bucket.id, targetKind: .bucket)
  }
  /// Read a secret's value.
  public static func read(_ secret: Secret) -> Grant { Grant(access: .readSecret, target: secret.id, targetKind: .secret) }
  /// Read records of a Kinesis stream.
  public static func read(_ stream: KinesisStream) -> Grant { Grant(access: .readKinesis, target: stream.id, targetKind: .stream) }
  /// Put records into a Kinesis stream.
  public static func write(_ stream: KinesisStream) -> Grant { Grant(access: .writeKinesis, target: stream.id, targetKind: .stream) }
  /// Publish messages to a topic.
  public static func publish(to topic: Topic) -> Grant { Grant(access: .publishToTopic, target: topic.id, targetKind: .topic) }
  /// Read items of a global table's replica in this stack's Region.
  public static func read(_ replica: TableReplicaReference) -> Grant {
    Grant(access: .readTable, target: replica.table, targetKind: .table, replica: replica)
  }
  /// Write items of a global table's replica in this stack's Region.
  public static func write(_ replica: TableReplicaReference) -> Grant {
    Grant(access: .writeTable, target: replica.table, targetKind: .table, replica: replica)
  }
  /// Read and write items of a global table's replica in this stack's Region.
  public static func readWrite(_ replica: TableReplicaReference) -> Grant {
    Grant(access: .readWriteTable, target: replica.table, targetKind: .table, replica: replica)
  }
  /// Read items through a DAX cluster (the cluster's own role reaches the table).
  public static func read(_ cluster: DAXCluster) -> Grant { Grant(access: .readDAX, target: cluster.id, targetKind: .daxCluster) }
  /// Write items through a DAX cluster.
  public static func write(_ cluster: DAXCluster) -> Grant { Grant(access: .writeDAX, target: cluster.id, targetKind: .daxCluster) }
  /// Read and write items through a DAX cluster.
  public static func readWrite(_ cluster: DAXCluster) -> Grant {
    Grant(access: .readWriteDAX, target: cluster.id, targetKind: .daxCluster)
  }
  /// Put events on an event bus.
  public static func putEvents(to bus: EventBus) -> Grant { Grant(access: .putEvents, target: bus.id, targetKind: .eventBus) }
  /// Invoke a function (any of its versions and aliases).
  public static func invoke(_ function: Function) -> Grant {
    Grant(access: .invokeFunction, target: function.id, targetKind: .function)
  }
  /// Start executions of a state machine (also synchronous ones, for an express workflow).
  public static func startExecution(of machine: StateMachine) -> Grant {
    Grant(access: .startExecution, target: machine.id, targetKind: .stateMachine)
  }
  /// Read a table's stream.
  public static func readStream(of table: Table) -> Grant {
    Grant(access: .readTableStream, target: table.id, targetKind: .table)
  }
}

/// A DynamoDB item operation a grant can name on its own (`Grant.items(of:_:)`).
public enum TableAction: String, Hashable, Codable, Sendable, CaseIterable {
  case batchGetItem = "BatchGetItem"
  case batchWriteItem = "BatchWriteItem"
  case conditionCheckItem = "ConditionCheckItem"
  case deleteItem = "DeleteItem"
  case getItem = "GetItem"
  case putItem = "PutItem"
  case query = "Query"
  case scan = "Scan"
  case updateItem = "UpdateItem"

  /// Whether the operation changes items (and so needs to encrypt with a table's KMS key).
  public var writes: Bool { [.batchWriteItem, .deleteItem, .putItem, .updateItem].contains(self) }
  /// The IAM action, `dynamodb:GetItem`.
  var iamAction: String { "dynamodb:" + rawValue }
}
