using System;
using SharpBind.Internal;
using SharpBind.Interop;

namespace SharpBind;

/// <summary>
/// A Python exception seen from C#: raised, for example, by a Python method that overrides a C#
/// virtual method. It keeps the original exception object (type, value and traceback); when it
/// propagates back out to Python, the original exception is raised again, unchanged.
/// </summary>
public sealed unsafe class PythonException : Exception
{
    // Owned references (PyErr_Fetch's results, normalized); released through PendingDecRefs
    // because the finalizer runs without the GIL.
    private nint _type, _value, _traceback;

    private PythonException(string message, string typeName, PyObject* type, PyObject* value, PyObject* traceback)
        : base(message)
    {
        PythonTypeName = typeName;
        _type = (nint)type;
        _value = (nint)value;
        _traceback = (nint)traceback;
    }

    /// <summary>The Python exception's type name, such as <c>ValueError</c>.</summary>
    public string PythonTypeName { get; }

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
        // Describing runs Python code (str(value)); it must not leave an error behind.
        string typeName = value == null ? "Exception" : PyText.TypeName(value);
        string message = value == null ? "" : PyText.Str(value) ?? "";
        CPython.PyErr_Clear();
        return new PythonException(message.Length == 0 ? typeName : $"{typeName}: {message}", typeName, type, value, traceback);
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
