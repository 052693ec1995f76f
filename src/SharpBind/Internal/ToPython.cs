using System.ComponentModel;
using System.Runtime.CompilerServices;
using SharpBind.Interop;

namespace SharpBind.Internal;

/// <summary>
/// Converts C# return values to Python objects. Called by generated code only.
/// Every method returns a new reference, or null with a Python error set (GIL held).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static unsafe class ToPython
{
    /// <summary><c>None</c> (for <c>void</c> and null).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject* None()
    {
        CPython.Py_IncRef(CPython.Py_None);
        return CPython.Py_None;
    }

    /// <summary><c>True</c>/<c>False</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject* Boolean(bool value)
    {
        PyObject* result = value ? CPython.Py_True : CPython.Py_False;
        CPython.Py_IncRef(result);
        return result;
    }

    /// <summary>An int.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject* Int64(long value) => CPython.PyLong_FromLongLong(value);

    /// <summary>An int.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject* UInt64(ulong value) => CPython.PyLong_FromUnsignedLongLong(value);

    /// <summary>A float.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject* Double(double value) => CPython.PyFloat_FromDouble(value);

    /// <summary>A str, or None for null.</summary>
    public static PyObject* String(string? value) => value is null ? None() : PyStrings.FromManaged(value);

    /// <summary>A str of one character.</summary>
    public static PyObject* Char(char value) => PyStrings.FromManaged(value.ToString());

    /// <summary>The Python object of a bound C# object (the same one every time while it lives), or None for null.</summary>
    public static PyObject* Object<T>(T? value)
        where T : class => value is null ? None() : ClassBuilder.Wrap(value);

    /// <summary>A new Python object holding a copy of the bound struct <paramref name="value"/>.</summary>
    public static PyObject* Struct<T>(T value)
        where T : struct => ClassBuilder.WrapValue(value);

    /// <summary>
    /// The member of the Python class bound to the C# enum <typeparamref name="T"/> whose value is
    /// <paramref name="value"/> (widened to 64 bits, see <see cref="EnumMemberDefinition.Value"/>). A
    /// named member is a dictionary lookup; a flag combination is made once by the class; a value no
    /// member of a non-flags enum has is a ValueError.
    /// </summary>
    public static PyObject* Enum<T>(long value)
        where T : struct, System.Enum
    {
        EnumClass? bound = BoundEnum<T>.Class;
        return bound is null ? EnumBuilder.NotBound(typeof(T)) : bound.ToPython(value);
    }

    /// <summary>A bytes copy, or None for null.</summary>
    public static PyObject* ByteArray(byte[]? value)
    {
        if (value is null)
        {
            return None();
        }
        fixed (byte* data = value)
        {
            return CPython.PyBytes_FromStringAndSize(data, value.Length);
        }
    }
}
