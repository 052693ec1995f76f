using System;
using System.ComponentModel;
using SharpBind.Interop;

namespace SharpBind.Internal;

/// <summary>
/// Turns C# exceptions into pending Python exceptions. Every generated entry point catches all
/// exceptions and hands them here, so none ever crosses into native code. Called by generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static unsafe class Errors
{
    private static readonly byte* s_notes = NativeText.Persist("__notes__");
    private static readonly byte* s_fallback = NativeText.Persist("SharpBind: a C# exception could not be converted to a Python exception");

    /// <summary>
    /// Sets the Python exception for <paramref name="exception"/> thrown by the C# code behind
    /// <paramref name="function"/>; returns null so entry points can <c>return Errors.Raise(...)</c>.
    /// Never throws.
    /// </summary>
    public static PyObject* Raise(Exception exception, PyFunctionInfo? function) => Raise(exception, function, null);

    /// <summary>As <see cref="Raise(Exception, PyFunctionInfo?)"/>, as a Python <paramref name="kind"/> when set (protocols map some exceptions their own way).</summary>
    internal static PyObject* Raise(Exception exception, PyFunctionInfo? function, PythonErrorKind? kind)
    {
        try
        {
            if (exception is PythonException python && python.Restore())
            {
                return null; // a Python error on its way back out: raise the original, traceback and all
            }
            PyObject* type = TypeFor(kind ?? ExceptionMapping.Classify(exception));
            string note = ExceptionMapping.Note(exception);
            if (function is not null)
            {
                note = $"in {function.Name}(): {note}";
            }
            SetWithNote(type, exception.Message, note);
        }
        catch (Exception)
        {
            try
            {
                // Even building the message failed (out of memory, say): report that much.
                CPython.PyErr_SetString(CPython.PyExc_RuntimeError, s_fallback);
            }
            catch (Exception)
            {
                // The C API itself is unusable (a symbol missing from this Python): nothing can be
                // reported, but the exception must still not cross into native code. CPython
                // turns a null result without an error into SystemError.
            }
        }
        return null;
    }

    /// <summary>Sets <c>type(message)</c> as the pending exception.</summary>
    internal static void SetString(PyObject* type, string message)
    {
        PyObject* text = PyStrings.FromManaged(message);
        if (text == null)
        {
            return; // the encoding error is pending instead
        }
        CPython.PyErr_SetObject(type, text);
        CPython.Py_DecRef(text);
    }

    /// <summary>Raises <c>type(message)</c> with <paramref name="note"/> in <c>__notes__</c> (shown by 3.11+ tracebacks).</summary>
    private static void SetWithNote(PyObject* type, string message, string note)
    {
        PyObject* args = CPython.PyTuple_New(1);
        PyObject* text = args == null ? null : PyStrings.FromManaged(message);
        if (text == null)
        {
            CPython.Py_XDecRef(args);
            return;
        }
        CPython.PyTuple_SetItem(args, 0, text); // steals text
        PyObject* instance = CPython.PyObject_CallObject(type, args);
        CPython.Py_DecRef(args);
        if (instance == null)
        {
            return; // constructing the exception raised; that error is pending
        }
        PyObject* notes = CPython.PyList_New(0);
        PyObject* noteText = notes == null ? null : PyStrings.FromManaged(note);
        if (noteText != null)
        {
            if (CPython.PyList_Append(notes, noteText) == 0)
            {
                CPython.PyObject_SetAttrString(instance, s_notes, notes);
            }
            CPython.Py_DecRef(noteText);
        }
        CPython.Py_XDecRef(notes);
        CPython.PyErr_Clear(); // a failure to attach the note must not mask the real exception
        CPython.PyErr_SetObject(type, instance);
        CPython.Py_DecRef(instance);
    }

    private static PyObject* TypeFor(PythonErrorKind kind) => kind switch
    {
        PythonErrorKind.ValueError => CPython.PyExc_ValueError,
        PythonErrorKind.KeyError => CPython.PyExc_KeyError,
        PythonErrorKind.IndexError => CPython.PyExc_IndexError,
        PythonErrorKind.TypeError => CPython.PyExc_TypeError,
        PythonErrorKind.OverflowError => CPython.PyExc_OverflowError,
        PythonErrorKind.ZeroDivisionError => CPython.PyExc_ZeroDivisionError,
        PythonErrorKind.ArithmeticError => CPython.PyExc_ArithmeticError,
        PythonErrorKind.NotImplementedError => CPython.PyExc_NotImplementedError,
        PythonErrorKind.MemoryError => CPython.PyExc_MemoryError,
        PythonErrorKind.FileNotFoundError => CPython.PyExc_FileNotFoundError,
        PythonErrorKind.PermissionError => CPython.PyExc_PermissionError,
        PythonErrorKind.TimeoutError => CPython.PyExc_TimeoutError,
        PythonErrorKind.OSError => CPython.PyExc_OSError,
        _ => CPython.PyExc_RuntimeError,
    };
}
