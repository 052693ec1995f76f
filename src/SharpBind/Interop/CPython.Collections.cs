namespace SharpBind.Interop;

public static unsafe partial class CPython
{
    /// <summary><c>Py_TPFLAGS_LIST_SUBCLASS</c>.</summary>
    public const ulong Py_TPFLAGS_LIST_SUBCLASS = 1UL << 25;

    /// <summary><c>Py_TPFLAGS_DICT_SUBCLASS</c>.</summary>
    public const ulong Py_TPFLAGS_DICT_SUBCLASS = 1UL << 29;

    /// <summary><c>PyList_Type</c> (borrowed, immortal for the process).</summary>
    public static readonly PyTypeObject* PyList_Type = (PyTypeObject*)PythonSymbols.Require("PyList_Type");

    /// <summary><c>PyDict_Type</c>.</summary>
    public static readonly PyTypeObject* PyDict_Type = (PyTypeObject*)PythonSymbols.Require("PyDict_Type");

    /// <summary><c>PySet_Type</c>.</summary>
    public static readonly PyTypeObject* PySet_Type = (PyTypeObject*)PythonSymbols.Require("PySet_Type");

    /// <summary><c>PyFrozenSet_Type</c>.</summary>
    public static readonly PyTypeObject* PyFrozenSet_Type = (PyTypeObject*)PythonSymbols.Require("PyFrozenSet_Type");

    /// <summary><c>PyList_Size</c> of a list (precondition: a list; runs no Python code).</summary>
    public static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, nint> PyList_Size =
        (delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, nint>)PythonSymbols.Require("PyList_Size");

    /// <summary><c>PyList_GetItem</c>: borrowed item (precondition: a list and an index in range; runs no Python code).</summary>
    public static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, nint, PyObject*> PyList_GetItem =
        (delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, nint, PyObject*>)PythonSymbols.Require("PyList_GetItem");

    /// <summary><c>PyList_SetItem</c>: steals the item; for filling a new list (runs no Python code then).</summary>
    public static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, nint, PyObject*, int> PyList_SetItem =
        (delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, nint, PyObject*, int>)PythonSymbols.Require("PyList_SetItem");

    /// <summary><c>PyObject_GetIter</c>: new reference to an iterator, or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*> PyObject_GetIter =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*>)PythonSymbols.Require("PyObject_GetIter");

    /// <summary><c>PyIter_Next</c>: new reference to the next item; null at the end (no error) or on an error.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*> PyIter_Next =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*>)PythonSymbols.Require("PyIter_Next");

    /// <summary><c>PyDict_SetItem</c>: 0, or -1 with an error set; does not steal (may run __hash__/__eq__).</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*, int> PyDict_SetItem =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*, int>)PythonSymbols.Require("PyDict_SetItem");

    /// <summary><c>PySet_New(iterable)</c> (null: empty): new reference, or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*> PySet_New =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*>)PythonSymbols.Require("PySet_New");

    /// <summary><c>PySet_Add</c>: 0, or -1 with an error set; does not steal (may run __hash__/__eq__).</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, int> PySet_Add =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, int>)PythonSymbols.Require("PySet_Add");

    /// <summary>Whether <paramref name="op"/> is a list (or a subclass).</summary>
    public static bool PyList_Check(PyObject* op) => op->ob_type == PyList_Type || PyType_HasFeature(op->ob_type, Py_TPFLAGS_LIST_SUBCLASS);

    /// <summary>Whether <paramref name="op"/> is a dict (or a subclass).</summary>
    public static bool PyDict_Check(PyObject* op) => op->ob_type == PyDict_Type || PyType_HasFeature(op->ob_type, Py_TPFLAGS_DICT_SUBCLASS);

    /// <summary><c>PyDict_Size</c> of a dict (runs no Python code).</summary>
    public static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, nint> PyDict_Size =
        (delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, nint>)PythonSymbols.Require("PyDict_Size");
}
