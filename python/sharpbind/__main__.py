"""Command line: ``python -m sharpbind build PATH [-o OUTDIR] [--mode aot|hosted]``."""

import argparse
import sys

from . import __version__
from ._build import BuildError, build


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m sharpbind", description="Build C# code into Python extension modules.")
    parser.add_argument("--version", action="version", version=f"sharpbind {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    build_cmd = commands.add_parser("build", help="build a .csproj or a folder of .cs files into an importable module")
    build_cmd.add_argument("path", help="a .csproj that references SharpBind, or a folder of .cs files")
    build_cmd.add_argument("-o", "--outdir", default=".", help="where to write the module (default: the current directory)")
    build_cmd.add_argument("--mode", choices=("aot", "hosted"), default="aot",
                           help="aot: a NativeAOT extension module needing no .NET (default); hosted: assemblies loaded into CoreCLR")
    build_cmd.add_argument("-v", "--verbose", action="store_true", help="show the dotnet build output")

    args = parser.parse_args(argv)
    try:
        written = build(args.path, args.outdir, mode=args.mode, verbose=args.verbose)
    except BuildError as error:
        print(f"sharpbind: {error}", file=sys.stderr)
        return 1
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
