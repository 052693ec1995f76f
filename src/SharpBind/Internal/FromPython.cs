using System.ComponentModel;
using System.Runtime.CompilerServices;
using SharpBind.Interop;

namespace SharpBind.Internal;

/// <summary>
/// Converts Python arguments to C# values. Called by generated code only.
/// </summary>
/// <remarks>
/// Contract of every <c>TryX</c>: the GIL is held and the argument is a borrowed, non-null reference.
/// It returns true with the value, or false in one of two ways: no Python error set means "wrong
/// type" (the caller raises a TypeError that names the function and shows its signature); an error
/// set (OverflowError, ValueError, or whatever user code such as <c>__index__</c> raised) is kept and
/// given the function's name by the caller.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static unsafe partial class FromPython
{
    /// <summary><c>bool</c>: only <c>True</c> or <c>False</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryBoolean(PyObject* value, out bool result)
    {
        result = value == CPython.Py_True;
        return result || value == CPython.Py_False;
    }

    /// <summary><c>long</c>: an int, a bool, or any object with <c>__index__</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryInt64(PyObject* value, out long result)
    {
        if (value->ob_type == CPython.PyLong_Type)
        {
            int overflow;
            // Safe without the GC transition: an exact int has no __index__ to run and, with the
            // overflow flag, no error is raised.
            result = CPython.PyLong_AsLongLongAndOverflow_ExactInt(value, &overflow);
            if (overflow == 0)
            {
                return true;
            }
            return RaiseOverflow(value, "long (Int64)", long.MinValue, long.MaxValue);
        }
        return TryInt64Slow(value, out result);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TryInt64Slow(PyObject* value, out long result)
    {
        result = 0;
        if (!CPython.PyLong_Check(value) && CPython.PyIndex_Check(value) == 0)
        {
            return false; // wrong type: floats and strings are not silently truncated
        }
        int overflow;
        long converted = CPython.PyLong_AsLongLongAndOverflow(value, &overflow);
        if (overflow != 0)
        {
            return RaiseOverflow(value, "long (Int64)", long.MinValue, long.MaxValue);
        }
        if (converted == -1 && CPython.PyErr_Occurred() != null)
        {
            return false; // __index__ raised: keep its error
        }
        result = converted;
        return true;
    }

    /// <summary><c>int</c>: as <see cref="TryInt64"/>, range-checked.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryInt32(PyObject* value, out int result)
    {
        if (value->ob_type == CPython.PyLong_Type)
        {
            int overflow;
            // Safe without the GC transition: exact int, and the overflow flag means no error is raised.
            long wide = CPython.PyLong_AsLongLongAndOverflow_ExactInt(value, &overflow);
            if (overflow == 0 && (int)wide == wide)
            {
                result = (int)wide;
                return true;
            }
        }
        return TryInt32Slow(value, out result);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TryInt32Slow(PyObject* value, out int result)
    {
        bool ok = TryRange(value, int.MinValue, int.MaxValue, "int (Int32)", out long wide);
        result = (int)wide;
        return ok;
    }

    /// <summary><c>short</c>: as <see cref="TryInt64"/>, range-checked.</summary>
    public static bool TryInt16(PyObject* value, out short result)
    {
        bool ok = TryRange(value, short.MinValue, short.MaxValue, "short (Int16)", out long wide);
        result = (short)wide;
        return ok;
    }

    /// <summary><c>sbyte</c>: as <see cref="TryInt64"/>, range-checked.</summary>
    public static bool TrySByte(PyObject* value, out sbyte result)
    {
        bool ok = TryRange(value, sbyte.MinValue, sbyte.MaxValue, "sbyte (SByte)", out long wide);
        result = (sbyte)wide;
        return ok;
    }

    /// <summary><c>byte</c>: as <see cref="TryInt64"/>, range-checked.</summary>
    public static bool TryByte(PyObject* value, out byte result)
    {
        bool ok = TryRange(value, byte.MinValue, byte.MaxValue, "byte (Byte)", out long wide);
        result = (byte)wide;
        return ok;
    }

    /// <summary><c>ushort</c>: as <see cref="TryInt64"/>, range-checked.</summary>
    public static bool TryUInt16(PyObject* value, out ushort result)
    {
        bool ok = TryRange(value, ushort.MinValue, ushort.MaxValue, "ushort (UInt16)", out long wide);
        result = (ushort)wide;
        return ok;
    }

    /// <summary><c>uint</c>: as <see cref="TryInt64"/>, range-checked.</summary>
    public static bool TryUInt32(PyObject* value, out uint result)
    {
        bool ok = TryRange(value, uint.MinValue, uint.MaxValue, "uint (UInt32)", out long wide);
        result = (uint)wide;
        return ok;
    }

    /// <summary><c>ulong</c>: an int (or <c>__index__</c>) from 0 to 2**64-1.</summary>
    public static bool TryUInt64(PyObject* value, out ulong result)
    {
        result = 0;
        if (!TryIndex(value, out PyObject* integer))
        {
            return false;
        }
        ulong converted = CPython.PyLong_AsUnsignedLongLong(integer);
        bool failed = converted == ulong.MaxValue && CPython.PyErr_Occurred() != null;
        CPython.Py_DecRef(integer);
        if (failed)
        {
            if (CPython.PyErr_ExceptionMatches(CPython.PyExc_OverflowError) != 0)
            {
                CPython.PyErr_Clear();
                return RaiseOverflow(value, "ulong (UInt64)", 0, ulong.MaxValue);
            }
            return false;
        }
        result = converted;
        return true;
    }

    /// <summary>
    /// A new reference to <paramref name="value"/> as an int: itself for an int (or bool), else its
    /// <c>__index__</c>. False with no error for a type without <c>__index__</c>; false with the
    /// error set when <c>__index__</c> raised.
    /// </summary>
    internal static bool TryIndex(PyObject* value, out PyObject* integer)
    {
        if (CPython.PyLong_Check(value))
        {
            integer = value;
            CPython.Py_IncRef(integer);
            return true;
        }
        integer = CPython.PyIndex_Check(value) != 0 ? CPython.PyNumber_Index(value) : null;
        return integer != null;
    }

    private static bool TryRange(PyObject* value, long min, long max, string csharpType, out long result)
    {
        if (!TryInt64(value, out result))
        {
            if (CPython.PyErr_Occurred() != null && CPython.PyErr_ExceptionMatches(CPython.PyExc_OverflowError) != 0)
            {
                CPython.PyErr_Clear();
                return RaiseOverflow(value, csharpType, min, (ulong)max);
            }
            return false;
        }
        if (result < min || result > max)
        {
            return RaiseOverflow(value, csharpType, min, (ulong)max);
        }
        return true;
    }

    /// <summary>Sets OverflowError("value V is out of range for TYPE (MIN to MAX)"); returns false.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool RaiseOverflow(PyObject* value, string csharpType, long min, ulong max)
    {
        string shown = PyText.Repr(value) ?? "the value";
        CPython.PyErr_Clear(); // Repr may have failed; the overflow is the error to report
        Errors.SetString(CPython.PyExc_OverflowError, $"{shown} is out of range for C# {csharpType}, which holds {min} to {max}");
        return false;
    }
}
