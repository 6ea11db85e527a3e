#!/usr/bin/env python3
"""Lists the taggable resources an iacgen output leaves without tags.

Usage: untagged-resources.py <output directory>... (each holding cloudformation/ and terraform/)

Taggable means what the referees' own schemas say: a CloudFormation type whose cfn-lint
bundled schema has `tagging.taggable` (its tag property named by `tagProperty`), and a
Terraform resource type whose AWS provider schema (`terraform providers schema -json`, with
the provider from the plugin directory IACGEN_TERRAFORM_PLUGIN_DIR names) has a `tags` argument. Prints one JSON document:
{"checked": {"cloudformation": n, "terraform": n}, "untagged": ["<file>: <type> <name>", ...]}
and exits 0; exits 2 when a referee is missing.
"""

import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile


def terraform_resource_schemas(version):
    """Resource type -> schema of the AWS provider `version` (from a throwaway module)."""
    plugins = os.environ.get("IACGEN_TERRAFORM_PLUGIN_DIR")
    terraform = shutil.which("terraform")
    if not plugins or not terraform:
        print("untagged-resources: terraform is not on PATH, or IACGEN_TERRAFORM_PLUGIN_DIR names no plugin directory", file=sys.stderr)
        sys.exit(2)
    with tempfile.TemporaryDirectory() as work:
        with open(os.path.join(work, "versions.tf"), "w") as module:
            module.write('terraform {\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n'
                         f'      version = "{version}"\n    }}\n  }}\n}}\n')
        environment = dict(os.environ, TF_IN_AUTOMATION="1", CHECKPOINT_DISABLE="1")
        subprocess.run([terraform, "init", "-backend=false", "-input=false", "-no-color", f"-plugin-dir={plugins}"],
                       cwd=work, env=environment, check=True, capture_output=True)
        schema = subprocess.run([terraform, "providers", "schema", "-json"], cwd=work, env=environment, check=True,
                                capture_output=True).stdout
    providers = json.loads(schema)["provider_schemas"]
    return next(iter(providers.values()))["resource_schemas"]


def main(directories):
    try:
        from cfnlint.schema import PROVIDER_SCHEMA_MANAGER
    except ImportError:
        print("untagged-resources: cfn-lint is not installed", file=sys.stderr)
        sys.exit(2)
    untagged, checked = [], {"cloudformation": 0, "terraform": 0}
    for directory in directories:
        for path in sorted(glob.glob(f"{directory}/cloudformation/*.template.json")):
            template = json.load(open(path))
            for name, resource in template.get("Resources", {}).items():
                try:
                    schema = PROVIDER_SCHEMA_MANAGER.get_resource_schema("us-east-1", resource["Type"]).schema
                except Exception:
                    continue
                tagging = schema.get("tagging", {})
                if not tagging.get("taggable"):
                    continue
                checked["cloudformation"] += 1
                tag_property = tagging.get("tagProperty", "/properties/Tags").split("/")[-1]
                if not resource.get("Properties", {}).get(tag_property):
                    untagged.append(f"{os.path.relpath(path, directory)}: {resource['Type']} {name}")
    schemas = {}
    for directory in directories:
        for path in sorted(glob.glob(f"{directory}/terraform/*/main.tf")):
            versions = open(os.path.join(os.path.dirname(path), "versions.tf")).read()
            version = re.search(r'version\s*=\s*"([^"]+)"', versions).group(1)
            if version not in schemas:
                schemas[version] = terraform_resource_schemas(version)
            text = open(path).read()
            for block in re.finditer(r'^resource "([a-z0-9_]+)" "([^"]+)" \{\n(.*?)^\}', text, re.S | re.M):
                kind, name, body = block.groups()
                if "tags" not in schemas[version].get(kind, {}).get("block", {}).get("attributes", {}):
                    continue
                checked["terraform"] += 1
                if not re.search(r"^  tags\s*=\s*\{\n", body, re.M):
                    untagged.append(f"{os.path.relpath(path, directory)}: {kind} {name}")
    print(json.dumps({"checked": checked, "untagged": untagged}, indent=2))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
