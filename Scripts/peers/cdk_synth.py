"""The N-services shape (docs/performance.md) with the AWS CDK (L2 constructs).

    python cdk_synth.py N OUTDIR
"""
import sys

import aws_cdk as cdk
from aws_cdk import Duration, aws_dynamodb as dynamodb, aws_iam as iam, aws_lambda as lambda_, aws_s3 as s3, aws_sqs as sqs
from constructs import Construct

PER_STACK = 50


class Service(Construct):
    def __init__(self, scope, i):
        super().__init__(scope, f"Svc{i}")
        p = f"bench-svc{i}"
        dlq = sqs.Queue(self, "Dlq", queue_name=f"{p}-dlq", retention_period=Duration.days(14))
        queue = sqs.Queue(self, "Queue", queue_name=f"{p}-queue", visibility_timeout=Duration.seconds(180),
                          dead_letter_queue=sqs.DeadLetterQueue(queue=dlq, max_receive_count=3))
        table = dynamodb.Table(
            self, "Table", table_name=f"{p}-table",
            partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
            sort_key=dynamodb.Attribute(name="sk", type=dynamodb.AttributeType.STRING),
            billing_mode=dynamodb.BillingMode.PAY_PER_REQUEST, encryption=dynamodb.TableEncryption.AWS_MANAGED,
            point_in_time_recovery_specification=dynamodb.PointInTimeRecoverySpecification(point_in_time_recovery_enabled=True),
            time_to_live_attribute="ttl", stream=dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
            removal_policy=cdk.RemovalPolicy.RETAIN)
        role = iam.Role(
            self, "Role", role_name=f"{p}-role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
            inline_policies={"access": iam.PolicyDocument(statements=[
                iam.PolicyStatement(actions=["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"], resources=[queue.queue_arn]),
                iam.PolicyStatement(actions=["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query"], resources=[table.table_arn]),
            ])})
        bucket = s3.Bucket.from_bucket_name(self, "Artifacts", "iac-bench-artifacts")
        function = lambda_.Function(
            self, "Function", function_name=f"{p}-fn", role=role, runtime=lambda_.Runtime.PYTHON_3_12, handler="app.handler",
            code=lambda_.Code.from_bucket(bucket, "lambda/handler.zip"), memory_size=512, timeout=Duration.seconds(30),
            architecture=lambda_.Architecture.ARM_64, environment={"TABLE_NAME": table.table_name})
        version = lambda_.Version(self, "Version", lambda_=function)
        alias = lambda_.Alias(self, "Alias", alias_name="live", version=version)
        lambda_.EventSourceMapping(self, "QueueMapping", target=alias, event_source_arn=queue.queue_arn, batch_size=25,
                                   max_batching_window=Duration.seconds(20), max_concurrency=100)
        alias.add_auto_scaling(min_capacity=1, max_capacity=100).scale_on_utilization(utilization_target=0.7)


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    app = cdk.App(outdir=out)
    for k, start in enumerate(range(0, n, PER_STACK)):
        stack = cdk.Stack(app, f"Bench{k}", description=f"N-services benchmark stack, N={n}, part {k}")
        for i in range(start, min(start + PER_STACK, n)):
            Service(stack, i)
    app.synth()


if __name__ == "__main__":
    main()
