#!/usr/bin/env bash
# Build the native baselines (bench_capi, bench_pybind11) for one interpreter.
#
#   bench/build_native.sh OUTDIR [PYTHON]
#
# PYTHON defaults to python3.  The modules are built against PYTHON's own
# headers and named with its EXT_SUFFIX, so build once per interpreter into
# separate OUTDIRs.  Then:  PYTHONPATH=OUTDIR PYTHON bench/run.py
#
# Environment overrides: CC (default gcc), CXX (default g++),
# PYBIND11_INCLUDE (a directory containing pybind11/pybind11.h).
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 || $1 == -h || $1 == --help ]]; then
    echo "usage: $0 OUTDIR [PYTHON]" >&2
    exit 2
fi

OUTDIR=$1
PYTHON=${2:-python3}
CC=${CC:-gcc}
CXX=${CXX:-g++}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

die() {
    echo "build_native.sh: $*" >&2
    exit 1
}

command -v "$PYTHON" >/dev/null || die "interpreter not found: $PYTHON"

# Ask the interpreter itself, not python3-config: with pyenv on PATH the
# *-config script found first may belong to a different Python.
{
    IFS= read -r PY_INCLUDE
    IFS= read -r EXT_SUFFIX
    IFS= read -r PY_DESC
} < <("$PYTHON" -c '
import sys, sysconfig
print(sysconfig.get_paths()["include"])
print(sysconfig.get_config_var("EXT_SUFFIX"))
print(sys.version.split()[0], sys.executable)
')

[[ -f $PY_INCLUDE/Python.h ]] ||
    die "no Python.h in $PY_INCLUDE (for Debian's /usr/bin/python3: apt-get install python3-dev)"

# pybind11: an explicit override, then a pip-installed pybind11 for this
# interpreter, then the Debian pybind11-dev headers in /usr/include (a system
# include dir, so no -I is needed or wanted for it).
PYBIND11_FLAGS=()
if [[ -n ${PYBIND11_INCLUDE:-} ]]; then
    PYBIND11_FLAGS=(-I"$PYBIND11_INCLUDE")
elif PYBIND11_DIR=$("$PYTHON" -c 'import pybind11; print(pybind11.get_include())' 2>/dev/null); then
    PYBIND11_FLAGS=(-I"$PYBIND11_DIR")
elif [[ ! -f /usr/include/pybind11/pybind11.h ]]; then
    die "pybind11 headers not found (apt-get install pybind11-dev, or set PYBIND11_INCLUDE)"
fi

mkdir -p "$OUTDIR"

# -DNDEBUG matters: without it, CPython's inline helpers (PyTuple_GET_ITEM,
# PyList_SET_ITEM, ...) and pybind11 keep their assert()s, which is not how
# setuptools or pybind11's CMake build extensions.  -fvisibility=hidden is
# what pybind11 requires and does not hurt the C module.
COMMON=(-O3 -DNDEBUG -fvisibility=hidden -shared -fPIC -Wall -Wextra -I"$PY_INCLUDE")

echo "Building for Python $PY_DESC -> $OUTDIR" >&2

# No -lpython: extension modules resolve the C API from the interpreter that
# loads them, which is also what keeps one .so usable by a static python.
"$CC" -std=c11 "${COMMON[@]}" \
    -o "$OUTDIR/bench_capi$EXT_SUFFIX" "$HERE/capi/bench_capi.c" -lm

"$CXX" -std=c++17 "${COMMON[@]}" "${PYBIND11_FLAGS[@]}" \
    -o "$OUTDIR/bench_pybind11$EXT_SUFFIX" "$HERE/pybind11/bench_pybind11.cpp"

# A module that builds but does not import (missing symbol, wrong ABI) should
# fail here rather than show up as "skipped" in the benchmark table.
PYTHONPATH="$OUTDIR${PYTHONPATH:+:$PYTHONPATH}" "$PYTHON" -c '
import bench_capi, bench_pybind11
assert bench_capi.add(1, 2) == 3 and bench_pybind11.add(1, 2) == 3
'

echo "OK: $OUTDIR/bench_capi$EXT_SUFFIX $OUTDIR/bench_pybind11$EXT_SUFFIX" >&2
