"""Import times of SharpBind modules, each measured in a fresh interpreter.

Usage: python import_times.py AOT_DIR HOSTED_DIR_A:MODULE_A HOSTED_DIR_B:MODULE_B [--runs N]

Reports the minimum over N runs (ms) of:
  - importing an AOT module,
  - importing the first hosted module of a process (starting CoreCLR included),
  - importing a second hosted module from another assembly (the runtime already running).
"""

import argparse
import os
import subprocess
import sys

CHILD = r"""
import sys, time
sys.path[:0] = {paths!r}
{setup}
start = time.perf_counter()
import {module}
elapsed = time.perf_counter() - start
print(elapsed * 1000.0)
"""


def measure(paths, module, setup="", runs=10):
    best = float("inf")
    for _ in range(runs):
        code = CHILD.format(paths=paths, module=module, setup=setup)
        out = subprocess.run([sys.executable, "-S", "-c", code], capture_output=True, text=True, check=True).stdout
        best = min(best, float(out.strip().splitlines()[-1]))
    return best


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("aot_dir")
    parser.add_argument("hosted_a")
    parser.add_argument("hosted_b")
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    package = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "python")
    dir_a, module_a = args.hosted_a.split(":")
    dir_b, module_b = args.hosted_b.split(":")
    # The sharpbind package itself is imported before the clock starts: only the module counts.
    rows = [
        ("AOT module", measure([args.aot_dir], "bench_sharpbind", runs=args.runs)),
        ("first hosted module (starts CoreCLR)", measure([dir_a, package], module_a, "import sharpbind._hosting", args.runs)),
        ("second hosted module (runtime running)",
         measure([dir_a, dir_b, package], module_b, f"import sharpbind._hosting, {module_a}", args.runs)),
    ]
    print(f"Import times, {sys.version.split()[0]} ({sys.executable}), min of {args.runs} fresh processes:\n")
    print("| import | ms |")
    print("|---|---:|")
    for name, ms in rows:
        print(f"| {name} | {ms:.1f} |")


if __name__ == "__main__":
    main()
