using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using SharpBind.Interop;
using SharpBind.Internal.Converters;

namespace SharpBind.Internal;

/// <summary>
/// A bound <c>List&lt;T&gt;</c>: Python's list behaviour (<c>collections.abc.MutableSequence</c>) over
/// the C# list itself, so that changes made on either side are seen on the other. Elements convert
/// through <typeparamref name="TConverter"/>, the converter a <c>List&lt;T&gt;</c> parameter uses.
/// </summary>
internal sealed unsafe class ListOps<T, TConverter> : CollectionOps
    where TConverter : struct, IConverter<T>
{
    public ListOps(string name)
        : base(name)
    {
    }

    private string ItemName => default(TConverter).PythonName;

    // Only generated code and __init__ attach objects to this type's instances, and both attach a List<T>.
    private static List<T> List(object target) => Unsafe.As<List<T>>(target);

    private static PyObject* Convert(T value) => default(TConverter).To(value);

    // An item to store; false with a TypeError naming the element type (or the converter's own error).
    private bool TryItem(PyObject* value, out T item) =>
        default(TConverter).TryFrom(value, out item) || WrongType($"{Name} items", ItemName, value);

    // A value to look for: false when it cannot be in the collection (see CollectionOps.TryProbe).
    private static bool TryProbe(PyObject* value, out T item, out bool error) => TryProbe<T, TConverter>(value, out item, out error);

    public override nint Length(object target) => List(target).Count;

    public override PyObject* GetItem(PyObject* self, object target, PyObject* key)
    {
        List<T> list = List(target);
        if (CPython.PyIndex_Check(key) != 0)
        {
            return TryNormalize(list, key, "index", out int index) ? Convert(list[index]) : null;
        }
        if (CPython.PySlice_Check(key))
        {
            if (!TrySlice(list, key, out nint start, out nint step, out nint count))
            {
                return null;
            }
            var slice = new List<T>((int)count);
            for (nint i = 0, j = start; i < count; i++, j += step)
            {
                slice.Add(list[(int)j]);
            }
            return ClassBuilder.Wrap(slice); // a new list of the same bound type, as pybind11's bind_vector
        }
        return WrongIndex(key);
    }

    public override int SetItem(object target, PyObject* key, PyObject* value)
    {
        List<T> list = List(target);
        if (CPython.PyIndex_Check(key) != 0)
        {
            if (!TryNormalize(list, key, "assignment index", out int index))
            {
                return -1;
            }
            if (value == null)
            {
                list.RemoveAt(index);
                return 0;
            }
            if (!TryItem(value, out T item))
            {
                return -1;
            }
            if (index >= list.Count)
            {
                // Converting the item ran Python code (an __index__) that shortened the list.
                Errors.SetString(CPython.PyExc_IndexError, $"{Name} assignment index out of range");
                return -1;
            }
            list[index] = item;
            return 0;
        }
        if (CPython.PySlice_Check(key))
        {
            nint first, stop, by;
            if (CPython.PySlice_Unpack(key, &first, &stop, &by) < 0)
            {
                return -1;
            }
            // The new items are read in full (the value may be this very list) before the slice is
            // fitted to the list: reading them may run Python code (a generator, an __index__) that
            // changes the list, which list's own slice assignment allows.
            List<T>? items = null;
            if (value != null && !Sequence<T, TConverter>.TryRead(value, out items))
            {
                WrongType($"{Name} slice assignment", $"an iterable of {ItemName}", value);
                return -1;
            }
            nint count = CPython.PySlice_AdjustIndices(list.Count, &first, &stop, by);
            return SetSlice(list, (int)first, (int)by, (int)count, items) ? 0 : -1;
        }
        WrongIndex(key);
        return -1;
    }

    // items: the new items (read from the value), or null to delete the slice.
    private static bool SetSlice(List<T> list, int start, int step, int count, List<T>? items)
    {
        if (items is null)
        {
            if (step == 1)
            {
                list.RemoveRange(start, count);
                return true;
            }
            // From the highest index down, so that the lower ones stay where they are.
            int first = step > 0 ? start + (count - 1) * step : start;
            for (int i = 0, j = first; i < count; i++, j -= Math.Abs(step))
            {
                list.RemoveAt(j);
            }
            return true;
        }
        if (step == 1)
        {
            list.RemoveRange(start, count);
            list.InsertRange(start, items);
            return true;
        }
        if (items.Count != count)
        {
            Errors.SetString(CPython.PyExc_ValueError, $"attempt to assign sequence of size {items.Count} to extended slice of size {count}");
            return false;
        }
        for (int i = 0, j = start; i < count; i++, j += step)
        {
            list[j] = items[i];
        }
        return true;
    }

    public override int Contains(object target, PyObject* value)
    {
        if (!TryProbe(value, out T item, out bool error))
        {
            return error ? -1 : 0;
        }
        return List(target).Contains(item) ? 1 : 0;
    }

    public override PyObject* Iterate(object target) => Protocols.Iterate(List(target).GetEnumerator(), &Convert);

    public override PyObject* ToPlain(object target) => Sequence<T, TConverter>.Write(List(target));

    public override object? Create(PyObject* args, PyObject* kwargs)
    {
        if (kwargs != null && CPython.PyDict_Size(kwargs) != 0)
        {
            Errors.SetString(CPython.PyExc_TypeError, $"{Name}() takes no keyword arguments");
            return null;
        }
        nint count = CPython.PyTuple_Size(args);
        if (count > 1)
        {
            Errors.SetString(CPython.PyExc_TypeError, $"{Name}() takes at most 1 argument ({count} given)");
            return null;
        }
        if (count == 0)
        {
            return new List<T>();
        }
        PyObject* iterable = CPython.PyTuple_GetItem(args, 0); // borrowed; the tuple holds it
        if (Sequence<T, TConverter>.TryRead(iterable, out List<T> list))
        {
            return list;
        }
        WrongType($"{Name}() argument", $"an iterable of {ItemName}", iterable);
        return null;
    }

    protected override bool IsComparable(PyObject* other, int op) => CPython.PyList_Check(other) || Of(other) == this;

    public override PyObject* Call(int method, PyObject* self, object target, PyObject** args, nint nargs, PyObject* kwnames)
    {
        List<T> list = List(target);
        switch ((CollectionMethod)method)
        {
            case CollectionMethod.Append:
                if (!Arity("append", nargs, kwnames, 1, 1) || !TryItem(args[0], out T appended))
                {
                    return null;
                }
                list.Add(appended);
                return ToPython.None();
            case CollectionMethod.Extend:
                if (!Arity("extend", nargs, kwnames, 1, 1))
                {
                    return null;
                }
                if (!Sequence<T, TConverter>.TryRead(args[0], out List<T> items))
                {
                    WrongType($"{Name}.extend() argument", $"an iterable of {ItemName}", args[0]);
                    return null;
                }
                list.AddRange(items);
                return ToPython.None();
            case CollectionMethod.Insert:
                if (!Arity("insert", nargs, kwnames, 2, 2) || !TryIndexArgument("insert", args[0], out nint at) || !TryItem(args[1], out T inserted))
                {
                    return null;
                }
                list.Insert((int)Clamp(at, list.Count), inserted);
                return ToPython.None();
            case CollectionMethod.Pop:
                return Pop(list, args, nargs, kwnames);
            case CollectionMethod.Remove:
                if (!Arity("remove", nargs, kwnames, 1, 1))
                {
                    return null;
                }
                if (!TryProbe(args[0], out T removed, out bool removeError) || !list.Remove(removed))
                {
                    return removeError ? null : NotFound("remove", args[0]);
                }
                return ToPython.None();
            case CollectionMethod.Clear:
                if (!Arity("clear", nargs, kwnames, 0, 0))
                {
                    return null;
                }
                list.Clear();
                return ToPython.None();
            case CollectionMethod.Index:
                return IndexOf(list, args, nargs, kwnames);
            case CollectionMethod.Count:
                if (!Arity("count", nargs, kwnames, 1, 1))
                {
                    return null;
                }
                if (!TryProbe(args[0], out T counted, out bool countError))
                {
                    return countError ? null : ToPython.Int64(0);
                }
                long n = 0;
                EqualityComparer<T> comparer = EqualityComparer<T>.Default;
                foreach (T element in list)
                {
                    n += comparer.Equals(element, counted) ? 1 : 0;
                }
                return ToPython.Int64(n);
            case CollectionMethod.Reverse:
                if (!Arity("reverse", nargs, kwnames, 0, 0))
                {
                    return null;
                }
                list.Reverse();
                return ToPython.None();
            case CollectionMethod.Copy:
                return Arity("copy", nargs, kwnames, 0, 0) ? ClassBuilder.Wrap(new List<T>(list)) : null;
            case CollectionMethod.Reversed:
                return Arity("__reversed__", nargs, kwnames, 0, 0) ? Protocols.Iterate(new ReverseEnumerator(list), &Convert) : null;
            default:
                Errors.SetString(CPython.PyExc_SystemError, $"{Name} has no method {(CollectionMethod)method}");
                return null;
        }
    }

    private PyObject* Pop(List<T> list, PyObject** args, nint nargs, PyObject* kwnames)
    {
        nint index = -1;
        if (!Arity("pop", nargs, kwnames, 0, 1) || (nargs == 1 && !TryIndexArgument("pop", args[0], out index)))
        {
            return null;
        }
        if (list.Count == 0)
        {
            Errors.SetString(CPython.PyExc_IndexError, $"pop from empty {Name}");
            return null;
        }
        if (index < 0)
        {
            index += list.Count;
        }
        if (index < 0 || index >= list.Count)
        {
            Errors.SetString(CPython.PyExc_IndexError, "pop index out of range");
            return null;
        }
        PyObject* item = Convert(list[(int)index]); // converted first: a failed conversion leaves the list as it was
        if (item != null)
        {
            list.RemoveAt((int)index);
        }
        return item;
    }

    // index(value, start=0, stop=len): start and stop as in list.index (negative from the end, clamped).
    private PyObject* IndexOf(List<T> list, PyObject** args, nint nargs, PyObject* kwnames)
    {
        nint start = 0, stop = list.Count;
        if (!Arity("index", nargs, kwnames, 1, 3)
            || (nargs > 1 && !TryIndexArgument("index", args[1], out start))
            || (nargs > 2 && !TryIndexArgument("index", args[2], out stop)))
        {
            return null;
        }
        if (!TryProbe(args[0], out T item, out bool error))
        {
            return error ? null : NotFound("index", args[0]);
        }
        // Clamped to the list as it is after the probe converted (which may run an __index__ that changes it).
        start = Clamp(start, list.Count);
        stop = Clamp(stop, list.Count);
        int found = stop > start ? list.IndexOf(item, (int)start, (int)(stop - start)) : -1;
        return found >= 0 ? ToPython.Int64(found) : NotFound("index", args[0]);
    }

    // A position as list.insert and list.index take it: negative counts from the end; clamped to [0, count].
    private static nint Clamp(nint index, int count) => index < 0 ? Math.Max(0, index + count) : Math.Min(index, count);

    private PyObject* NotFound(string method, PyObject* value)
    {
        string shown = PyText.Repr(value) ?? "value";
        CPython.PyErr_Clear(); // a failing repr must not hide the ValueError
        Errors.SetString(CPython.PyExc_ValueError, method == "remove" ? $"{Name}.remove(x): x not in {Name}" : $"{shown} is not in {Name}");
        return null;
    }

    // An int index: negative from the end; IndexError("PetList index out of range") outside the list.
    private bool TryNormalize(List<T> list, PyObject* key, string what, out int index)
    {
        index = 0;
        nint i = CPython.PyNumber_AsSsize_t(key, CPython.PyExc_IndexError);
        if (i == -1 && CPython.PyErr_Occurred() != null)
        {
            return false;
        }
        if (i < 0)
        {
            i += list.Count;
        }
        if (i < 0 || i >= list.Count)
        {
            Errors.SetString(CPython.PyExc_IndexError, $"{Name} {what} out of range");
            return false;
        }
        index = (int)i;
        return true;
    }

    private static bool TrySlice(List<T> list, PyObject* slice, out nint start, out nint step, out nint count)
    {
        nint first, stop, by;
        count = 0;
        if (CPython.PySlice_Unpack(slice, &first, &stop, &by) < 0)
        {
            start = step = 0;
            return false;
        }
        count = CPython.PySlice_AdjustIndices(list.Count, &first, &stop, by);
        start = first;
        step = by;
        return true;
    }

    private PyObject* WrongIndex(PyObject* key)
    {
        Errors.SetString(CPython.PyExc_TypeError, $"{Name} indices must be integers or slices, not {PyText.TypeName(key)}");
        return null;
    }

    // reversed(list): from the end while the list keeps its length; a change of length (which List<T>'s
    // own enumerator would report) raises InvalidOperationException, a RuntimeError in Python.
    private sealed class ReverseEnumerator : IEnumerator<T>
    {
        private readonly List<T> _list;
        private readonly int _count;
        private int _index;

        public ReverseEnumerator(List<T> list)
        {
            _list = list;
            _count = list.Count;
            _index = list.Count;
        }

        public T Current => _list[_index];

        object? IEnumerator.Current => Current;

        public bool MoveNext()
        {
            if (_list.Count != _count)
            {
                throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
            }
            return --_index >= 0;
        }

        public void Reset() => _index = _list.Count;

        public void Dispose()
        {
        }
    }
}
