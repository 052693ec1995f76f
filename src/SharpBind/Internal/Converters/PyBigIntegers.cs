using System;
using System.Globalization;
using System.Numerics;
using SharpBind.Interop;

namespace SharpBind.Internal.Converters;

/// <summary>
/// Python ints of any size ↔ <see cref="BigInteger"/>, without CPython's private <c>_PyLong_*</c>
/// functions: values that fit 64 bits take <c>PyLong_AsLongLongAndOverflow</c> /
/// <c>PyLong_FromLongLong</c>; larger ones travel as hexadecimal text (<c>PyNumber_ToBase</c> /
/// <c>PyLong_FromString</c>), which, unlike decimal text, has no digit limit and converts in linear
/// time. The GIL is held.
/// </summary>
internal static unsafe class PyBigIntegers
{
    /// <summary>
    /// An int, a bool or an object with <c>__index__</c>; false with no error for any other type,
    /// false with the error set when <c>__index__</c> raised.
    /// </summary>
    public static bool TryRead(PyObject* value, out BigInteger result)
    {
        result = default;
        if (!FromPython.TryIndex(value, out PyObject* integer))
        {
            return false;
        }
        bool ok = TryReadInt(integer, out result);
        CPython.Py_DecRef(integer);
        return ok;
    }

    // An int (borrowed, checked); false with an error set.
    private static bool TryReadInt(PyObject* integer, out BigInteger result)
    {
        int overflow;
        long small = CPython.PyLong_AsLongLongAndOverflow(integer, &overflow);
        if (overflow == 0)
        {
            result = small;
            return small != -1 || CPython.PyErr_Occurred() == null;
        }
        result = default;
        string? hex = PyText.Consume(CPython.PyNumber_ToBase(integer, 16)); // "0x1f" or "-0x1f"
        if (hex is null)
        {
            return false;
        }
        bool negative = hex.StartsWith('-');
        ReadOnlySpan<char> digits = hex.AsSpan(negative ? 3 : 2);
        // A leading 0 keeps the hex parse from reading the top bit as a sign.
        result = BigInteger.Parse(string.Concat("0", digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        if (negative)
        {
            result = -result;
        }
        return true;
    }

    /// <summary>A new int; null with an error set.</summary>
    public static PyObject* Write(BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue)
        {
            return CPython.PyLong_FromLongLong((long)value);
        }
        string hex = (value.Sign < 0 ? "-" : "") + BigInteger.Abs(value).ToString("x", CultureInfo.InvariantCulture);
        byte[] text = new byte[hex.Length + 1]; // ASCII, NUL-terminated
        for (int i = 0; i < hex.Length; i++)
        {
            text[i] = (byte)hex[i];
        }
        fixed (byte* start = text)
        {
            return CPython.PyLong_FromString(start, null, 16);
        }
    }

    /// <summary>
    /// As <see cref="TryRead"/>, and an OverflowError ("V is out of range for C# TYPE, which holds MIN
    /// to MAX") outside <paramref name="min"/>..<paramref name="max"/>.
    /// </summary>
    public static bool TryReadInRange(PyObject* value, BigInteger min, BigInteger max, string csharpType, out BigInteger result)
    {
        if (!TryRead(value, out result))
        {
            return false;
        }
        return (result >= min && result <= max) || RaiseOverflow(result, csharpType, min, max);
    }

    // Sets the OverflowError; returns false.
    private static bool RaiseOverflow(BigInteger value, string csharpType, BigInteger min, BigInteger max)
    {
        Errors.SetString(CPython.PyExc_OverflowError, string.Create(CultureInfo.InvariantCulture,
            $"{Shown(value)} is out of range for C# {csharpType}, which holds {min} to {max}"));
        return false;
    }

    // A huge value is shown by its size rather than in full.
    private static string Shown(BigInteger value) =>
        BigInteger.Abs(value) < BigInteger.Pow(10, 60) ? value.ToString(CultureInfo.InvariantCulture) : $"an int of {value.GetBitLength()} bits";
}
