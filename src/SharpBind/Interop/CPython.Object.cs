using System.Runtime.CompilerServices;

namespace SharpBind.Interop;

public static unsafe partial class CPython
{
    // ---- Reference counting -------------------------------------------------------------------
    // Stable-ABI extensions built for 3.9-3.11 adjust ob_refcnt in place; we do the same, with the
    // immortal-object rule of 3.12+ (an object whose low 32 bits of refcount read as negative is
    // immortal and its count is never changed). On 3.9-3.11 no object reaches 2**31 references, so
    // the rule never fires there.

    /// <summary><c>Py_INCREF</c>: adds a reference. <paramref name="op"/> must be non-null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Py_IncRef(PyObject* op)
    {
        uint* low = (uint*)&op->ob_refcnt;
        uint next = *low + 1;
        if (next == 0)
        {
            return; // immortal (3.12+): saturated, leave it.
        }
        *low = next;
    }

    /// <summary><c>Py_XINCREF</c>: adds a reference unless <paramref name="op"/> is null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Py_XIncRef(PyObject* op)
    {
        if (op != null)
        {
            Py_IncRef(op);
        }
    }

    /// <summary>
    /// <c>Py_DECREF</c>: releases a reference. When it is the last one, the object is destroyed
    /// by CPython's own <c>Py_DecRef</c> with the normal GC transition, because a destructor can run
    /// arbitrary Python code.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Py_DecRef(PyObject* op)
    {
        if (!DecRefNotLast(op))
        {
            Py_DecRefFunction(op);
        }
    }

    // The part of Py_DECREF that needs no call: true when done (an immortal object, or not the last
    // reference); false when the caller must release the last reference.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool DecRefNotLast(PyObject* op)
    {
        nint count = op->ob_refcnt;
        if ((int)count < 0)
        {
            return true; // immortal (3.12+)
        }
        if (count > 1)
        {
            op->ob_refcnt = count - 1;
            return true;
        }
        return false;
    }

    /// <summary><c>Py_XDECREF</c>: releases a reference unless <paramref name="op"/> is null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Py_XDecRef(PyObject* op)
    {
        if (op != null)
        {
            Py_DecRef(op);
        }
    }

    /// <summary>CPython's <c>Py_DecRef</c> function; may run destructors, so it keeps the GC transition.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, void> Py_DecRefFunction =
        (delegate* unmanaged[Cdecl]<PyObject*, void>)PythonSymbols.Require("Py_DecRef");

    // ---- Singletons and built-in types (borrowed, immortal for the life of the interpreter) -----

    /// <summary><c>Py_None</c> (borrowed).</summary>
    public static readonly PyObject* Py_None = (PyObject*)PythonSymbols.Require("_Py_NoneStruct");

    /// <summary><c>Py_True</c> (borrowed).</summary>
    public static readonly PyObject* Py_True = (PyObject*)PythonSymbols.Require("_Py_TrueStruct");

    /// <summary><c>Py_False</c> (borrowed).</summary>
    public static readonly PyObject* Py_False = (PyObject*)PythonSymbols.Require("_Py_FalseStruct");

    /// <summary><c>Py_NotImplemented</c> (borrowed).</summary>
    public static readonly PyObject* Py_NotImplemented = (PyObject*)PythonSymbols.Require("_Py_NotImplementedStruct");

    /// <summary><c>int</c>.</summary>
    public static readonly PyTypeObject* PyLong_Type = (PyTypeObject*)PythonSymbols.Require("PyLong_Type");

    /// <summary><c>bool</c>.</summary>
    public static readonly PyTypeObject* PyBool_Type = (PyTypeObject*)PythonSymbols.Require("PyBool_Type");

    /// <summary><c>float</c>.</summary>
    public static readonly PyTypeObject* PyFloat_Type = (PyTypeObject*)PythonSymbols.Require("PyFloat_Type");

    /// <summary><c>str</c>.</summary>
    public static readonly PyTypeObject* PyUnicode_Type = (PyTypeObject*)PythonSymbols.Require("PyUnicode_Type");

    /// <summary><c>bytes</c>.</summary>
    public static readonly PyTypeObject* PyBytes_Type = (PyTypeObject*)PythonSymbols.Require("PyBytes_Type");

    /// <summary><c>bytearray</c>.</summary>
    public static readonly PyTypeObject* PyByteArray_Type = (PyTypeObject*)PythonSymbols.Require("PyByteArray_Type");

    /// <summary><c>tuple</c>.</summary>
    public static readonly PyTypeObject* PyTuple_Type = (PyTypeObject*)PythonSymbols.Require("PyTuple_Type");

    // ---- Type flags ---------------------------------------------------------------------------

    /// <summary><c>Py_TPFLAGS_LONG_SUBCLASS</c>.</summary>
    public const ulong Py_TPFLAGS_LONG_SUBCLASS = 1UL << 24;

    /// <summary><c>Py_TPFLAGS_TUPLE_SUBCLASS</c>.</summary>
    public const ulong Py_TPFLAGS_TUPLE_SUBCLASS = 1UL << 26;

