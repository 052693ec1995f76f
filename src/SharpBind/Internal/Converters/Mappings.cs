using System.Collections.Generic;
using System.ComponentModel;
using SharpBind.Interop;

namespace SharpBind.Internal.Converters;

/// <summary>
/// <c>Dictionary&lt;K, V&gt;</c>, <c>IDictionary</c> and <c>IReadOnlyDictionary</c> ↔ dict. A parameter
/// takes a dict (or a subclass); C# receives a new <c>Dictionary</c> (a copy).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct DictionaryConverter<TDictionary, TKey, TKeyConverter, TValue, TValueConverter> : IConverter<TDictionary>
    where TDictionary : IEnumerable<KeyValuePair<TKey, TValue>>
    where TKey : notnull
    where TKeyConverter : struct, IConverter<TKey>
    where TValueConverter : struct, IConverter<TValue>
{
    /// <inheritdoc/>
    public bool TryFrom(PyObject* value, out TDictionary result)
    {
        result = default!;
        if (!CPython.PyDict_Check(value))
        {
            return false;
        }
        var dictionary = new Dictionary<TKey, TValue>();
        nint position = 0;
        PyObject* key, item;
        while (CPython.PyDict_Next(value, &position, &key, &item) != 0)
        {
            // Held while they convert: conversion may run Python code that changes the dict (and a
            // user's converter may throw: they are released all the same).
            CPython.Py_IncRef(key);
            CPython.Py_IncRef(item);
            bool ok;
            try
            {
                bool keyOk = default(TKeyConverter).TryFrom(key, out TKey k);
                ok = keyOk && default(TValueConverter).TryFrom(item, out TValue v) && Add(dictionary, k, v);
                if (!ok && CPython.PyErr_Occurred() == null)
                {
                    // Name the key when it was the value that failed (a **kwargs argument, say).
                    Errors.SetString(CPython.PyExc_TypeError, keyOk
                        ? $"dict value for key {PyText.Repr(key) ?? "?"} must be {default(TValueConverter).PythonName}, not {PyText.TypeName(item)}"
                        : $"dict keys must be {default(TKeyConverter).PythonName}, not {PyText.TypeName(key)}");
                }
            }
            finally
            {
                CPython.Py_DecRef(key);
                CPython.Py_DecRef(item);
            }
            if (!ok)
            {
                return false;
            }
        }
        // A Dictionary<K, V> is every TDictionary the generator uses this converter for.
        result = (TDictionary)(object)dictionary;
        return true;
    }

    // Two Python keys can become one C# key (1 and True, say): the last wins, as in Python.
    private static bool Add(Dictionary<TKey, TValue> dictionary, TKey key, TValue value)
    {
        dictionary[key] = value;
        return true;
    }

    /// <inheritdoc/>
    public PyObject* To(TDictionary value)
    {
        if (value is null)
        {
            return ToPython.None();
        }
        PyObject* result = CPython.PyDict_New();
        if (result == null)
        {
            return null;
        }
        PyObject* key = null;
        try
        {
            foreach (KeyValuePair<TKey, TValue> pair in value)
            {
                key = default(TKeyConverter).To(pair.Key);
                PyObject* item = key == null ? null : default(TValueConverter).To(pair.Value);
                bool ok = item != null && CPython.PyDict_SetItem(result, key, item) == 0;
                CPython.Py_XDecRef(key);
                key = null;
                CPython.Py_XDecRef(item);
                if (!ok)
                {
                    CPython.Py_DecRef(result);
                    return null;
                }
            }
        }
        catch
        {
            // A user's converter (or enumerator) threw: the key converted before it, and the dict.
            CPython.Py_XDecRef(key);
            CPython.Py_DecRef(result);
            throw;
        }
        return result;
    }

    /// <inheritdoc/>
    public string PythonName => $"dict[{default(TKeyConverter).PythonName}, {default(TValueConverter).PythonName}]";
}

/// <summary>
/// <c>HashSet&lt;T&gt;</c>, <c>ISet</c> and <c>IReadOnlySet</c> ↔ set. A parameter takes a set or a
/// frozenset; C# receives a new <c>HashSet</c> (a copy).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct SetConverter<TSet, T, TConverter> : IConverter<TSet>
    where TSet : IEnumerable<T>
    where TConverter : struct, IConverter<T>
{
    /// <inheritdoc/>
    public bool TryFrom(PyObject* value, out TSet result)
    {
        result = default!;
        bool isSet = value->ob_type == CPython.PySet_Type || value->ob_type == CPython.PyFrozenSet_Type
            || CPython.PyObject_IsInstance(value, (PyObject*)CPython.PySet_Type) == 1
            || CPython.PyObject_IsInstance(value, (PyObject*)CPython.PyFrozenSet_Type) == 1;
        if (!isSet)
        {
            CPython.PyErr_Clear(); // a failing __instancecheck__ means: not a set
            return false;
        }
        if (!Sequence<T, TConverter>.TryRead(value, out List<T> items))
        {
            return false;
        }
        // A HashSet<T> is every TSet the generator uses this converter for.
        result = (TSet)(object)new HashSet<T>(items);
        return true;
    }

    /// <inheritdoc/>
    public PyObject* To(TSet value)
    {
        if (value is null)
        {
            return ToPython.None();
        }
        PyObject* result = CPython.PySet_New(null);
        if (result == null)
        {
            return null;
        }
        try
        {
            foreach (T element in value)
            {
                PyObject* item = default(TConverter).To(element);
                bool ok = item != null && CPython.PySet_Add(result, item) == 0;
                CPython.Py_XDecRef(item);
                if (!ok)
                {
                    CPython.Py_DecRef(result);
                    return null;
                }
            }
        }
        catch
        {
            CPython.Py_DecRef(result); // a user's converter (or enumerator) threw
            throw;
        }
        return result;
    }

    /// <inheritdoc/>
    public string PythonName => $"set[{default(TConverter).PythonName}]";
}
