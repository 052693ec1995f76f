using System.Collections.Generic;
using System.ComponentModel;
using SharpBind.Interop;

namespace SharpBind.Internal.Converters;

/// <summary>
/// A <c>List&lt;T&gt;</c> exported with <c>[PyExport]</c>, passed by reference: C# gets the very list behind
/// an instance of its bound type, and a list returned to Python is wrapped (the same C# list is the
/// same Python object). A parameter also takes any other iterable that a <c>List&lt;T&gt;</c> parameter
/// takes, copied into a new list as <see cref="ListConverter{TCollection, T, TConverter}"/> does, so
/// call sites that pass a plain Python list keep working (C# then changes the copy only).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct BoundListConverter<T, TConverter> : IConverter<List<T>>
    where TConverter : struct, IConverter<T>
{
    /// <inheritdoc/>
    public bool TryFrom(PyObject* value, out List<T> result)
    {
        // The bound type is sealed: an exact type test finds its instances.
        PyTypeObject* type = BoundType<List<T>>.Python;
        return type != null && value->ob_type == type
            ? ClassBuilder.TryUnwrap(value, out result)
            : Sequence<T, TConverter>.TryRead(value, out result);
    }

    /// <summary>
    /// The bound object for <paramref name="value"/>; a copy (a plain list) only while the bound type
    /// does not exist yet: a module attribute, read at import before the module's types are created.
    /// </summary>
    public PyObject* To(List<T> value) =>
        value is null ? ToPython.None() : BoundType<List<T>>.Python == null ? Sequence<T, TConverter>.Write(value) : ClassBuilder.Wrap(value);

    /// <inheritdoc/>
    public string PythonName => BoundType<List<T>>.Name is { Length: > 0 } name ? name : $"list[{default(TConverter).PythonName}]";
}

/// <summary>
/// A <c>Dictionary&lt;TKey, TValue&gt;</c> exported with <c>[PyExport]</c>, passed by reference (see
/// <see cref="BoundListConverter{T, TConverter}"/>). A parameter also takes a plain dict, copied as
/// <see cref="DictionaryConverter{TDictionary, TKey, TKeyConverter, TValue, TValueConverter}"/> does.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct BoundDictionaryConverter<TKey, TKeyConverter, TValue, TValueConverter> : IConverter<Dictionary<TKey, TValue>>
    where TKey : notnull
    where TKeyConverter : struct, IConverter<TKey>
    where TValueConverter : struct, IConverter<TValue>
{
    /// <inheritdoc/>
    public bool TryFrom(PyObject* value, out Dictionary<TKey, TValue> result)
    {
        PyTypeObject* type = BoundType<Dictionary<TKey, TValue>>.Python;
        return type != null && value->ob_type == type
            ? ClassBuilder.TryUnwrap(value, out result)
            : default(DictionaryConverter<Dictionary<TKey, TValue>, TKey, TKeyConverter, TValue, TValueConverter>).TryFrom(value, out result);
    }

    /// <summary>The bound object for <paramref name="value"/>; a copy (a plain dict) only while the bound type does not exist yet (see <see cref="BoundListConverter{T, TConverter}.To"/>).</summary>
    public PyObject* To(Dictionary<TKey, TValue> value) =>
        value is null ? ToPython.None()
        : BoundType<Dictionary<TKey, TValue>>.Python == null ? default(DictionaryConverter<Dictionary<TKey, TValue>, TKey, TKeyConverter, TValue, TValueConverter>).To(value)
        : ClassBuilder.Wrap(value);

    /// <inheritdoc/>
    public string PythonName => BoundType<Dictionary<TKey, TValue>>.Name is { Length: > 0 } name
        ? name
        : $"dict[{default(TKeyConverter).PythonName}, {default(TValueConverter).PythonName}]";
}
