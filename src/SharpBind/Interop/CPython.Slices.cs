namespace SharpBind.Interop;

// Indexes and slices, for sequence types implemented in C# (the bound lists). All in the stable ABI:
// PySlice_Unpack and PySlice_AdjustIndices since 3.7, the rest since 3.2.
public static unsafe partial class CPython
{
    /// <summary><c>PySlice_Type</c> (borrowed, immortal for the process). <c>slice</c> cannot be subclassed.</summary>
    public static readonly PyTypeObject* PySlice_Type = (PyTypeObject*)PythonSymbols.Require("PySlice_Type");

    /// <summary><c>PySlice_Check</c>: the object is a <c>slice</c> (a macro in C; <c>slice</c> has no subclasses).</summary>
    public static bool PySlice_Check(PyObject* op) => op->ob_type == PySlice_Type;

    /// <summary>
    /// <c>PySlice_Unpack(slice, &amp;start, &amp;stop, &amp;step)</c>: the slice's bounds, clamped to
    /// <c>Py_ssize_t</c>, not yet adjusted to a length; 0, or -1 with an error set. May call
    /// <c>__index__</c> of the bounds.
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, nint*, nint*, nint*, int> PySlice_Unpack =
        (delegate* unmanaged[Cdecl]<PyObject*, nint*, nint*, nint*, int>)PythonSymbols.Require("PySlice_Unpack");

    /// <summary>
    /// <c>PySlice_AdjustIndices(length, &amp;start, &amp;stop, step)</c>: adjusts what
    /// <see cref="PySlice_Unpack"/> gave to a sequence of <c>length</c> items and returns how many the
    /// slice selects. Arithmetic only: cannot fail or call back.
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<nint, nint*, nint*, nint, nint> PySlice_AdjustIndices =
        (delegate* unmanaged[Cdecl, SuppressGCTransition]<nint, nint*, nint*, nint, nint>)PythonSymbols.Require("PySlice_AdjustIndices");

    /// <summary>
    /// <c>PyNumber_AsSsize_t(o, exc)</c>: an object with <c>__index__</c> as a <c>Py_ssize_t</c>; when it
    /// does not fit, raises <c>exc</c> (or clamps when <c>exc</c> is null). -1 with an error set on
    /// failure. May call <c>__index__</c>.
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, nint> PyNumber_AsSsize_t =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, nint>)PythonSymbols.Require("PyNumber_AsSsize_t");

    /// <summary><c>Py_sq_inplace_concat</c>: <c>PyObject* (PyObject* self, PyObject* other)</c>, <c>+=</c>; a new reference.</summary>
    public const int Py_sq_inplace_concat = 42;

    /// <summary><c>Py_sq_item</c>: <c>PyObject* (PyObject* self, Py_ssize_t i)</c>, a new reference; makes <c>PySequence_Check</c> true.</summary>
    public const int Py_sq_item = 44;

    /// <summary><c>Py_sq_length</c>: <c>Py_ssize_t (PyObject* self)</c>; -1 with an error set on failure.</summary>
    public const int Py_sq_length = 45;
}
