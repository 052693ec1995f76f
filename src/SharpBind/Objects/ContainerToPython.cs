using System.Collections;
using System.Runtime.CompilerServices;
using SharpBind.Interop;

namespace SharpBind;

/// <summary>
/// The object API's conversion of C# collections to new Python containers, for
/// <see cref="PythonObject.From{T}"/> and elements of other collections: a tuple
/// (<see cref="ITuple"/>: <c>ValueTuple</c>, <c>Tuple</c>) becomes a tuple, an
/// <see cref="IDictionary"/> a dict, any other <see cref="IEnumerable"/> a list. Elements convert as
/// <see cref="PythonObject.From{T}"/> converts an <c>object</c>, so collections nest. Only interface
/// tests on the value, no reflection. The GIL is held.
/// </summary>
internal static unsafe class ContainerToPython
{
    /// <summary>
    /// False when <paramref name="value"/> is not a collection; otherwise true, with a new reference in
    /// <paramref name="result"/>, or null there with a Python error set.
    /// </summary>
    public static bool TryConvert(object value, out PyObject* result)
    {
        result = null;
        // A collection that contains itself (or nests very deep) would otherwise recurse until the
        // stack overflows, which ends the process: raise RecursionError, as Python does for its own.
        if ((value is ITuple or IEnumerable) && !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            Internal.Errors.SetString(CPython.PyExc_RecursionError, "a C# collection nests too deep (or contains itself) to convert to Python");
            return true;
        }
        PyObject* container = value switch
        {
            ITuple tuple => CPython.PyTuple_New(tuple.Length),
            IDictionary => CPython.PyDict_New(),
            IEnumerable => CPython.PyList_New(0),
            _ => null,
        };
        if (container == null)
        {
            return value is ITuple or IEnumerable; // null: MemoryError is set
        }
        try
        {
            bool filled = value switch
            {
                ITuple tuple => FillTuple(container, tuple),
                IDictionary dictionary => FillDict(container, dictionary),
                _ => FillList(container, (IEnumerable)value),
            };
            if (filled)
            {
                result = container;
            }
            else
            {
                CPython.Py_DecRef(container);
            }
            return true;
        }
        catch
        {
            CPython.Py_DecRef(container); // the collection's own code threw: the caller (C#) sees it
            throw;
        }
    }

    // Each filler: true when every element went in; false with a Python error set.
    private static bool FillTuple(PyObject* result, ITuple tuple)
    {
        for (int i = 0; i < tuple.Length; i++)
        {
            PyObject* item = Converter.ToPython(tuple[i]);
            if (item == null)
            {
                return false;
            }
            CPython.PyTuple_SetItem(result, i, item); // steals item; the new tuple has room for it
        }
        return true;
    }

    private static bool FillDict(PyObject* result, IDictionary dictionary)
    {
        IDictionaryEnumerator entries = dictionary.GetEnumerator();
        while (entries.MoveNext())
        {
            PyObject* key = Converter.ToPython(entries.Key);
            if (key == null)
            {
                return false;
            }
            PyObject* item;
            try
            {
                item = Converter.ToPython(entries.Value);
            }
            catch
            {
                CPython.Py_DecRef(key); // owned and in no container yet: the caller's catch would not release it
                throw;
            }
            int status = item == null ? -1 : CPython.PyDict_SetItem(result, key, item);
            CPython.Py_DecRef(key);
            CPython.Py_XDecRef(item);
            if (status != 0)
            {
                return false;
            }
        }
        return true;
    }

    private static bool FillList(PyObject* result, IEnumerable items)
    {
        foreach (object? element in items)
        {
            PyObject* item = Converter.ToPython(element);
            int status = item == null ? -1 : CPython.PyList_Append(result, item);
            CPython.Py_XDecRef(item);
            if (status != 0)
            {
                return false;
            }
        }
        return true;
    }
}
