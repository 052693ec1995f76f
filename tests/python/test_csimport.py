"""csimport: importing C# source files from Python (hosted mode).

Every import runs in a fresh interpreter, so each one sees what a user's new process sees; the
csimport logger goes to stderr and builds are counted from its "building NAME" lines. Builds are
reused where they can be: a source folder copied with its __csimport__ folder stays current,
because checksums use paths relative to the source.
"""

import json
import os
import shutil
import subprocess
import sys
import textwrap

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PYTHON_DIR = os.path.join(ROOT, "python")

HELLO = textwrap.dedent('''\
    // csimport
    #:property LangVersion=latest
    // csimport: sources=helper.cs
    // csimport: depends=data.txt
    // csimport: define=GREETING
    using SharpBind;

    [PyModule("hello")]
    public static class Hello
    {
    #if GREETING
        public static string Greet(string name) => $"{Helper.Prefix} {name}";
    #endif
        /// <summary>Squares x.</summary>
        public static int Square(int x) => x * x;
    }
''')
HELPER = 'internal static class Helper { public const string Prefix = "hello"; }\n'


def module_source(name, body="public static int Square(int x) => x * x;", marker=True, pyname=None, directives=""):
    return (("// csimport\n" if marker else "") + directives + "using SharpBind;\n\n"
            f'[PyModule("{pyname or name}")]\npublic static class M_{name.replace(".", "_")}\n{{\n    {body}\n}}\n')


@pytest.fixture(scope="session")
def cache(tmp_path_factory):
    return str(tmp_path_factory.mktemp("csimport-cache"))


def run(code, path, cache, env=None, check=True):
    """Runs ``code`` in a new interpreter with ``path`` first on sys.path and csimport logging to stderr."""
    preamble = "import logging, sys\nlogging.basicConfig(level=logging.DEBUG, stream=sys.stderr, format='%(name)s: %(message)s')\n"
    full_env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(path), PYTHON_DIR]), CSIMPORT_CACHE_DIR=cache)
    full_env.pop("CSIMPORT_RELEASE_MODE", None)
    full_env.update(env or {})
    result = subprocess.run([sys.executable, "-c", preamble + textwrap.dedent(code)], env=full_env, cwd=str(path),
                            capture_output=True, text=True, timeout=600)
    if check:
        assert result.returncode == 0, result.stdout + result.stderr
    return result


def builds(result, name):
    return result.stderr.count(f"csimport: building {name} ")


@pytest.fixture(scope="session")
def hello_dir(tmp_path_factory, cache):
    """A folder with the marked hello.cs, its extra source and dependency, built once by the hook."""
    folder = tmp_path_factory.mktemp("hello")
    (folder / "hello.cs").write_text(HELLO)
    (folder / "helper.cs").write_text(HELPER)
    (folder / "data.txt").write_text("v1\n")
    (folder / "plain.cs").write_text(module_source("plain", marker=False))
    result = run("import csimport.import_hook, hello; print(hello.greet('C#'), hello.square(9))", folder, cache)
    assert result.stdout.split() == ["hello", "C#", "81"]
    assert builds(result, "hello") == 1
    assert "because it was never built" in result.stderr
    return folder


def copy_of(folder, tmp_path):
    target = tmp_path / "copy"
    shutil.copytree(folder, target, symlinks=True)
    return target


def test_hook_imports_marked_file_and_second_process_only_loads(hello_dir, cache):
    result = run("import csimport.import_hook, hello; print(hello.square(7), hello.__spec__.origin)", hello_dir, cache)
    assert result.stdout.split() == ["49", str(hello_dir / "hello.cs")]
    assert builds(result, "hello") == 0
    assert "csimport: hello is up to date" in result.stderr
    assert (hello_dir / "__csimport__" / "hello" / "csimport.json").is_file()


def test_hook_ignores_files_without_marker(hello_dir, cache):
    result = run('''
        import csimport.import_hook
        try:
            import plain
        except ModuleNotFoundError as error:
            print("not found:", error.name)
    ''', hello_dir, cache)
    assert result.stdout.strip() == "not found: plain"
    assert "building" not in result.stderr
    assert not (hello_dir / "__csimport__" / "plain").exists()


