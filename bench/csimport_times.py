"""csimport's edit loop, each step in a fresh interpreter (hosted mode, a one-function module).

Usage: python csimport_times.py [--runs N] [--no-fast-build] [--no-compiler-server]

For a comparison in the same minutes: --no-fast-build sets CSIMPORT_FAST_BUILD=0 (every build runs
dotnet build), --no-compiler-server sets CSIMPORT_COMPILER_SERVER=0 (csc compiles in its own
process). Both together are csimport's builds before it replayed compiler command lines, on a
machine whose environment says UseSharedCompilation=false.

Reports, in ms (median and range over N runs):
  - a new interpreter that only imports csimport, for comparison;
  - first import: a new source in a new folder with an empty csimport cache (csimport writes the
    compiler command line itself, compiles through the compiler server, then loads; with
    --no-fast-build, dotnet build with restore);
  - first import of another new source in another folder, same cache: built from the saved
    command line through the compiler server, no MSBuild;
  - unchanged re-import in a new process: hash the source, load the build (the whole process, and
    the `import` statement alone);
  - edit and re-import in a new process: one line changed, rebuild (compiler server) + load;
  - edit and importlib.reload in the same process.
Needs the sharpbind NuGet package (./build.sh pack) and the .NET SDK.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON_DIR = os.path.join(os.path.dirname(HERE), "python")

SOURCE = """// csimport
using SharpBind;

[PyModule("edit_loop")]
public static class EditLoop
{{
    public static int Answer() => {value};
}}
"""

CHILD = """
import time
start = time.perf_counter()
import csimport.import_hook, edit_loop
elapsed = time.perf_counter() - start
assert edit_loop.answer() == {value}, edit_loop.answer()
print(elapsed * 1000.0)
"""

RELOAD = """
import importlib, time, csimport.import_hook, edit_loop
with open("edit_loop.cs", "w") as f:
    f.write({source!r})
start = time.perf_counter()
importlib.reload(edit_loop)
elapsed = time.perf_counter() - start
assert edit_loop.answer() == {value}, edit_loop.answer()
print(elapsed * 1000.0)
"""


def run(folder, env, code):
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], cwd=folder, env=env, capture_output=True, text=True, check=True).stdout
    return (time.perf_counter() - start) * 1000.0, float(out.strip().splitlines()[-1])


def write(folder, value):
    with open(os.path.join(folder, "edit_loop.cs"), "w") as handle:
        handle.write(SOURCE.format(value=value))


def summary(values):
    return f"{statistics.median(values):8.0f} ms  ({min(values):.0f}–{max(values):.0f})"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-fast-build", action="store_true", help="always run dotnet build (CSIMPORT_FAST_BUILD=0)")
    parser.add_argument("--no-compiler-server", action="store_true", help="never use the compiler server (CSIMPORT_COMPILER_SERVER=0)")
    args = parser.parse_args()
    rows = {"python -c 'import csimport' (baseline), process": [],
            "first import (empty cache), process": [],
            "first import of another module (same cache), process": [], "unchanged re-import, process": [],
            "unchanged re-import, import statement": [], "edit + re-import, process": [],
            "edit + importlib.reload, same process": []}
    value = 0
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as folder:
            env = dict(os.environ, PYTHONPATH=os.pathsep.join([folder, PYTHON_DIR]),
                       CSIMPORT_CACHE_DIR=os.path.join(folder, ".cache"))
            if args.no_fast_build:
                env["CSIMPORT_FAST_BUILD"] = "0"
            if args.no_compiler_server:
                env["CSIMPORT_COMPILER_SERVER"] = "0"
            value += 1
            write(folder, value)
            rows["python -c 'import csimport' (baseline), process"].append(
                run(folder, env, "import csimport\nprint(0)")[0])
            rows["first import (empty cache), process"].append(run(folder, env, CHILD.format(value=value))[0])
            for _ in range(3):
                total, inner = run(folder, env, CHILD.format(value=value))
                rows["unchanged re-import, process"].append(total)
                rows["unchanged re-import, import statement"].append(inner)
            value += 1
            write(folder, value)
            rows["edit + re-import, process"].append(run(folder, env, CHILD.format(value=value))[0])
            value += 1
            rows["edit + importlib.reload, same process"].append(
                run(folder, env, RELOAD.format(source=SOURCE.format(value=value), value=value))[1])
            other = os.path.join(folder, "other")
            os.makedirs(other)
            value += 1
            write(other, value)
            other_env = dict(env, PYTHONPATH=os.pathsep.join([other, PYTHON_DIR]))
            rows["first import of another module (same cache), process"].append(
                run(other, other_env, CHILD.format(value=value))[0])
    load = ", load average " + " ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else ""
    print(f"{sys.executable} {sys.version.split()[0]}, {args.runs} runs"
          f"{', dotnet build only' if args.no_fast_build else ''}{', no compiler server' if args.no_compiler_server else ''}"
          f", {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}{load}")
    for name, values in rows.items():
        print(f"{name:50} {summary(values)}")


if __name__ == "__main__":
    main()
