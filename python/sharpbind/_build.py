"""``python -m sharpbind build``: run dotnet on a SharpBind project and lay out the importable result."""

import base64
import glob
import hashlib
import os
import re
import shutil
import subprocess
import sys

from . import __version__
from ._dotnet import dotnet_command, runtime_identifier

# [PyModule("name")], also written as [SharpBind.PyModule("name")], [PyModuleAttribute("name")] or
# after other attributes in the same brackets ([Serializable, PyModule("name")]).
_MODULE_ATTRIBUTE = re.compile(r'\[[^\[\]]*?\b(?:global::)?(?:SharpBind\.)?PyModule(?:Attribute)?\s*\(\s*"([^"]+)"')

# The framework AOT builds target: NativeAOT runtime packs exist for it on this registry.
DEFAULT_TARGET_FRAMEWORK = "net8.0"


class BuildError(Exception):
    """dotnet could not build the module; the message has the compiler's errors."""


def build(path, outdir=".", mode="aot", verbose=False):
    """Builds the C# at ``path`` (a .csproj or a folder of .cs files) into ``outdir``.

    Returns the paths written: ``NAME.abi3.so`` for ``aot``; ``NAME.py`` and the ``NAME.hosted``
    folder for ``hosted``.
    """
    if mode not in ("aot", "hosted"):
        raise BuildError(f"unknown mode {mode!r} (expected 'aot' or 'hosted')")
    path = os.path.abspath(path)
    outdir = os.path.abspath(outdir)
    if os.path.isdir(path):
        sources = _sources(path)
        modules = _module_names(sources)
        project = _make_project(path, modules)
    elif path.endswith(".csproj") and os.path.isfile(path):
        project = path
        modules = _module_names(_sources(os.path.dirname(path)))
        try:
            _forget_stale_package(os.path.join(package_dir(), f"SharpBind.{__version__}.nupkg"))
        except BuildError:
            pass  # no bundled package: the project gets SharpBind some other way
    else:
        raise BuildError(f"{path} is neither a .csproj file nor a folder of .cs files")

    staging = os.path.join(_cache_dir(), "out", _digest(project), mode)
    shutil.rmtree(staging, ignore_errors=True)
    _run_dotnet(project, mode, staging, verbose)

    os.makedirs(outdir, exist_ok=True)
    if mode == "aot":
        return _install_aot(staging, outdir, modules)
    return _install_hosted(staging, outdir, modules)


def _sources(folder):
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d not in ("bin", "obj") and not d.startswith("."))
        found += [os.path.join(root, f) for f in sorted(files) if f.endswith(".cs")]
    return found


def _module_names(sources):
    names = []
    for source in sources:
        with open(source, encoding="utf-8-sig") as handle:
            for name in _MODULE_ATTRIBUTE.findall(handle.read()):
                if name not in names:
                    names.append(name)
    if not names:
        raise BuildError("no [PyModule(\"name\")] class was found in " + ", ".join(sources or ["(no .cs files)"]))
    return names


def _cache_dir():
    base = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    return os.path.join(base, "sharpbind")


def _digest(text):
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def package_dir():
    """The folder holding SharpBind's NuGet package (bundled in the wheel, or the repository's artifacts)."""
    here = os.path.dirname(os.path.abspath(__file__))
    candidates = [os.environ.get("SHARPBIND_PACKAGE_DIR"), os.path.join(here, "_packages"),
                  os.path.join(here, "..", "..", "artifacts", "packages")]
    for candidate in candidates:
        if candidate and glob.glob(os.path.join(candidate, f"SharpBind.{__version__}.nupkg")):
            return os.path.abspath(candidate)
    raise BuildError("SharpBind's NuGet package was not found: run ./build.sh pack, or set SHARPBIND_PACKAGE_DIR")


def _make_project(folder, modules):
    """Writes a project for a plain folder of .cs files into the cache; returns its path."""
    packages = package_dir()
    _forget_stale_package(os.path.join(packages, f"SharpBind.{__version__}.nupkg"))
    name = modules[0].rsplit(".", 1)[-1]
    project_dir = os.path.join(_cache_dir(), "projects", f"{name}-{_digest(folder)}")
    os.makedirs(project_dir, exist_ok=True)
    source_glob = os.path.join(folder, "**", "*.cs")
    excluded = ";".join(os.path.join(folder, "**", d, "**") for d in ("bin", "obj"))
    text = f"""<Project Sdk="Microsoft.NET.Sdk">
  <!-- Written by `python -m sharpbind build` for the .cs files in {_xml(folder)}. -->
  <PropertyGroup>
    <TargetFramework>{DEFAULT_TARGET_FRAMEWORK}</TargetFramework>
    <AssemblyName>{_xml(name)}</AssemblyName>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
    <RestoreAdditionalProjectSources>{_xml(packages)}</RestoreAdditionalProjectSources>
  </PropertyGroup>
  <ItemGroup>
    <Compile Include="{_xml(source_glob)}" Exclude="{_xml(excluded)}" />
    <PackageReference Include="SharpBind" Version="{__version__}" />
  </ItemGroup>
</Project>
"""
    project = os.path.join(project_dir, f"{name}.csproj")
    if not os.path.exists(project) or open(project, encoding="utf-8").read() != text:
        with open(project, "w", encoding="utf-8") as handle:
            handle.write(text)
    return project


