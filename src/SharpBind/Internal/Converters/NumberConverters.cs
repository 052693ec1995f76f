using System;
using System.ComponentModel;
using System.Numerics;
using SharpBind.Interop;

namespace SharpBind.Internal.Converters;

// Numbers beyond the primitive scalars: complex, and integers of any size (see PyBigIntegers).
#pragma warning disable CS1591 // each member implements IConverter; the struct's summary says how

/// <summary>
/// <c>System.Numerics.Complex</c> ↔ <c>complex</c>. A parameter also takes an int or a float (or
/// anything with <c>__float__</c>/<c>__index__</c>), as the real part.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct ComplexConverter : IConverter<Complex>
{
    public bool TryFrom(PyObject* value, out Complex result)
    {
        result = default;
        if (value->ob_type == CPython.PyComplex_Type || CPython.PyType_IsSubtype(value->ob_type, CPython.PyComplex_Type) != 0)
        {
            // Safe: a complex (or subclass) is read from its fields; no error is possible.
            result = new Complex(CPython.PyComplex_RealAsDouble(value), CPython.PyComplex_ImagAsDouble(value));
            return true;
        }
        if (!FromPython.TryDouble(value, out double real))
        {
            return false;
        }
        result = new Complex(real, 0);
        return true;
    }

    public PyObject* To(Complex value) => CPython.PyComplex_FromDoubles(value.Real, value.Imaginary);

    public string PythonName => "complex";
}

/// <summary><c>System.Numerics.BigInteger</c> ↔ <c>int</c> of any size (an <c>__index__</c> object is taken too).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct BigIntegerConverter : IConverter<BigInteger>
{
    public bool TryFrom(PyObject* value, out BigInteger result) => PyBigIntegers.TryRead(value, out result);

    public PyObject* To(BigInteger value) => PyBigIntegers.Write(value);

    public string PythonName => "int";
}

/// <summary><c>Int128</c> ↔ <c>int</c>; OverflowError outside -2**127 to 2**127-1.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct Int128Converter : IConverter<Int128>
{
    public bool TryFrom(PyObject* value, out Int128 result)
    {
        bool ok = PyBigIntegers.TryReadInRange(value, (BigInteger)Int128.MinValue, (BigInteger)Int128.MaxValue, "Int128", out BigInteger big);
        result = ok ? (Int128)big : default;
        return ok;
    }

    public PyObject* To(Int128 value) => PyBigIntegers.Write(value);

    public string PythonName => "int";
}

/// <summary><c>UInt128</c> ↔ <c>int</c>; OverflowError outside 0 to 2**128-1.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct UInt128Converter : IConverter<UInt128>
{
    public bool TryFrom(PyObject* value, out UInt128 result)
    {
        bool ok = PyBigIntegers.TryReadInRange(value, BigInteger.Zero, (BigInteger)UInt128.MaxValue, "UInt128", out BigInteger big);
        result = ok ? (UInt128)big : default;
        return ok;
    }

    public PyObject* To(UInt128 value) => PyBigIntegers.Write(value);

    public string PythonName => "int";
}
