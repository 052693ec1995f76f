using SharpBind.Interop;

namespace SharpBind.Internal;

/// <summary>Reads Python objects as text for error messages (slow paths only; GIL held).</summary>
internal static unsafe class PyText
{
    private static readonly byte* s_name = NativeText.Persist("__name__");

    /// <summary><c>repr(value)</c>, or null with a Python error set.</summary>
    public static string? Repr(PyObject* value) => Consume(CPython.PyObject_Repr(value));

    /// <summary><c>str(value)</c>, or null with a Python error set.</summary>
    public static string? Str(PyObject* value) => Consume(CPython.PyObject_Str(value));

    /// <summary><c>type(value).__name__</c>; never fails (falls back to "object" and clears the error).</summary>
    public static string TypeName(PyObject* value)
    {
        string? name = Consume(CPython.PyObject_GetAttrString((PyObject*)value->ob_type, s_name));
        if (name is null)
        {
            CPython.PyErr_Clear();
            return "object";
        }
        return name;
    }

    /// <summary><c>value.__name__</c> (a type's or a function's own name); "?" when it has none (error cleared).</summary>
    public static string Name(PyObject* value)
    {
        string? name = Consume(CPython.PyObject_GetAttrString(value, s_name));
        if (name is null)
        {
            CPython.PyErr_Clear();
            return "?";
        }
        return name;
    }

    /// <summary>Converts and releases an owned str reference; null in (error set), null out; a non-str gives null with no error.</summary>
    public static string? Consume(PyObject* owned)
    {
        if (owned == null)
        {
            return null;
        }
        string? text = CPython.PyUnicode_Check(owned) ? PyStrings.ToManaged(owned) : null;
        CPython.Py_DecRef(owned);
        return text;
    }
}
