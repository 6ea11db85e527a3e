#!/usr/bin/env python3
"""Deploy smoke test: Examples/QueueWorker against a local AWS emulator.

Starts moto's server on 127.0.0.1, applies and destroys the example's Terraform (from its
committed golden output, which the tests keep equal to `iacgen synth`), then creates and
deletes its CloudFormation stack, checking after each deploy that the queues, the table and
the function exist with the declared settings. Installs moto[server] and boto3 with pip when
they are missing. Exit status 0 when everything holds.

    python3 Scripts/deploy-smoke-test.py [--plugin-dir DIR]
"""

import argparse, io, json, os, shutil, socket, subprocess, sys, tempfile, time, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLDEN = os.path.join(ROOT, "Examples", "QueueWorker", "golden")
STACK = "queue-worker"


def ensure_packages():
    try:
        import boto3, moto  # noqa: F401
        from moto.server import ThreadedMotoServer  # noqa: F401
    except ImportError:
        subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", "moto[server]", "boto3"])


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def plugin_dir(given):
    if given:
        return given
    if os.environ.get("IACGEN_TERRAFORM_PLUGIN_DIR"):
        return os.environ["IACGEN_TERRAFORM_PLUGIN_DIR"]
    for base in ["/opt", os.path.expanduser("~/.terraform.d"), "/usr/local/share", "/usr/share"]:
        for dirpath, _, files in os.walk(base):
            if any(f.startswith("terraform-provider-aws") for f in files):
                return dirpath.split("/registry.terraform.io/")[0]
    sys.exit("error: no terraform-provider-aws plugin found; pass --plugin-dir")


def check(condition, message):
    if not condition:
        raise AssertionError(message)
    print("  ok:", message)


def verify(session, names):
    """The deployed resources exist with the example's settings (Examples/QueueWorker)."""
    sqs = session.client("sqs")
    primary = sqs.get_queue_attributes(QueueUrl=sqs.get_queue_url(QueueName=names["primary"])["QueueUrl"], AttributeNames=["All"])["Attributes"]
    check(primary["VisibilityTimeout"] == "900", "primary queue: visibility timeout 15 minutes")
    check(primary["ReceiveMessageWaitTimeSeconds"] == "20", "primary queue: long polling 20 s")
    check(json.loads(primary["RedrivePolicy"])["maxReceiveCount"] in (3, "3"), "primary queue: dead-letter after 3 receives")
    dead = sqs.get_queue_attributes(QueueUrl=sqs.get_queue_url(QueueName=names["dead-letters"])["QueueUrl"], AttributeNames=["All"])["Attributes"]
    check(dead["MessageRetentionPeriod"] == "1209600", "dead-letter queue: 14 days' retention")
    table = session.client("dynamodb").describe_table(TableName=names["transcripts"])["Table"]
    check([k["AttributeName"] for k in table["KeySchema"]] == ["memoId", "createdAt"], "table: memoId / createdAt key")
    check(table.get("DeletionProtectionEnabled") is True, "table: deletion protection")
    function = session.client("lambda").get_function(FunctionName=names["consumer"])["Configuration"]
    check(function["Runtime"] == "python3.12" and function["MemorySize"] == 1024 and function["Timeout"] == 120, "function: python3.12, 1024 MB, 120 s")
    mappings = [m for m in session.client("lambda").list_event_source_mappings()["EventSourceMappings"]
                if m["FunctionArn"].split(":function:")[1].split(":")[0] == names["consumer"]]
    check(len(mappings) == 1 and mappings[0]["BatchSize"] == 25 and mappings[0]["EventSourceArn"].endswith(":" + names["primary"]),
          "function: consumes the primary queue in batches of 25")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plugin-dir")
    args = parser.parse_args()
    ensure_packages()
    import logging
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    import boto3
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    env = dict(os.environ, AWS_ACCESS_KEY_ID="testing", AWS_SECRET_ACCESS_KEY="testing", AWS_DEFAULT_REGION="us-east-1")
    os.environ.update(AWS_ACCESS_KEY_ID="testing", AWS_SECRET_ACCESS_KEY="testing", AWS_DEFAULT_REGION="us-east-1")
    session = boto3.session.Session(region_name="us-east-1")
    original_client = session.client
    session.client = lambda name, **kw: original_client(name, endpoint_url=endpoint, **kw)
    work = tempfile.mkdtemp(prefix="iacgen-smoke-")
    try:
        # The function's code object, which the stack does not create.
        main_tf = open(os.path.join(GOLDEN, "terraform", STACK, "main.tf")).read()
        template = json.load(open(os.path.join(GOLDEN, "cloudformation", f"{STACK}.template.json")))
        code = template["Resources"]["Consumer"]["Properties"]["Code"]
        archive = io.BytesIO()
        with zipfile.ZipFile(archive, "w") as z:
            z.writestr("consumer.py", "def handler(event, context):\n    return None\n")
        s3 = session.client("s3")
        s3.create_bucket(Bucket=code["S3Bucket"])
        s3.put_object(Bucket=code["S3Bucket"], Key=code["S3Key"], Body=archive.getvalue())

        print("== terraform apply (moto)")
        module = os.path.join(work, "terraform")
        shutil.copytree(os.path.join(GOLDEN, "terraform", STACK), module)
        services = ["cloudwatchlogs", "dynamodb", "iam", "lambda", "s3", "sqs", "sts"]
        with open(os.path.join(module, "moto_override.tf"), "w") as f:
            f.write('provider "aws" {\n  access_key = "testing"\n  secret_key = "testing"\n'
                    '  skip_credentials_validation = true\n  skip_requesting_account_id = true\n  skip_metadata_api_check = true\n'
                    '  s3_use_path_style = true\n  endpoints {\n'
                    + "".join(f'    {s} = "{endpoint}"\n' for s in services) + "  }\n}\n")
        terraform = lambda *a: subprocess.run(["terraform", *a], cwd=module, env=env, check=True, stdout=subprocess.DEVNULL)
        terraform("init", "-input=false", f"-plugin-dir={plugin_dir(args.plugin_dir)}")
        terraform("apply", "-input=false", "-auto-approve")
        names = {key: f"{STACK}-{key}" for key in ["primary", "dead-letters", "transcripts", "consumer"]}
        verify(session, names)
        # Deletion protection is on by default; the smoke test turns it off to clean up.
        with open(os.path.join(module, "moto_override.tf"), "a") as f:
            f.write('resource "aws_dynamodb_table" "transcripts" {\n  deletion_protection_enabled = false\n}\n')
        terraform("apply", "-input=false", "-auto-approve")
        terraform("destroy", "-input=false", "-auto-approve")
        check(not session.client("sqs").list_queues().get("QueueUrls"), "terraform destroy removed the queues")

        print("== CloudFormation create-stack (moto)")
        cloudformation = session.client("cloudformation")
        cloudformation.create_stack(StackName=STACK, TemplateBody=json.dumps(template), Capabilities=["CAPABILITY_NAMED_IAM"])
        for _ in range(60):
            status = cloudformation.describe_stacks(StackName=STACK)["Stacks"][0]["StackStatus"]
            if not status.endswith("IN_PROGRESS"):
                break
            time.sleep(1)
        check(status == "CREATE_COMPLETE", f"stack created ({status})")
        verify(session, names)
        print("deploy smoke test passed")
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
