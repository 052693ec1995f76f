#!/usr/bin/env bash
# Calling a Python function of two ints a million times from a program that embeds Python:
# C against the C API, C++ with pybind11, and C# with SharpBind, all on the same interpreter.
# Each program runs PASSES times, interleaved; the table shows each loop's best ns per call.
#
#   bench/embed/run.sh [PYTHON] [PASSES]   (default python3 and 3; needs a shared libpython and,
#                                          for the C++ side, pybind11's headers: pybind11-dev)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PYTHON=${1:-python3}
PASSES=${2:-3}
OUT="$ROOT/artifacts/bench/embed"
mkdir -p "$OUT"

{
    IFS= read -r INCLUDE
    IFS= read -r LIBDIR
    IFS= read -r LIBNAME
    IFS= read -r EXECUTABLE
    IFS= read -r VERSION
} < <("$PYTHON" -c '
import sys, sysconfig
v = sysconfig.get_config_var
print(sysconfig.get_paths()["include"]); print(v("LIBDIR")); print("python" + v("LDVERSION"))
print(sys.executable); print(sys.version.split()[0])
')

FLAGS=(-O3 -DNDEBUG -I"$INCLUDE" -L"$LIBDIR" -Wl,-rpath,"$LIBDIR" -l"$LIBNAME")
gcc -std=c11 -o "$OUT/capi_embed" "$HERE/capi_embed.c" "${FLAGS[@]}"
g++ -std=c++17 -o "$OUT/pybind11_embed" "$HERE/pybind11_embed.cpp" "${FLAGS[@]}"
dotnet build "$HERE/sharpbind/EmbedBench.csproj" -c Release -nologo -v:q -o "$OUT/sharpbind" | grep -Ev "^$|warning NETSDK1194" || true

RESULTS="$OUT/results-$VERSION.txt"
: > "$RESULTS"
for _ in $(seq "$PASSES"); do
    "$OUT/capi_embed" >> "$RESULTS"
    "$OUT/pybind11_embed" >> "$RESULTS"
    dotnet "$OUT/sharpbind/embed_bench.dll" "$EXECUTABLE" >> "$RESULTS"
done
echo "Python $VERSION ($EXECUTABLE), best of $PASSES passes, ns per call:"
awk '{ if (!($1 in best) || $2 < best[$1]) best[$1] = $2; if (!($1 in seen)) { seen[$1] = 1; order[n++] = $1 } }
     END { for (i = 0; i < n; i++) printf "  %-28s %7.1f\n", order[i], best[order[i]] }' "$RESULTS"
