"""The N-services shape (docs/performance.md) with troposphere.

    python troposphere_synth.py N OUTDIR
"""
import json, os, sys

from awacs.aws import Allow, PolicyDocument, Principal, Statement
from awacs.aws import Action
from troposphere import GetAtt, Ref, Sub, Template
from troposphere.applicationautoscaling import (PredefinedMetricSpecification, ScalableTarget, ScalingPolicy,
                                                TargetTrackingScalingPolicyConfiguration)
from troposphere.awslambda import Alias, Code, Environment, EventSourceMapping, Function, ScalingConfig, Version
from troposphere.dynamodb import (AttributeDefinition, KeySchema, PointInTimeRecoverySpecification, SSESpecification,
                                  StreamSpecification, Table, TimeToLiveSpecification)
from troposphere.iam import Policy, Role
from troposphere.sqs import Queue, RedrivePolicy

PER_STACK = 50


class MappingScalingConfig(ScalingConfig):
    """troposphere 4.11.1's ScalingConfig is a later class of the same name (MaxEnvironments);
    the event source mapping's takes MaximumConcurrency."""
    props = {"MaximumConcurrency": (int, False)}
ROLE_ARN = "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/aws-service-role/lambda.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_LambdaConcurrency"


def service(t, i):
    p = f"bench-svc{i}"
    dlq = t.add_resource(Queue(f"Svc{i}Dlq", QueueName=f"{p}-dlq", MessageRetentionPeriod=1209600))
    queue = t.add_resource(Queue(f"Svc{i}Queue", QueueName=f"{p}-queue", VisibilityTimeout=180,
                                 RedrivePolicy=RedrivePolicy(deadLetterTargetArn=GetAtt(dlq, "Arn"), maxReceiveCount=3)))
    table = t.add_resource(Table(
        f"Svc{i}Table", TableName=f"{p}-table",
        AttributeDefinitions=[AttributeDefinition(AttributeName="pk", AttributeType="S"), AttributeDefinition(AttributeName="sk", AttributeType="S")],
        KeySchema=[KeySchema(AttributeName="pk", KeyType="HASH"), KeySchema(AttributeName="sk", KeyType="RANGE")],
        BillingMode="PAY_PER_REQUEST",
        PointInTimeRecoverySpecification=PointInTimeRecoverySpecification(PointInTimeRecoveryEnabled=True),
        SSESpecification=SSESpecification(SSEEnabled=True),
        TimeToLiveSpecification=TimeToLiveSpecification(AttributeName="ttl", Enabled=True),
        StreamSpecification=StreamSpecification(StreamViewType="NEW_AND_OLD_IMAGES"),
        DeletionPolicy="Retain", UpdateReplacePolicy="Retain"))
    role = t.add_resource(Role(
        f"Svc{i}Role", RoleName=f"{p}-role",
        AssumeRolePolicyDocument=PolicyDocument(Version="2012-10-17", Statement=[Statement(
            Effect=Allow, Action=[Action("sts", "AssumeRole")], Principal=Principal("Service", ["lambda.amazonaws.com"]))]),
        Policies=[Policy(PolicyName="access", PolicyDocument=PolicyDocument(Version="2012-10-17", Statement=[
            Statement(Effect=Allow, Action=[Action("sqs", "ReceiveMessage"), Action("sqs", "DeleteMessage"), Action("sqs", "GetQueueAttributes")],
                      Resource=[GetAtt(queue, "Arn")]),
            Statement(Effect=Allow, Action=[Action("dynamodb", "GetItem"), Action("dynamodb", "PutItem"), Action("dynamodb", "Query")],
                      Resource=[GetAtt(table, "Arn")]),
        ]))]))
    function = t.add_resource(Function(
        f"Svc{i}Function", FunctionName=f"{p}-fn", Role=GetAtt(role, "Arn"), Runtime="python3.12", Handler="app.handler",
        Code=Code(S3Bucket="iac-bench-artifacts", S3Key="lambda/handler.zip"), MemorySize=512, Timeout=30,
        Architectures=["arm64"], Environment=Environment(Variables={"TABLE_NAME": Ref(table)})))
    version = t.add_resource(Version(f"Svc{i}Version", FunctionName=Ref(function)))
    alias = t.add_resource(Alias(f"Svc{i}Alias", Name="live", FunctionName=Ref(function), FunctionVersion=GetAtt(version, "Version")))
    t.add_resource(EventSourceMapping(
        f"Svc{i}QueueMapping", EventSourceArn=GetAtt(queue, "Arn"), FunctionName=Ref(alias), BatchSize=25,
        MaximumBatchingWindowInSeconds=20, ScalingConfig=MappingScalingConfig(MaximumConcurrency=100)))
    target = t.add_resource(ScalableTarget(
        f"Svc{i}ScalingTarget", ServiceNamespace="lambda", ScalableDimension="lambda:function:ProvisionedConcurrency",
        ResourceId=f"function:{p}-fn:live", MinCapacity=1, MaxCapacity=100, RoleARN=Sub(ROLE_ARN), DependsOn=[alias]))
    t.add_resource(ScalingPolicy(
        f"Svc{i}ScalingPolicy", PolicyName=f"{p}-pc-utilization", PolicyType="TargetTrackingScaling", ScalingTargetId=Ref(target),
        TargetTrackingScalingPolicyConfiguration=TargetTrackingScalingPolicyConfiguration(
            TargetValue=0.7, PredefinedMetricSpecification=PredefinedMetricSpecification(
                PredefinedMetricType="LambdaProvisionedConcurrencyUtilization"))))


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    os.makedirs(out, exist_ok=True)
    for k, start in enumerate(range(0, n, PER_STACK)):
        t = Template(Description=f"N-services benchmark stack, N={n}, part {k}")
        for i in range(start, min(start + PER_STACK, n)):
            service(t, i)
        with open(os.path.join(out, f"Bench{k}.template.json"), "w") as f:
            f.write(json.dumps(t.to_dict(), sort_keys=True, indent=1))


if __name__ == "__main__":
    main()
