using System;
using System.IO;
using System.Numerics;
using System.Runtime.CompilerServices;
using SharpBind.Internal.Converters;
using SharpBind.Interop;

namespace SharpBind;

// The object API's conversions for the value types bindings convert with converter structs (dates,
// big and complex numbers, decimal, Guid, byte memory, paths): the same structs, so
// PythonObject.From(value) and obj.As<T>() follow the rules of docs/guide/12-conversions.md. Each
// typeof(T) test folds away per instantiation, as in Converter.cs.
internal static unsafe partial class Converter
{
    // To Python for a value type Converter.cs does not handle itself; TypeError when there is none.
    private static PyObject* ValueTypeToPython<T>(T value)
    {
        if (typeof(T) == typeof(DateTime)) return default(DateTimeConverter).To(Unsafe.As<T, DateTime>(ref value));
        if (typeof(T) == typeof(DateTimeOffset)) return default(DateTimeOffsetConverter).To(Unsafe.As<T, DateTimeOffset>(ref value));
        if (typeof(T) == typeof(DateOnly)) return default(DateOnlyConverter).To(Unsafe.As<T, DateOnly>(ref value));
        if (typeof(T) == typeof(TimeOnly)) return default(TimeOnlyConverter).To(Unsafe.As<T, TimeOnly>(ref value));
        if (typeof(T) == typeof(TimeSpan)) return default(TimeSpanConverter).To(Unsafe.As<T, TimeSpan>(ref value));
        if (typeof(T) == typeof(Complex)) return default(ComplexConverter).To(Unsafe.As<T, Complex>(ref value));
        if (typeof(T) == typeof(BigInteger)) return default(BigIntegerConverter).To(Unsafe.As<T, BigInteger>(ref value));
        if (typeof(T) == typeof(Int128)) return default(Int128Converter).To(Unsafe.As<T, Int128>(ref value));
        if (typeof(T) == typeof(UInt128)) return default(UInt128Converter).To(Unsafe.As<T, UInt128>(ref value));
        if (typeof(T) == typeof(decimal)) return default(DecimalConverter).To(Unsafe.As<T, decimal>(ref value));
        if (typeof(T) == typeof(Guid)) return default(GuidConverter).To(Unsafe.As<T, Guid>(ref value));
        if (typeof(T) == typeof(Memory<byte>)) return default(MemoryConverter).To(Unsafe.As<T, Memory<byte>>(ref value));
        if (typeof(T) == typeof(ReadOnlyMemory<byte>)) return default(ReadOnlyMemoryConverter).To(Unsafe.As<T, ReadOnlyMemory<byte>>(ref value));
        return ToPythonObject<object?>(value); // other structs (value tuples, bound structs): boxed
    }

    // A boxed value type of the list above (an element of an object-typed collection, or an unwrapped
    // Nullable<X>); false when it is none of them.
    private static bool TryFromBoxedValueType(ValueType boxed, out PyObject* result)
    {
        result = boxed switch
        {
            DateTime v => default(DateTimeConverter).To(v),
            DateTimeOffset v => default(DateTimeOffsetConverter).To(v),
            DateOnly v => default(DateOnlyConverter).To(v),
            TimeOnly v => default(TimeOnlyConverter).To(v),
            TimeSpan v => default(TimeSpanConverter).To(v),
            Complex v => default(ComplexConverter).To(v),
            BigInteger v => default(BigIntegerConverter).To(v),
            Int128 v => default(Int128Converter).To(v),
            UInt128 v => default(UInt128Converter).To(v),
            decimal v => default(DecimalConverter).To(v),
            Guid v => default(GuidConverter).To(v),
            Memory<byte> v => default(MemoryConverter).To(v),
            ReadOnlyMemory<byte> v => default(ReadOnlyMemoryConverter).To(v),
            _ => null,
        };
        return result != null || CPython.PyErr_Occurred() != null;
    }

