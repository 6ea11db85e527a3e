// The kinds of resources in the model, with their Terraform and CloudFormation types.

/// A resource kind; each has one primary Terraform type and one CloudFormation type.
public enum ResourceKind: String, Hashable, Codable, Sendable, CaseIterable {
  case function, queue, queueTrigger, table, role, logGroup, bucket, queuePolicy, functionPermission

  /// The primary Terraform resource type.
  public var terraformType: String {
    switch self {
    case .function: return "aws_lambda_function"
    case .queue: return "aws_sqs_queue"
    case .queueTrigger: return "aws_lambda_event_source_mapping"
    case .table: return "aws_dynamodb_table"
    case .role: return "aws_iam_role"
    case .logGroup: return "aws_cloudwatch_log_group"
    case .bucket: return "aws_s3_bucket"
    case .queuePolicy: return "aws_sqs_queue_policy"
    case .functionPermission: return "aws_lambda_permission"
    }
  }

  /// The primary CloudFormation resource type.
  public var cloudFormationType: String {
    switch self {
    case .function: return "AWS::Lambda::Function"
    case .queue: return "AWS::SQS::Queue"
    case .queueTrigger: return "AWS::Lambda::EventSourceMapping"
    case .table: return "AWS::DynamoDB::Table"
    case .role: return "AWS::IAM::Role"
    case .logGroup: return "AWS::Logs::LogGroup"
    case .bucket: return "AWS::S3::Bucket"
    case .queuePolicy: return "AWS::SQS::QueuePolicy"
    case .functionPermission: return "AWS::Lambda::Permission"
    }
  }

  /// How diagnostics name the kind: "function", "queue", "queue trigger", "table".
  public var displayName: String {
    switch self {
    case .queueTrigger: return "queue trigger"
    case .logGroup: return "log group"
    case .queuePolicy: return "queue policy"
    case .functionPermission: return "function permission"
    default: return rawValue
    }
  }
}