def test_imp_and_imp_from_filepath_need_no_marker(tmp_path, cache):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "plain2.cs").write_text(module_source("plain2", marker=False))
    result = run('''
        import csimport
        a = csimport.imp_from_filepath("sub/plain2.cs")
        sys.path.insert(0, "sub")
        b = csimport.imp("plain2")
        import plain2
        print(a is b is plain2, a.square(5), a.__name__)
    ''', tmp_path, cache)
    assert result.stdout.split() == ["True", "25", "plain2"]
    assert builds(result, "plain2") == 1


def test_package_module(tmp_path, cache):
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "__init__.py").write_text("")
    (tmp_path / "pkg" / "mod.cs").write_text(module_source("pkg.mod"))
    result = run("import csimport.import_hook, pkg.mod; print(pkg.mod.__name__, pkg.mod.square(4), pkg.mod is sys.modules['pkg.mod'])",
                 tmp_path, cache)
    assert result.stdout.split() == ["pkg.mod", "16", "True"]
    assert builds(result, "pkg.mod") == 1
    assert (tmp_path / "pkg" / "__csimport__" / "mod" / "csimport.json").is_file()


def test_module_name_must_match_file_name(tmp_path, cache):
    (tmp_path / "wrong.cs").write_text(module_source("wrong", pyname="other"))
    result = run('''
        import csimport.import_hook
        try:
            import wrong
        except ImportError as error:
            print(type(error).__name__, error)
    ''', tmp_path, cache)
    assert 'must declare [PyModule("wrong")]; it has [PyModule("other")]' in result.stdout
    assert "building" not in result.stderr


def test_bad_directive_names_file_and_line(tmp_path, cache):
    (tmp_path / "baddir.cs").write_text("// csimport\n// csimport: optimise=yes\n" + module_source("baddir", marker=False))
    result = run('''
        import csimport
        try:
            csimport.imp("baddir")
        except csimport.BuildError as error:
            print(error)
    ''', tmp_path, cache)
    assert f"{tmp_path / 'baddir.cs'}:2:1: error: unknown csimport directive 'optimise'" in result.stdout


def test_force_rebuild_then_dependency_change_then_cache(hello_dir, tmp_path, cache):
    folder = copy_of(hello_dir, tmp_path)
    forced = run("import csimport; csimport.settings['force_rebuild'] = True; import csimport.import_hook, hello; print(hello.square(2))",
                 folder, cache)
    assert forced.stdout.strip() == "4"
    assert builds(forced, "hello") == 1 and "because csimport.settings['force_rebuild'] is set" in forced.stderr

    (folder / "data.txt").write_text("v2\n")
    changed = run("import csimport.import_hook, hello; print(hello.square(3))", folder, cache)
    assert changed.stdout.strip() == "9"
    assert builds(changed, "hello") == 1 and "because changed: data.txt" in changed.stderr
    # Only the current build is kept.
    assert len([d for d in (folder / "__csimport__" / "hello").iterdir() if d.is_dir()]) == 1

    again = run("import csimport.import_hook, hello; print(hello.square(4))", folder, cache)
    assert again.stdout.strip() == "16" and builds(again, "hello") == 0


def test_checksum_covers_sources_depends_config_and_versions(hello_dir, tmp_path, monkeypatch):
    # No builds: compares fingerprints and the reason a build would give.
    sys.path.insert(0, PYTHON_DIR)
    from csimport import _core

    folder = copy_of(hello_dir, tmp_path)
    base = _core.Source(str(folder / "hello.cs"), "hello").fingerprint
    sidecar = _core.read_sidecar(str(folder / "__csimport__" / "hello"))
    assert sidecar["checksum"] == base.checksum  # copied with its build: still current

    def reason_after(change):
        change()
        return _core.Source(str(folder / "hello.cs"), "hello").fingerprint.why(sidecar)

    assert reason_after(lambda: (folder / "helper.cs").write_text(HELPER + "// edited\n")) == "changed: helper.cs"
    (folder / "helper.cs").write_text(HELPER)
    assert reason_after(lambda: (folder / "hello.cs").write_text(HELLO.replace("GREETING\n", "GREETING;LOUD\n", 1))) == \
        "changed: hello.cs; the configuration changed"
    (folder / "hello.cs").write_text(HELLO)
    monkeypatch.setattr(_core, "python_abi", lambda: "cpython-abi3t-linux-x86_64")
    assert "the Python ABI changed" in reason_after(lambda: None)
    monkeypatch.setattr(_core, "sharpbind_identity", lambda: "9.9.9+0")
    assert "SharpBind changed" in reason_after(lambda: None)


