// The kinds of resources in the model, with their Terraform and CloudFormation types.

/// A resource kind; each has one primary Terraform type and one CloudFormation type.
public enum ResourceKind: String, Hashable, Codable, Sendable, CaseIterable {
  case function, queue, queueTrigger, table, role, logGroup, bucket, queuePolicy, functionPermission
  case network, securityGroup, securityGroupIngress, cache, daxCluster, secret, stream
  case auroraCluster, postgresDatabase, ecsCluster, fargateService, loadBalancer, targetGroup, autoScaling
  case instanceGroup, topic, eventBus, eventRule, topicPolicy, alarm, repository, stateMachine, httpApi, restApi, webACL, bucketPolicy, distribution, hostedZone, lambdaDeployment, dashboard
  case certificate, zoneRecord, apiGatewayAccount, registryReplication, recordHealthCheck
  /// Subnets of a network (referenced, not declared on their own).
  case subnet

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
    case .network: return "aws_vpc"
    case .securityGroup: return "aws_security_group"
    case .securityGroupIngress: return "aws_vpc_security_group_ingress_rule"
    case .cache: return "aws_elasticache_replication_group"
    case .daxCluster: return "aws_dax_cluster"
    case .secret: return "aws_secretsmanager_secret"
    case .stream: return "aws_kinesis_stream"
    case .auroraCluster: return "aws_rds_cluster"
    case .postgresDatabase: return "aws_db_instance"
    case .ecsCluster: return "aws_ecs_cluster"
    case .fargateService: return "aws_ecs_service"
    case .loadBalancer: return "aws_lb"
    case .targetGroup: return "aws_lb_target_group"
    case .autoScaling: return "aws_appautoscaling_target"
    case .instanceGroup: return "aws_autoscaling_group"
    case .topic: return "aws_sns_topic"
    case .eventBus: return "aws_cloudwatch_event_bus"
    case .eventRule: return "aws_cloudwatch_event_rule"
    case .topicPolicy: return "aws_sns_topic_policy"
    case .alarm: return "aws_cloudwatch_metric_alarm"
    case .repository: return "aws_ecr_repository"
    case .stateMachine: return "aws_sfn_state_machine"
    case .httpApi: return "aws_apigatewayv2_api"
    case .restApi: return "aws_api_gateway_rest_api"
    case .webACL: return "aws_wafv2_web_acl"
    case .bucketPolicy: return "aws_s3_bucket_policy"
    case .distribution: return "aws_cloudfront_distribution"
    case .hostedZone: return "aws_route53_zone"
    case .lambdaDeployment: return "aws_codedeploy_deployment_group"
    case .dashboard: return "aws_cloudwatch_dashboard"
    case .certificate: return "aws_acm_certificate"
    case .zoneRecord: return "aws_route53_record"
    case .apiGatewayAccount: return "aws_api_gateway_account"
    case .registryReplication: return "aws_ecr_replication_configuration"
    case .recordHealthCheck: return "aws_route53_health_check"
    case .subnet: return "aws_subnet"
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
    case .network: return "AWS::EC2::VPC"
    case .securityGroup: return "AWS::EC2::SecurityGroup"
    case .securityGroupIngress: return "AWS::EC2::SecurityGroupIngress"
    case .cache: return "AWS::ElastiCache::ReplicationGroup"
    case .daxCluster: return "AWS::DAX::Cluster"
    case .secret: return "AWS::SecretsManager::Secret"
    case .stream: return "AWS::Kinesis::Stream"
    case .auroraCluster: return "AWS::RDS::DBCluster"
    case .postgresDatabase: return "AWS::RDS::DBInstance"
    case .ecsCluster: return "AWS::ECS::Cluster"
    case .fargateService: return "AWS::ECS::Service"
    case .loadBalancer: return "AWS::ElasticLoadBalancingV2::LoadBalancer"
    case .targetGroup: return "AWS::ElasticLoadBalancingV2::TargetGroup"
    case .autoScaling: return "AWS::ApplicationAutoScaling::ScalableTarget"
    case .instanceGroup: return "AWS::AutoScaling::AutoScalingGroup"
    case .topic: return "AWS::SNS::Topic"
    case .eventBus: return "AWS::Events::EventBus"
    case .eventRule: return "AWS::Events::Rule"
    case .topicPolicy: return "AWS::SNS::TopicPolicy"
    case .alarm: return "AWS::CloudWatch::Alarm"
    case .repository: return "AWS::ECR::Repository"
    case .stateMachine: return "AWS::StepFunctions::StateMachine"
    case .httpApi: return "AWS::ApiGatewayV2::Api"
    case .restApi: return "AWS::ApiGateway::RestApi"
    case .webACL: return "AWS::WAFv2::WebACL"
    case .bucketPolicy: return "AWS::S3::BucketPolicy"
    case .distribution: return "AWS::CloudFront::Distribution"
    case .hostedZone: return "AWS::Route53::HostedZone"
    case .lambdaDeployment: return "AWS::CodeDeploy::DeploymentGroup"
    case .dashboard: return "AWS::CloudWatch::Dashboard"
    case .certificate: return "AWS::CertificateManager::Certificate"
    case .zoneRecord: return "AWS::Route53::RecordSet"
    case .apiGatewayAccount: return "AWS::ApiGateway::Account"
    case .registryReplication: return "AWS::ECR::ReplicationConfiguration"
    case .recordHealthCheck: return "AWS::Route53::HealthCheck"
    case .subnet: return "AWS::EC2::Subnet"
    }
  }

  /// How diagnostics name the kind: "function", "queue", "queue trigger", "table".
  public var displayName: String {
    switch self {
    case .queueTrigger: return "queue trigger"
    case .logGroup: return "log group"
    case .queuePolicy: return "queue policy"
    case .functionPermission: return "function permission"
    case .securityGroup: return "security group"
    case .securityGroupIngress: return "security group rule"
    case .daxCluster: return "DAX cluster"
    case .auroraCluster: return "Aurora cluster"
    case .postgresDatabase: return "database"
    case .ecsCluster: return "ECS cluster"
    case .fargateService: return "service"
    case .loadBalancer: return "load balancer"
    case .targetGroup: return "target group"
    case .autoScaling: return "auto scaling"
    case .instanceGroup: return "instance group"
    case .eventBus: return "event bus"
    case .eventRule: return "event rule"
    case .topicPolicy: return "topic policy"
    case .stateMachine: return "state machine"
    case .httpApi: return "HTTP API"
    case .restApi: return "REST API"
    case .webACL: return "web ACL"
    case .bucketPolicy: return "bucket policy"
    case .distribution: return "distribution"
    case .hostedZone: return "hosted zone"
    case .lambdaDeployment: return "deployment"
    case .zoneRecord: return "DNS record"
    case .apiGatewayAccount: return "API Gateway account setting"
    case .registryReplication: return "ECR replication"
    case .recordHealthCheck: return "health check"
    default: return rawValue
    }
  }
}
