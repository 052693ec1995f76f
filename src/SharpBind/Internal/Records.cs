using System;
using System.ComponentModel;
using System.Text;
using SharpBind.Interop;

namespace SharpBind.Internal;

/// <summary>
/// What positional records add to their Python type: the dataclass-like <c>__repr__</c> and
/// <c>__reduce__</c>. Generated code converts the field values; these helpers take ownership of
/// them. For generated code only; the GIL is held.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static unsafe class Records
{
    private static readonly byte* s_qualname = NativeText.Persist("__qualname__");
    private static readonly byte* s_dict = NativeText.Persist("__dict__");

    /// <summary>
    /// <c>Name(field=repr, ...)</c> with the name of <paramref name="self"/>'s Python type. Consumes
    /// <paramref name="values"/> (owned references; a 0 means that conversion failed with an error set).
    /// </summary>
    public static PyObject* Repr(PyObject* self, string[] names, Span<nint> values)
    {
        try
        {
            if (!AllConverted(values))
            {
                return null;
            }
            PyObject* qualname = CPython.PyObject_GetAttrString((PyObject*)self->ob_type, s_qualname);
            string? typeName = qualname != null && CPython.PyUnicode_Check(qualname) ? PyStrings.ToManaged(qualname) : null;
            CPython.Py_XDecRef(qualname);
            if (typeName is null)
            {
                return null;
            }
            var text = new StringBuilder(typeName).Append('(');
            for (int i = 0; i < values.Length; i++)
            {
                string? repr = PyText.Repr((PyObject*)values[i]);
                if (repr is null)
                {
                    return null; // a field's __repr__ raised
                }
                text.Append(i > 0 ? ", " : "").Append(names[i]).Append('=').Append(repr);
            }
            return PyStrings.FromManaged(text.Append(')').ToString());
        }
        finally
        {
            Release(values);
        }
    }

    /// <summary>
    /// <c>(type(self), (values...))</c>, plus the instance <c>__dict__</c> as the state when it is not
    /// empty (a Python subclass's own attributes, which copy and pickle would otherwise drop).
    /// Consumes <paramref name="values"/> as <see cref="Repr"/> does.
    /// </summary>
    public static PyObject* Reduce(PyObject* self, Span<nint> values)
    {
        PyObject* state = null;
        if (!AllConverted(values) || !InstanceState(self, &state))
        {
            Release(values);
            return null;
        }
        PyObject* arguments = CPython.PyTuple_New(values.Length);
        PyObject* result = arguments == null ? null : CPython.PyTuple_New(state == null ? 2 : 3);
        if (result == null)
        {
            CPython.Py_XDecRef(arguments);
            CPython.Py_XDecRef(state);
            Release(values);
            return null;
        }
        for (int i = 0; i < values.Length; i++)
        {
            CPython.PyTuple_SetItem(arguments, i, (PyObject*)values[i]); // steals
        }
        CPython.Py_IncRef((PyObject*)self->ob_type);
        CPython.PyTuple_SetItem(result, 0, (PyObject*)self->ob_type); // steals the new reference
        CPython.PyTuple_SetItem(result, 1, arguments); // steals
        if (state != null)
        {
            CPython.PyTuple_SetItem(result, 2, state); // steals
        }
        return result;
    }

    // The instance __dict__ of self when it has a non-empty one (a new reference in *state), else null
    // in *state. Bound records have no __dict__ (unless DynamicAttributes); Python subclasses do.
    // False with an error set when reading it raised something other than AttributeError.
    private static bool InstanceState(PyObject* self, PyObject** state)
    {
        *state = null;
        PyObject* dict = CPython.PyObject_GetAttrString(self, s_dict);
        if (dict == null)
        {
            if (CPython.PyErr_ExceptionMatches(CPython.PyExc_AttributeError) == 0)
            {
                return false;
            }
            CPython.PyErr_Clear();
            return true;
        }
        if (CPython.PyDict_Check(dict) && CPython.PyDict_Size(dict) == 0)
        {
            CPython.Py_DecRef(dict);
            return true;
        }
        *state = dict;
        return true;
    }

    /// <summary>Sets the TypeError for arguments passed to a method that takes none; returns null.</summary>
    public static PyObject* NoArguments(string method)
    {
        Errors.SetString(CPython.PyExc_TypeError, $"{method}() takes no arguments");
        return null;
    }

    private static bool AllConverted(Span<nint> values)
    {
        foreach (nint value in values)
        {
            if (value == 0)
            {
                return false;
            }
        }
        return true;
    }

    private static void Release(Span<nint> values)
    {
        foreach (nint value in values)
        {
            CPython.Py_XDecRef((PyObject*)value);
        }
    }
}
