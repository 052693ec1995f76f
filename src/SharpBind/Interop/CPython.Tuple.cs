namespace SharpBind.Interop;

public static unsafe partial class CPython
{
    /// <summary><c>PyTuple_New</c>: new reference. Tuples are GC-tracked: allocation can start a collection.</summary>
    public static readonly delegate* unmanaged[Cdecl]<nint, PyObject*> PyTuple_New =
        (delegate* unmanaged[Cdecl]<nint, PyObject*>)PythonSymbols.Require("PyTuple_New");

    /// <summary><c>PyTuple_Size</c>. Precondition: a tuple. Reads a field.</summary>
    public static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, nint> PyTuple_Size =
        (delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, nint>)PythonSymbols.Require("PyTuple_Size");

    /// <summary><c>PyTuple_GetItem</c>: borrowed reference, or null with IndexError set. Precondition: a tuple.</summary>
    public static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, nint, PyObject*> PyTuple_GetItem =
        (delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, nint, PyObject*>)PythonSymbols.Require("PyTuple_GetItem");

    /// <summary>
    /// <c>PyTuple_SetItem</c>: steals the item reference (even on failure); 0 or -1. Only for filling
    /// a new tuple, whose previous slot is null, so no destructor runs.
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, nint, PyObject*, int> PyTuple_SetItem =
        (delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, nint, PyObject*, int>)PythonSymbols.Require("PyTuple_SetItem");
}
