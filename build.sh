#!/usr/bin/env bash
# SharpBind's one entry point for building, testing, packing and benchmarking.
#   ./build.sh demo    build examples/hello as a NativeAOT module and use it from Python; import examples/csimport with csimport
#   ./build.sh test    every test: xunit (generator, runtime, embedding) and pytest in both load modes;
#                      embedding and the AOT pytest suite again under each pyenv Python 3.12+
#   ./build.sh pack    the NuGet package (artifacts/packages) and the Python wheel (artifacts/dist)
#   ./build.sh bench   SharpBind vs a hand-written C API module vs pybind11, one interleaved run
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD

# The interpreter users run (pyenv's python3 here) and the one with pytest/hypothesis (Debian's).
PYTHON=${PYTHON:-python3}
TEST_PYTHON=${TEST_PYTHON:-/usr/bin/python3}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

step() { printf '\n== %s\n' "$*"; }

pack() {
    step "pack: NuGet package and Python wheel"
    rm -f artifacts/packages/SharpBind.*.nupkg
    dotnet pack src/SharpBind/SharpBind.csproj -c Release -o artifacts/packages -nologo -v:q
    rm -rf python/sharpbind/_packages && mkdir -p python/sharpbind/_packages
    cp artifacts/packages/SharpBind.*.nupkg python/sharpbind/_packages/
    "$PYTHON" python/build_wheel.py artifacts/dist
}

install_python_package() {
    step "install the sharpbind Python package into $PYTHON (offline)"
    "$PYTHON" -m pip install --no-index --no-deps --force-reinstall --quiet artifacts/dist/sharpbind-*.whl
}

demo() {
    pack
    install_python_package
    step "build examples/hello (NativeAOT)"
    (cd /tmp && "$PYTHON" -m sharpbind build "$ROOT/examples/hello" -o "$ROOT/artifacts/demo")
    step "use it from Python"
    PYTHONPATH="$ROOT/artifacts/demo" "$PYTHON" examples/hello/demo.py
    step "csimport: import examples/csimport/fastmath.cs from source (first run builds it, the second only loads it)"
    (cd /tmp && "$PYTHON" "$ROOT/examples/csimport/demo.py" && "$PYTHON" "$ROOT/examples/csimport/demo.py")
}

test_all() {
    step "build (Release; the runtime treats warnings as errors)"
    dotnet build SharpBind.slnx -c Release -nologo -v:q
    step "xunit: generator and runtime"
    dotnet test tests/SharpBind.Tests/SharpBind.Tests.csproj -c Release --no-build -nologo -v:q
    step "xunit: object API and embedding (Python inside the test process, examples/embed)"
    dotnet test tests/SharpBind.Embedding.Tests/SharpBind.Embedding.Tests.csproj -c Release --no-build -nologo -v:q
    # Python 3.12+ takes other paths (vectorcall, the thread-local GIL test): embed those too when
    # the machine has them (pyenv's); the pytest runs below load the modules into every interpreter.
    for newer in "$HOME"/.pyenv/versions/3.1[2-9]*/bin/python3; do
        [ -x "$newer" ] || continue
        step "xunit: object API and embedding, $("$newer" -c 'import sys; print(sys.version.split()[0])')"
        SHARPBIND_PYTHON="$newer" dotnet test tests/SharpBind.Embedding.Tests/SharpBind.Embedding.Tests.csproj -c Release --no-build -nologo -v:q
    done
    pack
    for mode in aot hosted; do
        step "pytest, $mode modules"
        rm -rf "artifacts/test/$mode"
        PYTHONPATH="$ROOT/python" "$PYTHON" -m sharpbind build tests/fixtures/Fixtures/Fixtures.csproj --mode "$mode" -o "artifacts/test/$mode"
        # A test that hangs prints every thread's stack after 5 minutes and fails the run after 25,
        # well inside CI's limit (the whole pass takes about a minute).
        SHARPBIND_TEST_MODE=$mode SHARPBIND_TEST_DIR="$ROOT/artifacts/test/$mode" timeout 1500 \
            "$TEST_PYTHON" -m pytest tests/python -q -p no:cacheprovider -o faulthandler_timeout=300 \
            --hypothesis-profile=repeatable
    done
    # Python 3.12+ takes other paths (vectorcall constructors and calls, the thread-local GIL test):
    # the AOT modules' suite runs again under each newer interpreter the machine has (pyenv's),
    # with the test tools of Debian's python3, which are pure Python. Only 3.12 and 3.13: Debian's
    # pytest 7 rewrites asserts with AST classes that 3.14 removed.
    for newer in "$HOME"/.pyenv/versions/3.1[23].*/bin/python3; do
        [ -x "$newer" ] || continue
        PYTHONPATH=/usr/lib/python3/dist-packages "$newer" -c 'import pytest, hypothesis' 2>/dev/null || continue
        step "pytest, aot modules, $("$newer" -c 'import sys; print(sys.version.split()[0])')"
        SHARPBIND_TEST_MODE=aot SHARPBIND_TEST_DIR="$ROOT/artifacts/test/aot" PYTHONPATH=/usr/lib/python3/dist-packages timeout 1500 \
            "$newer" -m pytest tests/python -q -p no:cacheprovider -o faulthandler_timeout=300 \
            --hypothesis-profile=repeatable -W "ignore::DeprecationWarning:_pytest.assertion.rewrite"
    done
    # csimport's builds leave the Roslyn compiler server running for 10 idle minutes: stop it, so
    # that nothing outlives the test run.
    dotnet build-server shutdown >/dev/null 2>&1 || true
}

bench() {
    step "build the three contenders"
    rm -rf artifacts/bench && mkdir -p artifacts/bench
    PYTHONPATH="$ROOT/python" "$PYTHON" -m sharpbind build bench/sharpbind/BenchSharpBind.csproj --mode aot -o artifacts/bench
    bench/build_native.sh artifacts/bench "$PYTHON"
    PYTHONPATH="$ROOT/python" "$PYTHON" -m sharpbind build bench/sharpbind/BenchSharpBind.csproj --mode hosted -o artifacts/bench/hosted
    PYTHONPATH="$ROOT/python" "$PYTHON" -m sharpbind build tests/fixtures/Fixtures/Fixtures.csproj --mode hosted -o artifacts/bench/hosted-fixtures
    step "run (interleaved, $PYTHON)"
    PYTHONPATH="$ROOT/artifacts/bench" "$PYTHON" bench/run.py --markdown artifacts/bench/results.md "$@"
    step "import times"
    "$PYTHON" bench/import_times.py artifacts/bench artifacts/bench/hosted-fixtures:basics artifacts/bench/hosted:bench_sharpbind
}

case "${1:-}" in
    demo) demo ;;
    test) test_all ;;
    pack) pack ;;
    bench) shift; bench "$@" ;;
    *) echo "usage: ./build.sh demo|test|pack|bench" >&2; exit 2 ;;
esac
