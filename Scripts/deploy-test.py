#!/usr/bin/env python3
"""Deploy test: `iacgen deploy` and `iacgen destroy` against moto's server on 127.0.0.1.

For each engine (Terraform, CloudFormation through the AWS CLI) and each example, on a fresh
moto state: put the functions' code objects where the stacks expect them (the stacks do not
create them), run `iacgen deploy` with the engine, check the deployed resources, turn deletion
protection off through the API (as an operator would before tearing down), run
`iacgen destroy --yes` and check the resources are gone. Both engines reach moto through
AWS_ENDPOINT_URL, which Terraform's AWS provider and the AWS CLI both read.

Where moto lacks an API that a stack needs, the gap is listed in MOTO_GAPS below (and in
docs/referees.md) and the checks skip what it cannot hold; no stack is dropped from the run.

    python3 Scripts/deploy-test.py --iacgen .build/debug/iacgen [--plugin-dir DIR]
        [--examples QueueWorker,Phase0,CloudSync] [--engines terraform,cloudformation]

Installs moto[server], boto3 and the AWS CLI with pip when they are missing. Exit status 0
when every deploy, check and destroy holds.
"""

import argparse, io, json, os, shutil, socket, subprocess, sys, tempfile, time, urllib.request, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_EXAMPLES = ["QueueWorker", "Phase0", "CloudSync"]

# What moto's server lacks that the examples need, by engine. A deploy that fails must fail on
# one of its engine's gaps (the pattern matches the engine's output); the test says which, then
# destroys what was created and checks it is gone. docs/referees.md lists the same gaps.
MOTO_GAPS = [
    {"engine": "terraform", "api": "Step Functions ValidateStateMachineDefinition",
     "effect": "the AWS provider validates a state machine's definition before creating it (at plan, or at apply when the definition holds values known only then) and moto lacks the action, so aws_sfn_state_machine is not created",
     "pattern": r"UnknownOperationException: moto's server lacks ValidateStateMachineDefinition",
     # terraform destroy refreshes first, planning the configuration (and so validating the
     # definition) again; iacgen destroy --no-refresh destroys what the state holds.
     "destroy": ["--no-refresh"]},
    {"engine": "terraform", "api": "ElastiCache CreateCacheParameterGroup",
     "effect": "moto lacks the action, so aws_elasticache_parameter_group and the replication groups that use it are not created",
     "pattern": r"UnknownOperationException: moto's server lacks CreateCacheParameterGroup"},
    {"engine": "terraform", "api": "Application Auto Scaling ListTagsForResource",
     "effect": "the AWS provider reads a scalable target's tags right after creating it and whenever it refreshes the state, and moto lacks the action, so applying and refreshing a stack with aws_appautoscaling_target fail (the targets are created)",
     "pattern": r"Application Auto Scaling: ListTagsForResource, .*moto's server lacks ListTagsForResource",
     "destroy": ["--no-refresh"]},
    {"engine": "terraform", "api": "ElastiCache DeleteCacheSubnetGroup",
     "effect": "moto lacks the action, so terraform destroy cannot delete aws_elasticache_subnet_group (nor the subnets after it); the test drops the groups from the state (terraform state rm, as an operator would for a resource deleted by hand) and destroys again, and the groups stay in moto",
     "pattern": r"UnknownOperationException: moto's server lacks DeleteCacheSubnetGroup",
     "forget": r"^aws_elasticache_subnet_group\."},
    {"engine": "both", "api": "RDS CreateDBInstanceReadReplica across Regions",
     "effect": "moto looks up a cross-Region read replica's DB subnet group in the source database's Region, so the replica in the DR Region is not created",
     "pattern": r"DBSubnetGroupNotFoundFault"},
    {"engine": "cloudformation", "api": "CloudFormation AWS::RDS::DBCluster",
     "effect": "moto's CloudFormation has no AWS::RDS::DBCluster and fails on an Aurora DBInstance (KeyError 'aurora-postgresql'), so the change set fails after creating the resources before it",
     "pattern": r"KeyError: 'aurora-postgresql'"},
    {"engine": "cloudformation", "api": "CloudFormation Fn::GetAtt MasterUserSecret.SecretArn of AWS::RDS::DBInstance",
     "effect": "moto's CloudFormation lacks the attribute (the secret RDS keeps a managed master password in), so executing the change set of a stack that hands it to its services fails",
     "pattern": r"does not support attribute type MasterUserSecret\.SecretArn"},
    {"engine": "cloudformation", "api": "CloudFormation deletion of EC2 network and ECS resources",
     "effect": "moto's CloudFormation deletes none of these types with their stack, so deleting a stack's VPC fails (DependencyViolation) and moto forgets the stack with them left",
     "types": ["AWS::EC2::NatGateway", "AWS::EC2::EIP", "AWS::EC2::RouteTable", "AWS::EC2::Route", "AWS::EC2::VPCEndpoint",
               "AWS::EC2::InternetGateway", "AWS::EC2::VPCGatewayAttachment", "AWS::EC2::FlowLog",
               "AWS::ECS::Cluster", "AWS::ECS::Service", "AWS::ECS::TaskDefinition"],
     "pattern": r"DependencyViolation\) when calling the DeleteStack operation: The vpc",
     # destroy goes on to the other stacks; then what CloudFormation would have deleted is
     # deleted through the APIs.
     "forgets_stack": True},
    {"engine": "cloudformation", "api": "CloudFormation deletion of an RDS read replica after its source",
     "effect": "moto's CloudFormation deletes a read replica after its source database only half-way (the replica goes, the call fails: DBInstanceNotFound), so deleting the stack fails and moto forgets it",
     "pattern": r"DBInstanceNotFound\) when calling the DeleteStack operation",
     "forgets_stack": True},
]


