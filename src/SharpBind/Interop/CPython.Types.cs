using System.Runtime.InteropServices;

namespace SharpBind.Interop;

/// <summary><c>PyType_Slot</c>: one slot of a heap type's spec (stable ABI).</summary>
[StructLayout(LayoutKind.Sequential)]
public unsafe struct PyType_Slot
{
    /// <summary>The slot id (<c>Py_tp_*</c>).</summary>
    public int slot;
    /// <summary>The function or data pointer.</summary>
    public void* pfunc;
}

/// <summary><c>PyType_Spec</c>: what <c>PyType_FromSpec</c> builds a heap type from (stable ABI).</summary>
[StructLayout(LayoutKind.Sequential)]
public unsafe struct PyType_Spec
{
    /// <summary>UTF-8 <c>module.Name</c>; must outlive the type.</summary>
    public byte* name;
    /// <summary>Instance size in bytes.</summary>
    public int basicsize;
    /// <summary>Item size (0: fixed size).</summary>
    public int itemsize;
    /// <summary><c>Py_TPFLAGS_*</c>.</summary>
    public uint flags;
    /// <summary>Zero-terminated slot array.</summary>
    public PyType_Slot* slots;
}

/// <summary><c>PyGetSetDef</c>: a computed attribute of a type (stable ABI).</summary>
[StructLayout(LayoutKind.Sequential)]
public unsafe struct PyGetSetDef
{
    /// <summary>UTF-8 attribute name.</summary>
    public byte* name;
    /// <summary><c>PyObject* get(PyObject* self, void* closure)</c>.</summary>
    public void* get;
    /// <summary><c>int set(PyObject* self, PyObject* value, void* closure)</c>, or null for read-only.</summary>
    public void* set;
    /// <summary>UTF-8 docstring or null.</summary>
    public byte* doc;
    /// <summary>Passed back to get/set.</summary>
    public void* closure;
}

/// <summary><c>PyMemberDef</c>: a member stored at a fixed offset in the instance (stable ABI).</summary>
[StructLayout(LayoutKind.Sequential)]
public unsafe struct PyMemberDef
{
    /// <summary>UTF-8 member name.</summary>
    public byte* name;
    /// <summary>The member's C type (<c>T_*</c> / <c>Py_T_*</c>).</summary>
    public int type;
    /// <summary>Offset in the instance, in bytes.</summary>
    public nint offset;
    /// <summary><c>READONLY</c> and friends.</summary>
    public int flags;
    /// <summary>UTF-8 docstring or null.</summary>
    public byte* doc;
}

public static unsafe partial class CPython
{
    /// <summary><c>Py_tp_descr_get</c>.</summary>
    public const int Py_tp_descr_get = 54;
    /// <summary><c>Py_tp_descr_set</c>.</summary>
    public const int Py_tp_descr_set = 55;
    /// <summary><c>Py_tp_clear</c>.</summary>
    public const int Py_tp_clear = 51;
    /// <summary><c>Py_tp_traverse</c>.</summary>
    public const int Py_tp_traverse = 71;
    /// <summary><c>Py_tp_members</c>: a <see cref="PyMemberDef"/> array; the special names <c>__dictoffset__</c> and <c>__weaklistoffset__</c> set those offsets.</summary>
    public const int Py_tp_members = 72;

    /// <summary><c>Py_T_PYSSIZET</c> (<c>T_PYSSIZET</c>).</summary>
    public const int Py_T_PYSSIZET = 19;
    /// <summary><c>Py_READONLY</c> (<c>READONLY</c>).</summary>
    public const int Py_READONLY = 1;

    /// <summary><c>Py_TPFLAGS_HAVE_GC</c>: instances take part in cyclic garbage collection.</summary>
    public const uint Py_TPFLAGS_HAVE_GC = 1u << 14;

    /// <summary><c>PyObject_GC_UnTrack</c>: stops the collector from seeing the object (before tearing it down).</summary>
    public static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, void> PyObject_GC_UnTrack =
        (delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, void>)PythonSymbols.Require("PyObject_GC_UnTrack");

    /// <summary><c>PyObject_GC_IsTracked</c> (3.9+): 1 when the collector sees the object (reads a header bit; runs no Python code).</summary>
    public static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, int> PyObject_GC_IsTracked =
        (delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, int>)PythonSymbols.Require("PyObject_GC_IsTracked");

