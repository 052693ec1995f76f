using System.Collections.Generic;
using System.ComponentModel;
using SharpBind.Interop;
using SharpBind.Internal.Converters;

namespace SharpBind.Internal;

/// <summary>
/// Creates the Python types of collections bound by reference (<c>[PyExport(typeof(List&lt;Pet&gt;), Name = "PetList")]</c>):
/// a <c>List&lt;T&gt;</c> as a <c>collections.abc.MutableSequence</c>, a <c>Dictionary&lt;K, V&gt;</c> as a
/// <c>collections.abc.MutableMapping</c>. An instance holds the C# collection itself (identity kept, as
/// for bound classes), so changes on either side are seen on the other. For generated code only
/// (a module's <c>PyInit</c>); the GIL is held.
/// </summary>
/// <remarks>
/// The types are sealed: the slot functions find a type's operations by its exact type. Their
/// behaviour lives in <see cref="ListOps{T, TConverter}"/> and
/// <see cref="DictionaryOps{TKey, TKeyConverter, TValue, TValueConverter}"/>; conversions of whole
/// collections in <see cref="BoundListConverter{T, TConverter}"/> and
/// <see cref="BoundDictionaryConverter{TKey, TKeyConverter, TValue, TValueConverter}"/>.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static unsafe class BoundCollections
{
    private const string ReduceDoc = "__reduce__($self, /)\n--\n\nFor copy and pickle: the type and a plain copy of the items.";

    /// <summary>Adds the type <c>module.name</c> for <c>List&lt;T&gt;</c>; false with a Python error set.</summary>
    public static bool AddList<T, TConverter>(PyObject* module, string moduleName, string name, string? doc)
        where TConverter : struct, IConverter<T>
    {
        var spec = new ClassSpec(moduleName, name)
        {
            Doc = doc,
            IsSealed = true,
            Init = &CollectionSlots.Init,
            Methods =
            [
                new("append", &CollectionSlots.Append, "append($self, value, /)\n--\n\nAdds value at the end."),
                new("extend", &CollectionSlots.Extend, "extend($self, iterable, /)\n--\n\nAdds the items of iterable at the end."),
                new("insert", &CollectionSlots.Insert, "insert($self, index, value, /)\n--\n\nInserts value before index."),
                new("pop", &CollectionSlots.Pop, "pop($self, index=-1, /)\n--\n\nRemoves and returns the item at index (the last by default)."),
                new("remove", &CollectionSlots.Remove, "remove($self, value, /)\n--\n\nRemoves the first occurrence of value (ValueError if absent)."),
                new("clear", &CollectionSlots.Clear, "clear($self, /)\n--\n\nRemoves every item."),
                new("index", &CollectionSlots.Index, "index($self, value, start=0, stop=sys.maxsize, /)\n--\n\nThe first index of value (ValueError if absent)."),
                new("count", &CollectionSlots.Count, "count($self, value, /)\n--\n\nHow many items equal value."),
                new("reverse", &CollectionSlots.Reverse, "reverse($self, /)\n--\n\nReverses the list in place."),
                new("copy", &CollectionSlots.Copy, "copy($self, /)\n--\n\nA new list of this type with the same items (a new C# list)."),
                new("__reversed__", &CollectionSlots.Reversed, "__reversed__($self, /)\n--\n\nAn iterator from the last item to the first."),
                new("__reduce__", &CollectionSlots.Reduce, ReduceDoc),
            ],
        };
        spec.AddSlot(CPython.Py_sq_length, (delegate* unmanaged[Cdecl]<PyObject*, nint>)&CollectionSlots.Length);
        spec.AddSlot(CPython.Py_sq_item, (delegate* unmanaged[Cdecl]<PyObject*, nint, PyObject*>)&CollectionSlots.SequenceItem);
        spec.AddSlot(CPython.Py_sq_inplace_concat, (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*>)&CollectionSlots.InplaceConcat);
        return Add<List<T>>(module, spec, new ListOps<T, TConverter>(name), "MutableSequence");
    }

    /// <summary>Adds the type <c>module.name</c> for <c>Dictionary&lt;TKey, TValue&gt;</c>; false with a Python error set.</summary>
    public static bool AddDictionary<TKey, TKeyConverter, TValue, TValueConverter>(PyObject* module, string moduleName, string name, string? doc)
        where TKey : notnull
        where TKeyConverter : struct, IConverter<TKey>
        where TValueConverter : struct, IConverter<TValue>
    {
        var spec = new ClassSpec(moduleName, name)
        {
            Doc = doc,
            IsSealed = true,
            Init = &CollectionSlots.Init,
            Methods =
            [
                new("keys", &CollectionSlots.Keys, "keys($self, /)\n--\n\nA live view of the keys (collections.abc.KeysView)."),
                new("values", &CollectionSlots.Values, "values($self, /)\n--\n\nA live view of the values (collections.abc.ValuesView)."),
                new("items", &CollectionSlots.Items, "items($self, /)\n--\n\nA live view of the (key, value) pairs (collections.abc.ItemsView)."),
                new("get", &CollectionSlots.Get, "get($self, key, default=None, /)\n--\n\nThe value of key, or default."),
                new("pop", &CollectionSlots.Pop, "pop(key[, default])\n\nRemoves key and returns its value; default (or KeyError) when absent."),
                new("popitem", &CollectionSlots.PopItem, "popitem($self, /)\n--\n\nRemoves and returns a (key, value) pair (KeyError when empty)."),
                new("setdefault", &CollectionSlots.SetDefault, "setdefault($self, key, default=None, /)\n--\n\nThe value of key, storing default first when absent."),
                new("update", &CollectionSlots.Update, "update([other, ]**kwargs)\n\nStores the items of a mapping or an iterable of pairs, then the keywords."),
                new("clear", &CollectionSlots.Clear, "clear($self, /)\n--\n\nRemoves every item."),
                new("copy", &CollectionSlots.Copy, "copy($self, /)\n--\n\nA new mapping of this type with the same items (a new C# dictionary)."),
                new("__reduce__", &CollectionSlots.Reduce, ReduceDoc),
            ],
        };
        return Add<Dictionary<TKey, TValue>>(module, spec, new DictionaryOps<TKey, TKeyConverter, TValue, TValueConverter>(name), "MutableMapping");
    }

    // The slots both kinds share, then the type, its operations and its ABC registration.
    private static bool Add<TCollection>(PyObject* module, ClassSpec spec, CollectionOps ops, string abc)
    {
        spec.AddSlot(CPython.Py_mp_length, (delegate* unmanaged[Cdecl]<PyObject*, nint>)&CollectionSlots.Length);
        spec.AddSlot(CPython.Py_mp_subscript, (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*>)&CollectionSlots.GetItem);
        spec.AddSlot(CPython.Py_mp_ass_subscript, (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*, int>)&CollectionSlots.SetItem);
        spec.AddSlot(CPython.Py_sq_contains, (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, int>)&CollectionSlots.Contains);
        spec.AddSlot(CPython.Py_tp_iter, (delegate* unmanaged[Cdecl]<PyObject*, PyObject*>)&CollectionSlots.Iter);
        spec.AddSlot(CPython.Py_tp_repr, (delegate* unmanaged[Cdecl]<PyObject*, PyObject*>)&CollectionSlots.Repr);
        spec.AddSlot(CPython.Py_tp_richcompare, (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, int, PyObject*>)&CollectionSlots.RichCompare);
        spec.AddSlot(CPython.Py_tp_hash, CPython.PyObject_HashNotImplemented); // mutable, like list and dict
        if (!ClassBuilder.AddClass<TCollection>(module, spec))
        {
            return false;
        }
        PyTypeObject* type = BoundType<TCollection>.Python;
        CollectionOps.Register(type, ops);
        return CollectionAbc.Register(type, abc);
    }
}
