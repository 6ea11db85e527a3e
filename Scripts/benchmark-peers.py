#!/usr/bin/env python3
"""iacgen against troposphere and the AWS CDK on the N-services shape, side by side.

Creates a virtual environment (.build/peers-venv) with troposphere 4.11.1, awacs 2.6.1 and
aws-cdk-lib 2.275.0 (the CDK needs Node.js on PATH), builds the iacgen benchmark in release,
and for each N runs every tool in a fresh process, printing the median wall time of the whole
process and its peak memory, and iacgen's ratio against each peer.

    python3 Scripts/benchmark-peers.py [N ...] [--runs 3]

Best started a minute or more after many files were deleted (see OUTPUTS below).
"""
import argparse, os, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, ".build", "peers-venv")
PEERS = os.path.join(ROOT, "Scripts", "peers")


def venv_python():
    python = os.path.join(VENV, "bin", "python")
    if not os.path.exists(python):
        subprocess.check_call([sys.executable, "-m", "venv", VENV])
    subprocess.check_call([python, "-m", "pip", "install", "--quiet", "troposphere==4.11.1", "awacs==2.6.1",
                           "aws-cdk-lib==2.275.0", "constructs>=10,<11"])
    return python


# Output directories, removed when the script ends: on ext4 without a journal, creating files
# just after others were deleted is slower (each new inode skips those freed in the last
# minute, up to five), so no run starts right after the previous run's files were deleted.
# For the same reason, start the script a minute or more after deleting many files (its own
# previous run's outputs included).
OUTPUTS = []


def measure(command, env=None):
    """Wall seconds and peak MiB of one run of `command` in a fresh process (GNU time's %M)."""
    out = tempfile.mkdtemp(prefix="iacgen-peer-")
    OUTPUTS.append(out)
    start = time.monotonic()
    done = subprocess.run(["/usr/bin/time", "-f", "%M"] + [part.replace("OUTDIR", out) for part in command], env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.monotonic() - start
    if done.returncode != 0:
        sys.exit(f"error: {' '.join(command)} failed:\n{done.stderr[-2000:]}")
    return wall, int(done.stderr.strip().splitlines()[-1]) / 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("sizes", nargs="*", type=int, default=[1, 10, 100, 1000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    python = venv_python()
    # Linked with the Swift runtime inside, as a deployable Swift tool is (about 2 ms less
    # start-up than loading the shared libraries; macOS ignores the flag).
    subprocess.check_call(["swift", "build", "-c", "release", "--static-swift-stdlib", "--product", "iacgen-benchmark", "--package-path", ROOT],
                          stdout=subprocess.DEVNULL)
    bin_path = subprocess.check_output(["swift", "build", "-c", "release", "--show-bin-path", "--package-path", ROOT], text=True).strip()
    tools = {
        # Every tool writes into OUTDIR, removed when the script ends.
        "iacgen (HCL + CFN, validated)": [os.path.join(bin_path, "iacgen-benchmark"), "N", "--output", "OUTDIR/iacgen"],
        "troposphere (CFN)": [python, os.path.join(PEERS, "troposphere_synth.py"), "N", "OUTDIR"],
        "AWS CDK (CFN)": [python, os.path.join(PEERS, "cdk_synth.py"), "N", "OUTDIR"],
    }
    env = dict(os.environ, JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION="1", CDK_DISABLE_VERSION_CHECK="1")
    print(f"{'N':>6}  {'tool':32} {'median s':>9} {'peak MiB':>9} {'iacgen faster':>14}")
    for n in args.sizes:
        results = {}
        for name, command in tools.items():
            runs = [measure([part if part != "N" else str(n) for part in command], env) for _ in range(args.runs)]
            results[name] = (statistics.median(w for w, _ in runs), statistics.median(m for _, m in runs))
        ours = results["iacgen (HCL + CFN, validated)"][0]
        for name, (wall, peak) in results.items():
            ratio = "" if name.startswith("iacgen") else f"{wall / ours:.1f}x"
            print(f"{n:>6}  {name:32} {wall:>9.3f} {peak:>9.0f} {ratio:>14}")


if __name__ == "__main__":
    try:
        main()
    finally:
        for out in OUTPUTS:
            shutil.rmtree(out, ignore_errors=True)
