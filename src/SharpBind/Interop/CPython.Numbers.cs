namespace SharpBind.Interop;

public static unsafe partial class CPython
{
    // int and float constructors allocate objects that are not GC-tracked, so they never start a
    // cyclic collection (and so never run a destructor): the GC transition can be skipped.

    /// <summary><c>PyLong_FromLongLong</c>: new reference, or null on memory error. Cannot call back.</summary>
    public static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<long, PyObject*> PyLong_FromLongLong =
        (delegate* unmanaged[Cdecl, SuppressGCTransition]<long, PyObject*>)PythonSymbols.Require("PyLong_FromLongLong");

    /// <summary><c>PyLong_FromUnsignedLongLong</c>: new reference, or null on memory error. Cannot call back.</summary>
    public static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<ulong, PyObject*> PyLong_FromUnsignedLongLong =
        (delegate* unmanaged[Cdecl, SuppressGCTransition]<ulong, PyObject*>)PythonSymbols.Require("PyLong_FromUnsignedLongLong");

    /// <summary>
    /// <c>PyLong_AsLongLongAndOverflow</c> without the GC transition. Precondition: the argument is an
    /// exact <c>int</c> (no <c>__index__</c> to call back into).
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, int*, long> PyLong_AsLongLongAndOverflow_ExactInt =
        (delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, int*, long>)PythonSymbols.Require("PyLong_AsLongLongAndOverflow");

    /// <summary>
    /// <c>PyLong_AsLongLongAndOverflow</c>: sets *overflow to ±1 (returning -1) when the value does
    /// not fit; -1 with an error set on other failures. May call <c>__index__</c>.
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, int*, long> PyLong_AsLongLongAndOverflow =
        (delegate* unmanaged[Cdecl]<PyObject*, int*, long>)PythonSymbols.Require("PyLong_AsLongLongAndOverflow");

    /// <summary>
    /// <c>PyLong_AsUnsignedLongLong</c>: the value, or (ulong)-1 with an error set (OverflowError when
    /// negative or too large, TypeError when not an int). Raising allocates an exception object, which
    /// can start a collection: keeps the transition.
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, ulong> PyLong_AsUnsignedLongLong =
        (delegate* unmanaged[Cdecl]<PyObject*, ulong>)PythonSymbols.Require("PyLong_AsUnsignedLongLong");

    /// <summary><c>PyNumber_Index</c>: new reference to an int, or null with an error set. May call <c>__index__</c>.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*> PyNumber_Index =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*>)PythonSymbols.Require("PyNumber_Index");

    /// <summary><c>PyIndex_Check</c>: 1 when the object's type has <c>__index__</c>. Reads a slot; cannot call back.</summary>
    public static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, int> PyIndex_Check =
        (delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, int>)PythonSymbols.Require("PyIndex_Check");

    /// <summary><c>PyFloat_FromDouble</c>: new reference, or null on memory error. Cannot call back.</summary>
    public static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<double, PyObject*> PyFloat_FromDouble =
        (delegate* unmanaged[Cdecl, SuppressGCTransition]<double, PyObject*>)PythonSymbols.Require("PyFloat_FromDouble");

    /// <summary>
    /// <c>PyFloat_AsDouble</c> without the GC transition. Precondition: the argument is an exact
    /// <c>float</c>, so no <c>__float__</c> runs and no error is possible.
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, double> PyFloat_AsDouble_ExactFloat =
        (delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, double>)PythonSymbols.Require("PyFloat_AsDouble");

    /// <summary><c>PyFloat_AsDouble</c>: the value, or -1.0 with an error set. May call <c>__float__</c>/<c>__index__</c>.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, double> PyFloat_AsDouble =
        (delegate* unmanaged[Cdecl]<PyObject*, double>)PythonSymbols.Require("PyFloat_AsDouble");
}
