#!/usr/bin/env python3
"""checkov over every example's committed output (Examples/*/golden), summarized by check.

Installs checkov into .build/checkov-venv on first use. Prints, for each failed check, how many
resources fail it and in which examples; exits 1 when any check fails. Not yet part of .ci/run:
issue 8 tracks getting every example to zero failures or reasoned suppressions.

    python3 Scripts/checkov-report.py
"""
import collections, glob, json, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, ".build", "checkov-venv")


def checkov():
    binary = os.path.join(VENV, "bin", "checkov")
    if not os.path.exists(binary):
        subprocess.check_call([sys.executable, "-m", "venv", VENV])
        subprocess.check_call([os.path.join(VENV, "bin", "pip"), "install", "--quiet", "checkov"])
    return binary


def main():
    binary = checkov()
    failures = collections.defaultdict(list)
    names = {}
    for golden in sorted(glob.glob(os.path.join(ROOT, "Examples", "*", "golden"))):
        example = os.path.basename(os.path.dirname(golden))
        run = subprocess.run([binary, "-d", golden, "--quiet", "--framework", "terraform", "cloudformation", "-o", "json"],
                             capture_output=True, text=True)
        reports = json.loads(run.stdout or "[]")
        for report in reports if isinstance(reports, list) else [reports]:
            for failed in report.get("results", {}).get("failed_checks", []):
                failures[failed["check_id"]].append(f"{example}:{failed['resource']}")
                names[failed["check_id"]] = failed["check_name"]
    total = sum(len(v) for v in failures.values())
    for check, resources in sorted(failures.items(), key=lambda item: -len(item[1])):
        examples = sorted({r.split(":")[0] for r in resources})
        print(f"{len(resources):4}  {check:14} {names[check]}  ({', '.join(examples)})")
    print(f"{total} failed checks of {len(failures)} kinds")
    sys.exit(1 if total else 0)


if __name__ == "__main__":
    main()
