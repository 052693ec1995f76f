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

    /// <summary><c>PyExc_BufferError</c>.</summary>
    public static readonly PyObject* PyExc_BufferError = ReadExceptionType("PyExc_BufferError");

    private static PyObject* ReadExceptionType(string name) => *(PyObject**)PythonSymbols.Require(name);
}