    /// <summary><c>Py_TPFLAGS_BYTES_SUBCLASS</c>.</summary>
    public const ulong Py_TPFLAGS_BYTES_SUBCLASS = 1UL << 27;

    /// <summary><c>Py_TPFLAGS_UNICODE_SUBCLASS</c>.</summary>
    public const ulong Py_TPFLAGS_UNICODE_SUBCLASS = 1UL << 28;

    /// <summary><c>Py_TPFLAGS_BASE_EXC_SUBCLASS</c>.</summary>
    public const ulong Py_TPFLAGS_BASE_EXC_SUBCLASS = 1UL << 30;

    /// <summary>
    /// <c>PyType_GetFlags</c>: the type's flags. Reads a field; cannot block or call back, so the GC
    /// transition is skipped.
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<PyTypeObject*, ulong> PyType_GetFlags =
        (delegate* unmanaged[Cdecl, SuppressGCTransition]<PyTypeObject*, ulong>)PythonSymbols.Require("PyType_GetFlags");

    /// <summary><c>Py_TYPE</c>: the object's type (borrowed).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyTypeObject* Py_TYPE(PyObject* op) => op->ob_type;

    /// <summary><c>PyType_HasFeature</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool PyType_HasFeature(PyTypeObject* type, ulong flag) => (PyType_GetFlags(type) & flag) != 0;

    /// <summary><c>PyLong_Check</c>: an int or a subclass of int (bool included).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool PyLong_Check(PyObject* op) => op->ob_type == PyLong_Type || PyType_HasFeature(op->ob_type, Py_TPFLAGS_LONG_SUBCLASS);

    /// <summary><c>PyUnicode_Check</c>: a str or a subclass of str.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool PyUnicode_Check(PyObject* op) => op->ob_type == PyUnicode_Type || PyType_HasFeature(op->ob_type, Py_TPFLAGS_UNICODE_SUBCLASS);

    /// <summary><c>PyBytes_Check</c>: a bytes or a subclass of bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool PyBytes_Check(PyObject* op) => op->ob_type == PyBytes_Type || PyType_HasFeature(op->ob_type, Py_TPFLAGS_BYTES_SUBCLASS);

    /// <summary><c>PyTuple_Check</c>: a tuple or a subclass of tuple.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool PyTuple_Check(PyObject* op) => op->ob_type == PyTuple_Type || PyType_HasFeature(op->ob_type, Py_TPFLAGS_TUPLE_SUBCLASS);

    // ---- Generic object protocol (may run arbitrary Python code: normal transitions) ----------

    /// <summary><c>PyObject_GetAttrString</c>: new reference, or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, byte*, PyObject*> PyObject_GetAttrString =
        (delegate* unmanaged[Cdecl]<PyObject*, byte*, PyObject*>)PythonSymbols.Require("PyObject_GetAttrString");

    /// <summary><c>PyObject_SetAttrString</c>: 0, or -1 with an error set. Does not steal <c>v</c>.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, byte*, PyObject*, int> PyObject_SetAttrString =
        (delegate* unmanaged[Cdecl]<PyObject*, byte*, PyObject*, int>)PythonSymbols.Require("PyObject_SetAttrString");

    /// <summary><c>PyObject_Str</c>: new reference, or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*> PyObject_Str =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*>)PythonSymbols.Require("PyObject_Str");

    /// <summary><c>PyObject_Repr</c>: new reference, or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*> PyObject_Repr =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*>)PythonSymbols.Require("PyObject_Repr");

    /// <summary><c>PyObject_Call(callable, args, kwargs)</c>: new reference, or null with an error set. Borrows its arguments.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*, PyObject*> PyObject_Call =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*, PyObject*>)PythonSymbols.Require("PyObject_Call");

    /// <summary><c>PyObject_CallObject(callable, args)</c>: new reference, or null with an error set. <c>args</c> may be null.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*> PyObject_CallObject =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*>)PythonSymbols.Require("PyObject_CallObject");

    /// <summary><c>PyObject_RichCompareBool</c>: 1, 0, or -1 with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, int, int> PyObject_RichCompareBool =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, int, int>)PythonSymbols.Require("PyObject_RichCompareBool");

    /// <summary><c>PyImport_ImportModule</c>: new reference, or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<byte*, PyObject*> PyImport_ImportModule =
        (delegate* unmanaged[Cdecl]<byte*, PyObject*>)PythonSymbols.Require("PyImport_ImportModule");

    /// <summary><c>PyList_New</c>: new reference. Allocates a GC-tracked object, which can start a collection.</summary>
    public static readonly delegate* unmanaged[Cdecl]<nint, PyObject*> PyList_New =
        (delegate* unmanaged[Cdecl]<nint, PyObject*>)PythonSymbols.Require("PyList_New");

    /// <summary><c>PyList_Append</c>: 0, or -1 with an error set. Does not steal the item.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, int> PyList_Append =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, int>)PythonSymbols.Require("PyList_Append");
}