    // From Python for a value type Converter.cs does not handle itself; false (no error) when there is none.
    private static bool TryValueTypeFromPython<T>(PyObject* value, out T result)
    {
        Unsafe.SkipInit(out result);
        if (typeof(T) == typeof(DateTime)) return default(DateTimeConverter).TryFrom(value, out Unsafe.As<T, DateTime>(ref result));
        if (typeof(T) == typeof(DateTimeOffset)) return default(DateTimeOffsetConverter).TryFrom(value, out Unsafe.As<T, DateTimeOffset>(ref result));
        if (typeof(T) == typeof(DateOnly)) return default(DateOnlyConverter).TryFrom(value, out Unsafe.As<T, DateOnly>(ref result));
        if (typeof(T) == typeof(TimeOnly)) return default(TimeOnlyConverter).TryFrom(value, out Unsafe.As<T, TimeOnly>(ref result));
        if (typeof(T) == typeof(TimeSpan)) return default(TimeSpanConverter).TryFrom(value, out Unsafe.As<T, TimeSpan>(ref result));
        if (typeof(T) == typeof(Complex)) return default(ComplexConverter).TryFrom(value, out Unsafe.As<T, Complex>(ref result));
        if (typeof(T) == typeof(BigInteger)) return default(BigIntegerConverter).TryFrom(value, out Unsafe.As<T, BigInteger>(ref result));
        if (typeof(T) == typeof(Int128)) return default(Int128Converter).TryFrom(value, out Unsafe.As<T, Int128>(ref result));
        if (typeof(T) == typeof(UInt128)) return default(UInt128Converter).TryFrom(value, out Unsafe.As<T, UInt128>(ref result));
        if (typeof(T) == typeof(decimal)) return default(DecimalConverter).TryFrom(value, out Unsafe.As<T, decimal>(ref result));
        if (typeof(T) == typeof(Guid)) return default(GuidConverter).TryFrom(value, out Unsafe.As<T, Guid>(ref result));
        if (typeof(T) == typeof(Memory<byte>)) return default(MemoryConverter).TryFrom(value, out Unsafe.As<T, Memory<byte>>(ref result));
        if (typeof(T) == typeof(ReadOnlyMemory<byte>)) return default(ReadOnlyMemoryConverter).TryFrom(value, out Unsafe.As<T, ReadOnlyMemory<byte>>(ref result));
        return false;
    }

    // Nullable<X> of a type above: None is null (handled by the caller), anything else converts as X.
    private static bool TryValueTypeFromPythonNullable<T>(PyObject* value, out T result)
    {
        if (typeof(T) == typeof(DateTime?)) return Set(TryFromPython(value, out DateTime v), v, out result);
        if (typeof(T) == typeof(DateTimeOffset?)) return Set(TryFromPython(value, out DateTimeOffset v), v, out result);
        if (typeof(T) == typeof(DateOnly?)) return Set(TryFromPython(value, out DateOnly v), v, out result);
        if (typeof(T) == typeof(TimeOnly?)) return Set(TryFromPython(value, out TimeOnly v), v, out result);
        if (typeof(T) == typeof(TimeSpan?)) return Set(TryFromPython(value, out TimeSpan v), v, out result);
        if (typeof(T) == typeof(Complex?)) return Set(TryFromPython(value, out Complex v), v, out result);
        if (typeof(T) == typeof(BigInteger?)) return Set(TryFromPython(value, out BigInteger v), v, out result);
        if (typeof(T) == typeof(Int128?)) return Set(TryFromPython(value, out Int128 v), v, out result);
        if (typeof(T) == typeof(UInt128?)) return Set(TryFromPython(value, out UInt128 v), v, out result);
        if (typeof(T) == typeof(decimal?)) return Set(TryFromPython(value, out decimal v), v, out result);
        if (typeof(T) == typeof(Guid?)) return Set(TryFromPython(value, out Guid v), v, out result);
        if (typeof(T) == typeof(Memory<byte>?)) return Set(TryFromPython(value, out Memory<byte> v), v, out result);
        if (typeof(T) == typeof(ReadOnlyMemory<byte>?)) return Set(TryFromPython(value, out ReadOnlyMemory<byte> v), v, out result);
        result = default!;
        return false;
    }

    // FileInfo, DirectoryInfo, FileSystemInfo: true when T is one of them, with the converted value
    // (null for None) and whether it converted; false for any other T.
    private static bool TryPathFromPython<T>(PyObject* value, out object? converted, out bool ok)
    {
        converted = null;
        ok = true;
        bool isPath = typeof(T) == typeof(FileInfo) || typeof(T) == typeof(DirectoryInfo) || typeof(T) == typeof(FileSystemInfo);
        if (!isPath || value == CPython.Py_None)
        {
            return isPath;
        }
        if (typeof(T) == typeof(FileInfo))
        {
            ok = default(FileInfoConverter).TryFrom(value, out FileInfo file);
            converted = file;
        }
        else if (typeof(T) == typeof(DirectoryInfo))
        {
            ok = default(DirectoryInfoConverter).TryFrom(value, out DirectoryInfo directory);
            converted = directory;
        }
        else
        {
            ok = default(FileSystemInfoConverter).TryFrom(value, out FileSystemInfo info);
            converted = info;
        }
        return true;
    }
}
