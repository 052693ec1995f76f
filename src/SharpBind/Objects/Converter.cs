using System;
using System.Runtime.CompilerServices;
using SharpBind.Internal;
using SharpBind.Interop;

namespace SharpBind;

/// <summary>
/// The object API's conversions between C# values and Python objects, through the same
/// <see cref="FromPython"/>/<see cref="ToPython"/> helpers bindings use. Dispatch is on
/// <c>typeof(T)</c>, which the JIT and NativeAOT fold per value type, so there is no reflection and,
/// for primitives, no branch left at run time.
/// </summary>
/// <remarks>
/// Supported: <c>bool</c>, every integer width, <c>float</c>, <c>double</c>, <c>char</c>, their
/// <see cref="System.Nullable{T}"/> forms, <c>string</c>, <c>byte[]</c>, <see cref="PythonObject"/>
/// and its typed wrappers, and bound <c>[PyClass]</c> classes (to Python only once their module is
/// imported), and the value types of Converter.ValueTypes.cs (dates,
/// <c>decimal</c>, <c>Guid</c>, paths, ... and their nullable forms). To Python only: tuples, dictionaries and other enumerables (see
/// <see cref="ContainerToPython"/>); from Python, collections go through
/// <see cref="PythonObject.AsList{T}"/> and its siblings. Null (or a null <c>string</c>/<c>byte[]</c>) is None.
/// </remarks>
internal static unsafe partial class Converter
{
    /// <summary>A new reference for <paramref name="value"/>, or null with a Python error set (GIL held).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject* ToPython<T>(T value)
    {
        // Reference types first: in shared generic code typeof(T) tests are run-time lookups, and this
        // one is folded for every instantiation.
        if (!typeof(T).IsValueType || default(T) == null)
        {
            // A reference, or a Nullable<X> (the only value type whose default is null): boxing gives
            // null or the boxed X, which ToPythonObject converts.
            return ToPythonObject(value);
        }
        if (typeof(T) == typeof(int)) return CPython.PyLong_FromLongLong(Unsafe.As<T, int>(ref value));
        if (typeof(T) == typeof(long)) return CPython.PyLong_FromLongLong(Unsafe.As<T, long>(ref value));
        if (typeof(T) == typeof(double)) return CPython.PyFloat_FromDouble(Unsafe.As<T, double>(ref value));
        if (typeof(T) == typeof(bool)) return Internal.ToPython.Boolean(Unsafe.As<T, bool>(ref value));
        if (typeof(T) == typeof(short)) return CPython.PyLong_FromLongLong(Unsafe.As<T, short>(ref value));
        if (typeof(T) == typeof(sbyte)) return CPython.PyLong_FromLongLong(Unsafe.As<T, sbyte>(ref value));
        if (typeof(T) == typeof(byte)) return CPython.PyLong_FromLongLong(Unsafe.As<T, byte>(ref value));
        if (typeof(T) == typeof(ushort)) return CPython.PyLong_FromLongLong(Unsafe.As<T, ushort>(ref value));
        if (typeof(T) == typeof(uint)) return CPython.PyLong_FromLongLong(Unsafe.As<T, uint>(ref value));
        if (typeof(T) == typeof(ulong)) return CPython.PyLong_FromUnsignedLongLong(Unsafe.As<T, ulong>(ref value));
        if (typeof(T) == typeof(float)) return CPython.PyFloat_FromDouble(Unsafe.As<T, float>(ref value));
        if (typeof(T) == typeof(char)) return Internal.ToPython.Char(Unsafe.As<T, char>(ref value));
        return ValueTypeToPython(value); // dates, decimal, ...; other structs (value tuples, bound structs) boxed
    }

    /// <summary>
    /// Whether <see cref="ToPython{T}"/> makes an exact int or float (or an immortal bool) for a
    /// <typeparamref name="T"/>, so that its last reference may go through <see cref="CPython.Py_DecRefNumber"/>.
    /// </summary>
    public static bool MakesNumber<T>() =>
        typeof(T).IsValueType
        && (typeof(T) == typeof(int) || typeof(T) == typeof(long) || typeof(T) == typeof(double) || typeof(T) == typeof(bool)
        || typeof(T) == typeof(short) || typeof(T) == typeof(sbyte) || typeof(T) == typeof(byte) || typeof(T) == typeof(ushort)
        || typeof(T) == typeof(uint) || typeof(T) == typeof(ulong) || typeof(T) == typeof(float));

