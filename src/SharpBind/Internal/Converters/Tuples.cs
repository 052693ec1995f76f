using System.ComponentModel;
using SharpBind.Interop;

namespace SharpBind.Internal.Converters;

/// <summary>Reads the items of a tuple (or list) of an exact length. Shared by the tuple converters.</summary>
internal static unsafe class TupleItems
{
    /// <summary>
    /// Fills <paramref name="items"/> with borrowed (tuple) or owned-by-<paramref name="holder"/>
    /// references; false (no error) when <paramref name="value"/> is not a tuple or list of that length.
    /// </summary>
    public static bool TryGet(PyObject* value, PyObject** items, int count, out PyObject* holder)
    {
        holder = null;
        if (CPython.PyTuple_Check(value))
        {
            if (CPython.PyTuple_Size(value) != count)
            {
                return false;
            }
            for (int i = 0; i < count; i++)
            {
                items[i] = CPython.PyTuple_GetItem(value, i); // the tuple holds them
            }
            return true;
        }
        if (CPython.PyList_Check(value) && CPython.PyList_Size(value) == count)
        {
            // A list can change while items convert: hold a tuple copy of its items.
            holder = CPython.PyTuple_New(count);
            if (holder == null)
            {
                return false;
            }
            for (int i = 0; i < count; i++)
            {
                PyObject* item = CPython.PyList_GetItem(value, i);
                CPython.Py_IncRef(item);
                CPython.PyTuple_SetItem(holder, i, item); // steals the new reference
                items[i] = item;
            }
            return true;
        }
        return false;
    }

    /// <summary>Releases the owned (or null) <paramref name="items"/>.</summary>
    public static void Release(PyObject** items, int count)
    {
        for (int i = 0; i < count; i++)
        {
            CPython.Py_XDecRef(items[i]);
        }
    }

    /// <summary>A new tuple of <paramref name="items"/> (owned; stolen), or null with an error set if any is null.</summary>
    public static PyObject* Build(PyObject** items, int count)
    {
        PyObject* tuple = null;
        bool ok = true;
        for (int i = 0; i < count; i++)
        {
            ok &= items[i] != null;
        }
        if (ok)
        {
            tuple = CPython.PyTuple_New(count);
        }
        for (int i = 0; i < count; i++)
        {
            if (tuple != null)
            {
                CPython.PyTuple_SetItem(tuple, i, items[i]); // steals
            }
            else
            {
                CPython.Py_XDecRef(items[i]);
            }
        }
        return tuple;
    }
}

/// <summary><c>(T1, T2)</c> ↔ tuple (a parameter also takes a list of two).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct TupleConverter<T1, C1, T2, C2> : IConverter<(T1, T2)>
    where C1 : struct, IConverter<T1>
    where C2 : struct, IConverter<T2>
{
    /// <inheritdoc/>
    public bool TryFrom(PyObject* value, out (T1, T2) result)
    {
        result = default;
        PyObject** items = stackalloc PyObject*[2];
        if (!TupleItems.TryGet(value, items, 2, out PyObject* holder))
        {
            return false;
        }
        try
        {
            return default(C1).TryFrom(items[0], out result.Item1) && default(C2).TryFrom(items[1], out result.Item2);
        }
        finally
        {
            CPython.Py_XDecRef(holder); // also when a user's converter threw
        }
    }

    /// <inheritdoc/>
    public PyObject* To((T1, T2) value)
    {
        PyObject** items = stackalloc PyObject*[2];
        items[0] = items[1] = null;
        try
        {
            items[0] = default(C1).To(value.Item1);
            items[1] = default(C2).To(value.Item2);
        }
        catch
        {
            TupleItems.Release(items, 2); // a user's converter threw: the items made before it
            throw;
        }
        return TupleItems.Build(items, 2);
    }

    /// <inheritdoc/>
    public string PythonName => $"tuple[{default(C1).PythonName}, {default(C2).PythonName}]";
}

/// <summary><c>(T1, T2, T3)</c> ↔ tuple (a parameter also takes a list of three).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct TupleConverter<T1, C1, T2, C2, T3, C3> : IConverter<(T1, T2, T3)>
    where C1 : struct, IConverter<T1>
    where C2 : struct, IConverter<T2>
    where C3 : struct, IConverter<T3>
{
    /// <inheritdoc/>
    public bool TryFrom(PyObject* value, out (T1, T2, T3) result)
    {
        result = default;
        PyObject** items = stackalloc PyObject*[3];
        if (!TupleItems.TryGet(value, items, 3, out PyObject* holder))
        {
            return false;
        }
        try
        {
            return default(C1).TryFrom(items[0], out result.Item1) && default(C2).TryFrom(items[1], out result.Item2)
                && default(C3).TryFrom(items[2], out result.Item3);
        }
        finally
        {
            CPython.Py_XDecRef(holder); // also when a user's converter threw
        }
    }

    /// <inheritdoc/>
    public PyObject* To((T1, T2, T3) value)
    {
        PyObject** items = stackalloc PyObject*[3];
        items[0] = items[1] = items[2] = null;
        try
        {
            items[0] = default(C1).To(value.Item1);
            items[1] = default(C2).To(value.Item2);
            items[2] = default(C3).To(value.Item3);
        }
        catch
        {
            TupleItems.Release(items, 3); // a user's converter threw: the items made before it
            throw;
        }
        return TupleItems.Build(items, 3);
    }

    /// <inheritdoc/>
    public string PythonName => $"tuple[{default(C1).PythonName}, {default(C2).PythonName}, {default(C3).PythonName}]";
}
