"""Rebuilding without MSBuild: the compiler command line of an earlier ``dotnet build``, replayed.

``dotnet build`` of a one-file module spends about 1.5 s starting the CLI and MSBuild, evaluating the
project and (when needed) restoring, and only 0.1-0.3 s compiling once the Roslyn compiler server is
warm. That command line depends only on what the project says, not on the C# text: the target
framework, the SharpBind package, the ``#:package`` set, the ``#:property`` values and the defines.
So each MSBuild build records it (``ProvideCommandLineArgs``, written by a target in the generated
project), and csimport keeps it as a *template* in ``CACHE/compile/KEY/``::

    template.json   the csc path, the arguments with the user's sources left out, the assembly
                    name the template was made with, the output files to copy
    obj/            MSBuild's generated sources (global usings, assembly attributes) and editorconfig
    output/         the build output minus the module itself: SharpBind.dll, package assemblies,
                    NAME.runtimeconfig.json, NAME.deps.json

A later build with the same KEY, of this module or of any other, writes its sources, runs
``dotnet exec csc.dll -shared @args`` (the client hands the compilation to the compiler server that
csimport's dotnet builds use too, and starts one if none runs; without ``settings['compiler_server']``
csc compiles in its own process) and copies ``output/``. Every file that still names the
old assembly (``NAME_TAG``) has it replaced by the new one.

For plain configurations (no packages, properties or project references) _template_synthesis writes
the template without any ``dotnet build``, in the same layout.

Not used (``dotnet build`` instead): aot mode, ``#:project`` references (their project must be
built), packages without a pinned version (restore decides which version), ``settings['fast_build']``
false, or a template whose compiler, references or analyzers are gone.
"""

import json
import os
import shutil

from ._errors import BuildError

FORMAT = 2  # bump when the template layout changes: older templates are then ignored
ARGS_FILE = "csc.args"
TOOL_FILE = "csc.tool"

# Added to the generated project: MSBuild hands the Csc task's arguments to this target, which
# writes them next to the project. CoreCompile always runs (the assembly name is new every build).
PROJECT_ITEMS = f"""  <PropertyGroup>
    <ProvideCommandLineArgs>true</ProvideCommandLineArgs>
  </PropertyGroup>
  <Target Name="CsimportSaveCompilerArguments" AfterTargets="CoreCompile" Condition="'@(CscCommandLineArgs)' != ''">
    <WriteLinesToFile File="$(MSBuildProjectDirectory)/{ARGS_FILE}" Lines="@(CscCommandLineArgs)" Overwrite="true" />
    <WriteLinesToFile File="$(MSBuildProjectDirectory)/{TOOL_FILE}" Lines="$(RoslynTargetsPath)" Overwrite="true" />
  </Target>
"""

_SOURCES = "\0sources"  # where the user's sources go in the template's argument list
# Options whose value is a path MSBuild may write relative to the project folder. An input under the
# project folder is copied into the template; an output there (an error log, a pdb path) or a value
# that is not a plain path (a resource with its name) matches no file, and then no template is made:
# such a configuration always runs dotnet build.
_PATH_OPTIONS = ("/analyzerconfig:", "/analyzer:", "/reference:", "/additionalfile:", "/ruleset:",
                 "/win32manifest:", "/win32icon:", "/win32res:", "/keyfile:", "/embed:", "/resource:", "/res:",
                 "/linkresource:", "/sourcelink:", "/pdb:", "/errorlog:", "/generatedfilesout:", "/appconfig:")
_DROPPED = ("/out:", "/refout:", "/doc:", "/noconfig")  # per build, or given on the command line


def usable(config, settings):
    """Whether ``config`` can be built from a template (the reasons are in the module docstring)."""
    return (settings.get("fast_build", True) and config.mode == "hosted" and not config.projects
            and all(version and "*" not in version for _, version in config.packages))


def template_key(config, sharpbind_identity, target_framework, dotnet):
    """What the compiler command line depends on: everything but the source texts and the module name.

    The installed SDKs are part of it: installing a newer one makes MSBuild pick another compiler and
    other targets, so the next build runs dotnet build again and records a new template.
    """
    import hashlib

    key = [FORMAT, target_framework, config.mode, config.packages, config.properties, config.defines,
           sharpbind_identity, os.environ.get("NUGET_PACKAGES", ""), dotnet, _installed_sdks(dotnet)]
    return hashlib.sha256(json.dumps(key).encode()).hexdigest()[:16]


def template_dir(cache, key):
    return os.path.join(cache, "compile", key)


def forget_arguments(work):
    """Removes the arguments an earlier build recorded, so a build that records none leaves none."""
    for name in (ARGS_FILE, TOOL_FILE):
        try:
            os.remove(os.path.join(work, name))
        except OSError:
            pass


# ---------------------------------------------------------------------------------------------
# Making a template from an MSBuild build