    /// <summary>Releases a reference that <see cref="ToPython{T}"/> made.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Release<T>(PyObject* converted)
    {
        if (MakesNumber<T>())
        {
            CPython.Py_DecRefNumber(converted);
        }
        else
        {
            CPython.Py_DecRef(converted);
        }
    }

    /// <summary>Releases a call's result, skipping the GC transition when it is an exact int or float.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ReleaseResult(PyObject* owned)
    {
        if (owned->ob_type == CPython.PyLong_Type || owned->ob_type == CPython.PyFloat_Type)
        {
            CPython.Py_DecRefNumber(owned);
        }
        else
        {
            CPython.Py_DecRef(owned);
        }
    }

    private static PyObject* ToPythonObject<T>(T value)
    {
        switch (value)
        {
            case null:
                return Internal.ToPython.None();
            case PythonObject python:
                PyObject* reference = python.Handle;
                CPython.Py_IncRef(reference);
                return reference;
            case string text:
                return Internal.ToPython.String(text);
            case byte[] bytes:
                return Internal.ToPython.ByteArray(bytes);
            case System.IO.FileSystemInfo path:
                return Internal.Converters.PyPaths.Write(path);
        }
        if (value is ValueType boxed && (TryFromBoxedPrimitive(boxed, out PyObject* primitive) || TryFromBoxedValueType(boxed, out primitive)))
        {
            return primitive;
        }
        // A collection (tuple, dict, any other IEnumerable as a list), else a bound [PyClass] instance:
        // its Python object (a TypeError when its module is not imported).
        return ContainerToPython.TryConvert(value, out PyObject* container) ? container : ClassBuilder.Wrap<object>(value);
    }

    // A boxed primitive (an element of an object-typed collection, or an unwrapped Nullable<X>).
    // Type tests on the box, no reflection. False when it is none of them.
    private static bool TryFromBoxedPrimitive(ValueType boxed, out PyObject* result)
    {
        result = boxed switch
        {
            int v => ToPython(v),
            long v => ToPython(v),
            double v => ToPython(v),
            bool v => ToPython(v),
            short v => ToPython(v),
            sbyte v => ToPython(v),
            byte v => ToPython(v),
            ushort v => ToPython(v),
            uint v => ToPython(v),
            ulong v => ToPython(v),
            float v => ToPython(v),
            char v => ToPython(v),
            _ => null,
        };
        return result != null || CPython.PyErr_Occurred() != null;
    }

    /// <summary>
    /// Converts a borrowed reference. Returns false with no Python error set for a wrong type, or with
    /// one set (OverflowError, or an error raised by Python code such as <c>__index__</c>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryFromPython<T>(PyObject* value, out T result)
    {
        Unsafe.SkipInit(out result);
        if (!typeof(T).IsValueType)
        {
            return TryFromPythonReference(value, out result);
        }
        if (default(T) == null)
        {
            return TryFromPythonNullable(value, out result);
        }
        if (typeof(T) == typeof(int)) return FromPython.TryInt32(value, out Unsafe.As<T, int>(ref result));
        if (typeof(T) == typeof(long)) return FromPython.TryInt64(value, out Unsafe.As<T, long>(ref result));
        if (typeof(T) == typeof(double)) return FromPython.TryDouble(value, out Unsafe.As<T, double>(ref result));
        if (typeof(T) == typeof(bool)) return FromPython.TryBoolean(value, out Unsafe.As<T, bool>(ref result));
        if (typeof(T) == typeof(short)) return FromPython.TryInt16(value, out Unsafe.As<T, short>(ref result));
        if (typeof(T) == typeof(sbyte)) return FromPython.TrySByte(value, out Unsafe.As<T, sbyte>(ref result));
        if (typeof(T) == typeof(byte)) return FromPython.TryByte(value, out Unsafe.As<T, byte>(ref result));
        if (typeof(T) == typeof(ushort)) return FromPython.TryUInt16(value, out Unsafe.As<T, ushort>(ref result));
        if (typeof(T) == typeof(uint)) return FromPython.TryUInt32(value, out Unsafe.As<T, uint>(ref result));
        if (typeof(T) == typeof(ulong)) return FromPython.TryUInt64(value, out Unsafe.As<T, ulong>(ref result));
        if (typeof(T) == typeof(float)) return FromPython.TrySingle(value, out Unsafe.As<T, float>(ref result));
        if (typeof(T) == typeof(char)) return FromPython.TryChar(value, out Unsafe.As<T, char>(ref result));
        return TryValueTypeFromPython(value, out result);
    }

