using System;
using System.ComponentModel;
using SharpBind.Interop;

namespace SharpBind.Internal.Converters;

// Byte memory ↔ bytes, always copied (see PyBytesLike).
#pragma warning disable CS1591 // each member implements IConverter; the struct's summary says how

/// <summary><c>Memory&lt;byte&gt;</c> ↔ <c>bytes</c>: in, a copy of any bytes-like object (see <see cref="PyBytesLike"/>); out, a bytes copy.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct MemoryConverter : IConverter<Memory<byte>>
{
    public bool TryFrom(PyObject* value, out Memory<byte> result)
    {
        bool ok = PyBytesLike.TryCopy(value, out byte[] copy);
        result = copy;
        return ok;
    }

    public PyObject* To(Memory<byte> value) => PyBytesLike.Write(value.Span);

    public string PythonName => "bytes";
}

/// <summary><c>ReadOnlyMemory&lt;byte&gt;</c> ↔ <c>bytes</c>, as <see cref="MemoryConverter"/>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct ReadOnlyMemoryConverter : IConverter<ReadOnlyMemory<byte>>
{
    public bool TryFrom(PyObject* value, out ReadOnlyMemory<byte> result)
    {
        bool ok = default(MemoryConverter).TryFrom(value, out Memory<byte> copy);
        result = copy;
        return ok;
    }

    public PyObject* To(ReadOnlyMemory<byte> value) => PyBytesLike.Write(value.Span);

    public string PythonName => "bytes";
}
