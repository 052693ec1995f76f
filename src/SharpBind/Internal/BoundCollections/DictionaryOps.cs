using System.Collections.Generic;
using System.Runtime.CompilerServices;
using SharpBind.Interop;
using SharpBind.Internal.Converters;

namespace SharpBind.Internal;

/// <summary>
/// A bound <c>Dictionary&lt;TKey, TValue&gt;</c>: Python's dict behaviour
/// (<c>collections.abc.MutableMapping</c>) over the C# dictionary itself. Keys and values convert
/// through the converters a <c>Dictionary&lt;TKey, TValue&gt;</c> parameter uses. A key that cannot
/// convert to <typeparamref name="TKey"/> is simply absent (KeyError, <c>in</c> is False), as in a
/// dict; storing one is a TypeError.
/// </summary>
internal sealed unsafe class DictionaryOps<TKey, TKeyConverter, TValue, TValueConverter> : CollectionOps
    where TKey : notnull
    where TKeyConverter : struct, IConverter<TKey>
    where TValueConverter : struct, IConverter<TValue>
{
    public DictionaryOps(string name)
        : base(name)
    {
    }

    // Only generated code and __init__ attach objects to this type's instances, and both attach a Dictionary<TKey, TValue>.
    private static Dictionary<TKey, TValue> Dictionary(object target) => Unsafe.As<Dictionary<TKey, TValue>>(target);

    private static PyObject* ConvertKey(TKey key) => default(TKeyConverter).To(key);

    private bool TryKey(PyObject* value, out TKey key) =>
        default(TKeyConverter).TryFrom(value, out key) || WrongType($"{Name} keys", default(TKeyConverter).PythonName, value);

    private bool TryValue(PyObject* value, out TValue item) =>
        default(TValueConverter).TryFrom(value, out item) || WrongType($"{Name} values", default(TValueConverter).PythonName, value);

    // A value to look for: false when it cannot be in the collection (see CollectionOps.TryProbe).
    private static bool TryProbe(PyObject* value, out TKey item, out bool error) => TryProbe<TKey, TKeyConverter>(value, out item, out error);

    public override nint Length(object target) => Dictionary(target).Count;

    public override PyObject* GetItem(PyObject* self, object target, PyObject* key)
    {
        if (TryProbe(key, out TKey k, out bool error) && Dictionary(target).TryGetValue(k, out TValue? value))
        {
            return default(TValueConverter).To(value);
        }
        return error ? null : MissingKey(key);
    }

    public override int SetItem(object target, PyObject* key, PyObject* value)
    {
        Dictionary<TKey, TValue> dictionary = Dictionary(target);
        if (value == null)
        {
            if (TryProbe(key, out TKey removed, out bool error) && dictionary.Remove(removed))
            {
                return 0;
            }
            return error ? -1 : Protocols.KeyError(key);
        }
        if (!TryKey(key, out TKey k) || !TryValue(value, out TValue v))
        {
            return -1;
        }
        dictionary[k] = v;
        return 0;
    }

    public override int Contains(object target, PyObject* value)
    {
        if (!TryProbe(value, out TKey key, out bool error))
        {
            return error ? -1 : 0;
        }
        return Dictionary(target).ContainsKey(key) ? 1 : 0;
    }

    public override PyObject* Iterate(object target) => Protocols.Iterate(Dictionary(target).Keys.GetEnumerator(), &ConvertKey);

    public override PyObject* ToPlain(object target) =>
        default(DictionaryConverter<Dictionary<TKey, TValue>, TKey, TKeyConverter, TValue, TValueConverter>).To(Dictionary(target));

    public override object? Create(PyObject* args, PyObject* kwargs)
    {
        var dictionary = new Dictionary<TKey, TValue>();
        bool empty = CPython.PyTuple_Size(args) == 0 && (kwargs == null || CPython.PyDict_Size(kwargs) == 0);
        return empty || Update(dictionary, args, kwargs) ? dictionary : null;
    }

    // update(*args, **kwargs) with dict's own rules (a mapping, or an iterable of pairs, then keywords):
    // dict(*args, **kwargs) reads them, and its items are converted and stored in order. As with
    // dict.update, the items stored before a failing one stay.
    private bool Update(Dictionary<TKey, TValue> dictionary, PyObject* args, PyObject* kwargs)
    {
        PyObject* plain = CPython.PyObject_Call((PyObject*)CPython.PyDict_Type, args, kwargs);
        if (plain == null)
        {
            return false;
        }
        nint position = 0;
        PyObject* key, value;
        bool ok = true;
        try
        {
            while (ok && CPython.PyDict_Next(plain, &position, &key, &value) != 0)
            {
                // The new dict is ours alone: nothing can change it while its items convert.
                ok = TryKey(key, out TKey k) && TryValue(value, out TValue v) && Store(dictionary, k, v);
            }
        }
        finally
        {
            CPython.Py_DecRef(plain); // also when a user's converter throws
        }
        return ok;
    }

    private static bool Store(Dictionary<TKey, TValue> dictionary, TKey key, TValue value)
    {
        dictionary[key] = value;
        return true;
    }

    protected override bool IsComparable(PyObject* other, int op) =>
        op is CPython.Py_EQ or CPython.Py_NE && (CPython.PyDict_Check(other) || Of(other) == this);

    public override PyObject* Call(int method, PyObject* self, object target, PyObject** args, nint nargs, PyObject* kwnames)
    {
        Dictionary<TKey, TValue> dictionary = Dictionary(target);
        switch ((CollectionMethod)method)
        {
            case CollectionMethod.Keys:
                return Arity("keys", nargs, kwnames, 0, 0) ? CollectionAbc.Create("KeysView", self) : null;
            case CollectionMethod.Values:
                return Arity("values", nargs, kwnames, 0, 0) ? CollectionAbc.Create("ValuesView", self) : null;
            case CollectionMethod.Items:
                return Arity("items", nargs, kwnames, 0, 0) ? CollectionAbc.Create("ItemsView", self) : null;
            case CollectionMethod.Get:
            {
                if (!Arity("get", nargs, kwnames, 1, 2))
                {
                    return null;
                }
                if (TryProbe(args[0], out TKey key, out bool error) && dictionary.TryGetValue(key, out TValue? value))
                {
                    return default(TValueConverter).To(value);
                }
                return error ? null : Default(args, nargs);
            }
            case CollectionMethod.Pop:
            {
                if (!Arity("pop", nargs, kwnames, 1, 2))
                {
                    return null;
                }
                if (TryProbe(args[0], out TKey key, out bool error) && dictionary.TryGetValue(key, out TValue? value))
                {
                    PyObject* result = default(TValueConverter).To(value); // converted first: a failure leaves the entry
                    if (result != null)
                    {
                        dictionary.Remove(key);
                    }
                    return result;
                }
                return error ? null : nargs == 2 ? Default(args, nargs) : MissingKey(args[0]);
            }
            case CollectionMethod.PopItem:
                return PopItem(dictionary, nargs, kwnames);
            case CollectionMethod.SetDefault:
            {
                if (!Arity("setdefault", nargs, kwnames, 1, 2) || !TryKey(args[0], out TKey key))
                {
                    return null;
                }
                if (!dictionary.TryGetValue(key, out TValue? value))
                {
                    PyObject* given = nargs == 2 ? args[1] : CPython.Py_None;
                    if (!TryValue(given, out value))
                    {
                        return null;
                    }
                    dictionary[key] = value;
                }
                return default(TValueConverter).To(value);
            }
            case CollectionMethod.Update:
                return Update(dictionary, args, nargs, kwnames) ? ToPython.None() : null;
            case CollectionMethod.Clear:
                if (!Arity("clear", nargs, kwnames, 0, 0))
                {
                    return null;
                }
                dictionary.Clear();
                return ToPython.None();
            case CollectionMethod.Copy:
                return Arity("copy", nargs, kwnames, 0, 0) ? ClassBuilder.Wrap(new Dictionary<TKey, TValue>(dictionary, dictionary.Comparer)) : null;
            default:
                Errors.SetString(CPython.PyExc_SystemError, $"{Name} has no method {(CollectionMethod)method}");
                return null;
        }
    }

    // update(...) called through METH_FASTCALL | METH_KEYWORDS: the arguments back into a tuple and a dict for dict().
    private bool Update(Dictionary<TKey, TValue> dictionary, PyObject** args, nint nargs, PyObject* kwnames)
    {
        if (nargs > 1)
        {
            Errors.SetString(CPython.PyExc_TypeError, $"{Name}.update() takes at most 1 positional argument ({nargs} given)");
            return false;
        }
        PyObject* tuple = CPython.PyTuple_New(nargs);
        PyObject* keywords = kwnames == null ? null : CPython.PyDict_New();
        bool ok = tuple != null && (kwnames == null || keywords != null);
        for (nint i = 0; ok && i < nargs; i++)
        {
            CPython.Py_IncRef(args[i]);
            CPython.PyTuple_SetItem(tuple, i, args[i]); // steals the new reference
        }
        nint keywordCount = kwnames == null ? 0 : CPython.PyTuple_Size(kwnames);
        for (nint i = 0; ok && i < keywordCount; i++)
        {
            ok = CPython.PyDict_SetItem(keywords, CPython.PyTuple_GetItem(kwnames, i), args[nargs + i]) == 0;
        }
        try
        {
            return ok && Update(dictionary, tuple, keywords);
        }
        finally
        {
            CPython.Py_XDecRef(tuple); // also when a user's converter throws
            CPython.Py_XDecRef(keywords);
        }
    }

    // popitem(): removes and returns some (key, value) pair: the first in the dictionary's order,
    // as MutableMapping.popitem does; KeyError when empty.
    private PyObject* PopItem(Dictionary<TKey, TValue> dictionary, nint nargs, PyObject* kwnames)
    {
        if (!Arity("popitem", nargs, kwnames, 0, 0))
        {
            return null;
        }
        foreach (KeyValuePair<TKey, TValue> pair in dictionary)
        {
            PyObject* key = default(TKeyConverter).To(pair.Key);
            PyObject* value;
            try
            {
                value = key == null ? null : default(TValueConverter).To(pair.Value);
            }
            catch
            {
                CPython.Py_XDecRef(key); // a user's converter threw: the key made before it is released
                throw;
            }
            PyObject* tuple = value == null ? null : CPython.PyTuple_New(2);
            if (tuple == null)
            {
                CPython.Py_XDecRef(key);
                CPython.Py_XDecRef(value);
                return null;
            }
            CPython.PyTuple_SetItem(tuple, 0, key); // steal
            CPython.PyTuple_SetItem(tuple, 1, value);
            dictionary.Remove(pair.Key);
            return tuple;
        }
        Errors.SetString(CPython.PyExc_KeyError, $"popitem(): {Name} is empty");
        return null;
    }

    // The second argument of get/pop, or None.
    private static PyObject* Default(PyObject** args, nint nargs)
    {
        PyObject* result = nargs == 2 ? args[1] : CPython.Py_None;
        CPython.Py_IncRef(result);
        return result;
    }

    private static PyObject* MissingKey(PyObject* key)
    {
        Protocols.KeyError(key);
        return null;
    }
}
