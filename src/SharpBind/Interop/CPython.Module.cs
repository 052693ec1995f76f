using System.Runtime.InteropServices;

namespace SharpBind.Interop;

/// <summary><c>PyMethodDef</c>: one entry of a module's or type's method table (stable ABI layout).</summary>
[StructLayout(LayoutKind.Sequential)]
public unsafe struct PyMethodDef
{
    /// <summary>UTF-8 name; must outlive the function object.</summary>
    public byte* ml_name;
    /// <summary>The C function; its signature depends on <see cref="ml_flags"/>.</summary>
    public void* ml_meth;
    /// <summary>Calling convention flags (<c>METH_*</c>).</summary>
    public int ml_flags;
    /// <summary>UTF-8 docstring or null; may begin with a <c>name(sig)\n--\n\n</c> text signature.</summary>
    public byte* ml_doc;
}

/// <summary><c>PyModuleDef</c> (stable ABI layout). Lives for the life of the process.</summary>
[StructLayout(LayoutKind.Sequential)]
public unsafe struct PyModuleDef
{
    /// <summary><c>m_base.ob_base</c>: set to refcount 1 and a null type, as <c>PyModuleDef_HEAD_INIT</c> does.</summary>
    public PyObject ob_base;
    /// <summary><c>m_base.m_init</c>.</summary>
    public void* m_init;
    /// <summary><c>m_base.m_index</c>.</summary>
    public nint m_index;
    /// <summary><c>m_base.m_copy</c>.</summary>
    public PyObject* m_copy;
    /// <summary>UTF-8 module name.</summary>
    public byte* m_name;
    /// <summary>UTF-8 docstring or null.</summary>
    public byte* m_doc;
    /// <summary>Per-module state size; -1 for single-phase modules without state.</summary>
    public nint m_size;
    /// <summary>Null-terminated method table.</summary>
    public PyMethodDef* m_methods;
    /// <summary>Multi-phase slots (unused: null).</summary>
    public void* m_slots;
    /// <summary><c>m_traverse</c>.</summary>
    public void* m_traverse;
    /// <summary><c>m_clear</c>.</summary>
    public void* m_clear;
    /// <summary><c>m_free</c>.</summary>
    public void* m_free;
}

public static unsafe partial class CPython
{
    /// <summary><c>METH_VARARGS</c>.</summary>
    public const int METH_VARARGS = 0x0001;
    /// <summary><c>METH_KEYWORDS</c>.</summary>
    public const int METH_KEYWORDS = 0x0002;
    /// <summary><c>METH_NOARGS</c>.</summary>
    public const int METH_NOARGS = 0x0004;
    /// <summary><c>METH_O</c>.</summary>
    public const int METH_O = 0x0008;
    /// <summary><c>METH_FASTCALL</c> (accepted by every CPython since 3.7).</summary>
    public const int METH_FASTCALL = 0x0080;

    /// <summary><c>PyModule_Create2(def, apiver)</c>: new reference to the module, or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyModuleDef*, int, PyObject*> PyModule_Create2 =
        (delegate* unmanaged[Cdecl]<PyModuleDef*, int, PyObject*>)PythonSymbols.Require("PyModule_Create2");

    /// <summary><c>Py_IsInitialized</c>.</summary>
    public static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<int> Py_IsInitialized =
        (delegate* unmanaged[Cdecl, SuppressGCTransition]<int>)PythonSymbols.Require("Py_IsInitialized");

    /// <summary><c>PyGILState_Ensure</c>: takes the GIL (blocks); returns the state to pass to <see cref="PyGILState_Release"/>.</summary>
    public static readonly delegate* unmanaged[Cdecl]<int> PyGILState_Ensure =
        (delegate* unmanaged[Cdecl]<int>)PythonSymbols.Require("PyGILState_Ensure");

    /// <summary><c>PyGILState_Release</c>.</summary>
    public static readonly delegate* unmanaged[Cdecl]<int, void> PyGILState_Release =
        (delegate* unmanaged[Cdecl]<int, void>)PythonSymbols.Require("PyGILState_Release");
}
