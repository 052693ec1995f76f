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

    /// <summary><c>PyComplex_Type</c>: the <c>complex</c> type object (static; never freed).</summary>
    public static readonly PyTypeObject* PyComplex_Type = (PyTypeObject*)PythonSymbols.Require("PyComplex_Type");

    /// <summary><c>PyComplex_FromDoubles(real, imag)</c>: new reference, or null on memory error. Cannot call back.</summary>
    public static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<double, double, PyObject*> PyComplex_FromDoubles =
        (delegate* unmanaged[Cdecl, SuppressGCTransition]<double, double, PyObject*>)PythonSymbols.Require("PyComplex_FromDoubles");

    /// <summary>
    /// <c>PyComplex_RealAsDouble</c>: the real part, or -1.0 with an error set. On a complex (or
    /// subclass) it reads the field; other objects go through <c>__float__</c> (and, from 3.13,
    /// <c>__complex__</c>), which can run Python code: keeps the transition.
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, double> PyComplex_RealAsDouble =
        (delegate* unmanaged[Cdecl]<PyObject*, double>)PythonSymbols.Require("PyComplex_RealAsDouble");

    /// <summary><c>PyComplex_ImagAsDouble</c>: the imaginary part (0.0 for a non-complex before 3.13), or -1.0 with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, double> PyComplex_ImagAsDouble =
        (delegate* unmanaged[Cdecl]<PyObject*, double>)PythonSymbols.Require("PyComplex_ImagAsDouble");

    /// <summary>
    /// <c>PyLong_FromString(utf8, &amp;end, base)</c>: new reference to the int written in
    /// <c>base</c> (any length: for bases that are powers of two there is no digit limit), or null
    /// with ValueError set. <c>end</c> may be null.
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl]<byte*, byte**, int, PyObject*> PyLong_FromString =
        (delegate* unmanaged[Cdecl]<byte*, byte**, int, PyObject*>)PythonSymbols.Require("PyLong_FromString");

    /// <summary>
    /// <c>PyNumber_ToBase(n, base)</c>: new reference to a str such as <c>'-0x1f'</c> for base 16, or
    /// null with an error set. May call <c>__index__</c>.
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, int, PyObject*> PyNumber_ToBase =
        (delegate* unmanaged[Cdecl]<PyObject*, int, PyObject*>)PythonSymbols.Require("PyNumber_ToBase");
}
