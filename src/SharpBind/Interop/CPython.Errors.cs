namespace SharpBind.Interop;

public static unsafe partial class CPython
{
    /// <summary><c>PyErr_Occurred</c>: the pending exception type (borrowed) or null. Reads thread state; cannot call back.</summary>
    public static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*> PyErr_Occurred =
        (delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*>)PythonSymbols.Require("PyErr_Occurred");

    /// <summary><c>PyErr_SetObject(type, value)</c>: sets the pending exception. Borrows both.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, void> PyErr_SetObject =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, void>)PythonSymbols.Require("PyErr_SetObject");

    /// <summary><c>PyErr_SetString(type, utf8)</c>: sets the pending exception. Borrows the type.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, byte*, void> PyErr_SetString =
        (delegate* unmanaged[Cdecl]<PyObject*, byte*, void>)PythonSymbols.Require("PyErr_SetString");

    /// <summary><c>PyErr_Clear</c>: drops the pending exception (its destructor may run).</summary>
    public static readonly delegate* unmanaged[Cdecl]<void> PyErr_Clear =
        (delegate* unmanaged[Cdecl]<void>)PythonSymbols.Require("PyErr_Clear");

    /// <summary><c>PyErr_Fetch(&amp;type, &amp;value, &amp;tb)</c>: takes the pending exception; the caller owns the three new references (each may be null).</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject**, PyObject**, PyObject**, void> PyErr_Fetch =
        (delegate* unmanaged[Cdecl]<PyObject**, PyObject**, PyObject**, void>)PythonSymbols.Require("PyErr_Fetch");

    /// <summary><c>PyErr_Restore(type, value, tb)</c>: steals all three references and makes them the pending exception.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*, void> PyErr_Restore =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*, void>)PythonSymbols.Require("PyErr_Restore");

    /// <summary><c>PyErr_NormalizeException(&amp;type, &amp;value, &amp;tb)</c>: replaces the three owned references by normalized ones.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject**, PyObject**, PyObject**, void> PyErr_NormalizeException =
        (delegate* unmanaged[Cdecl]<PyObject**, PyObject**, PyObject**, void>)PythonSymbols.Require("PyErr_NormalizeException");

    /// <summary><c>PyErr_ExceptionMatches(type)</c>: whether the pending exception is an instance of <c>type</c>.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, int> PyErr_ExceptionMatches =
        (delegate* unmanaged[Cdecl]<PyObject*, int>)PythonSymbols.Require("PyErr_ExceptionMatches");

    /// <summary><c>PyErr_NoMemory</c>: sets MemoryError; returns null.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*> PyErr_NoMemory =
        (delegate* unmanaged[Cdecl]<PyObject*>)PythonSymbols.Require("PyErr_NoMemory");

    /// <summary><c>PyException_SetCause(exc, cause)</c>: steals <c>cause</c>.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, void> PyException_SetCause =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, void>)PythonSymbols.Require("PyException_SetCause");

    /// <summary><c>PyException_GetCause(exc)</c>: <c>exc.__cause__</c> as a new reference, or null when there is none (no error set).</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*> PyException_GetCause =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*>)PythonSymbols.Require("PyException_GetCause");

    /// <summary><c>PyException_GetTraceback(exc)</c>: <c>exc.__traceback__</c> as a new reference, or null when there is none.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*> PyException_GetTraceback =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*>)PythonSymbols.Require("PyException_GetTraceback");

    /// <summary><c>PyException_SetTraceback(exc, tb)</c>: sets <c>exc.__traceback__</c>; borrows <c>tb</c>; 0 or -1 with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, int> PyException_SetTraceback =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, int>)PythonSymbols.Require("PyException_SetTraceback");

