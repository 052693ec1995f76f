using System.Runtime.CompilerServices;
using SharpBind.Interop;

namespace SharpBind.Internal;

public static unsafe partial class FromPython
{
    /// <summary><c>double</c>: a float, an int (exactly when it fits), or any object with <c>__float__</c>/<c>__index__</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryDouble(PyObject* value, out double result)
    {
        if (value->ob_type == CPython.PyFloat_Type)
        {
            // Safe without the GC transition: an exact float is read directly, no Python code runs.
            result = CPython.PyFloat_AsDouble_ExactFloat(value);
            return true;
        }
        return TryDoubleSlow(value, out result);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TryDoubleSlow(PyObject* value, out double result)
    {
        if (CPython.PyUnicode_Check(value) || CPython.PyBytes_Check(value) || value == CPython.Py_None)
        {
            result = 0;
            return false; // wrong type, without asking Python to try
        }
        result = CPython.PyFloat_AsDouble(value);
        if (result == -1.0 && CPython.PyErr_Occurred() != null)
        {
            Errors.ClearWrongTypeError(); // no __float__: report it as a wrong type, with the signature
            return false;
        }
        return true;
    }

    /// <summary><c>float</c>: as <see cref="TryDouble"/>; a finite value beyond float's range is an OverflowError.</summary>
    public static bool TrySingle(PyObject* value, out float result)
    {
        if (!TryDouble(value, out double wide))
        {
            result = 0;
            return false;
        }
        result = (float)wide;
        if (float.IsInfinity(result) && double.IsFinite(wide))
        {
            Errors.SetString(CPython.PyExc_OverflowError, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{wide} is out of range for C# float (Single)"));
            return false;
        }
        return true;
    }

    /// <summary><c>string</c>: any str, kept exactly (non-BMP characters, NULs and lone surrogates included).</summary>
    public static bool TryString(PyObject* value, out string result)
    {
        if (!CPython.PyUnicode_Check(value))
        {
            result = null!;
            return false;
        }
        string? text = PyStrings.ToManaged(value);
        result = text!;
        return text is not null;
    }

    /// <summary>An instance of the bound class <typeparamref name="T"/> (or of a subclass).</summary>
    public static bool TryObject<T>(PyObject* value, out T result)
        where T : class => ClassBuilder.TryUnwrap(value, out result);

    /// <summary><c>char</c>: a str of exactly one character in the Basic Multilingual Plane.</summary>
    public static bool TryChar(PyObject* value, out char result)
    {
        result = '\0';
        if (!CPython.PyUnicode_Check(value))
        {
            return false;
        }
        nint length = CPython.PyUnicode_GetLength(value);
        if (length != 1)
        {
            Errors.SetString(CPython.PyExc_ValueError, $"expected a str of length 1 for C# char, got length {length}");
            return false;
        }
        uint codePoint = CPython.PyUnicode_ReadChar(value, 0);
        if (codePoint > char.MaxValue)
        {
            Errors.SetString(CPython.PyExc_ValueError, $"U+{codePoint:X} does not fit in a C# char (one UTF-16 code unit); use string");
            return false;
        }
        result = (char)codePoint;
        return true;
    }

    /// <summary>
    /// An instance of a bound interface <typeparamref name="T"/>: like <see cref="TryObject{T}"/>, and
    /// the C# object must really implement it (a Python class can list an interface among its bases
    /// while its C# half comes from another bound class).
    /// </summary>
    public static bool TryInterface<T>(PyObject* value, out T result)
        where T : class => ClassBuilder.TryUnwrapInterface(value, out result);

    /// <summary>A copy of a bound struct <typeparamref name="T"/>.</summary>
    public static bool TryStruct<T>(PyObject* value, out T result)
        where T : struct => ClassBuilder.TryUnwrapValue(value, out result);

    /// <summary><c>byte[]</c>: a copy of a bytes or bytearray object.</summary>
    public static bool TryByteArray(PyObject* value, out byte[] result)
    {
        result = null!;
        byte* data;
        nint size;
        if (CPython.PyBytes_Check(value))
        {
            // Safe: checked to be bytes, which cannot fail here or run code.
            CPython.PyBytes_AsStringAndSize(value, &data, &size);
        }
        else if (CPython.PyByteArray_Check(value))
        {
            data = CPython.PyByteArray_AsString(value);
            size = CPython.PyByteArray_Size(value);
        }
        else
        {
            return false;
        }
        result = new System.ReadOnlySpan<byte>(data, checked((int)size)).ToArray();
        return true;
    }
}