def quiet_moto_warnings():
    import warnings
    warnings.filterwarnings("ignore", category=UserWarning, module=r"moto\..*")


def ensure_packages():
    try:
        import boto3, moto  # noqa: F401
        from moto.server import ThreadedMotoServer  # noqa: F401
    except ImportError:
        subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", "moto[server]", "boto3"])
    if shutil.which("aws") is None:
        subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", "awscli"])


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def check(condition, message):
    if not condition:
        raise AssertionError(message)
    print("  ok:", message)


class Moto:
    """moto's server in this process, reset between runs."""

    def __init__(self):
        from moto.server import ThreadedMotoServer
        import logging
        # moto's server logs each request it fails (an action it lacks, an exception) with its
        # traceback; keep them to match MOTO_GAPS against, instead of printing them.
        self.errors = []
        collector = logging.Handler(logging.ERROR)
        collector.emit = lambda record: self.errors.append(logging.Formatter().format(record))
        werkzeug = logging.getLogger("werkzeug")
        werkzeug.addHandler(collector)
        werkzeug.setLevel(logging.ERROR)
        werkzeug.propagate = False
        self.answer_missing_actions()
        self.give_each_database_its_resource_id()
        self.port = free_port()
        self.server = ThreadedMotoServer(ip_address="127.0.0.1", port=self.port, verbose=False)
        self.server.start()
        self.endpoint = f"http://127.0.0.1:{self.port}"

    @staticmethod
    def answer_missing_actions():
        """moto answers an action it lacks with HTTP 500, which the AWS SDKs retry with backoff
        (Terraform's provider 25 times, minutes per call). Answer a client error instead, in the
        service's own protocol: UnknownOperationException, "moto's server lacks <Action>", so the
        engine fails at once and names the gap. Nothing is faked: the call still fails."""
        from moto.core.exceptions import ServiceException
        from moto.core.responses import ActionResult, BaseResponse
        call_action = BaseResponse.call_action

        def call_action_or_say_it_lacks_it(self):
            try:
                return call_action(self)
            except NotImplementedError:
                # moto finds an error's service model from the module the exception is defined in.
                service = type(self).__module__.split(".")[1]
                lacking = type("UnknownOperationException", (ServiceException,),
                               {"__module__": f"moto.{service}.exceptions", "code": "UnknownOperationException"})
                return self.serialized(ActionResult(lacking(f"moto's server lacks {self._get_action()}")))
        BaseResponse.call_action = call_action_or_say_it_lacks_it

    @staticmethod
    def give_each_database_its_resource_id():
        """moto gives every DB instance, and each read replica a copy of its source's, the same
        DbiResourceId; RDS gives each its own, and the AWS provider finds an instance by it (with
        two alike in a Region it finds neither: "couldn't find resource", or a destroy that waits
        forever). Give each instance and replica an ID of its own, as RDS does."""
        import random, string
        from moto.rds.models import DBInstance, RDSBackend

        def own_id():
            return "db-" + "".join(random.choices(string.ascii_uppercase + string.digits, k=26))
        initialize = DBInstance.__init__

        def initialize_with_own_resource_id(self, *args, **kwargs):
            initialize(self, *args, **kwargs)
            self.dbi_resource_id = own_id()
        DBInstance.__init__ = initialize_with_own_resource_id
        create_replica = RDSBackend.create_db_instance_read_replica

        def create_replica_with_own_resource_id(self, db_kwargs):
            replica = create_replica(self, db_kwargs)
            replica.dbi_resource_id = own_id()
            return replica
        RDSBackend.create_db_instance_read_replica = create_replica_with_own_resource_id

    def reset(self):
        urllib.request.urlopen(urllib.request.Request(self.endpoint + "/moto-api/reset", method="POST")).read()

    def client(self, service, region):
        import boto3
        return boto3.client(service, region_name=region, endpoint_url=self.endpoint,
                            aws_access_key_id="testing", aws_secret_access_key="testing")

    def seed_certificate(self, arn):
        """An existing certificate at `arn`, as the stacks that name it by ARN expect: a
        self-signed certificate imported through the API, then filed under that ARN in moto's
        store (the API gives imported certificates ARNs of its own)."""
        import datetime
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import rsa
        from cryptography.x509.oid import NameOID
        from moto.acm.models import acm_backends
        region, account = arn.split(":")[3], arn.split(":")[4]
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "deploy-test.example.com")])
        now = datetime.datetime.now(datetime.timezone.utc)
        certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                       .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
                       .not_valid_after(now + datetime.timedelta(days=30)).sign(key, hashes.SHA256()))
        imported = self.client("acm", region).import_certificate(
            Certificate=certificate.public_bytes(serialization.Encoding.PEM),
            PrivateKey=key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                                         serialization.NoEncryption()))["CertificateArn"]
        store = acm_backends[account][region]._certificates
        bundle = store.pop(imported)
        bundle.arn = arn
        store[arn] = bundle

    def stop(self):
        self.server.stop()


