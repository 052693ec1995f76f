using System.ComponentModel;
using SharpBind.Interop;

namespace SharpBind.Internal.Converters;

// The element converters: thin structs over FromPython/ToPython, so containers reuse exactly the
// conversions (and error messages) that parameters and returns use.
#pragma warning disable CS1591 // each member is the obvious delegation to FromPython/ToPython

/// <summary><c>bool</c>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct BooleanConverter : IConverter<bool>
{
    public bool TryFrom(PyObject* value, out bool result) => FromPython.TryBoolean(value, out result);
    public PyObject* To(bool value) => ToPython.Boolean(value);
    public string PythonName => "bool";
}

/// <summary><c>int</c>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct Int32Converter : IConverter<int>
{
    public bool TryFrom(PyObject* value, out int result) => FromPython.TryInt32(value, out result);
    public PyObject* To(int value) => ToPython.Int64(value);
    public string PythonName => "int";
}

/// <summary><c>long</c>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct Int64Converter : IConverter<long>
{
    public bool TryFrom(PyObject* value, out long result) => FromPython.TryInt64(value, out result);
    public PyObject* To(long value) => ToPython.Int64(value);
    public string PythonName => "int";
}

/// <summary><c>short</c>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct Int16Converter : IConverter<short>
{
    public bool TryFrom(PyObject* value, out short result) => FromPython.TryInt16(value, out result);
    public PyObject* To(short value) => ToPython.Int64(value);
    public string PythonName => "int";
}

/// <summary><c>sbyte</c>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct SByteConverter : IConverter<sbyte>
{
    public bool TryFrom(PyObject* value, out sbyte result) => FromPython.TrySByte(value, out result);
    public PyObject* To(sbyte value) => ToPython.Int64(value);
    public string PythonName => "int";
}

/// <summary><c>byte</c>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct ByteConverter : IConverter<byte>
{
    public bool TryFrom(PyObject* value, out byte result) => FromPython.TryByte(value, out result);
    public PyObject* To(byte value) => ToPython.UInt64(value);
    public string PythonName => "int";
}

/// <summary><c>ushort</c>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct UInt16Converter : IConverter<ushort>
{
    public bool TryFrom(PyObject* value, out ushort result) => FromPython.TryUInt16(value, out result);
    public PyObject* To(ushort value) => ToPython.UInt64(value);
    public string PythonName => "int";
}

/// <summary><c>uint</c>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct UInt32Converter : IConverter<uint>
{
    public bool TryFrom(PyObject* value, out uint result) => FromPython.TryUInt32(value, out result);
    public PyObject* To(uint value) => ToPython.UInt64(value);
    public string PythonName => "int";
}

/// <summary><c>ulong</c>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct UInt64Converter : IConverter<ulong>
{
    public bool TryFrom(PyObject* value, out ulong result) => FromPython.TryUInt64(value, out result);
    public PyObject* To(ulong value) => ToPython.UInt64(value);
    public string PythonName => "int";
}

/// <summary><c>double</c>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct DoubleConverter : IConverter<double>
{
    public bool TryFrom(PyObject* value, out double result) => FromPython.TryDouble(value, out result);
    public PyObject* To(double value) => ToPython.Double(value);
    public string PythonName => "float";
}

/// <summary><c>float</c>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct SingleConverter : IConverter<float>
{
    public bool TryFrom(PyObject* value, out float result) => FromPython.TrySingle(value, out result);
    public PyObject* To(float value) => ToPython.Double(value);
    public string PythonName => "float";
}

/// <summary><c>char</c>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct CharConverter : IConverter<char>
{
    public bool TryFrom(PyObject* value, out char result) => FromPython.TryChar(value, out result);
    public PyObject* To(char value) => ToPython.Char(value);
    public string PythonName => "str";
}

/// <summary><c>string</c> (not null; see <see cref="NullableReferenceConverter{T, TConverter}"/>).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct StringConverter : IConverter<string>
{
    public bool TryFrom(PyObject* value, out string result) => FromPython.TryString(value, out result);
    public PyObject* To(string value) => ToPython.String(value);
    public string PythonName => "str";
}

/// <summary><c>byte[]</c>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct ByteArrayConverter : IConverter<byte[]>
{
    public bool TryFrom(PyObject* value, out byte[] result) => FromPython.TryByteArray(value, out result);
    public PyObject* To(byte[] value) => ToPython.ByteArray(value);
    public string PythonName => "bytes";
}

/// <summary>A bound class (identity kept, as for parameters).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct ObjectConverter<T> : IConverter<T>
    where T : class
{
    public bool TryFrom(PyObject* value, out T result) => FromPython.TryObject(value, out result);
    public PyObject* To(T value) => ToPython.Object(value);
    public string PythonName => BoundType<T>.Name;
}

/// <summary>A bound struct (copied).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct StructConverter<T> : IConverter<T>
    where T : struct
{
    public bool TryFrom(PyObject* value, out T result) => FromPython.TryStruct(value, out result);
    public PyObject* To(T value) => ToPython.Struct(value);
    public string PythonName => BoundType<T>.Name;
}

/// <summary>A nullable value type: None ↔ null.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct NullableConverter<T, TConverter> : IConverter<T?>
    where T : struct
    where TConverter : struct, IConverter<T>
{
    public bool TryFrom(PyObject* value, out T? result)
    {
        if (value == CPython.Py_None)
        {
            result = null;
            return true;
        }
        bool ok = default(TConverter).TryFrom(value, out T inner);
        result = inner;
        return ok;
    }

    public PyObject* To(T? value) => value is { } inner ? default(TConverter).To(inner) : ToPython.None();
    public string PythonName => default(TConverter).PythonName + " | None";
}

/// <summary>A nullable reference type (<c>string?</c>, <c>Pet?</c>): None ↔ null.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct NullableReferenceConverter<T, TConverter> : IConverter<T?>
    where T : class
    where TConverter : struct, IConverter<T>
{
    public bool TryFrom(PyObject* value, out T? result)
    {
        if (value == CPython.Py_None)
        {
            result = null;
            return true;
        }
        bool ok = default(TConverter).TryFrom(value, out T inner);
        result = inner;
        return ok;
    }

    public PyObject* To(T? value) => value is null ? ToPython.None() : default(TConverter).To(value);
    public string PythonName => default(TConverter).PythonName + " | None";
}
