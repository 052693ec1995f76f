using System;
using SharpBind.Interop;

namespace SharpBind;

/// <summary>A Python <c>list</c> (or subclass). Get one with <c>new PythonList()</c> or <c>obj.As&lt;PythonList&gt;()</c>.</summary>
public sealed unsafe class PythonList : PythonObject
{
    internal PythonList(PyObject* owned)
        : base(owned)
    {
    }

    /// <summary>A new list holding <paramref name="items"/> (null stands for None).</summary>
    public PythonList(params ReadOnlySpan<PythonObject?> items)
        : base(Check(CPython.PyList_New(0)))
    {
        foreach (PythonObject? item in items)
        {
            Append(item);
        }
    }

    /// <summary><c>len(self)</c>.</summary>
    public int Count => (int)Check((int)CPython.PyList_Size(Handle));

    /// <summary><c>self.append(item)</c>.</summary>
    public void Append(PythonObject? item) => Check(CPython.PyList_Append(Handle, Borrow(item)));

    /// <summary><c>self.append(item)</c> with a C# value converted as <see cref="PythonObject.From{T}"/> does.</summary>
    public void Append<T>(T item)
    {
        using PythonObject converted = From(item);
        Append(converted);
    }

    /// <summary><c>self.insert(index, item)</c>.</summary>
    public void Insert(int index, PythonObject? item) => Check(CPython.PyList_Insert(Handle, index, Borrow(item)));

    /// <summary><c>tuple(self)</c>.</summary>
    public PythonTuple ToTuple() => new(Check(CPython.PyList_AsTuple(Handle)));
}
