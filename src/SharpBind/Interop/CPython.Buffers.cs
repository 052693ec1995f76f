using System.Runtime.InteropServices;

namespace SharpBind.Interop;

/// <summary>
/// <c>Py_buffer</c>: the view <c>PyObject_GetBuffer</c> fills in. Its layout is part of the stable
/// ABI from 3.11; SharpBind only fills one in on 3.11 and later.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public unsafe struct Py_buffer
{
    /// <summary>Start of the memory (borrowed from the exporter until <c>PyBuffer_Release</c>).</summary>
    public void* buf;
    /// <summary>The exporting object (a new reference that <c>PyBuffer_Release</c> drops).</summary>
    public PyObject* obj;
    /// <summary>Length in bytes.</summary>
    public nint len;
    /// <summary>Size of one item.</summary>
    public nint itemsize;
    /// <summary>Nonzero for read-only memory.</summary>
    public int @readonly;
    /// <summary>Number of dimensions.</summary>
    public int ndim;
    /// <summary>struct-module format of an item, or null for unsigned bytes.</summary>
    public byte* format;
    /// <summary>Shape per dimension, or null.</summary>
    public nint* shape;
    /// <summary>Strides per dimension, or null.</summary>
    public nint* strides;
    /// <summary>Suboffsets, or null.</summary>
    public nint* suboffsets;
    /// <summary>The exporter's own.</summary>
    public void* @internal;
}

public static unsafe partial class CPython
{
    /// <summary><c>PyBUF_SIMPLE</c>: a contiguous run of bytes, no format, shape or strides.</summary>
    public const int PyBUF_SIMPLE = 0;

    /// <summary>
    /// <c>PyObject_GetBuffer(obj, view, flags)</c>: 0 with <c>view</c> filled (release it with
    /// <see cref="PyBuffer_Release"/>), or -1 with an error set (TypeError: no buffer protocol;
    /// BufferError: cannot export as asked). In the stable ABI since 3.11: null on older Pythons.
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, Py_buffer*, int, int> PyObject_GetBuffer =
        PythonVersion.AtLeast(3, 11) ? (delegate* unmanaged[Cdecl]<PyObject*, Py_buffer*, int, int>)PythonSymbols.Require("PyObject_GetBuffer") : null;

    /// <summary><c>PyBuffer_Release(view)</c>: ends the export and drops <c>view->obj</c>. Stable ABI since 3.11: null before.</summary>
    public static readonly delegate* unmanaged[Cdecl]<Py_buffer*, void> PyBuffer_Release =
        PythonVersion.AtLeast(3, 11) ? (delegate* unmanaged[Cdecl]<Py_buffer*, void>)PythonSymbols.Require("PyBuffer_Release") : null;

    /// <summary><c>PyMemoryView_Type</c>: the <c>memoryview</c> type object (static; never freed).</summary>
    public static readonly PyTypeObject* PyMemoryView_Type = (PyTypeObject*)PythonSymbols.Require("PyMemoryView_Type");

    /// <summary>
    /// <c>PyObject_Bytes(obj)</c>: new reference to <c>bytes(obj)</c> (a copy for a memoryview), or
    /// null with an error set. May call <c>__bytes__</c>.
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*> PyObject_Bytes =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*>)PythonSymbols.Require("PyObject_Bytes");
}
