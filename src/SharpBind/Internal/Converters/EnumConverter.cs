using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using SharpBind.Interop;

namespace SharpBind.Internal.Converters;

/// <summary>
/// A <c>[PyClass]</c> enum inside a collection or a callback: a member of its Python enum class.
/// <typeparamref name="TUnderlying"/> is the enum's underlying integer type, which the generator
/// knows; values cross as 64 bits as for parameters (sign- or zero-extended by that type). The
/// type tests below are on struct type arguments, so each instantiation keeps only its own branch.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct EnumConverter<T, TUnderlying> : IConverter<T>
    where T : struct, Enum
    where TUnderlying : struct
{
    /// <inheritdoc/>
    public bool TryFrom(PyObject* value, out T result)
    {
        bool ok = FromPython.TryEnum<T>(value, out long bits);
        result = FromBits(bits);
        return ok;
    }

    /// <inheritdoc/>
    public PyObject* To(T value) => ToPython.Enum<T>(ToBits(value));

    /// <inheritdoc/>
    public string PythonName => BoundEnum<T>.Class?.Name ?? typeof(T).Name;

    private static long ToBits(T value)
    {
        if (typeof(TUnderlying) == typeof(int)) return Unsafe.As<T, int>(ref value);
        if (typeof(TUnderlying) == typeof(uint)) return Unsafe.As<T, uint>(ref value);
        if (typeof(TUnderlying) == typeof(long)) return Unsafe.As<T, long>(ref value);
        if (typeof(TUnderlying) == typeof(ulong)) return unchecked((long)Unsafe.As<T, ulong>(ref value));
        if (typeof(TUnderlying) == typeof(short)) return Unsafe.As<T, short>(ref value);
        if (typeof(TUnderlying) == typeof(ushort)) return Unsafe.As<T, ushort>(ref value);
        if (typeof(TUnderlying) == typeof(sbyte)) return Unsafe.As<T, sbyte>(ref value);
        return Unsafe.As<T, byte>(ref value);
    }

    private static T FromBits(long bits)
    {
        // The low bytes of a little-endian long are the value in any narrower integer type (every
        // platform .NET runs SharpBind on is little-endian).
        return Unsafe.As<long, T>(ref bits);
    }
}
