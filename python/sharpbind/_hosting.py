"""Loads hosted SharpBind modules: one CoreCLR per process, started through hostfxr with ctypes.

A hosted module is a folder of assemblies. The first one loaded starts the runtime from its
runtimeconfig.json; every later one reuses it. Assemblies go into the default load context, so
modules share SharpBind's runtime library.
"""

import ctypes
import os
import sys
import threading

from ._dotnet import dotnet_roots, version_key

_UNMANAGED_CALLERS_ONLY = ctypes.c_void_p(-1)  # UNMANAGEDCALLERSONLY_METHOD in hostfxr's headers
_HDT_GET_FUNCTION_POINTER = 6
_HDT_LOAD_ASSEMBLY = 7

_LoadAssembly = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_char_p, ctypes.c_void_p, ctypes.c_void_p)
_GetFunctionPointer = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_void_p,
                                       ctypes.c_void_p, ctypes.c_void_p, ctypes.POINTER(ctypes.c_void_p))
# PyInit_* returns a new reference and must run with the GIL held: PYFUNCTYPE keeps it.
_PyInit = ctypes.PYFUNCTYPE(ctypes.py_object)

_lock = threading.Lock()
_runtime = None  # (load_assembly, get_function_pointer) once the runtime has started
_loaded = {}  # assembly simple name -> path, for assemblies in the default load context


def _hostfxr_path():
    for root in dotnet_roots():
        fxr = os.path.join(root, "host", "fxr")
        if not os.path.isdir(fxr):
            continue
        for version in sorted(os.listdir(fxr), key=version_key, reverse=True):
            for name in ("libhostfxr.so", "libhostfxr.dylib", "hostfxr.dll"):
                candidate = os.path.join(fxr, version, name)
                if os.path.isfile(candidate):
                    return candidate
    raise ImportError("SharpBind hosted modules need the .NET runtime (8.0 or later); "
                      "none was found (install it or set DOTNET_ROOT), or build the module with --mode aot")


def _check(code, what):
    code &= 0xFFFFFFFF
    if code >= 0x80000000:
        raise ImportError(f"SharpBind: {what} failed with hostfxr status {code:#010x}")


def _start(runtimeconfig):
    hostfxr = ctypes.CDLL(_hostfxr_path())
    initialize = hostfxr.hostfxr_initialize_for_runtime_config
    initialize.argtypes = [ctypes.c_char_p, ctypes.c_void_p, ctypes.POINTER(ctypes.c_void_p)]
    initialize.restype = ctypes.c_int32
    get_delegate = hostfxr.hostfxr_get_runtime_delegate
    get_delegate.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.POINTER(ctypes.c_void_p)]
    get_delegate.restype = ctypes.c_int32
    close = hostfxr.hostfxr_close
    close.argtypes = [ctypes.c_void_p]

    handle = ctypes.c_void_p()
    _check(initialize(os.fsencode(runtimeconfig), None, ctypes.byref(handle)), f"starting .NET from {runtimeconfig}")
    try:
        load = ctypes.c_void_p()
        _check(get_delegate(handle, _HDT_LOAD_ASSEMBLY, ctypes.byref(load)), "getting load_assembly (needs .NET 8+)")
        get_pointer = ctypes.c_void_p()
        _check(get_delegate(handle, _HDT_GET_FUNCTION_POINTER, ctypes.byref(get_pointer)), "getting get_function_pointer")
    finally:
        close(handle)
    return _LoadAssembly(load.value), _GetFunctionPointer(get_pointer.value)


def _load_assemblies(load_assembly, folder, main_assembly):
    # Dependencies first (SharpBind.dll and any packages), then the module itself. An assembly
    # already loaded by an earlier module is shared, not loaded twice.
    names = sorted(f[:-4] for f in os.listdir(folder) if f.endswith(".dll"))
    names.sort(key=lambda n: n == main_assembly)
    for name in names:
        if name in _loaded:
            continue
        path = os.path.join(folder, name + ".dll")
        _check(load_assembly(os.fsencode(path), None, None), f"loading {path}")
        _loaded[name] = path


def load_module(name, folder, assembly, type_name):
    """Loads the hosted module ``name`` from ``folder`` and puts it in ``sys.modules[name]``.

    Called by the small loader file that ``python -m sharpbind build --mode hosted`` writes.
    """
    global _runtime
    import sysconfig
    if sysconfig.get_config_var("Py_GIL_DISABLED"):
        # Free-threaded builds lay out the object header differently; the stable ABI does not cover them.
        raise ImportError(f"SharpBind modules need a CPython build with the GIL; {sys.version} is free-threaded")
    with _lock:
        if _runtime is None:
            _runtime = _start(os.path.join(folder, assembly + ".runtimeconfig.json"))
        load_assembly, get_function_pointer = _runtime
        _load_assemblies(load_assembly, folder, assembly)
        pointer = ctypes.c_void_p()
        qualified = f"{type_name}, {assembly}".encode()
        _check(get_function_pointer(qualified, b"PyInit", _UNMANAGED_CALLERS_ONLY, None, None, ctypes.byref(pointer)),
               f"finding {type_name}.PyInit in {assembly}")
    module = _PyInit(pointer.value)()
    module.__file__ = os.path.join(folder, assembly + ".dll")
    loader_module = sys.modules.get(name)
    if loader_module is not None and getattr(loader_module, "__spec__", None) is not None:
        module.__spec__ = loader_module.__spec__
    sys.modules[name] = module
    return module
