namespace SharpBind.Interop;

// Starting and stopping an interpreter inside a .NET program (SharpBind.PythonInterpreter). Only the
// functions a host calls before Py_InitializeEx are allowed without an interpreter; the rest need
// the GIL as usual.
public static unsafe partial class CPython
{
    /// <summary>
    /// <c>Py_InitializeEx(initsigs)</c>: starts the interpreter; the calling thread then holds the GIL.
    /// With <c>initsigs</c> 0 Python installs no signal handlers (the host keeps its own). A failure is
    /// fatal (CPython aborts the process).
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl]<int, void> Py_InitializeEx =
        (delegate* unmanaged[Cdecl]<int, void>)PythonSymbols.Require("Py_InitializeEx");

    /// <summary>
    /// <c>Py_FinalizeEx()</c>: stops the interpreter (the GIL must be held); 0, or -1 when flushing
    /// buffered data failed. Every Python object becomes invalid.
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl]<int> Py_FinalizeEx =
        (delegate* unmanaged[Cdecl]<int>)PythonSymbols.Require("Py_FinalizeEx");

    /// <summary>
    /// <c>PyImport_AppendInittab(name, initfunc)</c>: registers a built-in module before
    /// <see cref="Py_InitializeEx"/>; 0, or -1 when the table could not grow. <c>name</c> (UTF-8) must
    /// stay valid for the life of the process.
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl]<byte*, delegate* unmanaged[Cdecl]<PyObject*>, int> PyImport_AppendInittab =
        (delegate* unmanaged[Cdecl]<byte*, delegate* unmanaged[Cdecl]<PyObject*>, int>)PythonSymbols.Require("PyImport_AppendInittab");

    /// <summary>
    /// <c>Py_SetProgramName(name)</c>: before <see cref="Py_InitializeEx"/>, the path of the program
    /// Python believes it is; it derives <c>sys.prefix</c> (and finds a virtual environment's
    /// <c>pyvenv.cfg</c>) from it. Deprecated since 3.11 in favour of <c>PyConfig</c>, which is not in
    /// the stable ABI; still exported. <c>name</c> (a <c>wchar_t</c> string) must stay valid.
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl]<void*, void> Py_SetProgramName =
        (delegate* unmanaged[Cdecl]<void*, void>)PythonSymbols.Require("Py_SetProgramName");

    /// <summary>
    /// <c>Py_DecodeLocale(text, size)</c>: a new <c>wchar_t</c> string decoded from the locale's
    /// encoding (UTF-8 here), allocated with <c>PyMem_RawMalloc</c>; null on failure. Callable before
    /// the interpreter starts.
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl]<byte*, nuint*, void*> Py_DecodeLocale =
        (delegate* unmanaged[Cdecl]<byte*, nuint*, void*>)PythonSymbols.Require("Py_DecodeLocale");

    /// <summary><c>PySys_GetObject(utf8)</c>: borrowed reference to <c>sys.NAME</c>, or null (no error set) when absent.</summary>
    public static readonly delegate* unmanaged[Cdecl]<byte*, PyObject*> PySys_GetObject =
        (delegate* unmanaged[Cdecl]<byte*, PyObject*>)PythonSymbols.Require("PySys_GetObject");

    /// <summary><c>PySys_SetObject(utf8, v)</c>: <c>sys.NAME = v</c>; 0, or -1 with an error set. Borrows <c>v</c>.</summary>
    public static readonly delegate* unmanaged[Cdecl]<byte*, PyObject*, int> PySys_SetObject =
        (delegate* unmanaged[Cdecl]<byte*, PyObject*, int>)PythonSymbols.Require("PySys_SetObject");
}
