"""Checksums, the build lock, building with dotnet and loading the result.

Layout next to a source ``DIR/NAME.cs``::

    DIR/__csimport__/NAME/csimport.json   what was built: checksum, its parts, mode, output folder
    DIR/__csimport__/NAME/build.lock      taken (fcntl) while a process builds
    DIR/__csimport__/NAME/TAG/            the build: hosted assemblies, or NAME.abi3.so (aot)

TAG is the start of the checksum. A rebuild writes a new TAG folder, then the sidecar, then removes
older folders, so a process that has the old build loaded keeps working. The generated project,
the copied sources and dotnet's obj/ folder live in the cache (``settings['cache_dir']``), and so
do the compiler templates that let later builds skip MSBuild (see _direct_compile).
"""

import contextlib
import hashlib
import importlib.machinery
import json
import logging
import os
import re
import shutil
import sys
import sysconfig
import threading
import time

import sharpbind

from . import _config, _direct_compile
from ._errors import BuildError

log = logging.getLogger("csimport")

OUTPUT_FOLDER = "__csimport__"
SIDECAR = "csimport.json"

settings = {
    "force_rebuild": False,
    "release_mode": os.environ.get("CSIMPORT_RELEASE_MODE", "").strip().lower() in ("1", "true", "yes", "on"),
    "lock_timeout": 10 * 60,
    "cache_dir": None,  # None: $CSIMPORT_CACHE_DIR, else $XDG_CACHE_HOME/sharpbind/csimport or ~/.cache/...
    "verbose_build": False,  # show dotnet's own output while building
    # Rebuild from the compiler command line of an earlier dotnet build when possible (see _direct_compile).
    "fast_build": os.environ.get("CSIMPORT_FAST_BUILD", "").strip().lower() not in ("0", "false", "no", "off"),
    # Compile in the Roslyn compiler server (VBCSCompiler), on both paths, whatever UseSharedCompilation says.
    "compiler_server": os.environ.get("CSIMPORT_COMPILER_SERVER", "").strip().lower() not in ("0", "false", "no", "off"),
}

_modules = {}  # full name -> (checksum, module) of what this process loaded
_name_locks = {}
_name_locks_guard = threading.Lock()


# ---------------------------------------------------------------------------------------------
# Where things go

def output_root(path, fullname=None):
    """``DIR/__csimport__/NAME`` for the source ``DIR/NAME.cs``."""
    short = (fullname or module_name_for(path)).rpartition(".")[2]
    return os.path.join(os.path.dirname(os.path.abspath(path)), OUTPUT_FOLDER, short)


def module_name_for(path):
    """The module name a file gets by default: its file name, prefixed by the packages it sits in."""
    path = os.path.abspath(path)
    name = os.path.splitext(os.path.basename(path))[0]
    folder = os.path.dirname(path)
    while os.path.isfile(os.path.join(folder, "__init__.py")):
        name = os.path.basename(folder) + "." + name
        folder = os.path.dirname(folder)
    return name


