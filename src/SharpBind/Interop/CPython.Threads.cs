namespace SharpBind.Interop;

public static unsafe partial class CPython
{
    /// <summary>
    /// <c>Py_AddPendingCall(func, arg)</c>: asks the main thread to run <c>func(arg)</c> with the GIL
    /// held, soon. May be called from any thread without the GIL; returns -1 when the queue is full.
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl]<delegate* unmanaged[Cdecl]<void*, int>, void*, int> Py_AddPendingCall =
        (delegate* unmanaged[Cdecl]<delegate* unmanaged[Cdecl]<void*, int>, void*, int>)PythonSymbols.Require("Py_AddPendingCall");

    /// <summary><c>PyEval_SaveThread</c>: releases the GIL; returns the thread state to restore.</summary>
    public static readonly delegate* unmanaged[Cdecl]<void*> PyEval_SaveThread =
        (delegate* unmanaged[Cdecl]<void*>)PythonSymbols.Require("PyEval_SaveThread");

    /// <summary><c>PyEval_RestoreThread(state)</c>: takes the GIL back (blocks).</summary>
    public static readonly delegate* unmanaged[Cdecl]<void*, void> PyEval_RestoreThread =
        (delegate* unmanaged[Cdecl]<void*, void>)PythonSymbols.Require("PyEval_RestoreThread");

    /// <summary>
    /// <c>PyThreadState_GetDict()</c> on Python 3.12+ (null before), without the GC transition: the
    /// current thread's state dict (borrowed), or null when this thread holds no GIL. From 3.12 the
    /// "current" thread state is thread-local and set only while the thread holds the GIL, so the
    /// call never touches another thread's state and cannot block; creating the dict on first use
    /// runs no Python code (3.12 schedules a garbage collection rather than running it).
    /// (Before 3.12 the current thread state is process-wide: the GIL holder's, whichever thread
    /// that is, so the answer would be wrong.)
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*> PyThreadState_GetDict_312 =
        PythonVersion.AtLeast(3, 12)
            ? (delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*>)PythonSymbols.Require("PyThreadState_GetDict")
            : null;

    /// <summary><c>PyGILState_Check</c>: 1 when this thread holds the GIL.</summary>
    public static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<int> PyGILState_Check =
        (delegate* unmanaged[Cdecl, SuppressGCTransition]<int>)PythonSymbols.Require("PyGILState_Check");
}