def test_checksum_covers_the_sources_of_a_referenced_project(tmp_path):
    # No builds: the .cs files of a #:project reference are part of the checksum, its bin/ and obj/ are not.
    sys.path.insert(0, PYTHON_DIR)
    from csimport import _core

    lib = tmp_path / "Lib"
    (lib / "obj").mkdir(parents=True)
    (lib / "Deep").mkdir()
    (lib / "Lib.csproj").write_text('<Project Sdk="Microsoft.NET.Sdk" />')
    (lib / "Class1.cs").write_text("public class Class1 {}\n")
    (lib / "Deep" / "Class2.cs").write_text("public class Class2 {}\n")
    (lib / "obj" / "Generated.cs").write_text("// generated\n")
    (tmp_path / "uses_lib.cs").write_text("// csimport\n#:project Lib\n" + module_source("uses_lib", marker=False))

    def fingerprint():
        return _core.Source(str(tmp_path / "uses_lib.cs"), "uses_lib").fingerprint

    base = fingerprint()
    sidecar = {"parts": base.parts, "checksum": base.checksum}
    assert sorted(base.parts["files"]) == ["Lib/Class1.cs", "Lib/Deep/Class2.cs", "Lib/Lib.csproj", "uses_lib.cs"]
    (lib / "obj" / "Generated.cs").write_text("// generated again\n")
    assert fingerprint().checksum == base.checksum
    (lib / "Deep" / "Class2.cs").write_text("public class Class2 { public int X; }\n")
    assert fingerprint().why(sidecar) == "changed: Lib/Deep/Class2.cs"
    (lib / "Deep" / "Class2.cs").unlink()
    assert fingerprint().why(sidecar) == "removed: Lib/Deep/Class2.cs"


def test_cli_builds_marked_files_and_named_files_then_release_mode(tmp_path, cache):
    app = tmp_path / "app"
    app.mkdir()
    (app / "marked.cs").write_text(module_source("marked"))
    (app / "unmarked.cs").write_text(module_source("unmarked", marker=False))
    env = dict(os.environ, PYTHONPATH=PYTHON_DIR, CSIMPORT_CACHE_DIR=cache)
    cli = subprocess.run([sys.executable, "-m", "csimport", "build", str(app)], env=env, capture_output=True, text=True, timeout=600)
    assert cli.returncode == 0, cli.stdout + cli.stderr
    assert builds(cli, "marked") == 1 and builds(cli, "unmarked") == 0
    cli = subprocess.run([sys.executable, "-m", "csimport", "build", str(app / "unmarked.cs"), str(app)], env=env,
                         capture_output=True, text=True, timeout=600)
    assert cli.returncode == 0, cli.stdout + cli.stderr
    assert builds(cli, "unmarked") == 1 and builds(cli, "marked") == 0
    assert len(cli.stdout.splitlines()) == 2

    # Release mode: no checks, so an edited source is not rebuilt, and a deleted one is not needed.
    (app / "marked.cs").write_text(module_source("marked", body="public static int Square(int x) => -1;"))
    (app / "unmarked.cs").unlink()
    release = run("import csimport, csimport.import_hook, marked\n"
                  "print(marked.square(3), csimport.imp_from_filepath('unmarked.cs').square(2), csimport.imp('unmarked').square(3))",
                  app, cache, env={"CSIMPORT_RELEASE_MODE": "true"})
    assert release.stdout.split() == ["9", "4", "9"]
    assert "building" not in release.stderr and "up to date" not in release.stderr


