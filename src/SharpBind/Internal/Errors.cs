using System;
using System.ComponentModel;
using SharpBind.Interop;

namespace SharpBind.Internal;

/// <summary>
/// Turns C# exceptions into pending Python exceptions. Every generated entry point catches all
/// exceptions and hands them here, so none ever crosses into native code. Called by generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static unsafe partial class Errors
{
    private static readonly byte* s_notes = NativeText.Persist("__notes__");
    private static readonly byte* s_fallback = NativeText.Persist("SharpBind: a C# exception could not be converted to a Python exception");

    /// <summary>
    /// Sets the Python exception for <paramref name="exception"/> thrown by the C# code behind
    /// <paramref name="function"/>; returns null so entry points can <c>return Errors.Raise(...)</c>.
    /// Never throws.
    /// </summary>
    public static PyObject* Raise(Exception exception, PyFunctionInfo? function) => Raise(exception, function, null);

    /// <summary>As <see cref="Raise(Exception, PyFunctionInfo?)"/>, as a Python <paramref name="kind"/> when set (protocols map some exceptions their own way) and no registered mapping applies.</summary>
    internal static PyObject* Raise(Exception exception, PyFunctionInfo? function, PythonErrorKind? kind)
    {
        try
        {
            if (exception is PythonException python && python.Restore())
            {
                return null; // a Python error on its way back out: raise the original, traceback and all
            }
            PyObject* instance = ToPython(exception, function, kind, 0);
            if (instance != null) // otherwise building it failed and that error is pending
            {
                CPython.PyErr_SetObject((PyObject*)instance->ob_type, instance);
                CPython.Py_DecRef(instance);
            }
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

    /// <summary>
    /// Clears a pending TypeError that the C API raised itself because a value lacks a protocol (no
    /// <c>__float__</c>, not iterable, no buffer), so that the caller reports the wrong type. Such an
    /// error has no traceback yet; a TypeError raised by Python code (a <c>__float__</c> or
    /// <c>__iter__</c> of the caller's) passed through that code's frame and has one: it stays pending,
    /// unchanged, as does any other error. Returns whether it cleared. The GIL is held.
    /// </summary>
    internal static bool ClearWrongTypeError()
    {
        if (CPython.PyErr_ExceptionMatches(CPython.PyExc_TypeError) == 0)
        {
            return false;
        }
        PyObject* type, value, traceback;
        CPython.PyErr_Fetch(&type, &value, &traceback); // three owned references (or null)
        if (traceback != null)
        {
            CPython.PyErr_Restore(type, value, traceback); // steals them: the user's error stays as raised
            return false;
        }
        CPython.Py_XDecRef(type);
        CPython.Py_XDecRef(value);
        return true;
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

    /// <summary>
    /// The Python exception object for <paramref name="exception"/> (a new reference, or null with an
    /// error set). A <see cref="PythonException"/> is its original object; a type a module registered
    /// becomes that module's class; an <see cref="AggregateException"/> an <c>ExceptionGroup</c> where
    /// Python has one; anything else follows <see cref="ExceptionMapping"/>. The inner exception becomes
    /// <c>__cause__</c>, converted the same way, down to <see cref="PythonException.MaxCauseDepth"/> levels.
    /// </summary>
    private static PyObject* ToPython(Exception exception, PyFunctionInfo? function, PythonErrorKind? kind, int depth)
    {
        if (exception is PythonException python && python.NewValueReference() is var original && original != null)
        {
            return original;
        }
        PyObject* type = ExceptionRegistry.Translate(exception);
        bool group = type == null && exception is AggregateException { InnerExceptions.Count: > 0 } && GroupsAvailable && depth < PythonException.MaxCauseDepth;
        PyObject* instance = group
            ? NewGroup((AggregateException)exception, depth)
            : Instantiate(type != null ? type : TypeFor(kind ?? ExceptionMapping.Classify(exception)), exception.Message);
        string note = ExceptionMapping.Note(exception);
        if (instance == null && type != null)
        {
            // A mapped class that cannot be called with the message alone (json.JSONDecodeError needs
            // three arguments): the built-in mapping applies, and the note says why.
            note += $"\n(its mapped Python class {PyText.Name(type)} could not be called with the message: {PyErrorSummary()})";
            instance = Instantiate(TypeFor(kind ?? ExceptionMapping.Classify(exception)), exception.Message);
        }
        if (instance == null)
        {
            return null;
        }
        AddNote(instance, function is null ? note : $"in {function.Name}(): {note}");
        // A group holds its inner exceptions itself; otherwise the first inner one is the cause.
        if (!group && exception.InnerException is { } inner && depth < PythonException.MaxCauseDepth)
        {
            PyObject* cause = ToPython(inner, null, null, depth + 1);
            if (cause == null)
            {
                CPython.PyErr_Clear(); // the cause is lost, the exception itself is not
            }
            else
            {
                CPython.PyException_SetCause(instance, cause); // steals cause
            }
        }
        return instance;
    }

    /// <summary>Takes the pending error and describes it as <c>TypeName: message</c>.</summary>
    private static string PyErrorSummary() => PythonException.Fetch().Message;

    /// <summary><c>type(message)</c>: a new reference, or null with an error set.</summary>
    private static PyObject* Instantiate(PyObject* type, string message)
    {
        PyObject* args = CPython.PyTuple_New(1);
        PyObject* text = args == null ? null : PyStrings.FromManaged(message);
        if (text == null)
        {
            CPython.Py_XDecRef(args);
            return null;
        }
        CPython.PyTuple_SetItem(args, 0, text); // steals text
        PyObject* instance = CPython.PyObject_CallObject(type, args);
        CPython.Py_DecRef(args);
        return instance;
    }

    /// <summary>Appends <paramref name="note"/> to <c>instance.__notes__</c> (shown by 3.11+ tracebacks); a failure is ignored.</summary>
    private static void AddNote(PyObject* instance, string note)
    {
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
