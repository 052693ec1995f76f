using System;
using System.Collections;
using System.Collections.Generic;
using SharpBind.Internal;
using SharpBind.Interop;

namespace SharpBind;

public unsafe partial class PythonObject : IEnumerable<PythonObject>, IEquatable<PythonObject>
{
    /// <summary><c>type(self)</c>.</summary>
    public PythonObject Type => new(CPython.PyObject_Type(Handle));

    /// <summary><c>repr(self)</c>.</summary>
    public string Repr()
    {
        string? text = PyText.Repr(Handle);
        GC.KeepAlive(this); // see Handle
        return text ?? throw PythonException.Fetch();
    }

    /// <summary>
    /// <c>str(self)</c>. Needs the GIL like every member; without it (a debugger, say) it describes the
    /// handle instead of touching Python.
    /// </summary>
    public override string ToString()
    {
        if (_reference == null)
        {
            return "<disposed PythonObject>";
        }
        if (!Gil.IsHeld)
        {
            return $"<PythonObject 0x{(nint)_reference:x} (GIL not held)>";
        }
        string? text = PyText.Str(_reference);
        GC.KeepAlive(this);
        return text ?? throw PythonException.Fetch();
    }

    /// <summary><c>isinstance(self, type)</c>.</summary>
    public bool IsInstance(PythonObject type)
    {
        int status = CPython.PyObject_IsInstance(Handle, type.Handle);
        GC.KeepAlive(this);
        GC.KeepAlive(type);
        return Check(status) == 1;
    }

    /// <summary>Whether both handles refer to the same Python object (<c>self is other</c>).</summary>
    public bool Is(PythonObject? other) => other is not null && other.Handle == Handle;

    /// <summary>Whether this is <c>None</c>.</summary>
    public bool IsNone => Handle == CPython.Py_None;

    /// <summary><c>bool(self)</c>.</summary>
    public bool IsTrue()
    {
        int status = CPython.PyObject_IsTrue(Handle);
        GC.KeepAlive(this);
        return Check(status) == 1;
    }

    /// <summary><c>len(self)</c>.</summary>
    public long Len()
    {
        nint size = CPython.PyObject_Size(Handle);
        GC.KeepAlive(this);
        return (long)CheckSize(size);
    }

    /// <summary><c>item in self</c>.</summary>
    public bool Contains(PythonObject? item)
    {
        int status = CPython.PySequence_Contains(Handle, Borrow(item));
        GC.KeepAlive(this);
        GC.KeepAlive(item);
        return Check(status) == 1;
    }

    /// <summary><c>hash(self)</c>.</summary>
    public long Hash()
    {
        nint hash = CPython.PyObject_Hash(Handle);
        GC.KeepAlive(this);
        return (long)CheckSize(hash);
    }

    /// <summary><c>dir(self)</c>.</summary>
    public PythonList Dir()
    {
        PyObject* names = CPython.PyObject_Dir(Handle);
        GC.KeepAlive(this);
        return new(Check(names));
    }

    /// <summary>Python equality (<c>self == other</c>); false for null.</summary>
    public bool Equals(PythonObject? other) => other is not null && Compare(other, CPython.Py_EQ);

    /// <summary>Python equality with another <see cref="PythonObject"/>.</summary>
    public override bool Equals(object? obj) => obj is PythonObject other && Equals(other);

    /// <summary><c>hash(self)</c> folded to 32 bits. Throws <see cref="PythonException"/> (TypeError) for unhashable objects.</summary>
    public override int GetHashCode() => Hash().GetHashCode();

    /// <summary>Python <c>==</c>; two nulls are equal.</summary>
    public static bool operator ==(PythonObject? a, PythonObject? b) => a is null ? b is null : a.Equals(b);

    /// <summary>Python <c>!=</c>.</summary>
    public static bool operator !=(PythonObject? a, PythonObject? b) => !(a == b);

    /// <summary>Python <c>&lt;</c>.</summary>
    public static bool operator <(PythonObject a, PythonObject b) => a.Compare(b, CPython.Py_LT);

    /// <summary>Python <c>&lt;=</c>.</summary>
    public static bool operator <=(PythonObject a, PythonObject b) => a.Compare(b, CPython.Py_LE);

    /// <summary>Python <c>&gt;</c>.</summary>
    public static bool operator >(PythonObject a, PythonObject b) => a.Compare(b, CPython.Py_GT);

    /// <summary>Python <c>&gt;=</c>.</summary>
    public static bool operator >=(PythonObject a, PythonObject b) => a.Compare(b, CPython.Py_GE);

    private bool Compare(PythonObject other, int op)
    {
        int status = CPython.PyObject_RichCompareBool(Handle, other.Handle, op);
        GC.KeepAlive(this);
        GC.KeepAlive(other);
        return Check(status) == 1;
    }

    private static nint CheckSize(nint value)
    {
        if (value == -1 && CPython.PyErr_Occurred() != null)
        {
            ThrowPending();
        }
        return value;
    }

    /// <summary>Iterates <c>iter(self)</c>; each item is a new handle (dispose it in long loops).</summary>
    public IEnumerator<PythonObject> GetEnumerator()
    {
        PyObject* iterator = CPython.PyObject_GetIter(Handle);
        GC.KeepAlive(this);
        return new Iterator(Check(iterator));
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A Python iterator as a C# enumerator; disposing it releases the iterator.</summary>
    private sealed class Iterator : IEnumerator<PythonObject>
    {
        private PythonObject? _iterator;
        private PythonObject? _current;

        public Iterator(PyObject* owned) => _iterator = new PythonObject(owned);

        public PythonObject Current => _current ?? throw new InvalidOperationException("the enumeration has not started or has ended");

        object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            if (_iterator is null)
            {
                return false;
            }
            PyObject* next = CPython.PyIter_Next(_iterator.Handle);
            if (next == null)
            {
                _current = null;
                Dispose();
                if (CPython.PyErr_Occurred() != null)
                {
                    ThrowPending();
                }
                return false;
            }
            _current = new PythonObject(next);
            return true;
        }

        public void Reset() => throw new NotSupportedException("Python iterators cannot be reset");

        public void Dispose()
        {
            _iterator?.Dispose();
            _iterator = null;
        }
    }
}
