using SharpBind.Interop;

namespace SharpBind;

/// <summary>
/// A Python <c>dict</c> (or subclass). Also the keyword arguments of
/// <see cref="PythonObject.Call(System.ReadOnlySpan{PythonObject}, PythonDict)"/>:
/// <c>new PythonDict { ["sep"] = ", " }</c>.
/// </summary>
public sealed unsafe class PythonDict : PythonObject
{
    internal PythonDict(PyObject* owned)
        : base(owned)
    {
    }

    /// <summary>A new empty dict.</summary>
    public PythonDict()
        : base(Check(CPython.PyDict_New()))
    {
    }

    /// <summary><c>len(self)</c>.</summary>
    public int Count => (int)Check((int)CPython.PyDict_Size(Handle));

    /// <summary><c>key in self</c>.</summary>
    public bool ContainsKey(PythonObject key) => Check(CPython.PyDict_Contains(Handle, Borrow(key))) == 1;

    /// <summary><c>key in self</c> for a str key.</summary>
    public bool ContainsKey(string key)
    {
        using PythonObject k = From(key);
        return ContainsKey(k);
    }

    /// <summary><c>self.get(key)</c>: the value, or null when the key is absent.</summary>
    public PythonObject? Get(PythonObject key)
    {
        PyObject* value = CPython.PyDict_GetItemWithError(Handle, Borrow(key));
        if (value == null)
        {
            if (CPython.PyErr_Occurred() != null)
            {
                ThrowPending();
            }
            return null;
        }
        return FromBorrowed(value);
    }

    /// <summary><c>self.get(key)</c> for a str key.</summary>
    public PythonObject? Get(string key)
    {
        using PythonObject k = From(key);
        return Get(k);
    }

    /// <summary>Removes <paramref name="key"/>; false when it was absent.</summary>
    public bool Remove(PythonObject key)
    {
        if (CPython.PyDict_DelItem(Handle, Borrow(key)) == 0)
        {
            return true;
        }
        if (CPython.PyErr_ExceptionMatches(CPython.PyExc_KeyError) != 0)
        {
            CPython.PyErr_Clear();
            return false;
        }
        ThrowPending();
        return false;
    }

    /// <summary>A list of the keys (<c>list(self.keys())</c>).</summary>
    public PythonList Keys() => new(Check(CPython.PyDict_Keys(Handle)));

    /// <summary>A list of <c>(key, value)</c> tuples (<c>list(self.items())</c>).</summary>
    public PythonList Items() => new(Check(CPython.PyDict_Items(Handle)));

    /// <summary>A shallow copy (<c>self.copy()</c>).</summary>
    public PythonDict CopyDict() => new(Check(CPython.PyDict_Copy(Handle)));

    /// <summary>Another handle to this same dict (not a copy of its contents).</summary>
    internal PythonDict CopyHandle()
    {
        PyObject* reference = Handle;
        CPython.Py_IncRef(reference);
        return new PythonDict(reference);
    }
}
