using System;
using SharpBind.Interop;

namespace SharpBind;

/// <summary>
/// Python's global interpreter lock (GIL) from C#. Python code and Python objects may only be used
/// by a thread that holds it. SharpBind takes it for you whenever C# calls into Python (a Python
/// override, a callback); use these scopes to release it around long C# work so that other Python
/// threads can run, or to take it on a thread of your own.
/// </summary>
/// <example>
/// <code>
/// using (Gil.Release())
/// {
///     Parallel.For(0, n, i => results[i] = Work(i)); // Python threads run meanwhile
/// }
/// </code>
/// </example>
public static unsafe class Gil
{
    /// <summary>Whether the current thread holds the GIL.</summary>
    /// <remarks>
    /// On Python 3.12+ a thread-local test (see <see cref="Acquire"/>); before, <c>PyGILState_Check</c>,
    /// which answers true on every thread once a sub-interpreter exists.
    /// </remarks>
    public static bool IsHeld => CPython.PyThreadState_GetDict_312 != null
        ? CPython.PyThreadState_GetDict_312() != null
        : CPython.PyGILState_Check() != 0;

    /// <summary>
    /// Takes the GIL for the current thread until the scope is disposed (any thread; nests). Blocks
    /// while another thread holds it.
    /// </summary>
    public static Acquired Acquire()
    {
        // The common case, a callback or override called from C# code that Python called on this
        // thread: on 3.12+ a cheap thread-local test says the GIL is held, and there is nothing to
        // take (PyGILState_Ensure would only bump a counter, through two GC transitions).
        if (CPython.PyThreadState_GetDict_312 != null && CPython.PyThreadState_GetDict_312() != null)
        {
            return new(Acquired.AlreadyHeld);
        }
        return new(CPython.PyGILState_Ensure());
    }

    /// <summary>
    /// Releases the GIL, which the current thread must hold, until the scope is disposed (then it is
    /// taken back). No Python object may be used inside the scope.
    /// </summary>
    public static Released Release()
    {
        if (!IsHeld)
        {
            throw new InvalidOperationException("Gil.Release(): the current thread does not hold the GIL.");
        }
        return new(CPython.PyEval_SaveThread());
    }

    /// <summary>A held GIL; disposing returns it to the state before <see cref="Acquire"/>.</summary>
    public readonly struct Acquired : IDisposable
    {
        // Not a PyGILState_STATE (0 or 1): the thread held the GIL, and nothing was taken.
        internal const int AlreadyHeld = -1;

        private readonly int _state;

        internal Acquired(int state) => _state = state;

        /// <summary>Releases what <see cref="Acquire"/> took.</summary>
        public void Dispose()
        {
            if (_state != AlreadyHeld)
            {
                CPython.PyGILState_Release(_state);
            }
        }
    }

    /// <summary>A released GIL; disposing takes it back.</summary>
    public readonly struct Released : IDisposable
    {
        private readonly nint _threadState;

        internal Released(void* threadState) => _threadState = (nint)threadState;

        /// <summary>Takes the GIL back (blocks until it is free).</summary>
        public void Dispose() => CPython.PyEval_RestoreThread((void*)_threadState);
    }
}