    /// <summary>
    /// <c>PyErr_NewExceptionWithDoc(name, doc, base, dict)</c>: a new exception class (new reference, or
    /// null with an error set). <c>name</c> is <c>"module.Class"</c>; <c>doc</c>, <c>base</c> (a class or a
    /// tuple of classes) and <c>dict</c> may be null; all are borrowed.
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl]<byte*, byte*, PyObject*, PyObject*, PyObject*> PyErr_NewExceptionWithDoc =
        (delegate* unmanaged[Cdecl]<byte*, byte*, PyObject*, PyObject*, PyObject*>)PythonSymbols.Require("PyErr_NewExceptionWithDoc");

    /// <summary>
    /// <c>PyErr_CheckSignals()</c>: on the main thread, runs the Python handlers of signals that arrived
    /// (SIGINT's raises KeyboardInterrupt); 0, or -1 with that exception set. GIL held; may run Python code.
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl]<int> PyErr_CheckSignals =
        (delegate* unmanaged[Cdecl]<int>)PythonSymbols.Require("PyErr_CheckSignals");

    /// <summary><c>PyErr_GivenExceptionMatches(given, exc)</c>: whether <c>given</c> (an exception instance or class) matches <c>exc</c> (a class or tuple); borrows both.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, int> PyErr_GivenExceptionMatches =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, int>)PythonSymbols.Require("PyErr_GivenExceptionMatches");

    // Built-in exception classes (the exported variables hold borrowed pointers that never change).
    /// <summary><c>PyExc_TypeError</c>.</summary>
    public static readonly PyObject* PyExc_TypeError = ReadExceptionType("PyExc_TypeError");
    /// <summary><c>PyExc_ValueError</c>.</summary>
    public static readonly PyObject* PyExc_ValueError = ReadExceptionType("PyExc_ValueError");
    /// <summary><c>PyExc_KeyError</c>.</summary>
    public static readonly PyObject* PyExc_KeyError = ReadExceptionType("PyExc_KeyError");
    /// <summary><c>PyExc_IndexError</c>.</summary>
    public static readonly PyObject* PyExc_IndexError = ReadExceptionType("PyExc_IndexError");
    /// <summary><c>PyExc_OverflowError</c>.</summary>
    public static readonly PyObject* PyExc_OverflowError = ReadExceptionType("PyExc_OverflowError");
    /// <summary><c>PyExc_NotImplementedError</c>.</summary>
    public static readonly PyObject* PyExc_NotImplementedError = ReadExceptionType("PyExc_NotImplementedError");
    /// <summary><c>PyExc_MemoryError</c>.</summary>
    public static readonly PyObject* PyExc_MemoryError = ReadExceptionType("PyExc_MemoryError");
    /// <summary><c>PyExc_FileNotFoundError</c>.</summary>
    public static readonly PyObject* PyExc_FileNotFoundError = ReadExceptionType("PyExc_FileNotFoundError");
    /// <summary><c>PyExc_OSError</c>.</summary>
    public static readonly PyObject* PyExc_OSError = ReadExceptionType("PyExc_OSError");
    /// <summary><c>PyExc_RuntimeError</c>.</summary>
    public static readonly PyObject* PyExc_RuntimeError = ReadExceptionType("PyExc_RuntimeError");
    /// <summary><c>PyExc_RecursionError</c>.</summary>
    public static readonly PyObject* PyExc_RecursionError = ReadExceptionType("PyExc_RecursionError");
    /// <summary><c>PyExc_SystemError</c>.</summary>
    public static readonly PyObject* PyExc_SystemError = ReadExceptionType("PyExc_SystemError");
    /// <summary><c>PyExc_ZeroDivisionError</c>.</summary>
    public static readonly PyObject* PyExc_ZeroDivisionError = ReadExceptionType("PyExc_ZeroDivisionError");
    /// <summary><c>PyExc_ArithmeticError</c>.</summary>
    public static readonly PyObject* PyExc_ArithmeticError = ReadExceptionType("PyExc_ArithmeticError");
    /// <summary><c>PyExc_PermissionError</c>.</summary>
    public static readonly PyObject* PyExc_PermissionError = ReadExceptionType("PyExc_PermissionError");
    /// <summary><c>PyExc_TimeoutError</c>.</summary>
    public static readonly PyObject* PyExc_TimeoutError = ReadExceptionType("PyExc_TimeoutError");
    /// <summary><c>PyExc_UnicodeEncodeError</c>.</summary>
    public static readonly PyObject* PyExc_UnicodeEncodeError = ReadExceptionType("PyExc_UnicodeEncodeError");
    /// <summary><c>PyExc_ImportError</c>.</summary>
    public static readonly PyObject* PyExc_ImportError = ReadExceptionType("PyExc_ImportError");
    /// <summary><c>PyExc_AttributeError</c>.</summary>
    public static readonly PyObject* PyExc_AttributeError = ReadExceptionType("PyExc_AttributeError");

    /// <summary><c>PyExc_BaseException</c>.</summary>
    public static readonly PyObject* PyExc_BaseException = ReadExceptionType("PyExc_BaseException");
    /// <summary><c>PyExc_Exception</c>.</summary>
    public static readonly PyObject* PyExc_Exception = ReadExceptionType("PyExc_Exception");
    /// <summary><c>PyExc_LookupError</c>.</summary>
    public static readonly PyObject* PyExc_LookupError = ReadExceptionType("PyExc_LookupError");
    /// <summary><c>PyExc_KeyboardInterrupt</c>.</summary>
    public static readonly PyObject* PyExc_KeyboardInterrupt = ReadExceptionType("PyExc_KeyboardInterrupt");
    /// <summary><c>PyExc_BufferError</c>.</summary>
    public static readonly PyObject* PyExc_BufferError = ReadExceptionType("PyExc_BufferError");

    private static PyObject* ReadExceptionType(string name) => *(PyObject**)PythonSymbols.Require(name);
}