    // Nullable<X> of a primitive: None is null, anything else converts as X. typeof tests, no reflection.
    private static bool TryFromPythonNullable<T>(PyObject* value, out T result)
    {
        result = default!; // null
        if (value == CPython.Py_None)
        {
            return true;
        }
        if (typeof(T) == typeof(int?)) return Set(TryFromPython(value, out int v), v, out result);
        if (typeof(T) == typeof(long?)) return Set(TryFromPython(value, out long v), v, out result);
        if (typeof(T) == typeof(double?)) return Set(TryFromPython(value, out double v), v, out result);
        if (typeof(T) == typeof(bool?)) return Set(TryFromPython(value, out bool v), v, out result);
        if (typeof(T) == typeof(short?)) return Set(TryFromPython(value, out short v), v, out result);
        if (typeof(T) == typeof(sbyte?)) return Set(TryFromPython(value, out sbyte v), v, out result);
        if (typeof(T) == typeof(byte?)) return Set(TryFromPython(value, out byte v), v, out result);
        if (typeof(T) == typeof(ushort?)) return Set(TryFromPython(value, out ushort v), v, out result);
        if (typeof(T) == typeof(uint?)) return Set(TryFromPython(value, out uint v), v, out result);
        if (typeof(T) == typeof(ulong?)) return Set(TryFromPython(value, out ulong v), v, out result);
        if (typeof(T) == typeof(float?)) return Set(TryFromPython(value, out float v), v, out result);
        if (typeof(T) == typeof(char?)) return Set(TryFromPython(value, out char v), v, out result);
        return TryValueTypeFromPythonNullable(value, out result);
    }

    // result = (T)(object)value when ok; T is X? and value an X, so the unbox of the box is exact.
    private static bool Set<TValue, T>(bool ok, TValue value, out T result)
        where TValue : struct
    {
        result = ok ? (T)(object)value : default!;
        return ok;
    }

    // Reference types: typeof(T) is compared with known types; nothing is looked up by reflection.
    private static bool TryFromPythonReference<T>(PyObject* value, out T result)
    {
        result = default!;
        object? converted;
        bool ok = true;
        if (typeof(T) == typeof(string))
        {
            string? text = null;
            ok = value == CPython.Py_None || FromPython.TryString(value, out text);
            converted = text;
        }
        else if (typeof(T) == typeof(byte[]))
        {
            byte[]? bytes = null;
            ok = value == CPython.Py_None || FromPython.TryByteArray(value, out bytes);
            converted = bytes;
        }
        else if (TryPathFromPython<T>(value, out converted, out ok))
        {
            // FileInfo, DirectoryInfo, FileSystemInfo: converted (None is null, as for string)
        }
        else if (typeof(T) == typeof(PythonObject) || typeof(T) == typeof(object))
        {
            converted = PythonObject.FromBorrowed(value);
        }
        else if (PythonObject.IsWrapperType<T>())
        {
            converted = PythonObject.TryWrapAs<T>(value);
            ok = converted is not null;
        }
        else
        {
            // A bound [PyClass] instance: the C# object behind it.
            converted = ClassBuilder.SelfOrNull(value);
            ok = converted is T;
        }
        if (ok)
        {
            result = (T)converted!;
        }
        return ok;
    }

    /// <summary>
    /// Converts and releases the new reference <paramref name="owned"/> (a call's result); throws the
    /// pending Python error when it is null, and <see cref="InvalidCastException"/> for a wrong type.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Consume<T>(PyObject* owned)
    {
        if (owned == null)
        {
            PythonObject.ThrowPending();
        }
        bool ok = TryFromPython(owned, out T result);
        if (!ok)
        {
            Fail<T>(owned); // releases owned, throws
        }
        ReleaseResult(owned);
        return result;
    }

    /// <summary>Converts a borrowed reference or throws (see <see cref="Consume{T}"/>).</summary>
    public static T Convert<T>(PyObject* borrowed)
    {
        if (!TryFromPython(borrowed, out T result))
        {
            CPython.Py_IncRef(borrowed);
            Fail<T>(borrowed);
        }
        return result;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Fail<T>(PyObject* owned)
    {
        if (CPython.PyErr_Occurred() != null)
        {
            CPython.Py_DecRef(owned);
            PythonObject.ThrowPending();
        }
        string typeName = PyText.TypeName(owned);
        CPython.Py_DecRef(owned);
        throw new InvalidCastException($"cannot convert a Python {typeName} to C# {typeof(T).Name}");
    }
}
