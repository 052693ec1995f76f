"""The import machinery side: a loader for one .cs file and the meta path finder of the import hook."""

import importlib.abc
import importlib.machinery
import os
import sys

from . import _config, _core


class CsLoader(importlib.abc.Loader):
    """Builds (when needed) and loads the C# source ``path`` as the module the spec names."""

    def __init__(self, path):
        self.path = os.path.abspath(path)

    def create_module(self, spec):
        self._created = _core.load(self.path, spec.name)
        return self._created

    def exec_module(self, module):
        # A fresh import: create_module did the work. importlib.reload (a new spec and loader, so
        # nothing created): load the current build, which updates this module object in place.
        if getattr(self, "_created", None) is module:
            self._created = None
            return
        _core.load(self.path, module.__spec__.name if module.__spec__ else module.__name__)

    def __repr__(self):
        return f"<csimport.CsLoader {self.path!r}>"


def spec_for(fullname, path):
    return importlib.machinery.ModuleSpec(fullname, CsLoader(path), origin=os.path.abspath(path))


class CsFinder(importlib.abc.MetaPathFinder):
    """Finds ``NAME.cs`` whose first line contains ``csimport`` on sys.path (or the package's __path__).

    In release mode a module with a build in ``__csimport__/NAME`` is found without its source.
    """

    def find_spec(self, fullname, path=None, target=None):
        short = fullname.rpartition(".")[2]
        for entry in (sys.path if path is None else path):
            if not isinstance(entry, str):
                continue
            folder = entry or os.getcwd()
            candidate = os.path.join(folder, short + ".cs")
            if os.path.isfile(candidate):
                if _config.has_marker(candidate):
                    return spec_for(fullname, candidate)
            elif _core.settings["release_mode"] and os.path.isfile(
                    os.path.join(folder, _core.OUTPUT_FOLDER, short, _core.SIDECAR)):
                return spec_for(fullname, candidate)
        return None

    def __repr__(self):
        return "<csimport.CsFinder>"


def install():
    """Adds the finder to the end of sys.meta_path (once): Python's own modules of a name win."""
    for finder in sys.meta_path:
        if isinstance(finder, CsFinder):
            return finder
    finder = CsFinder()
    sys.meta_path.append(finder)
    return finder