def save_template(folder, work, staging, assembly, copies):
    """Turns what ``dotnet build`` just did in ``work`` into the template ``folder``; returns whether it did.

    Written to a temporary folder and renamed: builds of other modules may read or write the same
    template at the same time, and a half-written one must never be seen.
    """
    arguments = _read_lines(os.path.join(work, ARGS_FILE))
    tool = _read_lines(os.path.join(work, TOOL_FILE))
    if not arguments or not tool or os.path.isdir(folder):
        return False
    csc = _find_csc(os.path.normpath(tool[0].strip()))
    if csc is None or not os.path.isfile(os.path.join(staging, assembly + ".dll")):
        return False
    temporary = f"{folder}.{_unique()}.tmp"
    shutil.rmtree(temporary, ignore_errors=True)
    os.makedirs(os.path.join(temporary, "obj"))
    os.makedirs(os.path.join(temporary, "output"))
    users = {os.path.abspath(c) for c in copies}
    result = []
    for argument in arguments:
        argument = argument.strip()
        if not argument or argument.lower().startswith(_DROPPED):
            continue
        if argument[0] in "/-":
            option, value = _split_option(argument)
            if option.lower() in _PATH_OPTIONS and "=" not in value:
                value = _absolute(work, value)
                if value.startswith(os.path.join(work, "")):  # a generated file in obj/: kept with the template
                    value = _keep(temporary, value)
                    if value is None:
                        return _discard(temporary)
                argument = option + _quote(value)
            result.append(argument)
            continue
        path = _absolute(work, argument)
        if path in users:
            if _SOURCES not in result:
                result.append(_SOURCES)
        elif path.startswith(os.path.join(work, "")):
            kept = _keep(temporary, path)
            if kept is None:
                return _discard(temporary)
            result.append(_quote(kept))
        else:
            result.append(argument)
    if _SOURCES not in result:
        return _discard(temporary)
    # Everything but the module itself, sub-folders too (a package's runtimes/ or satellite
    # assemblies): the copy into the build folder filters both paths' output the same way.
    outputs = []
    for name in sorted(os.listdir(staging)):
        source = os.path.join(staging, name)
        if name.startswith(assembly + ".") and not name.endswith((".runtimeconfig.json", ".deps.json")):
            continue  # the module's .dll, .pdb and .xml: compiled anew
        if os.path.isdir(source):
            shutil.copytree(source, os.path.join(temporary, "output", name))
        else:
            shutil.copy2(source, os.path.join(temporary, "output", name))
        outputs.append(name)
    documented = any(a.lower().startswith("/doc:") for a in arguments)
    description = {"format": FORMAT, "csc": csc, "assembly": assembly, "arguments": result, "outputs": outputs,
                   "documented": documented, "obj": os.path.join(temporary, "obj")}
    with open(os.path.join(temporary, "template.json"), "w", encoding="utf-8") as handle:
        json.dump(description, handle, indent=1)
    try:
        os.rename(temporary, folder)
    except OSError:  # another build made it first: keep theirs
        return _discard(temporary)
    return True


def _keep(temporary, path):
    """Copies a generated file into the template's obj/ folder; returns the copy's path (None: missing)."""
    if not os.path.isfile(path):
        return None
    target = os.path.join(temporary, "obj", os.path.basename(path))
    shutil.copy2(path, target)
    return target


def _discard(temporary):
    shutil.rmtree(temporary, ignore_errors=True)
    return False


# ---------------------------------------------------------------------------------------------
# Building from a template

def load_template(folder):
    """The template in ``folder`` if it is complete and everything it names still exists, else None.

    A stale one (a cleared NuGet cache, an uninstalled SDK) is deleted, so the next dotnet build
    records a new one. It is renamed first: a process that saved a fresh template in the meantime
    must not lose it to a delete meant for the old one.
    """
    try:
        with open(os.path.join(folder, "template.json"), encoding="utf-8") as handle:
            template = json.load(handle)
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return _remove_stale(folder)
    try:
        template = _checked(template, folder)
    except (KeyError, TypeError, AttributeError, IndexError):  # not written by this version
        template = None
    return template if template is not None else _remove_stale(folder)


def _remove_stale(folder):
    aside = f"{folder}.{_unique()}.stale"
    try:
        os.rename(folder, aside)
    except OSError:
        return None
    shutil.rmtree(aside, ignore_errors=True)
    return None


def _checked(template, folder):
    if template.get("format") != FORMAT or not os.path.isfile(template.get("csc", "")):
        return None
    # The template was written in a temporary folder and renamed: its own paths moved with it.
    moved = os.path.join(folder, "obj")
    template["arguments"] = [a.replace(template["obj"], moved) for a in template["arguments"]]
    for argument in template["arguments"]:
        if argument == _SOURCES:
            continue
        if argument[0] in "/-":
            option, value = _split_option(argument)
            if option.lower() in _PATH_OPTIONS and "=" not in value and not os.path.exists(_unquote(value)):
                return None  # a NuGet cache cleared or an SDK removed
        elif not os.path.isfile(_unquote(argument)):
            return None
    if not all(os.path.exists(os.path.join(folder, "output", name)) for name in template["outputs"]):
        return None
    template["folder"] = folder
    return template


