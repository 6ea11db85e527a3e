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
     "effect": "the AWS provider validates a state machine's definition before creating it and moto lacks the action, so aws_sfn_state_machine fails",
     "pattern": r"validate_state_machine_definition action has not been implemented"},
    {"engine": "cloudformation", "api": "CloudFormation AWS::RDS::DBCluster",
     "effect": "moto's CloudFormation has no AWS::RDS::DBCluster and fails on an Aurora DBInstance (KeyError 'aurora-postgresql'), so the change set fails and nothing is created",
     "pattern": r"KeyError: 'aurora-postgresql'", "creates_nothing": True},
]


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
        self.port = free_port()
        self.server = ThreadedMotoServer(ip_address="127.0.0.1", port=self.port, verbose=False)
        self.server.start()
        self.endpoint = f"http://127.0.0.1:{self.port}"

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
    """(type, name, Region, exists) of every named queue, table, function, bucket, topic, stream
    and cluster the templates declare."""
    probes = [
        ("AWS::SQS::Queue", "QueueName", lambda c, n: c.get_queue_url(QueueName=n), "sqs"),
        ("AWS::DynamoDB::Table", "TableName", lambda c, n: c.describe_table(TableName=n), "dynamodb"),
        ("AWS::Lambda::Function", "FunctionName", lambda c, n: c.get_function(FunctionName=n), "lambda"),
        ("AWS::S3::Bucket", "BucketName", lambda c, n: c.head_bucket(Bucket=n), "s3"),
        ("AWS::SNS::Topic", "TopicName", lambda c, n: c.get_topic_attributes(TopicArn=f"arn:aws:sns:{c.meta.region_name}:123456789012:{n}"), "sns"),
        ("AWS::Kinesis::Stream", "Name", lambda c, n: c.describe_stream_summary(StreamName=n), "kinesis"),
        ("AWS::ECS::Cluster", "ClusterName", lambda c, n: c.describe_clusters(clusters=[n])["clusters"][0], "ecs"),
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
            print(f"  note: table {name}: {error}")
    rds = [("AWS::RDS::DBCluster", "DBClusterIdentifier", "modify_db_cluster"),
           ("AWS::RDS::DBInstance", "DBInstanceIdentifier", "modify_db_instance")]
    for type_name, id_property, modify in rds:
        for region, _, properties in resources(example, type_name):
            name = literal(properties.get(id_property))
            if name:
                try:
                    getattr(moto.client("rds", region), modify)(**{id_property: name}, DeletionProtection=False, ApplyImmediately=True)
                except Exception as error:
                    print(f"  note: {name}: {error}")
    regions = {entry["region"] for entry, _ in golden(example)}
    for region in regions:
        elb = moto.client("elbv2", region)
        for balancer in elb.describe_load_balancers().get("LoadBalancers", []):
            elb.modify_load_balancer_attributes(
                LoadBalancerArn=balancer["LoadBalancerArn"], Attributes=[{"Key": "deletion_protection.enabled", "Value": "false"}])


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
    gaps = [gap for gap in MOTO_GAPS if gap["engine"] == engine and re.search(gap["pattern"], served)]
    if not gaps:
        print(text[-8000:])
        print("moto's errors:\n" + served[-4000:])
        raise AssertionError(f"{' '.join(arguments[1:3])} exited {status} after {elapsed:.0f} s (log above)")
    for gap in gaps:
        print(f"  moto gap: {gap['api']}: {gap['effect']}")
    check(status == 5, f"the deploy stopped on the first failing stack with exit code 5 after {elapsed:.0f} s")
    return elapsed, gaps


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--iacgen", default=os.path.join(ROOT, ".build", "debug", "iacgen"))
    parser.add_argument("--plugin-dir", default=os.environ.get("IACGEN_TERRAFORM_PLUGIN_DIR"))
    parser.add_argument("--examples", default=",".join(DEFAULT_EXAMPLES))
    parser.add_argument("--engines", default="terraform,cloudformation")
    args = parser.parse_args()
    ensure_packages()
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
                if gaps:
                    if not any(gap.get("creates_nothing") for gap in gaps):
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
                destroyed, _ = run_iacgen(moto, [args.iacgen, "destroy", *common, "--yes"], run_environment, log + "-destroy.log")
                verify(moto, example, present=False)
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