def golden(example):
    """The example's committed output (the tests keep it equal to `iacgen synth`): templates by
    file name with their Regions, in deploy order."""
    directory = os.path.join(ROOT, "Examples", example, "golden", "cloudformation")
    manifest = json.load(open(os.path.join(directory, "manifest.json")))
    return [(entry, json.load(open(os.path.join(directory, entry["template"])))) for entry in manifest["templates"]]


def resources(example, type_name):
    """(region, logical ID, properties) of every resource of a CloudFormation type."""
    for entry, template in golden(example):
        for logical_id, resource in template["Resources"].items():
            if resource["Type"] == type_name:
                yield entry["region"], logical_id, resource.get("Properties", {})


def terraform_stacks(example):
    """The example's Terraform modules' stack names, in apply order."""
    manifest = json.load(open(os.path.join(ROOT, "Examples", example, "golden", "terraform", "manifest.json")))
    return [module["stack"] for module in manifest["modules"]]


def literal(value):
    return value if isinstance(value, str) else None


def create_bucket(moto, region, name):
    s3 = moto.client("s3", region)
    try:
        if region == "us-east-1":
            s3.create_bucket(Bucket=name)
        else:
            s3.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": region})
    except s3.exceptions.BucketAlreadyOwnedByYou:
        pass


