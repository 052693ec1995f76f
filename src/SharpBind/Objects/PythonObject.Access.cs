using System;
using SharpBind.Internal;
using SharpBind.Interop;

namespace SharpBind;

public unsafe partial class PythonObject
{
    /// <summary><c>getattr(self, name)</c>.</summary>
    public PythonObject GetAttr(string name)
    {
        PyObject* key = Check(PyStrings.FromManaged(name));
        PyObject* value = CPython.PyObject_GetAttr(Handle, key);
        GC.KeepAlive(this); // see Handle
        CPython.Py_DecRef(key);
        return new PythonObject(Check(value));
    }

    /// <summary><c>getattr(self, name)</c> converted to <typeparamref name="T"/> (see <see cref="As{T}"/>).</summary>
    public T GetAttr<T>(string name)
    {
        using PythonObject value = GetAttr(name);
        return value.As<T>();
    }

    /// <summary><c>setattr(self, name, value)</c>; null stands for None.</summary>
    public void SetAttr(string name, PythonObject? value)
    {
        PyObject* key = Check(PyStrings.FromManaged(name));
        int status = CPython.PyObject_SetAttr(Handle, key, Borrow(value));
        GC.KeepAlive(this);
        GC.KeepAlive(value);
        CPython.Py_DecRef(key);
        Check(status);
    }

    /// <summary><c>setattr(self, name, value)</c> with a C# value converted as <see cref="From{T}"/> does.</summary>
    public void SetAttr<T>(string name, T value)
    {
        using PythonObject converted = From(value);
        SetAttr(name, converted);
    }

    /// <summary><c>hasattr(self, name)</c>.</summary>
    public bool HasAttr(string name)
    {
        PyObject* key = Check(PyStrings.FromManaged(name));
        int found = CPython.PyObject_HasAttr(Handle, key);
        GC.KeepAlive(this);
        CPython.Py_DecRef(key);
        return found == 1;
    }

    /// <summary><c>delattr(self, name)</c>.</summary>
    public void DelAttr(string name)
    {
        PyObject* key = Check(PyStrings.FromManaged(name));
        int status = CPython.PyObject_SetAttr(Handle, key, null);
        GC.KeepAlive(this);
        CPython.Py_DecRef(key);
        Check(status);
    }

    /// <summary><c>self[key]</c> get and set (null stands for None).</summary>
    public PythonObject this[PythonObject key]
    {
        get
        {
            PyObject* item = CPython.PyObject_GetItem(Handle, Borrow(key));
            GC.KeepAlive(this); // see Handle
            GC.KeepAlive(key);
            return new(Check(item));
        }
        set
        {
            int status = CPython.PyObject_SetItem(Handle, Borrow(key), Borrow(value));
            GC.KeepAlive(this);
            GC.KeepAlive(key);
            GC.KeepAlive(value);
            Check(status);
        }
    }

    /// <summary><c>self[key]</c> with a str key (dicts, mappings).</summary>
    public PythonObject this[string key]
    {
        get => GetItem(key);
        set => SetItem(key, value);
    }

    /// <summary><c>self[index]</c> with an int key (sequences; negative indexes count from the end).</summary>
    public PythonObject this[long index]
    {
        get => GetItem(index);
        set => SetItem(index, value);
    }

    private PythonObject GetItem<TKey>(TKey key)
    {
        using PythonObject converted = From(key);
        return this[converted];
    }

    private void SetItem<TKey>(TKey key, PythonObject value)
    {
        using PythonObject converted = From(key);
        this[converted] = value;
    }

    /// <summary><c>del self[key]</c>.</summary>
    public void DelItem(PythonObject key)
    {
        int status = CPython.PyObject_DelItem(Handle, Borrow(key));
        GC.KeepAlive(this);
        GC.KeepAlive(key);
        Check(status);
    }
}