def cache_dir():
    configured = settings.get("cache_dir") or os.environ.get("CSIMPORT_CACHE_DIR")
    if configured:
        return os.path.abspath(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    return os.path.join(base, "sharpbind", "csimport")


def _digest(data):
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------------------------------------
# Checksum

def python_abi():
    """What a build depends on in the interpreter: the stable ABI makes one build serve CPython 3.9+."""
    threading_model = "t" if sysconfig.get_config_var("Py_GIL_DISABLED") else ""
    return f"{sys.implementation.name}-abi3{threading_model}-{sysconfig.get_platform()}"


def _sb():
    """sharpbind's build module, imported only when needed: an up-to-date import never runs dotnet."""
    from sharpbind import _build

    return _build


def _nupkg():
    name = f"SharpBind.{sharpbind.__version__}.nupkg"
    # The usual places first (the wheel's copy, or SHARPBIND_PACKAGE_DIR), without importing the builder.
    for folder in (os.environ.get("SHARPBIND_PACKAGE_DIR"), os.path.join(os.path.dirname(sharpbind.__file__), "_packages")):
        if folder and os.path.isfile(os.path.join(folder, name)):
            return os.path.join(folder, name)
    sb_build = _sb()
    try:
        return os.path.join(sb_build.package_dir(), name)
    except sb_build.BuildError:
        return None


def sharpbind_identity():
    """SharpBind's version and the hash of the NuGet package a build would use."""
    try:
        with open(_nupkg(), "rb") as handle:
            package = _digest(handle.read())[:16]
    except (OSError, TypeError):
        package = "none"
    return f"{sharpbind.__version__}+{package}"


class Fingerprint:
    """The parts a build depends on, and their combined checksum."""

    def __init__(self, config, contents):
        files = {}
        projects = [f for p in config.projects for f in _config.project_sources(p)]
        for path in [config.path] + config.sources + config.depends + config.projects + projects:
            data = contents.get(path)
            if data is None:
                with open(path, "rb") as handle:
                    data = handle.read()
            files[config.relative(path)] = _digest(data)
        self.parts = {
            "files": files,
            "config": _digest(json.dumps(config.key(), sort_keys=True).encode()),
            "sharpbind": sharpbind_identity(),
            "python": python_abi(),
        }
        self.checksum = _digest(json.dumps(self.parts, sort_keys=True).encode())

    def why(self, previous):
        """Why a build is needed, given the previous sidecar (or None)."""
        if settings["force_rebuild"]:
            return "csimport.settings['force_rebuild'] is set"
        if previous is None:
            return "it was never built"
        old = previous.get("parts", {})
        reasons = []
        old_files = old.get("files", {})
        changed = [name for name, digest in self.parts["files"].items() if old_files.get(name) != digest]
        if changed:
            reasons.append("changed: " + ", ".join(changed))
        removed = [name for name in old_files if name not in self.parts["files"]]
        if removed:
            reasons.append("removed: " + ", ".join(removed))
        if old.get("config") != self.parts["config"]:
            reasons.append("the configuration changed")
        if old.get("sharpbind") != self.parts["sharpbind"]:
            reasons.append(f"SharpBind changed ({old.get('sharpbind')} -> {self.parts['sharpbind']})")
        if old.get("python") != self.parts["python"]:
            reasons.append(f"the Python ABI changed ({old.get('python')} -> {self.parts['python']})")
        if not reasons:
            reasons.append("its build output is missing")
        return "; ".join(reasons)


def read_sidecar(root):
    try:
        with open(os.path.join(root, SIDECAR), encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError):
        return None


def _output_exists(root, sidecar):
    return sidecar is not None and os.path.isdir(os.path.join(root, sidecar.get("output", "")))


# ---------------------------------------------------------------------------------------------
# Lock

@contextlib.contextmanager
def file_lock(path, timeout):
    """An exclusive fcntl lock on ``path``: between processes, and between threads (one open file each)."""
    import fcntl

    os.makedirs(os.path.dirname(path), exist_ok=True)
    handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        deadline = time.monotonic() + timeout
        waited = False
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not waited:
                    log.info("waiting for %s (another process or thread is building)", path)
                    waited = True
                if time.monotonic() >= deadline:
                    raise BuildError(f"timed out after {timeout} s waiting for the build lock {path}; "
                                     "raise csimport.settings['lock_timeout'] if the build is slow") from None
                time.sleep(0.05)
        yield
    finally:
        os.close(handle)  # releases the lock


# ---------------------------------------------------------------------------------------------
# Check and build

class Source:
    """A source file read once: its configuration, the texts of its sources, and its fingerprint."""

    def __init__(self, path, fullname):
        self.path = os.path.abspath(path)
        self.fullname = fullname
        try:
            with open(self.path, "rb") as handle:
                data = handle.read()
        except OSError as error:
            raise ImportError(f"csimport: cannot read {self.path}: {error}", name=fullname, path=self.path) from None
        self.contents = {self.path: data}
        self.config = _config.parse(self.path, _decode(data))
        for extra in self.config.sources:
            with open(extra, "rb") as handle:
                self.contents[extra] = handle.read()
        self.fingerprint = Fingerprint(self.config, self.contents)

    def check_module_name(self):
        declared = _config.module_names(_decode(self.contents[p]) for p in [self.path] + self.config.sources)
        if self.fullname not in declared:
            found = ", ".join(f'[PyModule("{n}")]' for n in declared) or "no [PyModule] class"
            raise ImportError(f'csimport: {self.path} is imported as {self.fullname!r}, so it must declare '
                              f'[PyModule("{self.fullname}")]; it has {found}', name=self.fullname, path=self.path)


def _decode(data):
    return data.decode("utf-8-sig", errors="replace")


def ensure_built(path, fullname=None):
    """Builds ``path`` unless its build is current; returns ``(output_root, sidecar)``.

    In release mode only the sidecar is read: no hashing, no build.
    """
    path = os.path.abspath(path)
    fullname = fullname or module_name_for(path)
    root = output_root(path, fullname)
    if settings["release_mode"]:
        sidecar = read_sidecar(root)
        if not _output_exists(root, sidecar) or sidecar.get("module") != fullname:
            raise ImportError(f"csimport: release mode is on and {fullname!r} has no build in {root}; "
                              "build it first with `python -m csimport build`", name=fullname, path=path)
        return root, sidecar

    source = Source(path, fullname)
    sidecar = read_sidecar(root)
    if _is_current(root, sidecar, source):
        log.debug("%s is up to date (%s)", fullname, sidecar["checksum"][:12])
        return root, sidecar
    source.check_module_name()  # a current build was checked when it was made
    with file_lock(os.path.join(root, "build.lock"), settings["lock_timeout"]):
        previous = read_sidecar(root)
        if _is_current(root, previous, source):
            log.info("%s was built by another process while this one waited", fullname)
            return root, previous
        log.info("building %s (%s mode) from %s because %s", fullname, source.config.mode, path,
                 source.fingerprint.why(previous if _output_exists(root, previous) else None))
        return root, _build(source, root, previous)


def _is_current(root, sidecar, source):
    return (not settings["force_rebuild"] and _output_exists(root, sidecar)
            and sidecar.get("checksum") == source.fingerprint.checksum and sidecar.get("module") == source.fullname)


def _build(source, root, previous):
    started = time.monotonic()
    sb_build = _sb()
    config = source.config
    checksum = source.fingerprint.checksum
    tag = checksum[:12]
    short = source.fullname.rpartition(".")[2]
    # A new assembly name per build: a process can load an edited module next to the old one.
    assembly = f"{short}_{tag}"
    # One work folder per source and module name: the build lock of that pair guards it.
    work = os.path.join(cache_dir(), f"{short}-{_digest(f'{source.path}|{source.fullname}'.encode())[:16]}")
    project, copies = _write_project(source, work, assembly)
    staging = os.path.join(work, "out", config.mode)
    shutil.rmtree(staging, ignore_errors=True)
    how = _compile_directly(source, work, copies, assembly, staging)
    if how is None:
        _run_msbuild(source, work, project, copies, assembly, staging)
        how = "dotnet build"

    target = os.path.join(root, tag)
    shutil.rmtree(target, ignore_errors=True)
    os.makedirs(root, exist_ok=True)
    if config.mode == "aot":
        os.makedirs(target)
        try:
            sb_build._install_aot(staging, target, [source.fullname])
        except sb_build.BuildError as error:
            raise BuildError(f"csimport: {error}", name=source.fullname, path=source.path) from None
        assembly = None
    else:
        configs = [f for f in os.listdir(staging) if f.endswith(".runtimeconfig.json")]
        if len(configs) != 1:
            raise BuildError(f"csimport: expected one runtimeconfig.json in {staging}, found {len(configs)}",
                             name=source.fullname, path=source.path)
        assembly = configs[0][: -len(".runtimeconfig.json")]
        shutil.copytree(staging, target, ignore=shutil.ignore_patterns("*.pdb", "*.xml", "SharpBind.Generator*"))
    sidecar = {
        "module": source.fullname,
        "source": os.path.basename(source.path),
        "mode": config.mode,
        "output": tag,
        "assembly": assembly,
        "checksum": checksum,
        "parts": source.fingerprint.parts,
        "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    temporary = os.path.join(root, SIDECAR + f".{os.getpid()}.tmp")
    with open(temporary, "w", encoding="utf-8") as handle:
        json.dump(sidecar, handle, indent=1, sort_keys=True)
    os.replace(temporary, os.path.join(root, SIDECAR))
    # Older builds: a running process may still have them mapped, which unlinking leaves working.
    for entry in os.listdir(root):
        if entry != tag and os.path.isdir(os.path.join(root, entry)):
            shutil.rmtree(os.path.join(root, entry), ignore_errors=True)
    log.info("built %s in %.1f s (%s): %s", source.fullname, time.monotonic() - started, how, target)
    return sidecar


def _template_folder(source):
    sb_build = _sb()
    key = _direct_compile.template_key(source.config, source.fingerprint.parts["sharpbind"],
                                       sb_build.DEFAULT_TARGET_FRAMEWORK, sb_build.dotnet_command())
    return _direct_compile.template_dir(cache_dir(), key)


def _template_synthesis():
    """Imported only when a build needs it (it imports zipfile): an up-to-date import stays lean."""
    from . import _template_synthesis

    return _template_synthesis


def _compile_directly(source, work, copies, assembly, staging):
    """Builds from the compiler command line of an earlier dotnet build; returns how, or None when it cannot."""
    if not _direct_compile.usable(source.config, settings):
        return None
    folder = _template_folder(source)
    template = _direct_compile.load_template(folder)
    dotnet = _sb().dotnet_command()
    if template is None and _template_synthesis().synthesize(
            folder, source.config, _sb().DEFAULT_TARGET_FRAMEWORK, dotnet, _nupkg(), cache_dir(), sharpbind.__version__):
        log.debug("wrote a compiler template without MSBuild: %s", folder)
        template = _direct_compile.load_template(folder)
    if template is None or dotnet is None:
        log.debug("no usable compiler template in %s: running dotnet build", folder)
        return None
    log.debug("compiling %s with the compiler command line in %s (no MSBuild)", source.fullname, folder)
    try:
        _direct_compile.compile_module(template, work, list(copies), assembly, staging, dotnet, _dotnet_env(),
                                       settings["compiler_server"], settings["verbose_build"])
    except BuildError as error:
        raise BuildError(_compiler_message(str(error), copies, source.path), name=source.fullname,
                         path=source.path) from None
    return "compiler server" if settings["compiler_server"] else "csc"


def _run_msbuild(source, work, project, copies, assembly, staging):
    """``dotnet build`` of the generated project; records its compiler command line as a template."""
    sb_build = _sb()
    config = source.config
    # Restore only when what it reads changed: saves about half a second per edit.
    restore_key = _digest(json.dumps([config.mode, config.packages, config.properties, config.projects,
                                      source.fingerprint.parts["sharpbind"]]).encode())
    key_file = os.path.join(work, "restore.key")
    restored = (not config.projects and os.path.isfile(os.path.join(work, "obj", "project.assets.json"))
                and _read(key_file) == restore_key)
    with contextlib.suppress(OSError):
        os.remove(key_file)
    _direct_compile.forget_arguments(work)
    log.debug("running dotnet in %s%s", work, " (restore skipped: packages and properties unchanged)" if restored else "")
    # An environment may set UseSharedCompilation=false for all MSBuild builds; csimport decides for its own.
    extra = ["--no-restore"] if restored else []
    extra.append(f"-p:UseSharedCompilation={'true' if settings['compiler_server'] else 'false'}")
    try:
        sb_build._run_dotnet(project, config.mode, staging, settings["verbose_build"], extra)
    except sb_build.BuildError as error:
        raise BuildError(_compiler_message(str(error), copies, source.path), name=source.fullname,
                         path=source.path) from None
    with open(key_file, "w", encoding="ascii") as handle:
        handle.write(restore_key)
    if _direct_compile.usable(config, settings):
        folder = _template_folder(source)
        if _direct_compile.save_template(folder, work, staging, assembly, copies):
            log.debug("saved the compiler command line as %s", folder)


def _dotnet_env():
    return dict(os.environ, DOTNET_CLI_TELEMETRY_OPTOUT="1", DOTNET_NOLOGO="1", DOTNET_SKIP_FIRST_TIME_EXPERIENCE="1")


def _read(path):
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except OSError:
        return None


def _write_project(source, work, assembly):
    """The generated project and the copied sources; returns (project path, {copy: original})."""
    config = source.config
    sb_build = _sb()
    packages = sb_build.package_dir()
    sb_build._forget_stale_package(os.path.join(packages, f"SharpBind.{sharpbind.__version__}.nupkg"))
    src = os.path.join(work, "src")
    shutil.rmtree(src, ignore_errors=True)
    os.makedirs(src)
    copies = {}
    for index, original in enumerate([source.path] + config.sources):
        copy = os.path.join(src, f"{index:03d}_{os.path.basename(original)}")
        text = _config.strip_file_directives(_decode(source.contents[original]))
        if '"' not in original and "\n" not in original:
            # Errors, warnings and debuggers then name the user's file and line, not the copy.
            text = f'#line 1 "{original}"\n' + text
        with open(copy, "w", encoding="utf-8") as handle:
            handle.write(text)
        copies[copy] = original
    x = sb_build._xml
    properties = "".join(f"    <{name}>{x(value)}</{name}>\n" for name, value in config.properties)
    defines = ";".join(config.defines)
    items = "".join(f'    <PackageReference Include="{x(name)}" Version="{x(version or "*")}" />\n'
                    for name, version in config.packages)
    items += "".join(f'    <ProjectReference Include="{x(p)}" />\n' for p in config.projects)
    text = f"""<Project Sdk="Microsoft.NET.Sdk">
  <!-- Written by csimport for {x(source.path)}. -->
  <PropertyGroup>
    <TargetFramework>{sb_build.DEFAULT_TARGET_FRAMEWORK}</TargetFramework>
    <AssemblyName>{x(assembly)}</AssemblyName>
    <PackageId>csimport.module</PackageId>
    <RootNamespace>{x(assembly)}</RootNamespace>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
    <RestoreAdditionalProjectSources>{x(packages)}</RestoreAdditionalProjectSources>
    <DefineConstants>$(DefineConstants);{x(defines)}</DefineConstants>
    <!-- csimport shows no warnings, so code-style and CA analyzers would only cost time; source
         generators (SharpBind's among them) still run. A #:property RunAnalyzers=true wins. -->
    <RunAnalyzers>false</RunAnalyzers>
{properties}  </PropertyGroup>
  <ItemGroup>
    <Compile Include="src/*.cs" />
    <PackageReference Include="SharpBind" Version="{sharpbind.__version__}" />
{items}  </ItemGroup>
{_direct_compile.PROJECT_ITEMS}</Project>
"""
    project = os.path.join(work, "csimport.csproj")
    with open(project, "w", encoding="utf-8") as handle:
        handle.write(text)
    return project, copies


_DIAGNOSTIC = re.compile(r"^(?P<file>.+?)\((?P<line>\d+),(?P<column>\d+)(?:,\d+,\d+)?\): (?P<text>(?:error|warning) .*?)(?: \[[^\]]*\])?$")


def _compiler_message(output, copies, path):
    """sharpbind's dotnet error text, as ``file:line:column: error CODE: text`` lines naming the user's files."""
    lines = []
    for line in output.splitlines()[1:] or [output]:
        line = line.strip()
        for copy, original in copies.items():
            line = line.replace(copy, original)
        match = _DIAGNOSTIC.match(line)
        if match:
            line = f"{match['file']}:{match['line']}:{match['column']}: {match['text']}"
        if line and line not in lines:
            lines.append(line)
    return f"csimport: building {path} failed:\n" + "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Load

def _name_lock(fullname):
    with _name_locks_guard:
        return _name_locks.setdefault(fullname, threading.RLock())


def load(path, fullname=None):
    """Builds ``path`` if needed and returns its module, loaded once per build in this process.

    When this process already has an older build of the module, the new build is loaded (hosted:
    a new assembly in the same runtime; aot: a new shared library) and its attributes replace the
    old module object's, so references to the module see the new code.
    """
    path = os.path.abspath(path)
    fullname = fullname or module_name_for(path)
    with _name_lock(fullname):
        root, sidecar = ensure_built(path, fullname)
        previous = _modules.get(fullname)
        if previous is not None and previous[0] == sidecar["checksum"]:
            sys.modules[fullname] = previous[1]
            return previous[1]
        module = _load_build(fullname, root, sidecar)
        if previous is not None:
            old = previous[1]
            log.info("replacing the loaded %s with its new build", fullname)
            namespace = old.__dict__
            for key in [k for k in namespace if not (k.startswith("__") and k.endswith("__"))]:
                del namespace[key]
            namespace.update(module.__dict__)
            module = old
        module.__csimport_source__ = path
        _modules[fullname] = (sidecar["checksum"], module)
        sys.modules[fullname] = module
        return module


def _load_build(fullname, root, sidecar):
    folder = os.path.join(root, sidecar["output"])
    short = fullname.rpartition(".")[2]
    saved = sys.modules.get(fullname)
    try:
        if sidecar["mode"] == "aot":
            suffix = ".pyd" if sys.platform == "win32" else ".abi3.so"
            library = os.path.join(folder, short + suffix)
            loader = importlib.machinery.ExtensionFileLoader(fullname, library)
            spec = importlib.machinery.ModuleSpec(fullname, loader, origin=library)
            module = loader.create_module(spec)
            loader.exec_module(module)
            return module
        from sharpbind._hosting import load_module

        return load_module(fullname, folder, sidecar["assembly"], "SharpBind.Generated.Module_" + fullname.replace(".", "_"))
    finally:
        # The caller decides what sys.modules holds.
        if saved is None:
            sys.modules.pop(fullname, None)
        else:
            sys.modules[fullname] = saved