def prepare(moto, example):
    """What the stacks expect to exist: each zip function's code object (a handler that returns)
    and a template bucket per Region for CloudFormation."""
    for region, _, properties in resources(example, "AWS::Lambda::Function"):
        code = properties.get("Code", {})
        bucket, key = literal(code.get("S3Bucket")), literal(code.get("S3Key"))
        if not bucket or not key:
            continue
        module = properties.get("Handler", "app.handler").rsplit(".", 1)[0]
        archive = io.BytesIO()
        with zipfile.ZipFile(archive, "w") as z:
            z.writestr(module.replace(".", "/") + ".py", "def handler(event, context):\n    return None\n")
        create_bucket(moto, region, bucket)
        moto.client("s3", region).put_object(Bucket=bucket, Key=key, Body=archive.getvalue())
    for entry, _ in golden(example):
        create_bucket(moto, entry["region"], f"iacgen-deploy-test-templates-{entry['region']}")
    for arn in sorted(certificate_arns(example)):
        moto.seed_certificate(arn)


def certificate_arns(example):
    """The ACM certificates an example's listeners name (existing certificates, by ARN)."""
    found = set()
    for entry, template in golden(example):
        for resource in template["Resources"].values():
            for certificate in resource.get("Properties", {}).get("Certificates", []) or []:
                arn = literal(certificate.get("CertificateArn"))
                if arn and arn.startswith("arn:aws:acm:"):
                    found.add(arn)
    return found


def named(example, type_name, name_property):
    """(region, name) of each resource of a type whose name the template spells out."""
    return [(region, literal(p.get(name_property))) for region, _, p in resources(example, type_name) if literal(p.get(name_property))]


def census(moto, example):
    """(type, name, Region, exists) of every named queue, table, function, bucket, topic, stream,
    cluster and database the templates declare."""
    probes = [
        ("AWS::SQS::Queue", "QueueName", lambda c, n: c.get_queue_url(QueueName=n), "sqs"),
        ("AWS::DynamoDB::Table", "TableName", lambda c, n: c.describe_table(TableName=n), "dynamodb"),
        ("AWS::Lambda::Function", "FunctionName", lambda c, n: c.get_function(FunctionName=n), "lambda"),
        ("AWS::S3::Bucket", "BucketName", lambda c, n: c.head_bucket(Bucket=n), "s3"),
        ("AWS::SNS::Topic", "TopicName", lambda c, n: c.get_topic_attributes(TopicArn=f"arn:aws:sns:{c.meta.region_name}:123456789012:{n}"), "sns"),
        ("AWS::Kinesis::Stream", "Name", lambda c, n: c.describe_stream_summary(StreamName=n), "kinesis"),
        ("AWS::ECS::Cluster", "ClusterName", lambda c, n: c.describe_clusters(clusters=[n])["clusters"][0], "ecs"),
        ("AWS::RDS::DBInstance", "DBInstanceIdentifier", lambda c, n: c.describe_db_instances(DBInstanceIdentifier=n), "rds"),
    ]
    found = []
    for type_name, name_property, probe, service in probes:
        for region, name in named(example, type_name, name_property):
            try:
                result = probe(moto.client(service, region), name)
                exists = not (service == "ecs" and result.get("status") == "INACTIVE")
            except Exception:
                exists = False
            found.append((type_name, name, region, exists))
    return found


def verify(moto, example, present):
    """Every named resource exists (present) or is gone (not present)."""
    found = census(moto, example)
    for type_name, name, region, exists in found:
        if exists != present:
            raise AssertionError(f"{type_name} {name} in {region} {'is missing' if present else 'is still there'}")
    check(len(found) > 0, f"{example}: {len(found)} named resources {'exist' if present else 'are gone'}")


def verify_partial(moto, example):
    """After a deploy stopped on a moto gap: some named resources were created."""
    found = census(moto, example)
    created = sum(1 for *_, exists in found if exists)
    check(created > 0, f"{example}: {created} of {len(found)} named resources were created before the gap stopped the deploy")


