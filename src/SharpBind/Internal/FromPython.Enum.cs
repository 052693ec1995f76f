using System;
using SharpBind.Interop;

namespace SharpBind.Internal;

public static unsafe partial class FromPython
{
    /// <summary>
    /// A member of the Python class bound to the C# enum <typeparamref name="T"/> (not a plain int),
    /// as its value widened to 64 bits (see <see cref="EnumMemberDefinition.Value"/>); the generated
    /// code casts it to <typeparamref name="T"/>. A value outside the underlying type's range (a
    /// flag combination Python made, say) is an OverflowError.
    /// </summary>
    public static bool TryEnum<T>(PyObject* value, out long result)
        where T : struct, Enum
    {
        EnumClass? bound = BoundEnum<T>.Class;
        if (bound is not null && bound.TryGetCached(value, out result))
        {
            return true;
        }
        return TryEnumSlow(bound, value, out result);
    }

    private static bool TryEnumSlow(EnumClass? bound, PyObject* value, out long result)
    {
        result = 0;
        if (bound is null || (value->ob_type != (PyTypeObject*)bound.Type && CPython.PyObject_IsInstance(value, bound.Type) != 1))
        {
            return false; // wrong type (a plain int too), or an error from __instancecheck__, kept
        }
        // An instance the cache has not seen: a flag combination made in Python. Enum members are
        // ints, so reading them runs no Python code.
        if (bound.Underlying != TypeCode.UInt64)
        {
            return TryRange(value, bound.Min, (long)bound.Max, bound.RangeName, out result);
        }
        if (TryUInt64(value, out ulong wide))
        {
            result = (long)wide;
            return true;
        }
        if (CPython.PyErr_Occurred() != null && CPython.PyErr_ExceptionMatches(CPython.PyExc_OverflowError) != 0)
        {
            CPython.PyErr_Clear();
            return RaiseOverflow(value, bound.RangeName, 0, ulong.MaxValue); // the same error, naming the enum
        }
        return false;
    }
}
