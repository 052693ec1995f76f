"""Finding .NET on this machine: the dotnet command, its root and the runtime identifier."""

import os
import platform
import shutil
import sys


def dotnet_command():
    """The dotnet executable, or None."""
    root = os.environ.get("DOTNET_ROOT")
    if root and os.path.isfile(os.path.join(root, "dotnet")):
        return os.path.join(root, "dotnet")
    return shutil.which("dotnet")


def dotnet_roots():
    """Candidate .NET install roots, most specific first."""
    roots = []
    if os.environ.get("DOTNET_ROOT"):
        roots.append(os.environ["DOTNET_ROOT"])
    command = shutil.which("dotnet")
    if command:
        roots.append(os.path.dirname(os.path.realpath(command)))
    roots += ["/usr/share/dotnet", "/usr/lib/dotnet", "/usr/local/share/dotnet", os.path.expanduser("~/.dotnet")]
    seen = []
    for root in roots:
        if root not in seen and os.path.isdir(root):
            seen.append(root)
    return seen


def runtime_identifier():
    """The .NET RID of this process (linux-x64, linux-arm64, osx-arm64, win-x64, ...)."""
    machine = platform.machine().lower()
    arch = {"x86_64": "x64", "amd64": "x64", "aarch64": "arm64", "arm64": "arm64"}.get(machine, machine)
    if sys.platform.startswith("linux"):
        return f"linux-{arch}"
    if sys.platform == "darwin":
        return f"osx-{arch}"
    if sys.platform == "win32":
        return f"win-{arch}"
    raise RuntimeError(f"sharpbind: unsupported platform {sys.platform}")


def version_key(text):
    """Sort key for version folder names like 10.0.12 or 9.0.0-preview.1."""
    head = text.split("-", 1)[0]
    parts = []
    for part in head.split("."):
        parts.append(int(part) if part.isdigit() else -1)
    return parts, "-" not in text