def _forget_stale_package(nupkg):
    """NuGet caches a package by id and version: drop the cached copy if it is not this very file."""
    root = os.environ.get("NUGET_PACKAGES") or os.path.expanduser("~/.nuget/packages")
    cached = os.path.join(root, "sharpbind", __version__)
    marker = os.path.join(cached, f"sharpbind.{__version__}.nupkg.sha512")
    if not os.path.exists(marker):
        return
    with open(nupkg, "rb") as handle:
        expected = base64.b64encode(hashlib.sha512(handle.read()).digest()).decode()
    with open(marker, encoding="ascii") as handle:
        if handle.read().strip() != expected:
            shutil.rmtree(cached, ignore_errors=True)


def _xml(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _run_dotnet(project, mode, staging, verbose, extra=()):
    dotnet = dotnet_command()
    if dotnet is None:
        raise BuildError("the .NET SDK (dotnet) was not found on PATH; install it or set DOTNET_ROOT")
    quiet = ["-nologo", "-v:m" if verbose else "-v:q"]
    env = dict(os.environ, DOTNET_CLI_TELEMETRY_OPTOUT="1", DOTNET_NOLOGO="1", DOTNET_SKIP_FIRST_TIME_EXPERIENCE="1")
    if mode == "aot":
        rid = runtime_identifier()
        command = [dotnet, "publish", project, "-c", "Release", "-r", rid, "-p:SharpBindMode=aot", "-o", staging]
        if not _sets_publish_aot(dotnet, project, env):
            # Restore must see PublishAot to fetch the NativeAOT compiler, but it never imports a
            # package's props: unless the project itself sets it, pass it on the command line.
            command += ["-p:PublishAot=true", "-p:NativeLib=Shared"]
    else:
        command = [dotnet, "build", project, "-c", "Release", "-p:SharpBindMode=hosted", "-o", staging]
    _invoke(command + list(extra) + quiet, env, project, verbose)


def _sets_publish_aot(dotnet, project, env):
    """Whether the project turns on PublishAot for SharpBindMode=aot as restore sees it (no package imports)."""
    result = subprocess.run([dotnet, "msbuild", project, "-getProperty:PublishAot", "-p:SharpBindMode=aot",
                             "-p:ExcludeRestorePackageImports=true", "-nologo"],
                            env=env, capture_output=True, text=True)
    return result.returncode == 0 and result.stdout.strip().lower() == "true"


def _invoke(command, env, project, verbose):
    result = subprocess.run(command, env=env, stdout=None if verbose else subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    if result.returncode != 0:
        output = result.stdout or ""
        errors = [line.strip() for line in output.splitlines() if ": error " in line]
        detail = "\n".join(dict.fromkeys(errors)) or output.strip()[-4000:]
        raise BuildError(f"dotnet failed to build {project}:\n{detail}")


def _install_aot(staging, outdir, modules):
    libraries = [p for p in glob.glob(os.path.join(staging, "*" + _native_suffix()))]
    written = []
    for module in modules:
        short = module.rsplit(".", 1)[-1]
        symbol = f"PyInit_{short}".encode()
        matches = [lib for lib in libraries if symbol in open(lib, "rb").read()]
        if not matches:
            raise BuildError(f"the NativeAOT build has no {symbol.decode()} export")
        target = os.path.join(outdir, short + _extension_suffix())
        if written and sys.platform != "win32":
            # Several modules of one assembly: the second and later names link to the first file,
            # so the process maps one library (one .NET runtime, one set of statics) for all of them.
            temporary = target + ".tmp"
            if os.path.lexists(temporary):
                os.remove(temporary)
            os.symlink(os.path.basename(written[0]), temporary)
            os.replace(temporary, target)
        else:
            _replace_file(matches[0], target)
        written.append(target)
    return written


def _install_hosted(staging, outdir, modules):
    configs = glob.glob(os.path.join(staging, "*.runtimeconfig.json"))
    if len(configs) != 1:
        raise BuildError(f"expected one runtimeconfig.json in the hosted build output, found {len(configs)}")
    assembly = os.path.basename(configs[0])[: -len(".runtimeconfig.json")]
    # One folder of assemblies, and a small loader file per module it holds.
    folder = os.path.join(outdir, assembly + ".hosted")
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(staging, folder, ignore=shutil.ignore_patterns("*.pdb", "*.xml", "SharpBind.Generator*"))
    written = [folder]
    for module in modules:
        short = module.rsplit(".", 1)[-1]
        loader = os.path.join(outdir, short + ".py")
        with open(loader, "w", encoding="utf-8") as handle:
            handle.write(_LOADER.format(module=module, folder=assembly + ".hosted", assembly=assembly,
                                        type_name="SharpBind.Generated.Module_" + module.replace(".", "_")))
        written.append(loader)
    return written


_LOADER = '''"""The C# module {module!r}, built by SharpBind in hosted mode (needs the sharpbind package and .NET)."""
import os as _os

from sharpbind._hosting import load_module as _load_module

_load_module(__name__, _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), {folder!r}), {assembly!r}, {type_name!r})
'''


def _native_suffix():
    return {"darwin": ".dylib", "win32": ".dll"}.get(sys.platform, ".so")


def _extension_suffix():
    return ".pyd" if sys.platform == "win32" else ".abi3.so"


def _replace_file(source, target):
    # Write beside the target and rename, so a process that has the old module mapped keeps working.
    temporary = target + ".tmp"
    shutil.copyfile(source, temporary)
    os.replace(temporary, target)
