namespace SharpBind.Interop;

public static unsafe partial class CPython
{
    // Dictionaries and the mapping protocol. All of these may allocate GC-tracked objects or run
    // Python code (__hash__, __eq__, __getitem__), so they keep the GC transition.

    /// <summary><c>PyDict_New</c>: new reference to an empty dict, or null with an error set (stable ABI 3.2).</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*> PyDict_New =
        (delegate* unmanaged[Cdecl]<PyObject*>)PythonSymbols.Require("PyDict_New");

    /// <summary>
    /// <c>PyDict_SetItemString(dict, key, value)</c>: <c>dict[key] = value</c> with a UTF-8 key; 0, or -1
    /// with an error set. Borrows <c>dict</c> and <c>value</c> (the dict takes its own reference; nothing
    /// is stolen) (stable ABI 3.2).
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, byte*, PyObject*, int> PyDict_SetItemString =
        (delegate* unmanaged[Cdecl]<PyObject*, byte*, PyObject*, int>)PythonSymbols.Require("PyDict_SetItemString");

    /// <summary>
    /// <c>PyDict_GetItemString(dict, key)</c>: <c>dict[key]</c> as a borrowed reference, or null when
    /// absent (errors are swallowed, as CPython documents) (stable ABI 3.2).
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, byte*, PyObject*> PyDict_GetItemString =
        (delegate* unmanaged[Cdecl]<PyObject*, byte*, PyObject*>)PythonSymbols.Require("PyDict_GetItemString");

    /// <summary>
    /// <c>PyObject_GetItem(o, key)</c>: <c>o[key]</c> as a new reference, or null with an error set.
    /// Borrows both arguments. Runs <c>__getitem__</c>, which can be Python code (stable ABI 3.2).
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*> PyObject_GetItem =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*>)PythonSymbols.Require("PyObject_GetItem");
}
