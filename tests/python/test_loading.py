"""How modules load: AOT without .NET, hosted sharing one runtime, both interpreters, the build CLI."""

import glob
import os
import shutil
import subprocess
import sys
import textwrap

import pytest

import basics


def _python_interpreters():
    found = []
    for candidate in (sys.executable, "/usr/bin/python3", shutil.which("python3")):
        if candidate and os.path.exists(candidate):
            real = os.path.realpath(candidate)
            if candidate not in found and real not in [os.path.realpath(f) for f in found]:
                found.append(candidate)
    # Every pyenv version on the machine: SharpBind's one abi3 binary must serve all of 3.9+.
    pyenv = os.path.expanduser("~/.pyenv/versions")
    found += [p for p in sorted(glob.glob(os.path.join(pyenv, "*", "bin", "python3"))) if p not in found]
    return [p for p in found if _at_least_39(p)]


def _at_least_39(python):
    check = subprocess.run([python, "-c", "import sys; print(sys.version_info >= (3, 9))"], capture_output=True, text=True)
    return check.stdout.strip() == "True"


def _run(python, code, module_dir, repo_root, env=None):
    environment = dict(env if env is not None else os.environ)
    environment["PYTHONPATH"] = os.pathsep.join([module_dir, os.path.join(repo_root, "python")])
    return subprocess.run([python, "-c", textwrap.dedent(code)], env=environment, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("python", _python_interpreters())
def test_every_interpreter_imports_and_calls(python, module_dir, repo_root):
    result = _run(python, """
        import basics, conversions, animals
        assert basics.add(1, 2) == 3 and basics.what == "World"
        assert conversions.echo_string("\\U0001F600") == "\\U0001F600"
        class Cat(animals.Animal):
            def go(self, n_times):
                return "meow " * n_times
        assert animals.call_go(Cat()) == "meow meow meow "  # vectorcall on 3.12+, a tuple before
        # Sealed classes are constructed through their metaclass's vectorcall on 3.12+ (through
        # __init__ before): the same binding, conversions, overloads and errors either way.
        import sys, classes, exports
        Point, Price, StringBuilder = classes.Point, classes.Price, exports.StringBuilder
        assert (type(Point).__name__ == "SealedType") == (sys.version_info >= (3, 12)), type(Point)
        assert type(classes.Pet) is type  # not sealed: Python subclasses may mix in other metaclasses
        assert Point(3, 4).norm() == Point(x=3.0, y=4.0).norm() == Point(3.0, y=4).norm() == 5.0
        for bad, message in (((1.0,), "missing 1 required positional argument: 'y'"),
                             ((1.0, 2.0, 3.0), "takes 2 positional arguments but 3 were given"),
                             (("a", 2.0), "argument 'x' must be float, not str")):
            try:
                Point(*bad)
            except TypeError as error:
                assert message in str(error), error
            else:
                raise AssertionError(bad)
        assert repr(Price(cents=150, currency="EUR")) == "Price(cents=150, currency='EUR')"
        assert str(StringBuilder("abcdef", 1, 3, 16)) == "bcd" and StringBuilder(100).capacity >= 100
        try:
            StringBuilder(object())
        except TypeError as error:
            assert "incompatible arguments" in str(error), error
        p = Point(1.0, 2.0)
        Point.__init__(p, 5.0, 6.0)  # __init__ stays callable
        assert (p.x, p.y) == (5.0, 6.0) and Point(1.0, 2.0) is not Point(1.0, 2.0)
        # Callbacks take the GIL only when the thread does not hold it (on 3.12+ a thread-local test
        # says so): called with it held, with it released, and from another thread.
        import collections_, threading
        Callbacks, GilTools = collections_.Callbacks, collections_.GilTools
        assert Callbacks.apply(lambda v: v + 1, 1) == 2 and GilTools.held_outside() and not GilTools.held_inside()
        assert GilTools.call_without_gil(lambda v: v - 1, 5) == 4
        assert Callbacks.apply_on_thread(lambda v: v * 3, 2) == 6
        results = []
        workers = [threading.Thread(target=lambda: results.append(GilTools.call_without_gil(lambda v: v * 2, 21))) for _ in range(4)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        assert results == [42] * 4
        print("ok")
    """, module_dir, repo_root)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_load_mode_guarantees(mode, module_dir, repo_root, tmp_path):
    # Each mode has its own promise: AOT modules need no .NET; hosted modules share one runtime.
    if mode == "aot":
        _check_aot_module_needs_no_dotnet(module_dir, repo_root, tmp_path)
    else:
        _check_hosted_modules_share_one_runtime()


def _check_aot_module_needs_no_dotnet(module_dir, repo_root, tmp_path):
    # A PATH with python only: no dotnet anywhere, no DOTNET_ROOT.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "python3").symlink_to(os.path.realpath(sys.executable))
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOTNET")}
    env["PATH"] = str(bin_dir)
    result = _run(str(bin_dir / "python3"), """
        import shutil
        assert shutil.which("dotnet") is None
        import basics
        assert basics.add(2, 3) == 5
        maps = open("/proc/self/maps").read()
        assert "libcoreclr" not in maps and "libhostfxr" not in maps, "a .NET runtime was loaded"
        print("ok")
    """, module_dir, repo_root, env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def _check_hosted_modules_share_one_runtime():
    import conversions
    import errors
    from sharpbind import _hosting

    maps = open("/proc/self/maps").read()
    coreclr = {line.split()[-1] for line in maps.splitlines() if line.endswith("libcoreclr.so")}
    assert len(coreclr) == 1
    assert _hosting._runtime is not None
    assert "SharpBind" in _hosting._loaded and "sharpbind_fixtures" in _hosting._loaded
    assert basics.add() == 3 and conversions.echo_int32(5) == 5 and errors.divide(6, 3) == 2


def test_module_file_points_at_the_build(mode, module_dir):
    import conversions

    expected = "basics.abi3.so" if mode == "aot" else "sharpbind_fixtures.dll"
    assert os.path.basename(basics.__file__) == expected
    assert os.path.dirname(os.path.abspath(basics.__file__)).startswith(module_dir)
    # The modules of one assembly are one library (AOT) or one assembly (hosted): one set of statics.
    assert os.path.samefile(basics.__file__, conversions.__file__)
    if mode == "aot":
        maps = open("/proc/self/maps").read()
        libraries = {line.split()[-1] for line in maps.splitlines() if line.endswith(".abi3.so")}
        assert len([path for path in libraries if path.startswith(module_dir)]) == 1, libraries
