using System;
using SharpBind.Interop;

namespace SharpBind.Internal;

/// <summary><see cref="AggregateException"/> as a Python <c>ExceptionGroup</c> (3.11 and later).</summary>
public static unsafe partial class Errors
{
    private static readonly byte* s_builtins = NativeText.Persist("builtins");
    private static readonly byte* s_groupName = NativeText.Persist("BaseExceptionGroup");

    // builtins.BaseExceptionGroup (owned for good), looked up by name on first use: 3.11 added it as a
    // builtin class, no C API is needed. 0 while not looked up; -1 when this Python has none.
    private static nint s_groupType;

    /// <summary>Whether this Python has exception groups (GIL held). Python 3.9 and 3.10 do not: an
    /// <see cref="AggregateException"/> then follows the ordinary mapping, its first inner exception as the cause.</summary>
    private static bool GroupsAvailable
    {
        get
        {
            if (s_groupType == 0)
            {
                PyObject* builtins = CPython.PyImport_ImportModule(s_builtins);
                if (builtins == null)
                {
                    CPython.PyErr_Clear(); // cannot tell now (the interpreter is shutting down?): ask again next time
                    return false;
                }
                PyObject* type = CPython.PyObject_GetAttrString(builtins, s_groupName);
                CPython.Py_DecRef(builtins);
                CPython.PyErr_Clear(); // AttributeError before 3.11
                s_groupType = type == null ? -1 : (nint)type;
            }
            return s_groupType != -1;
        }
    }

    /// <summary>
    /// <c>BaseExceptionGroup(message, [inner, ...])</c>, each inner exception converted like any other
    /// (so nested aggregates nest groups). Python makes it an <c>ExceptionGroup</c> when every member is
    /// an <c>Exception</c> (a <c>KeyboardInterrupt</c> member keeps it a <c>BaseExceptionGroup</c>).
    /// Returns a new reference, or null with an error set. Only called when <see cref="GroupsAvailable"/>.
    /// </summary>
    private static PyObject* NewGroup(AggregateException aggregate, int depth)
    {
        PyObject* members = CPython.PyList_New(0);
        if (members == null)
        {
            return null;
        }
        foreach (Exception inner in aggregate.InnerExceptions)
        {
            PyObject* member = ToPython(inner, null, null, depth + 1);
            int status = member == null ? -1 : CPython.PyList_Append(members, member);
            CPython.Py_XDecRef(member);
            if (status != 0)
            {
                CPython.Py_DecRef(members);
                return null;
            }
        }
        PyObject* args = CPython.PyTuple_New(2);
        PyObject* message = args == null ? null : PyStrings.FromManaged(GroupMessage(aggregate));
        if (message == null)
        {
            CPython.Py_XDecRef(args);
            CPython.Py_DecRef(members);
            return null;
        }
        CPython.PyTuple_SetItem(args, 0, message); // steals
        CPython.PyTuple_SetItem(args, 1, members); // steals
        PyObject* group = CPython.PyObject_CallObject((PyObject*)s_groupType, args);
        CPython.Py_DecRef(args);
        return group;
    }

    // .NET appends every inner message to an AggregateException's Message ("outer (a) (b)"); the group
    // lists its members itself, so the message is the outer text alone when that suffix is there.
    internal static string GroupMessage(AggregateException aggregate)
    {
        var suffix = new System.Text.StringBuilder();
        foreach (Exception inner in aggregate.InnerExceptions)
        {
            suffix.Append(" (").Append(inner.Message).Append(')');
        }
        string message = aggregate.Message;
        return message.Length > suffix.Length && message.EndsWith(suffix.ToString(), StringComparison.Ordinal)
            ? message.Substring(0, message.Length - suffix.Length)
            : message;
    }
}
