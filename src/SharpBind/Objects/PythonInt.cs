using SharpBind.Interop;

namespace SharpBind;

/// <summary>A Python <c>int</c> (or subclass, <c>bool</c> included). Read it with <c>As&lt;long&gt;()</c> and friends.</summary>
public sealed unsafe class PythonInt : PythonObject
{
    internal PythonInt(PyObject* owned)
        : base(owned)
    {
    }

    /// <summary>A new int.</summary>
    public PythonInt(long value)
        : base(Check(CPython.PyLong_FromLongLong(value)))
    {
    }

    /// <summary>A new int.</summary>
    public PythonInt(ulong value)
        : base(Check(CPython.PyLong_FromUnsignedLongLong(value)))
    {
    }
}
