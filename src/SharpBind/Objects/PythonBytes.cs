using System;
using SharpBind.Interop;

namespace SharpBind;

/// <summary>A Python <c>bytes</c> (or subclass).</summary>
public sealed unsafe class PythonBytes : PythonObject
{
    internal PythonBytes(PyObject* owned)
        : base(owned)
    {
    }

    /// <summary>A new bytes object holding a copy of <paramref name="data"/>.</summary>
    public PythonBytes(ReadOnlySpan<byte> data)
        : base(Copy(data))
    {
    }

    private static PyObject* Copy(ReadOnlySpan<byte> data)
    {
        fixed (byte* bytes = data)
        {
            // PyBytes_FromStringAndSize copies the bytes; the pin only has to last for the call.
            return Check(CPython.PyBytes_FromStringAndSize(bytes, data.Length));
        }
    }

    /// <summary><c>len(self)</c>.</summary>
    public int Length => (int)Check((int)CPython.PyBytes_Size(Handle));

    /// <summary>A copy of the bytes.</summary>
    public byte[] ToArray() => As<byte[]>();
}
