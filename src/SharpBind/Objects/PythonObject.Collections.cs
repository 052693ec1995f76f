using System.Collections.Generic;
using SharpBind.Interop;

namespace SharpBind;

public unsafe partial class PythonObject
{
    /// <summary>
    /// Iterates <c>iter(self)</c> lazily, converting each item with <see cref="As{T}"/>: a Python
    /// generator is pulled one item per <c>MoveNext</c>, so an endless one is fine. Hold the GIL while
    /// enumerating. A wrong item throws <see cref="System.InvalidCastException"/> when it is reached;
    /// an exception raised by the iterator, a <see cref="PythonException"/>.
    /// </summary>
    public IEnumerable<T> AsEnumerable<T>()
    {
        foreach (PythonObject item in this)
        {
            using (item)
            {
                yield return item.As<T>();
            }
        }
    }

    /// <summary>A new <see cref="List{T}"/> of the items of any iterable (converted as <see cref="As{T}"/> converts).</summary>
    public List<T> AsList<T>() => new(AsEnumerable<T>());

    /// <summary>A new array of the items of any iterable (converted as <see cref="As{T}"/> converts).</summary>
    public T[] AsArray<T>() => AsList<T>().ToArray();

    /// <summary>A new <see cref="HashSet{T}"/> of the items of any iterable (a set, frozenset, list...).</summary>
    public HashSet<T> AsSet<T>() => new(AsEnumerable<T>());

    /// <summary>
    /// A new <see cref="Dictionary{TKey, TValue}"/> of a mapping's items (a dict, or anything with
    /// <c>items()</c>), keys and values converted as <see cref="As{T}"/> converts. A key that is None
    /// throws <see cref="System.ArgumentNullException"/>, as <see cref="Dictionary{TKey, TValue}"/> does.
    /// </summary>
    public Dictionary<TKey, TValue> AsDictionary<TKey, TValue>()
        where TKey : notnull
    {
        var result = new Dictionary<TKey, TValue>();
        using PythonObject items = CallMethod("items");
        foreach (PythonObject pair in items)
        {
            using (pair)
            {
                using PythonObject key = pair[0];
                using PythonObject value = pair[1];
                result[key.As<TKey>()] = value.As<TValue>();
            }
        }
        return result;
    }

    /// <summary>A new Python <c>set</c> of <paramref name="items"/>, each converted as <see cref="From{T}"/> converts.</summary>
    public static PythonObject FromSet<T>(IEnumerable<T> items)
    {
        var set = new PythonObject(Check(CPython.PySet_New(null)));
        try
        {
            foreach (T item in items)
            {
                using PythonObject converted = From(item);
                Check(CPython.PySet_Add(set.Handle, converted.Handle));
            }
            return set;
        }
        catch
        {
            set.Dispose();
            throw;
        }
    }
}
