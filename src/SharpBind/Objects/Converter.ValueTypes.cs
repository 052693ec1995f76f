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
        return NoConversion<T>();
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
