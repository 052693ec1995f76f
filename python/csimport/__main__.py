"""``python -m csimport build [PATH ...]``: build every marked .cs file for production."""

import argparse
import logging
import os
import sys

from . import __version__, _config, _core
from ._errors import BuildError

_SKIPPED = ("bin", "obj", _core.OUTPUT_FOLDER, "__pycache__", "node_modules")


def targets(paths):
    """The files to build: marked .cs files under each folder, and each named file (marker or not)."""
    found = []
    for path in paths:
        path = os.path.abspath(path)
        if os.path.isfile(path):
            found.append(path)
        elif os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if d not in _SKIPPED and not d.startswith("."))
                found += [os.path.join(root, f) for f in sorted(files)
                          if f.endswith(".cs") and _config.has_marker(os.path.join(root, f))]
        else:
            raise BuildError(f"csimport: {path} does not exist")
    return list(dict.fromkeys(found))


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m csimport", description="Precompile csimport C# modules.")
    parser.add_argument("--version", action="version", version=f"csimport {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    build_cmd = commands.add_parser("build", help="build every .cs file marked // csimport under the given folders, and the given files")
    build_cmd.add_argument("paths", nargs="*", default=["."], help="folders to search and files to build (default: the current folder)")
    build_cmd.add_argument("--force", action="store_true", help="rebuild even when the checksum matches")
    build_cmd.add_argument("-v", "--verbose", action="store_true", help="log what is checked and why it is rebuilt")
    args = parser.parse_args(argv)

    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO, format="csimport: %(message)s")
    _core.settings["force_rebuild"] = args.force
    _core.settings["release_mode"] = False
    failed = 0
    try:
        files = targets(args.paths)
    except BuildError as error:
        print(error, file=sys.stderr)
        return 1
    for path in files:
        try:
            root, sidecar = _core.ensure_built(path)
        except ImportError as error:
            print(error, file=sys.stderr)
            failed += 1
            continue
        print(os.path.join(root, sidecar["output"]))
    if not files:
        print("csimport: no .cs file marked // csimport was found", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
