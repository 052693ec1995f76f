"""Writes a wheel of the sharpbind and csimport packages (with SharpBind's NuGet package inside) using
only the standard library, so it can be installed offline with ``pip install --no-index``.

Usage: python build_wheel.py OUTDIR
"""

import base64
import hashlib
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
PACKAGES = ["sharpbind", "csimport"]


def _version():
    with open(os.path.join(HERE, "sharpbind", "__init__.py"), encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("__version__"):
                return line.split("=", 1)[1].strip().strip('"')
    raise SystemExit("no __version__ in sharpbind/__init__.py")


def _files():
    for package in PACKAGES:
        for root, dirs, files in os.walk(os.path.join(HERE, package)):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(files):
                if not name.endswith((".pyc", ".pyo")):
                    path = os.path.join(root, name)
                    yield path, os.path.relpath(path, HERE).replace(os.sep, "/")


def _record_line(name, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def main(outdir):
    version = _version()
    info = f"sharpbind-{version}.dist-info"
    metadata = {
        f"{info}/METADATA": (f"Metadata-Version: 2.1\nName: sharpbind\nVersion: {version}\n"
                             "Summary: C# and Python in one process: build C# into CPython extension modules\n"
                             "Requires-Python: >=3.9\n"),
        f"{info}/WHEEL": "Wheel-Version: 1.0\nGenerator: sharpbind build_wheel.py\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
        f"{info}/top_level.txt": "\n".join(PACKAGES) + "\n",
    }
    os.makedirs(outdir, exist_ok=True)
    target = os.path.join(outdir, f"sharpbind-{version}-py3-none-any.whl")
    records = []
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as wheel:
        for path, name in _files():
            with open(path, "rb") as handle:
                data = handle.read()
            wheel.writestr(name, data)
            records.append(_record_line(name, data))
        for name, text in metadata.items():
            wheel.writestr(name, text)
            records.append(_record_line(name, text.encode()))
        records.append(f"{info}/RECORD,,")
        wheel.writestr(f"{info}/RECORD", "\n".join(records) + "\n")
    print(target)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "dist")
