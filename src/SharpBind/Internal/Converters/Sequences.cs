using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.InteropServices;
using SharpBind.Interop;

namespace SharpBind.Internal.Converters;

/// <summary>
/// Reads Python iterables into C# lists and writes C# sequences as Python lists, element by element
/// through <typeparamref name="TConverter"/>. Shared by the list, array and tuple converters.
/// </summary>
internal static unsafe class Sequence<T, TConverter>
    where TConverter : struct, IConverter<T>
{
    /// <summary>
    /// Any iterable except str, bytes, bytearray and dict (whose iteration is rarely what a list
    /// parameter means) into a new list; false as <see cref="IConverter{T}.TryFrom"/> defines it.
    /// </summary>
    public static bool TryRead(PyObject* value, out List<T> result)
    {
        result = null!;
        if (CPython.PyList_Check(value))
        {
            List<T>? list = ReadList(value);
            result = list!;
            return list is not null;
        }
        if (CPython.PyTuple_Check(value))
        {
            nint count = CPython.PyTuple_Size(value);
            var list = new List<T>((int)count);
            for (nint i = 0; i < count; i++)
            {
                // Safe: a tuple cannot change, and it holds its items while we convert them.
                PyObject* item = CPython.PyTuple_GetItem(value, i);
                if (!default(TConverter).TryFrom(item, out T element))
                {
                    return ItemFailed(i, item);
                }
                list.Add(element);
            }
            result = list;
            return true;
        }
        if (CPython.PyUnicode_Check(value) || CPython.PyBytes_Check(value) || CPython.PyByteArray_Check(value) || CPython.PyDict_Check(value))
        {
            return false;
        }
        return TryIterate(value, out result);
    }

    // A list's items into a new List<T> (null with an error set). The items are written straight into
    // the List's storage (its count set up front) rather than added one by one.
    private static List<T>? ReadList(PyObject* value)
    {
        nint size = CPython.PyList_Size(value);
        var list = new List<T>((int)size);
        CollectionsMarshal.SetCount(list, (int)size);
        System.Span<T> items = CollectionsMarshal.AsSpan(list);
        nint i = 0;
        for (; i < size; i++)
        {
            PyObject* item = CPython.PyList_GetItem(value, i); // i < size: in range
            bool ok;
            T element;
            if (RunsNoPythonCode(item))
            {
                ok = default(TConverter).TryFrom(item, out element);
            }
            else
            {
                // Converting may run Python code (__index__, __instancecheck__, a user's converter)
                // that changes the list: hold the item while it converts, and read the size again.
                // A user's converter may also throw: the item is released all the same.
                CPython.Py_IncRef(item);
                try
                {
                    ok = default(TConverter).TryFrom(item, out element);
                }
                finally
                {
                    CPython.Py_DecRef(item);
                }
                size = CPython.PyList_Size(value);
            }
            if (!ok)
            {
                ItemFailed(i, item);
                return null;
            }
            if (i < items.Length)
            {
                items[(int)i] = element;
            }
            else
            {
                list.Add(element); // the list grew while an item converted: Count == i here
            }
        }
        if (i < list.Count)
        {
            CollectionsMarshal.SetCount(list, (int)i); // it shrank
        }
        return list;
    }

    // Whether converting this item certainly runs no Python code: one of the scalar converters (the
    // typeof tests fold per instantiation) given an exact int, float or str, which they read directly.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool RunsNoPythonCode(PyObject* item)
    {
        if (typeof(TConverter) == typeof(Int64Converter) || typeof(TConverter) == typeof(Int32Converter)
            || typeof(TConverter) == typeof(UInt64Converter) || typeof(TConverter) == typeof(UInt32Converter)
            || typeof(TConverter) == typeof(Int16Converter) || typeof(TConverter) == typeof(UInt16Converter)
            || typeof(TConverter) == typeof(ByteConverter) || typeof(TConverter) == typeof(SByteConverter))
        {
            return item->ob_type == CPython.PyLong_Type;
        }
        if (typeof(TConverter) == typeof(DoubleConverter) || typeof(TConverter) == typeof(SingleConverter))
        {
            return item->ob_type == CPython.PyFloat_Type || item->ob_type == CPython.PyLong_Type;
        }
        if (typeof(TConverter) == typeof(StringConverter))
        {
            return item->ob_type == CPython.PyUnicode_Type;
        }
        return false;
    }

    private static bool TryIterate(PyObject* value, out List<T> result)
    {
        result = null!;
        PyObject* iterator = CPython.PyObject_GetIter(value);
        if (iterator == null)
        {
            Errors.ClearWrongTypeError(); // not iterable: the wrong type, reported by the caller
            return false;
        }
        var list = new List<T>();
        try
        {
            for (nint i = 0; ; i++)
            {
                PyObject* item = CPython.PyIter_Next(iterator);
                if (item == null)
                {
                    break;
                }
                bool ok;
                T element;
                try
                {
                    // A user's converter may throw: the item (and the iterator) are released all the same.
                    ok = default(TConverter).TryFrom(item, out element);
                    if (!ok)
                    {
                        ItemFailed(i, item);
                    }
                }
                finally
                {
                    CPython.Py_DecRef(item);
                }
                if (!ok)
                {
                    return false;
                }
                list.Add(element);
            }
        }
        finally
        {
            CPython.Py_DecRef(iterator);
        }
        if (CPython.PyErr_Occurred() != null)
        {
            return false; // the iterator raised
        }
        result = list;
        return true;
    }

    // An item did not convert: name it, unless the converter already set a more precise error.
    private static bool ItemFailed(nint index, PyObject* item)
    {
        if (CPython.PyErr_Occurred() == null)
        {
            Errors.SetString(CPython.PyExc_TypeError, $"item {index} must be {default(TConverter).PythonName}, not {PyText.TypeName(item)}");
        }
        return false;
    }

    /// <summary>A new Python list of <paramref name="values"/> (null: None), or null with an error set.</summary>
    public static PyObject* Write(IEnumerable<T>? values)
    {
        switch (values)
        {
            case null:
                return ToPython.None();
            case List<T> list:
                return Write(CollectionsMarshal.AsSpan(list));
            case T[] array:
                return Write(new System.ReadOnlySpan<T>(array));
        }
        PyObject* result = CPython.PyList_New(0);
        if (result == null)
        {
            return null;
        }
        try
        {
            foreach (T value in values)
            {
                PyObject* item = default(TConverter).To(value);
                if (item == null || CPython.PyList_Append(result, item) != 0)
                {
                    CPython.Py_XDecRef(item);
                    CPython.Py_DecRef(result);
                    return null;
                }
                CPython.Py_DecRef(item);
            }
        }
        catch
        {
            CPython.Py_DecRef(result); // a user's converter (or enumerator) threw
            throw;
        }
        return result;
    }

    private static PyObject* Write(System.ReadOnlySpan<T> values)
    {
        PyObject* result = CPython.PyList_New(values.Length);
        if (result == null)
        {
            return null;
        }
        try
        {
            for (int i = 0; i < values.Length; i++)
            {
                PyObject* item = default(TConverter).To(values[i]);
                if (item == null)
                {
                    CPython.Py_DecRef(result); // the unfilled slots are null, which list dealloc skips
                    return null;
                }
                CPython.PyList_SetItem(result, i, item); // steals item
            }
        }
        catch
        {
            CPython.Py_DecRef(result); // a user's converter threw
            throw;
        }
        return result;
    }
}