def test_release_mode_without_a_build_raises(tmp_path, cache):
    (tmp_path / "nobuild.cs").write_text(module_source("nobuild"))
    result = run('''
        import csimport
        csimport.settings["release_mode"] = True
        import csimport.import_hook
        try:
            import nobuild
        except ImportError as error:
            print(type(error).__name__, error)
    ''', tmp_path, cache)
    assert "ImportError csimport: release mode is on and 'nobuild' has no build" in result.stdout
    assert "python -m csimport build" in result.stdout
    assert "building" not in result.stderr


def test_four_processes_build_once(tmp_path, cache):
    (tmp_path / "shared_mod.cs").write_text(module_source("shared_mod"))
    code = '''
        import threading, csimport, csimport.import_hook
        results = []
        def work():
            import shared_mod
            results.append(csimport.imp("shared_mod").square(6))
        threads = [threading.Thread(target=work) for _ in range(2)]
        [t.start() for t in threads]
        [t.join() for t in threads]
        print(results)
    '''
    preamble = "import logging, sys\nlogging.basicConfig(level=logging.INFO, stream=sys.stderr, format='%(name)s: %(message)s')\n"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(tmp_path), PYTHON_DIR]), CSIMPORT_CACHE_DIR=cache)
    processes = [subprocess.Popen([sys.executable, "-c", preamble + textwrap.dedent(code)], env=env, cwd=str(tmp_path),
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(4)]
    outputs = [p.communicate(timeout=600) for p in processes]
    for process, (out, err) in zip(processes, outputs):
        assert process.returncode == 0, out + err
        assert out.strip() == "[36, 36]"
    logs = "".join(err for _, err in outputs)
    assert logs.count("csimport: building shared_mod ") == 1, logs


def test_compile_error_shows_file_line_column(tmp_path, cache):
    source = "// csimport\n#:property LangVersion=latest\nusing SharpBind;\n[PyModule(\"broken\")]\npublic static class Broken\n{\n    public static int F() => \"not an int\";\n}\n"
    (tmp_path / "broken.cs").write_text(source)
    result = run('''
        import csimport, csimport.import_hook
        try:
            import broken
        except csimport.BuildError as error:
            assert isinstance(error, ImportError)
            print(error)
    ''', tmp_path, cache)
    assert f"{tmp_path / 'broken.cs'}:7:30: error CS0029: Cannot implicitly convert type 'string' to 'int'" in result.stdout
    assert "csimport.csproj" not in result.stdout and "/src/000_" not in result.stdout


def test_edited_module_reloads_in_the_same_process(hello_dir, tmp_path, cache):
    folder = copy_of(hello_dir, tmp_path)
    result = run('''
        import importlib, csimport, csimport.import_hook, hello
        first = hello.square(3)
        with open("hello.cs") as f:
            text = f.read()
        with open("hello.cs", "w") as f:
            f.write(text.replace("x * x", "x * x + 1"))
        reloaded = importlib.reload(hello)
        print(first, hello.square(3), reloaded is hello, csimport.imp("hello").square(3))
    ''', folder, cache)
    assert result.stdout.split() == ["9", "10", "True", "10"]
    assert builds(result, "hello") == 1 and "because changed: hello.cs" in result.stderr


def test_aot_mode_needs_no_runtime_and_reloads(tmp_path, cache):
    (tmp_path / "aot_mod.cs").write_text("// csimport\n// csimport: mode=aot\n" + module_source("aot_mod", marker=False))
    result = run('''
        import importlib, csimport.import_hook, aot_mod
        first = aot_mod.square(3)
        coreclr = "libcoreclr" in open("/proc/self/maps").read()
        with open("aot_mod.cs") as f:
            text = f.read()
        with open("aot_mod.cs", "w") as f:
            f.write(text.replace("x * x", "x * x * x"))
        importlib.reload(aot_mod)
        print(first, coreclr, aot_mod.square(3), aot_mod.__file__.endswith(".abi3.so"))
    ''', tmp_path, cache)
    assert result.stdout.split() == ["9", "False", "27", "True"]
    assert builds(result, "aot_mod") == 2 and "(aot mode)" in result.stderr


def test_lock_timeout_raises_build_error(tmp_path):
    # No build: one holder of the lock, one waiter with a short timeout (lock_timeout's unit).
    sys.path.insert(0, PYTHON_DIR)
    from csimport import BuildError, _core

    lock = str(tmp_path / "NAME" / "build.lock")
    with _core.file_lock(lock, 1):
        with pytest.raises(BuildError, match=r"timed out after 0.2 s waiting for the build lock .*lock_timeout"):
            with _core.file_lock(lock, 0.2):
                pass
    with _core.file_lock(lock, 0.2):  # released: taken at once
        pass


# ---------------------------------------------------------------------------------------------
# Rebuilds without MSBuild: the compiler command line of an earlier dotnet build, replayed.

def built_how(result, name):
    """How each build of ``name`` was made, from the "built NAME in ... (HOW)" log lines."""
    import re

    return re.findall(rf"csimport: built {re.escape(name)} in [0-9.]+ s \(([^)]*)\)", result.stderr)


SHAPE = """
import csimport, csimport.import_hook, hello, os
folder = os.path.dirname(hello.__file__)
tag = os.path.basename(folder)
print(sorted(n for n in dir(hello) if not n.startswith("__")), hello.square.__doc__.splitlines()[-1],
      hello.greet("x"), hello.square(5), sorted(f.replace(tag, "TAG") for f in os.listdir(folder)))
"""


def test_rebuild_without_msbuild_makes_the_same_module(hello_dir, tmp_path):
    # A cache of its own: the first build must be dotnet build, which records the template.
    cache = str(tmp_path / "own-cache")
    folder = copy_of(hello_dir, tmp_path)
    first = run("import csimport; csimport.settings['force_rebuild'] = True\n" + SHAPE, folder, cache)
    assert built_how(first, "hello") == ["dotnet build"]
    assert "saved the compiler command line" in first.stderr
    again = run("import csimport; csimport.settings['force_rebuild'] = True\n" + SHAPE, folder, cache)
    assert built_how(again, "hello") == ["compiler server"] and "running dotnet" not in again.stderr
    # Same functions, docstrings (the generator saw the doc comments), define, extra source and files.
    assert again.stdout == first.stdout
    assert "Squares x." in again.stdout and "hello x" in again.stdout and "TAG.runtimeconfig.json" in again.stdout


def test_new_module_edit_and_error_use_the_template(tmp_path):
    cache = str(tmp_path / "own-cache")
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    (tmp_path / "one" / "first_mod.cs").write_text(module_source("first_mod"))
    first = run("import csimport.import_hook, first_mod; print(first_mod.square(3))", tmp_path / "one", cache)
    # A plain configuration: even the first build's template is written without MSBuild.
    assert first.stdout.strip() == "9" and built_how(first, "first_mod") == ["compiler server"]
    assert "wrote a compiler template without MSBuild" in first.stderr and "running dotnet" not in first.stderr

    # Another module with the same configuration: the same template.
    (tmp_path / "two" / "second_mod.cs").write_text(module_source("second_mod", body="public static int Cube(int x) => x * x * x;"))
    second = run("import csimport.import_hook, second_mod; print(second_mod.cube(3))", tmp_path / "two", cache)
    assert second.stdout.strip() == "27" and built_how(second, "second_mod") == ["compiler server"]
    assert "wrote a compiler template" not in second.stderr

    # A compiler error on that path still names the user's file, line and column.
    (tmp_path / "two" / "second_mod.cs").write_text(module_source("second_mod", body='public static int Cube(int x) => "no";'))
    broken = run('''
        import csimport, csimport.import_hook
        try:
            import second_mod
        except csimport.BuildError as error:
            print(error)
    ''', tmp_path / "two", cache)
    assert "compiling second_mod with the compiler command line" in broken.stderr
    assert f"{tmp_path / 'two' / 'second_mod.cs'}:7:38: error CS0029: Cannot implicitly convert type 'string' to 'int'" \
        in broken.stdout, broken.stdout
    assert "direct.rsp" not in broken.stdout and "/src/000_" not in broken.stdout


PROPERTY = "#:property Deterministic=true\n"


def test_fast_build_off_or_stale_template_falls_back_to_dotnet_build(tmp_path):
    cache = tmp_path / "own-cache"
    # A #:property: the template must come from a dotnet build (a plain module's would be written directly).
    (tmp_path / "fallback_mod.cs").write_text(module_source("fallback_mod", directives=PROPERTY))
    code = "import csimport, csimport.import_hook, fallback_mod; print(fallback_mod.square(4))"
    assert built_how(run(code, tmp_path, str(cache)), "fallback_mod") == ["dotnet build"]

    (tmp_path / "fallback_mod.cs").write_text(module_source("fallback_mod", body="public static int Square(int x) => -x;", directives=PROPERTY))
    off = run(code, tmp_path, str(cache), env={"CSIMPORT_FAST_BUILD": "0"})
    assert off.stdout.strip() == "-4" and built_how(off, "fallback_mod") == ["dotnet build"]

    # A template naming a file that is gone (a cleared NuGet cache): dotnet build, which remakes it.
    [template] = (cache / "compile").glob("*/template.json")
    description = json.loads(template.read_text())
    description["arguments"].insert(0, "/reference:" + str(tmp_path / "gone.dll"))
    template.write_text(json.dumps(description))
    (tmp_path / "fallback_mod.cs").write_text(module_source("fallback_mod", body="public static int Square(int x) => 2 * x;", directives=PROPERTY))
    stale = run(code, tmp_path, str(cache))
    assert stale.stdout.strip() == "8" and built_how(stale, "fallback_mod") == ["dotnet build"]
    assert "no usable compiler template" in stale.stderr
    assert "gone.dll" not in template.read_text()

    (tmp_path / "fallback_mod.cs").write_text(module_source("fallback_mod", body="public static int Square(int x) => 3 * x;", directives=PROPERTY))
    fast = run(code, tmp_path, str(cache))
    assert fast.stdout.strip() == "12" and built_how(fast, "fallback_mod") == ["compiler server"]

    # Without the compiler server: the same template, csc in a process of its own.
    (tmp_path / "fallback_mod.cs").write_text(module_source("fallback_mod", body="public static int Square(int x) => 4 * x;", directives=PROPERTY))
    alone = run(code, tmp_path, str(cache), env={"CSIMPORT_COMPILER_SERVER": "0"})
    assert alone.stdout.strip() == "16" and built_how(alone, "fallback_mod") == ["csc"]


def test_what_needs_dotnet_build(tmp_path):
    # No builds: which configurations may skip MSBuild.
    sys.path.insert(0, PYTHON_DIR)
    from csimport import _config, _direct_compile

    (tmp_path / "Lib").mkdir()
    (tmp_path / "Lib" / "Lib.csproj").write_text("<Project Sdk=\"Microsoft.NET.Sdk\" />")

    def usable(directives, fast_build=True):
        path = str(tmp_path / "m.cs")
        return _direct_compile.usable(_config.parse(path, directives + "\n" + module_source("m")),
                                      {"fast_build": fast_build})

    assert usable("#:property LangVersion=latest\n#:package Some.Package@1.2.3\n// csimport: define=X")
    assert usable("")
    assert not usable("", fast_build=False)
    assert not usable("// csimport: mode=aot")
    assert not usable("#:project Lib/Lib.csproj")
    assert not usable("#:package Some.Package")
    assert not usable("#:package Some.Package@1.*")

    # Which of those need no dotnet build even for the template (plain ones; defines are fine).
    from csimport import _template_synthesis

    def plain(directives):
        return _template_synthesis.possible(_config.parse(str(tmp_path / "m.cs"), directives + "\n" + module_source("m")))

    assert plain("") and plain("// csimport: define=X")
    assert not plain("#:property LangVersion=latest") and not plain("#:package Some.Package@1.2.3")
    assert not plain("#:project Lib/Lib.csproj") and not plain("// csimport: mode=aot")


PLAIN_SHAPE = """
import csimport, csimport.import_hook, json, os, plain_mod
folder = os.path.dirname(plain_mod.__file__)
tag = os.path.basename(folder)
deps = json.load(open(os.path.join(folder, tag.join(("plain_mod_", ".deps.json")))))
print(plain_mod.square(6), plain_mod.greeting(), plain_mod.square.__doc__.splitlines()[-1],
      sorted(f.replace(tag, "TAG") for f in os.listdir(folder)), sorted(deps["libraries"]).__len__())
"""


def test_a_plain_module_builds_the_same_without_msbuild(tmp_path):
    # The template written without MSBuild gives the module a dotnet build gives: same functions,
    # docstrings (doc comments were read), defines, implicit usings and output files.
    body = ("/// <summary>Squares x.</summary>\n    public static int Square(int x) => x * x;\n"
            "    public static string Greeting() => string.Join(\",\", new List<string> {\n#if WARM\n \"warm\",\n#endif\n \"hi\" });")
    (tmp_path / "plain_mod.cs").write_text(module_source("plain_mod", body=body, directives="// csimport: define=WARM\n"))
    code = "import csimport; csimport.settings['force_rebuild'] = True\n" + PLAIN_SHAPE
    direct = run(code, tmp_path, str(tmp_path / "cache-a"))
    assert built_how(direct, "plain_mod") == ["compiler server"] and "running dotnet" not in direct.stderr
    assert "wrote a compiler template without MSBuild" in direct.stderr
    msbuild = run(code, tmp_path, str(tmp_path / "cache-b"), env={"CSIMPORT_FAST_BUILD": "0"})
    assert built_how(msbuild, "plain_mod") == ["dotnet build"]
    assert direct.stdout == msbuild.stdout
    assert direct.stdout.split(" ", 3)[:3] == ["36", "warm,hi", "Squares"]


def test_no_template_is_written_where_a_part_is_missing(tmp_path, monkeypatch):
    # No builds: an installation without the targeting pack (and an empty NuGet cache), or a target
    # framework the table does not know, leaves the first build to dotnet build.
    sys.path.insert(0, PYTHON_DIR)
    from csimport import _config, _core, _template_synthesis

    root = tmp_path / "dotnet"
    (root / "sdk" / "10.0.100" / "Roslyn" / "bincore").mkdir(parents=True)
    (root / "sdk" / "10.0.100" / "Roslyn" / "bincore" / "csc.dll").write_text("")
    (root / "dotnet").write_text("")
    monkeypatch.setenv("NUGET_PACKAGES", str(tmp_path / "empty-nuget"))
    config = _config.parse(str(tmp_path / "m.cs"), module_source("m"))
    folder = tmp_path / "template"
    arguments = (config, "net8.0", str(root / "dotnet"), _core._nupkg(), str(tmp_path / "cache"), "0.1.0")
    assert not _template_synthesis.synthesize(str(folder), *arguments) and not folder.exists()
    # With the pack in place it writes one (not compiled here: the csc.dll above is empty).
    ref = root / "packs" / "Microsoft.NETCore.App.Ref" / "8.0.5" / "ref" / "net8.0"
    ref.mkdir(parents=True)
    (ref / "System.Runtime.dll").write_text("")
    assert _template_synthesis.synthesize(str(folder), *arguments)
    template = json.loads((folder / "template.json").read_text())
    assert f"/reference:{ref / 'System.Runtime.dll'}" in template["arguments"] and "/langversion:12.0" in template["arguments"]
    assert sorted(template["outputs"]) == ["CsimportTemplateAssembly.deps.json", "CsimportTemplateAssembly.runtimeconfig.json", "SharpBind.dll"]
    assert not _template_synthesis.synthesize(str(tmp_path / "t7"), config, "net7.0", *arguments[2:])
    assert not _template_synthesis.synthesize(str(tmp_path / "t10"), config, "net10.0", *arguments[2:])  # no 10.0 pack
