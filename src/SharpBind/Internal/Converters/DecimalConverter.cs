using System;
using System.ComponentModel;
using System.Globalization;
using System.Numerics;
using SharpBind.Interop;

namespace SharpBind.Internal.Converters;

/// <summary>
/// <c>decimal</c> ↔ <c>decimal.Decimal</c>, through invariant-culture text, so digits and scale
/// (<c>1.50</c> stays <c>1.50</c>) cross exactly. A parameter also takes an int (exactly, within
/// decimal's range) but not a float, whose binary value is rarely the decimal the caller meant:
/// pass <c>Decimal(str(x))</c>. A Decimal beyond ±79,228,162,514,264,337,593,543,950,335 is an
/// OverflowError; NaN and infinities are a ValueError; digits beyond the 28-29 significant ones
/// C# decimal holds are rounded (half to even), as <c>decimal.Parse</c> does.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct DecimalConverter : IConverter<decimal>
{
    /// <inheritdoc/>
    public bool TryFrom(PyObject* value, out decimal result)
    {
        result = default;
        if (ImportedTypes.IsInstance(value, ImportedTypes.Decimal, out bool failed))
        {
            string? text = PyText.Str(value);
            if (text is null)
            {
                return false;
            }
            // A finite Decimal prints as digits, '.', 'E' and signs only: NaN, sNaN, Infinity do not.
            if (text.AsSpan().IndexOfAny("NnIi") >= 0)
            {
                Errors.SetString(CPython.PyExc_ValueError, $"Decimal('{text}') has no C# decimal equivalent (not a finite number)");
                return false;
            }
            if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out result))
            {
                Errors.SetString(CPython.PyExc_OverflowError, $"Decimal('{text}') is out of range for C# decimal, which holds {decimal.MinValue} to {decimal.MaxValue}");
                return false;
            }
            return true;
        }
        // The check raised (error set); else an int, or a float (no __index__) or another wrong type (no error).
        if (failed || !PyBigIntegers.TryReadInRange(value, (BigInteger)decimal.MinValue, (BigInteger)decimal.MaxValue, "decimal", out BigInteger integer))
        {
            return false;
        }
        result = (decimal)integer;
        return true;
    }

    /// <inheritdoc/>
    public PyObject* To(decimal value) =>
        ImportedTypes.Call(ImportedTypes.Decimal, PyStrings.FromManaged(value.ToString(CultureInfo.InvariantCulture)));

    /// <inheritdoc/>
    public string PythonName => "Decimal";
}