def verify_queue_worker(moto):
    """QueueWorker's settings, as declared (Examples/QueueWorker)."""
    sqs = moto.client("sqs", "us-east-1")
    primary = sqs.get_queue_attributes(QueueUrl=sqs.get_queue_url(QueueName="queue-worker-primary")["QueueUrl"], AttributeNames=["All"])["Attributes"]
    check(primary["VisibilityTimeout"] == "900", "primary queue: visibility timeout 15 minutes")
    check(json.loads(primary["RedrivePolicy"])["maxReceiveCount"] in (3, "3"), "primary queue: dead-letter after 3 receives")
    table = moto.client("dynamodb", "us-east-1").describe_table(TableName="queue-worker-transcripts")["Table"]
    check([k["AttributeName"] for k in table["KeySchema"]] == ["memoId", "createdAt"], "table: memoId / createdAt key")
    check(table.get("DeletionProtectionEnabled") is True, "table: deletion protection")
    function = moto.client("lambda", "us-east-1").get_function(FunctionName="queue-worker-consumer")["Configuration"]
    check(function["Runtime"] == "python3.12" and function["MemorySize"] == 1024 and function["Timeout"] == 120, "function: python3.12, 1024 MB, 120 s")
    # moto filters mappings by the name they were created with (here the function's ARN), so list all.
    mappings = [m for m in moto.client("lambda", "us-east-1").list_event_source_mappings()["EventSourceMappings"]
                if m["FunctionArn"] == function["FunctionArn"]]
    check(len(mappings) == 1 and mappings[0]["BatchSize"] == 25, "function: consumes the primary queue in batches of 25")


def unprotect(moto, example):
    """Turns deletion protection off through the API, as an operator does before a teardown."""
    for region, name in named(example, "AWS::DynamoDB::Table", "TableName"):
        try:
            moto.client("dynamodb", region).update_table(TableName=name, DeletionProtectionEnabled=False)
        except Exception as error:
            print(f"  note: table {name}: {str(error).splitlines()[0][:160]}")
    rds = [("AWS::RDS::DBCluster", "DBClusterIdentifier", "modify_db_cluster"),
           ("AWS::RDS::DBInstance", "DBInstanceIdentifier", "modify_db_instance")]
    for type_name, id_property, modify in rds:
        for region, _, properties in resources(example, type_name):
            name = literal(properties.get(id_property))
            if name:
                try:
                    getattr(moto.client("rds", region), modify)(**{id_property: name}, DeletionProtection=False, ApplyImmediately=True)
                except Exception as error:
                    print(f"  note: {name}: {str(error).splitlines()[0][:160]}")
    regions = {entry["region"] for entry, _ in golden(example)}
    for region in regions:
        elb = moto.client("elbv2", region)
        for balancer in elb.describe_load_balancers().get("LoadBalancers", []):
            elb.modify_load_balancer_attributes(
                LoadBalancerArn=balancer["LoadBalancerArn"], Attributes=[{"Key": "deletion_protection.enabled", "Value": "false"}])


