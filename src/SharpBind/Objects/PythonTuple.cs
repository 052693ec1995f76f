using System;
using SharpBind.Interop;

namespace SharpBind;

/// <summary>A Python <c>tuple</c> (or subclass).</summary>
public sealed unsafe class PythonTuple : PythonObject
{
    internal PythonTuple(PyObject* owned)
        : base(owned)
    {
    }

    /// <summary>A new tuple of <paramref name="items"/> (null stands for None).</summary>
    public PythonTuple(params ReadOnlySpan<PythonObject?> items)
        : base(NewTuple(items))
    {
    }

    private static PyObject* NewTuple(ReadOnlySpan<PythonObject?> items)
    {
        ThrowIfAnyDisposed(items); // before the tuple exists: throwing half-way would leak it and its items
        PyObject* tuple = Check(CPython.PyTuple_New(items.Length));
        for (int i = 0; i < items.Length; i++)
        {
            PyObject* item = Borrow(items[i]);
            CPython.Py_IncRef(item);
            CPython.PyTuple_SetItem(tuple, i, item); // steals; a new tuple's slot is empty
        }
        return tuple;
    }

    /// <summary><c>len(self)</c>.</summary>
    public int Count => (int)CPython.PyTuple_Size(Handle);
}