    /// <summary><c>PyObject_ClearWeakRefs</c>: clears the weak references to a dying object (may run callbacks).</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, void> PyObject_ClearWeakRefs =
        (delegate* unmanaged[Cdecl]<PyObject*, void>)PythonSymbols.Require("PyObject_ClearWeakRefs");

    /// <summary><c>Py_tp_dealloc</c>.</summary>
    public const int Py_tp_dealloc = 52;
    /// <summary><c>Py_tp_doc</c>.</summary>
    public const int Py_tp_doc = 56;
    /// <summary><c>Py_tp_init</c>.</summary>
    public const int Py_tp_init = 60;
    /// <summary><c>Py_tp_methods</c>.</summary>
    public const int Py_tp_methods = 64;
    /// <summary><c>Py_tp_new</c>.</summary>
    public const int Py_tp_new = 65;
    /// <summary><c>Py_tp_str</c>.</summary>
    public const int Py_tp_str = 70;
    /// <summary><c>Py_tp_getset</c>.</summary>
    public const int Py_tp_getset = 73;
    /// <summary><c>Py_tp_free</c>.</summary>
    public const int Py_tp_free = 74;
    /// <summary><c>Py_tp_finalize</c> (PEP 442): called before an instance dies; may resurrect it.</summary>
    public const int Py_tp_finalize = 80;

    /// <summary><c>Py_TPFLAGS_BASETYPE</c>: Python may subclass the type.</summary>
    public const uint Py_TPFLAGS_BASETYPE = 1u << 10;

    /// <summary><c>METH_STATIC</c>.</summary>
    public const int METH_STATIC = 0x0020;

    /// <summary><c>PyType_FromSpec</c>: new reference to a heap type, or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyType_Spec*, PyObject*> PyType_FromSpec =
        (delegate* unmanaged[Cdecl]<PyType_Spec*, PyObject*>)PythonSymbols.Require("PyType_FromSpec");

    /// <summary><c>PyType_GetSlot</c>: the slot's pointer (borrowed), or null.</summary>
    public static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<PyTypeObject*, int, void*> PyType_GetSlot =
        (delegate* unmanaged[Cdecl, SuppressGCTransition]<PyTypeObject*, int, void*>)PythonSymbols.Require("PyType_GetSlot");

    /// <summary><c>PyType_GenericNew</c>: a new zeroed instance (new reference), or null with an error set.</summary>
    public static readonly void* PyType_GenericNew = PythonSymbols.Require("PyType_GenericNew");

    /// <summary><c>PyType_GenericAlloc(type, 0)</c>: a new zeroed instance (new reference, owning a type reference), or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyTypeObject*, nint, PyObject*> PyType_GenericAlloc =
        (delegate* unmanaged[Cdecl]<PyTypeObject*, nint, PyObject*>)PythonSymbols.Require("PyType_GenericAlloc");

    /// <summary><c>PyType_Type</c>: the type <c>type</c> (borrowed; the base of metaclasses).</summary>
    public static readonly PyTypeObject* PyType_Type = (PyTypeObject*)PythonSymbols.Require("PyType_Type");

    /// <summary><c>Py_TPFLAGS_HAVE_VECTORCALL</c> (stable ABI from 3.12): instances are called through the function pointer at <c>__vectorcalloffset__</c>.</summary>
    public const uint Py_TPFLAGS_HAVE_VECTORCALL = 1u << 11;

    /// <summary>
    /// <c>PyType_FromMetaclass(metaclass, module, spec, bases)</c> (3.12+; null before): new reference
    /// to a heap type whose type is <c>metaclass</c>, or null with an error set. Borrows its arguments.
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl]<PyTypeObject*, PyObject*, PyType_Spec*, PyObject*, PyObject*> PyType_FromMetaclass =
        PythonVersion.AtLeast(3, 12)
            ? (delegate* unmanaged[Cdecl]<PyTypeObject*, PyObject*, PyType_Spec*, PyObject*, PyObject*>)PythonSymbols.Require("PyType_FromMetaclass")
            : null;

    /// <summary><c>PyDict_Next(dict, &amp;pos, &amp;key, &amp;value)</c>: borrowed key and value; 0 at the end.</summary>
    public static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, nint*, PyObject**, PyObject**, int> PyDict_Next =
        (delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, nint*, PyObject**, PyObject**, int>)PythonSymbols.Require("PyDict_Next");
}