def compile_module(template, work, sources, assembly, staging, dotnet, env, shared=True, verbose=False):
    """Compiles ``sources`` into ``staging/ASSEMBLY.dll`` and copies the template's other outputs there.

    Raises BuildError with the compiler's error lines (``file(line,col): error ...``) on failure.
    """
    old = template["assembly"]
    os.makedirs(staging, exist_ok=True)
    generated = os.path.join(work, "direct")  # the template's obj/ files, renamed for this assembly
    shutil.rmtree(generated, ignore_errors=True)
    os.makedirs(generated)
    arguments = []
    for argument in template["arguments"]:
        if argument == _SOURCES:
            arguments += [_quote(s) for s in sources]
            continue
        kept = os.path.join(template["folder"], "obj", "")
        path = _unquote(_split_option(argument)[1] if argument[0] in "/-" else argument)
        if path.startswith(kept):
            renamed = os.path.join(generated, os.path.basename(path))
            _copy_renamed(path, renamed, old, assembly)
            argument = argument.replace(path, renamed)
        arguments.append(argument)
    arguments.append("/out:" + _quote(os.path.join(staging, assembly + ".dll")))
    if template["documented"]:
        # The generator reads XML doc comments (docstrings) only when documentation is on.
        arguments.append("/doc:" + _quote(os.path.join(staging, assembly + ".xml")))
    response = os.path.join(work, "direct.rsp")
    with open(response, "w", encoding="utf-8") as handle:
        handle.write("\n".join(arguments) + "\n")
    # -shared: the compilation runs in the Roslyn compiler server (started if none runs), the same one
    # MSBuild's Csc task talks to, so its JIT-compiled Roslyn and loaded generators are reused.
    # Without it csc compiles in its own new process: correct, but 2-4 s of start-up every time.
    import subprocess  # here, not at the top: an up-to-date import never needs it

    command = [dotnet, "exec", template["csc"], "/noconfig"] + (["-shared"] if shared else []) + ["-nologo", "@" + response]
    result = subprocess.run(command, env=env, cwd=work, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if verbose:
        import sys

        sys.stderr.write(" ".join(command) + "\n" + (result.stdout or ""))
    if result.returncode != 0:
        output = result.stdout or ""
        errors = [line.strip() for line in output.splitlines() if ": error " in line]
        raise BuildError("\n".join(["csc failed:"] + (list(dict.fromkeys(errors)) or [output.strip()[-4000:]])))
    for name in template["outputs"]:
        source = os.path.join(template["folder"], "output", name)
        if os.path.isdir(source):
            shutil.copytree(source, os.path.join(staging, name), dirs_exist_ok=True)
            continue
        target = name.replace(old, assembly) if name.startswith(old + ".") else name
        _copy_renamed(source, os.path.join(staging, target), old, assembly)


def _copy_renamed(source, target, old, new):
    """Copies ``source``; a text file (json, C#, editorconfig) has the old assembly name replaced by the new one."""
    if source.endswith((".json", ".cs", ".editorconfig")):
        with open(source, encoding="utf-8") as handle:
            text = handle.read()
        with open(target, "w", encoding="utf-8") as handle:
            handle.write(text.replace(old, new))
    else:
        shutil.copy2(source, target)


# ---------------------------------------------------------------------------------------------
# Small helpers

def _unique():
    """A name part no other thread or process uses at the same time: builds of two modules may share a template."""
    import threading

    return f"{os.getpid()}-{threading.get_ident()}"


def _installed_sdks(dotnet):
    try:
        return sorted(os.listdir(os.path.join(os.path.dirname(os.path.realpath(dotnet)), "sdk")))
    except (OSError, TypeError):
        return []


def _find_csc(roslyn):
    for candidate in (os.path.join(roslyn, "bincore", "csc.dll"), os.path.join(roslyn, "csc.dll")):
        if os.path.isfile(candidate):
            return candidate
    return None


def _read_lines(path):
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read().splitlines()
    except OSError:
        return None


def _split_option(argument):
    colon = argument.find(":")
    return (argument, "") if colon < 0 else (argument[: colon + 1], argument[colon + 1:])


def _absolute(folder, value):
    value = _unquote(value)
    return os.path.normpath(value if os.path.isabs(value) else os.path.join(folder, value))


def _unquote(value):
    return value[1:-1] if len(value) >= 2 and value[0] == value[-1] == '"' else value


def _quote(value):
    return f'"{value}"' if any(c.isspace() for c in value) or ";" in value or "," in value else value
