"""Reads a csimport source file's configuration: declarative directives, nothing is executed.

Two kinds of lines configure a build:

- .NET's file-based program directives, ``#:package Name@Version``, ``#:property Name=Value`` and
  ``#:project PATH``, at the start of a line;
- csimport's own comment directives, ``// csimport: KEY=VALUE`` with KEY one of ``sources``,
  ``depends``, ``define`` and ``mode``.

Both may appear anywhere in the file and repeat; list values are separated by commas or semicolons.
"""

import glob
import os
import re

from ._errors import BuildError

MARKER = "csimport"
MODES = ("hosted", "aot")

_COMMENT_DIRECTIVE = re.compile(r"^\s*//\s*csimport\s*:\s*(.*?)\s*$")
_KEY_VALUE = re.compile(r"^([A-Za-z_]+)\s*=\s*(.*)$")
_FILE_DIRECTIVE = re.compile(r"^#:\s*(\S*)\s*(.*?)\s*$")
_PACKAGE = re.compile(r"^([A-Za-z0-9_][A-Za-z0-9_.\-]*)(?:@(\S+))?$")
_PROPERTY = re.compile(r"^([A-Za-z_][A-Za-z0-9_.\-]*)\s*=\s*(.*)$")
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def has_marker(path):
    """Whether the first line of ``path`` contains ``csimport``: the opt-in for the import hook."""
    try:
        with open(path, "rb") as handle:
            first = handle.readline(4096)
    except OSError:
        return False
    return MARKER.encode() in first


def read_text(path):
    with open(path, encoding="utf-8-sig") as handle:
        return handle.read()


class Config:
    """The build configuration of one csimport source file."""

    def __init__(self, path):
        self.path = os.path.abspath(path)
        self.folder = os.path.dirname(self.path)
        self.mode = "hosted"
        self.packages = []      # (name, version or None)
        self.properties = []    # (name, value)
        self.projects = []      # absolute paths
        self.sources = []       # extra .cs files, absolute paths
        self.depends = []       # files whose change triggers a rebuild, absolute paths
        self.defines = []

    def key(self):
        """Everything that changes the build except file contents (paths relative to the source's folder)."""
        rel = self.relative
        return {"mode": self.mode, "packages": self.packages, "properties": self.properties,
                "projects": [rel(p) for p in self.projects], "sources": [rel(p) for p in self.sources],
                "depends": [rel(p) for p in self.depends], "defines": self.defines}

    def relative(self, path):
        return os.path.relpath(path, self.folder).replace(os.sep, "/")


def parse(path, text):
    """Reads the directives of ``text`` (the contents of ``path``) into a Config."""
    config = Config(path)
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("#:"):
            _file_directive(config, line, number)
            continue
        match = _COMMENT_DIRECTIVE.match(line)
        if match and (number > 1 or match.group(1)):
            _comment_directive(config, match.group(1), number)
    return config


def module_names(texts):
    """The [PyModule("name")] names declared in the given source texts."""
    from sharpbind._build import _MODULE_ATTRIBUTE  # not at import: keeps the no-build path light

    names = []
    for text in texts:
        for name in _MODULE_ATTRIBUTE.findall(text):
            if name not in names:
                names.append(name)
    return names


def strip_file_directives(text):
    """``text`` with each ``#:`` line blanked, so line numbers stay and a project build accepts it."""
    lines = text.split("\n")
    return "\n".join("" if line.startswith("#:") else line for line in lines)


def project_sources(project):
    """The .cs files a ``#:project`` reference compiles by default: every one under its folder but bin/ and obj/.

    They are part of the checksum, so editing the referenced project rebuilds the module. Files the
    project adds or removes by hand (Compile items), and the projects it references in turn, are
    not followed: list them with ``depends=``.
    """
    found = []
    for root, dirs, files in os.walk(os.path.dirname(project)):
        dirs[:] = sorted(d for d in dirs if d not in ("bin", "obj") and not d.startswith("."))
        found += [os.path.join(root, f) for f in sorted(files) if f.endswith(".cs")]
    return found


def _fail(config, number, message):
    raise BuildError(f"{config.path}:{number}:1: error: {message}", path=config.path)


def _file_directive(config, line, number):
    match = _FILE_DIRECTIVE.match(line)
    kind, value = match.group(1), match.group(2)
    if kind == "package":
        package = _PACKAGE.match(value)
        if not package:
            _fail(config, number, f"'#:package {value}': expected '#:package Name@Version'")
        config.packages.append([package.group(1), package.group(2)])
    elif kind == "property":
        prop = _PROPERTY.match(value)
        if not prop:
            _fail(config, number, f"'#:property {value}': expected '#:property Name=Value'")
        config.properties.append([prop.group(1), prop.group(2).strip()])
    elif kind == "project":
        if not value:
            _fail(config, number, "'#:project' needs a path")
        target = os.path.normpath(os.path.join(config.folder, value))
        if os.path.isdir(target):
            found = sorted(glob.glob(os.path.join(target, "*.csproj")))
            if len(found) != 1:
                _fail(config, number, f"'#:project {value}': expected one .csproj in {target}, found {len(found)}")
            target = found[0]
        if not os.path.isfile(target):
            _fail(config, number, f"'#:project {value}': {target} does not exist")
        config.projects.append(target)
    else:
        _fail(config, number, f"'#:{kind}' is not supported by csimport (use #:package, #:property or #:project)")


def _comment_directive(config, body, number):
    match = _KEY_VALUE.match(body)
    if not match:
        _fail(config, number, f"'// csimport: {body}': expected '// csimport: key=value'")
    key, value = match.group(1).lower(), match.group(2).strip()
    items = [item.strip() for item in re.split(r"[,;]", value) if item.strip()]
    if key == "mode":
        if value not in MODES:
            _fail(config, number, f"mode={value}: expected one of {', '.join(MODES)}")
        config.mode = value
    elif key == "define":
        for item in items:
            if not _IDENTIFIER.match(item):
                _fail(config, number, f"define={item}: not a valid C# symbol")
            if item not in config.defines:
                config.defines.append(item)
    elif key in ("sources", "depends"):
        target = config.sources if key == "sources" else config.depends
        for item in items:
            for found in _expand(config, number, key, item):
                if found != config.path and found not in target:
                    target.append(found)
    else:
        _fail(config, number, f"unknown csimport directive '{key}' (expected sources, depends, define or mode)")


def _expand(config, number, key, item):
    pattern = os.path.join(config.folder, item)
    if any(c in item for c in "*?["):
        return sorted(os.path.abspath(p) for p in glob.glob(pattern, recursive=True) if os.path.isfile(p))
    if not os.path.isfile(pattern):
        _fail(config, number, f"{key}={item}: {os.path.normpath(pattern)} does not exist")
    return [os.path.abspath(pattern)]