/// <summary>
/// <c>List&lt;T&gt;</c> and the interfaces it implements (<c>IList</c>, <c>IReadOnlyList</c>,
/// <c>ICollection</c>, <c>IReadOnlyCollection</c>, <c>IEnumerable</c>) ↔ list. A parameter takes any
/// iterable but str, bytes and dict; C# receives a new <c>List&lt;T&gt;</c> (a copy).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct ListConverter<TCollection, T, TConverter> : IConverter<TCollection>
    where TCollection : IEnumerable<T>
    where TConverter : struct, IConverter<T>
{
    /// <inheritdoc/>
    public bool TryFrom(PyObject* value, out TCollection result)
    {
        bool ok = Sequence<T, TConverter>.TryRead(value, out List<T> list);
        // A List<T> is every TCollection the generator uses this converter for.
        result = ok ? (TCollection)(object)list : default!;
        return ok;
    }

    /// <summary>
    /// A list; but a value declared as <c>IEnumerable&lt;T&gt;</c> (a <c>yield return</c> method, a
    /// LINQ query) becomes a lazy Python iterator over its enumerator, as Python generators are.
    /// </summary>
    public PyObject* To(TCollection value)
    {
        if (typeof(TCollection) == typeof(IEnumerable<T>) && value is not null)
        {
            return Protocols.Iterate(value.GetEnumerator(), &Element);
        }
        return Sequence<T, TConverter>.Write(value);
    }

    private static PyObject* Element(T value) => default(TConverter).To(value);

    /// <inheritdoc/>
    public string PythonName => $"list[{default(TConverter).PythonName}]";
}

/// <summary><c>T[]</c> ↔ list (a parameter takes any iterable but str, bytes and dict).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct ArrayConverter<T, TConverter> : IConverter<T[]>
    where TConverter : struct, IConverter<T>
{
    /// <inheritdoc/>
    public bool TryFrom(PyObject* value, out T[] result)
    {
        bool ok = Sequence<T, TConverter>.TryRead(value, out List<T> list);
        result = ok ? list.ToArray() : null!;
        return ok;
    }

    /// <inheritdoc/>
    public PyObject* To(T[] value) => Sequence<T, TConverter>.Write(value);

    /// <inheritdoc/>
    public string PythonName => $"list[{default(TConverter).PythonName}]";
}
