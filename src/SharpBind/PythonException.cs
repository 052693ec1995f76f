using System;
using SharpBind.Internal;
using SharpBind.Interop;

namespace SharpBind;

/// <summary>
/// A Python exception seen from C#: raised, for example, by a Python method that overrides a C#
/// virtual method. It keeps the original exception object (type, value and traceback); when it
/// propagates back out to Python, the original exception is raised again, unchanged.
/// </summary>
/// <remarks>
/// A Python exception's <c>__cause__</c> (<c>raise X from Y</c>) is its <see cref="Exception.InnerException"/>,
/// itself a <see cref="PythonException"/> (up to <see cref="MaxCauseDepth"/> levels).
/// </remarks>
public sealed unsafe class PythonException : Exception
{
    // Owned references (PyErr_Fetch's results, normalized); released through PendingDecRefs
    // because the finalizer runs without the GIL.
    private nint _type, _value, _traceback;

    /// <summary>How many <c>__cause__</c> links are followed, in both directions (a cycle must not recurse forever).</summary>
    internal const int MaxCauseDepth = 16;

    private PythonException(string message, string typeName, PyObject* type, PyObject* value, PyObject* traceback, Exception? inner = null)
        : base(message, inner)
    {
        PythonTypeName = typeName;
        _type = (nint)type;
        _value = (nint)value;
        _traceback = (nint)traceback;
    }

    /// <summary>The Python exception's type name, such as <c>ValueError</c>.</summary>
    public string PythonTypeName { get; }

    /// <summary>
    /// The Python exception object itself (a new handle; the GIL must be held), with its traceback as
    /// <c>__traceback__</c>; null for the rare error raised without one.
    /// </summary>
    public PythonObject? Value
    {
        get
        {
            PyObject* value = NewValueReference();
            return value == null ? null : new PythonObject(value);
        }
    }

    /// <summary>
    /// Whether the Python exception is an instance of <paramref name="exceptionType"/> (a class or a
    /// tuple of classes), as <c>except</c> would decide: pybind11's <c>error_already_set::matches</c>.
    /// The GIL must be held.
    /// </summary>
    /// <example>
    /// <code>
    /// catch (PythonException error) when (error.Matches(Py.Builtins.GetAttr("FileNotFoundError"))) { ... }
    /// </code>
    /// </example>
    public bool Matches(PythonObject exceptionType)
    {
        ArgumentNullException.ThrowIfNull(exceptionType);
        // Borrowed pointers, kept alive by this object and the caller's handle; no Python code runs.
        return _value != 0 && CPython.PyErr_GivenExceptionMatches((PyObject*)_value, exceptionType.Handle) != 0;
    }

    /// <summary>
    /// Takes the pending Python error (the GIL must be held) and returns it as a C# exception. With no
    /// error pending, returns a SystemError-like exception saying so.
    /// </summary>
    internal static PythonException Fetch()
    {
        PyObject* type, value, traceback;
        CPython.PyErr_Fetch(&type, &value, &traceback);
        if (type == null)
        {
            return new PythonException("a Python call failed without setting an exception", "SystemError", null, null, null);
        }
        CPython.PyErr_NormalizeException(&type, &value, &traceback);
        return Describe(type, value, traceback, 0);
    }

    /// <summary>
    /// Wraps the owned references of one normalized exception (GIL held), its <c>__cause__</c> chain
    /// becoming inner exceptions. Describing runs Python code (<c>str(value)</c>); it leaves no error behind.
    /// </summary>
    private static PythonException Describe(PyObject* type, PyObject* value, PyObject* traceback, int depth)
    {
        string typeName = value == null ? "Exception" : PyText.TypeName(value);
        string message = value == null ? "" : PyText.Str(value) ?? "";
        CPython.PyErr_Clear();
        PythonException? inner = null;
        if (value != null && depth < MaxCauseDepth)
        {
            // Owned, or null without an error; None never comes back from the C API here, but check anyway.
            PyObject* cause = CPython.PyException_GetCause(value);
            if (cause != null && cause != CPython.Py_None)
            {
                PyObject* causeType = CPython.PyObject_Type(cause); // new reference; cannot fail for an object
                inner = Describe(causeType, cause, CPython.PyException_GetTraceback(cause), depth + 1); // takes the three references
            }
            else
            {
                CPython.Py_XDecRef(cause);
            }
        }
        return new PythonException(message.Length == 0 ? typeName : $"{typeName}: {message}", typeName, type, value, traceback, inner);
    }

    /// <summary>
    /// The exception object (a new reference, GIL held) with its traceback attached, to become the
    /// <c>__cause__</c> or a member of a group of another exception; null when there is none.
    /// </summary>
    internal PyObject* NewValueReference()
    {
        var value = (PyObject*)_value;
        if (value == null)
        {
            return null;
        }
        if (_traceback != 0 && CPython.PyException_SetTraceback(value, (PyObject*)_traceback) != 0)
        {
            CPython.PyErr_Clear(); // only the traceback is lost
        }
        CPython.Py_IncRef(value);
        return value;
    }

    /// <summary>Raises the original Python exception again (GIL held); false when there is none to raise.</summary>
    internal bool Restore()
    {
        if (_type == 0)
        {
            return false;
        }
        // PyErr_Restore steals its arguments; this object keeps its own references so that it can be
        // raised again (a C# handler may rethrow it).
        CPython.Py_XIncRef((PyObject*)_type);
        CPython.Py_XIncRef((PyObject*)_value);
        CPython.Py_XIncRef((PyObject*)_traceback);
        CPython.PyErr_Restore((PyObject*)_type, (PyObject*)_value, (PyObject*)_traceback);
        return true;
    }

    /// <summary>Releases the Python references on the main thread (the finalizer does not hold the GIL).</summary>
    ~PythonException()
    {
        PendingDecRefs.Enqueue(_type);
        PendingDecRefs.Enqueue(_value);
        PendingDecRefs.Enqueue(_traceback);
        _type = _value = _traceback = 0;
    }
}