def delete_leftovers(moto, example):
    """Deletes, through the APIs, what moto's CloudFormation leaves after deleting a stack
    (MOTO_GAPS): ECS services, task definitions and clusters, and each non-default VPC with the
    network resources in it."""
    left = []
    for region, name in named(example, "AWS::ECS::Cluster", "ClusterName"):
        ecs = moto.client("ecs", region)
        if not [c for c in ecs.describe_clusters(clusters=[name])["clusters"] if c["status"] == "ACTIVE"]:
            continue
        for service in ecs.list_services(cluster=name)["serviceArns"]:
            ecs.delete_service(cluster=name, service=service, force=True)
            left.append(service)
        ecs.delete_cluster(cluster=name)
        left.append(name)
    for region in sorted({entry["region"] for entry, _ in golden(example)}):
        ecs = moto.client("ecs", region)
        for task in ecs.list_task_definitions()["taskDefinitionArns"]:
            ecs.deregister_task_definition(taskDefinition=task)
            left.append(task)
        ec2 = moto.client("ec2", region)
        for vpc in [v["VpcId"] for v in ec2.describe_vpcs()["Vpcs"] if not v.get("IsDefault")]:
            in_vpc = [{"Name": "vpc-id", "Values": [vpc]}]
            logs = [f["FlowLogId"] for f in ec2.describe_flow_logs(Filters=[{"Name": "resource-id", "Values": [vpc]}])["FlowLogs"]]
            if logs:
                ec2.delete_flow_logs(FlowLogIds=logs)
                left += logs
            for gateway in ec2.describe_nat_gateways(Filters=in_vpc)["NatGateways"]:
                if gateway["State"] != "deleted":
                    ec2.delete_nat_gateway(NatGatewayId=gateway["NatGatewayId"])
                    left.append(gateway["NatGatewayId"])
            endpoints = [e["VpcEndpointId"] for e in ec2.describe_vpc_endpoints(Filters=in_vpc)["VpcEndpoints"]]
            if endpoints:
                ec2.delete_vpc_endpoints(VpcEndpointIds=endpoints)
                left += endpoints
            for gateway in ec2.describe_internet_gateways(Filters=[{"Name": "attachment.vpc-id", "Values": [vpc]}])["InternetGateways"]:
                ec2.detach_internet_gateway(InternetGatewayId=gateway["InternetGatewayId"], VpcId=vpc)
                ec2.delete_internet_gateway(InternetGatewayId=gateway["InternetGatewayId"])
                left.append(gateway["InternetGatewayId"])
            for table in ec2.describe_route_tables(Filters=in_vpc)["RouteTables"]:
                if not any(association.get("Main") for association in table["Associations"]):
                    ec2.delete_route_table(RouteTableId=table["RouteTableId"])
                    left.append(table["RouteTableId"])
            for interface in ec2.describe_network_interfaces(Filters=in_vpc)["NetworkInterfaces"]:
                ec2.delete_network_interface(NetworkInterfaceId=interface["NetworkInterfaceId"])
                left.append(interface["NetworkInterfaceId"])
            for subnet in ec2.describe_subnets(Filters=in_vpc)["Subnets"]:
                ec2.delete_subnet(SubnetId=subnet["SubnetId"])
                left.append(subnet["SubnetId"])
            for group in ec2.describe_security_groups(Filters=in_vpc)["SecurityGroups"]:
                if group["GroupName"] != "default":
                    ec2.delete_security_group(GroupId=group["GroupId"])
                    left.append(group["GroupId"])
            ec2.delete_vpc(VpcId=vpc)
            left.append(vpc)
        for address in ec2.describe_addresses()["Addresses"]:
            if "AssociationId" not in address:
                ec2.release_address(AllocationId=address["AllocationId"])
                left.append(address["AllocationId"])
    print(f"  deleted through the APIs what moto's CloudFormation left: {len(left)} resources")


def verify_no_vpcs(moto, example):
    """No VPC but the default one is left in the example's Regions."""
    for region in sorted({entry["region"] for entry, _ in golden(example)}):
        left = [v["VpcId"] for v in moto.client("ec2", region).describe_vpcs()["Vpcs"] if not v.get("IsDefault")]
        if left:
            raise AssertionError(f"VPCs still there in {region}: {', '.join(left)}")


def failed_stack(log):
    """The stack a failed `iacgen deploy` or `destroy` names."""
    import re
    return re.search(r"^error: \w+ of stack '([^']+)'", open(log).read(), re.MULTILINE).group(1)


def forget(root, stack, pattern, environment):
    """Drops the resources whose addresses match `pattern` from a stack's Terraform state
    (terraform state rm), in the working directory iacgen deploy uses for it."""
    import re
    module = os.path.join(root, "iacgen.out", "terraform", stack)
    run_environment = dict(environment, TF_DATA_DIR=os.path.join(root, "iacgen.state", stack, ".terraform"), TF_IN_AUTOMATION="1")
    listed = subprocess.run(["terraform", f"-chdir={module}", "state", "list"], env=run_environment, capture_output=True, text=True, check=True).stdout
    addresses = [address for address in listed.split() if re.search(pattern, address)]
    if addresses:
        # The backup goes beside the state: the output directory stays as iacgen wrote it.
        backup = os.path.join(root, "iacgen.state", stack, "terraform.tfstate.backup")
        subprocess.run(["terraform", f"-chdir={module}", "state", "rm", f"-backup={backup}", *addresses], env=run_environment, capture_output=True, check=True)
    print(f"  dropped from {stack}'s state: {', '.join(addresses)}")


