"""csimport: import C# source files straight from Python, built with SharpBind.

>>> import csimport.import_hook
>>> import somecode            # finds somecode.cs (first line: // csimport), builds it once, loads it

or explicitly, with no marker needed: ``csimport.imp("somecode")``,
``csimport.imp_from_filepath("src/somecode.cs")``. See docs/csimport.md.
"""

import importlib
import os
import sys

from sharpbind import __version__

from ._core import ensure_built, module_name_for, settings
from ._errors import BuildError

__all__ = ["BuildError", "build", "build_filepath", "imp", "imp_from_filepath", "settings", "__version__"]


def imp(fullname):
    """Finds ``NAME.cs`` for the module ``fullname`` on sys.path (or in its package), builds it if needed and imports it."""
    path = find(fullname)
    if path is None:
        raise ModuleNotFoundError(f"csimport: no {fullname.rpartition('.')[2]}.cs found for module {fullname!r}",
                                  name=fullname)
    return imp_from_filepath(path, fullname)


def imp_from_filepath(filepath, fullname=None):
    """Builds the C# file ``filepath`` if needed and imports it as ``fullname`` (default: the file name)."""
    from . import _core, _loader

    module = _core.load(filepath, fullname)
    if getattr(module, "__spec__", None) is None or not isinstance(module.__spec__.loader, _loader.CsLoader):
        module.__spec__ = _loader.spec_for(module.__spec__.name if module.__spec__ else (fullname or module_name_for(filepath)),
                                           filepath)
        module.__loader__ = module.__spec__.loader
    return module


def build_filepath(filepath, fullname=None):
    """Builds ``filepath`` if its build is not current, without importing it; returns the build's folder."""
    root, sidecar = ensure_built(filepath, fullname)
    return os.path.join(root, sidecar["output"])


def build(filepath, fullname=None):
    """Alias of :func:`build_filepath`."""
    return build_filepath(filepath, fullname)


def find(fullname):
    """The path of ``NAME.cs`` for ``fullname`` (no marker needed), or None.

    In release mode a folder with a build of the module counts even when the source is not there.
    """
    parent, _, short = fullname.rpartition(".")
    if parent:
        package = importlib.import_module(parent)
        entries = list(getattr(package, "__path__", []))
    else:
        entries = sys.path
    from . import _core

    for entry in entries:
        if isinstance(entry, str):
            candidate = os.path.join(entry or os.getcwd(), short + ".cs")
            if os.path.isfile(candidate) or (settings["release_mode"] and os.path.isfile(
                    os.path.join(_core.output_root(candidate, fullname), _core.SIDECAR))):
                return os.path.abspath(candidate)
    return None