def not_attempted(log):
    """The stacks a failed `iacgen deploy` names as not attempted, in deploy order."""
    import re
    found = re.search(r"; not attempted: (.+)$", open(log).read(), re.MULTILINE)
    return [name.strip() for name in found.group(1).split(",")] if found else []


def run_iacgen(moto, arguments, environment, log, engine=None):
    """Runs iacgen; returns (elapsed seconds, the moto gaps it failed on). A failure is an error
    unless `engine` is given and the output shows one of that engine's MOTO_GAPS."""
    import re
    moto.errors.clear()
    started = time.time()
    with open(log, "w") as output:
        status = subprocess.run(arguments, env=environment, stdout=output, stderr=subprocess.STDOUT).returncode
    elapsed = time.time() - started
    if status == 0:
        return elapsed, []
    text = open(log).read()
    served = "\n".join(moto.errors)
    gaps = [gap for gap in MOTO_GAPS if gap["engine"] in (engine, "both") and re.search(gap["pattern"], text + "\n" + served)]
    if not gaps:
        print(text[-8000:])
        print("moto's errors:\n" + served[-4000:])
        raise AssertionError(f"{' '.join(arguments[1:3])} exited {status} after {elapsed:.0f} s (log above)")
    for gap in gaps:
        print(f"  moto gap: {gap['api']}: {gap['effect']}")
    check(status == 5, f"{arguments[1]} stopped on the first failing stack with exit code 5 after {elapsed:.0f} s")
    return elapsed, gaps


def destroy(moto, arguments, environment, log, engine, example, root):
    """Runs `iacgen destroy` until it passes, working around each moto gap it stops on (an
    option of iacgen destroy, resources dropped from the state, leftovers deleted through the
    APIs) and trying again; fails on a gap without a way around, or one that comes back.
    Returns (elapsed seconds, the gaps met)."""
    types = {resource["Type"] for _, template in golden(example) for resource in template["Resources"].values()}
    undeleted = [gap for gap in MOTO_GAPS if gap["engine"] in (engine, "both") and types & set(gap.get("types", []))]
    options, met, elapsed = [], [], 0.0
    for attempt in range(1, 7):
        took, stopped = run_iacgen(moto, arguments + options, environment, f"{log}-destroy-{attempt}.log", engine)
        elapsed += took
        if not stopped:
            # Every stack is deleted, or forgotten by moto: delete what its CloudFormation left.
            for gap in undeleted:
                print(f"  moto gap: {gap['api']} ({', '.join(sorted(types & set(gap['types'])))}): {gap['effect']}")
                if gap not in met:
                    met.append(gap)
            if undeleted:
                delete_leftovers(moto, example)
            return elapsed, met
        for gap in stopped:
            if gap in met and not gap.get("forgets_stack"):
                raise AssertionError(f"destroy stopped on {gap['api']} again, after working around it")
            if gap.get("forget"):
                forget(root, failed_stack(f"{log}-destroy-{attempt}.log"), gap["forget"], environment)
            elif gap.get("destroy"):
                options += [option for option in gap["destroy"] if option not in options]
            elif not gap.get("forgets_stack"):  # else the next attempt goes on to the other stacks
                raise AssertionError(f"destroy stopped on {gap['api']}, which the test has no way around")
            if gap not in met:
                met.append(gap)
        print("  destroying again" + (f" with {' '.join(options)}" if options else ""))
    raise AssertionError("destroy did not pass in 6 attempts")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--iacgen", default=os.path.join(ROOT, ".build", "debug", "iacgen"))
    parser.add_argument("--plugin-dir", default=os.environ.get("IACGEN_TERRAFORM_PLUGIN_DIR"))
    parser.add_argument("--examples", default=",".join(DEFAULT_EXAMPLES))
    parser.add_argument("--engines", default="terraform,cloudformation")
    args = parser.parse_args()
    ensure_packages()
    quiet_moto_warnings()
    moto = Moto()
    work = tempfile.mkdtemp(prefix="iacgen-deploy-test-")
    environment = dict(os.environ, AWS_ACCESS_KEY_ID="testing", AWS_SECRET_ACCESS_KEY="testing", AWS_DEFAULT_REGION="us-east-1",
                       AWS_ENDPOINT_URL=moto.endpoint, AWS_EC2_METADATA_DISABLED="true")
    environment.pop("AWS_PROFILE", None)
    figures = []
    try:
        for engine in args.engines.split(","):
            for example in args.examples.split(","):
                print(f"== {example} with {engine}")
                moto.reset()
                prepare(moto, example)
                out = os.path.join(work, engine, example, "iacgen.out")
                common = [os.path.join(ROOT, "Examples", example), "--engine", engine, "--out", out]
                if engine == "terraform" and args.plugin_dir:
                    common += ["--plugin-dir", args.plugin_dir]
                if engine == "cloudformation":
                    common += ["--template-bucket", "iacgen-deploy-test-templates-{region}"]
                log = os.path.join(work, f"{engine}-{example}")
                run_environment = environment
                if engine == "cloudformation":
                    # MOTO_GAPS["template-url"]: the AWS CLI uploads large templates to S3 and names
                    # them by URL; moto reads such a URL only at amazonaws.com or localhost hosts.
                    run_environment = dict(environment, AWS_ENDPOINT_URL_S3=moto.endpoint.replace("127.0.0.1", "localhost"))
                deployed, gaps = run_iacgen(moto, [args.iacgen, "deploy", *common], run_environment, log + "-deploy.log", engine)
                # A deploy stopped on a gap leaves the stacks after it; deploy each of them on its
                # own, in order, so every stack meets the engine (each may stop on a gap of its own).
                remaining = not_attempted(log + "-deploy.log")
                while remaining:
                    stack = remaining.pop(0)
                    print(f"  deploying the stack the gap stopped before: {stack}")
                    more, more_gaps = run_iacgen(moto, [args.iacgen, "deploy", *common, "--stack", stack], run_environment, log + f"-deploy-{stack}.log", engine)
                    deployed += more
                    gaps += [gap for gap in more_gaps if gap not in gaps]
                if gaps:
                    verify_partial(moto, example)
                    again = 0.0
                else:
                    verify(moto, example, present=True)
                    if example == "QueueWorker":
                        verify_queue_worker(moto)
                    # Deploying again with nothing changed passes the data-loss check and plans no replacement.
                    again, _ = run_iacgen(moto, [args.iacgen, "deploy", *common, "--plan"], run_environment, log + "-plan.log")
                if engine == "terraform":
                    check(all(os.path.isfile(os.path.join(work, engine, example, "iacgen.state", stack, "terraform.tfstate"))
                              for stack in terraform_stacks(example) if not gaps) and not os.path.exists(os.path.join(out, "terraform", "terraform.tfstate")),
                          "Terraform's state sits beside the output, in iacgen.state/")
                unprotect(moto, example)
                destroyed, destroy_gaps = destroy(moto, [args.iacgen, "destroy", *common, "--yes"], run_environment, log, engine,
                                                  example, os.path.join(work, engine, example))
                gaps += [gap for gap in destroy_gaps if gap not in gaps]
                verify(moto, example, present=False)
                verify_no_vpcs(moto, example)
                figures.append((example, engine, deployed, again, destroyed, ", ".join(g["api"] for g in gaps)))
        print("deploy test passed")
        for example, engine, deployed, again, destroyed, gaps in figures:
            print(f"  {example:12} {engine:15} deploy {deployed:6.1f} s   plan again {again:5.1f} s   destroy {destroyed:6.1f} s"
                  + (f"   stopped on moto's gap: {gaps}" if gaps else ""))
    finally:
        moto.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
