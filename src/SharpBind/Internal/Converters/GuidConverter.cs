using System;
using System.ComponentModel;
using SharpBind.Interop;

namespace SharpBind.Internal.Converters;

/// <summary>
/// <c>Guid</c> ↔ <c>uuid.UUID</c>, by their common text form (<c>str(uuid)</c> equals
/// <c>guid.ToString()</c>). Only a UUID is taken, not a str.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct GuidConverter : IConverter<Guid>
{
    private static readonly AttributeName s_hex = new("hex");

    /// <inheritdoc/>
    public bool TryFrom(PyObject* value, out Guid result)
    {
        result = default;
        if (!ImportedTypes.IsInstance(value, ImportedTypes.Uuid, out _))
        {
            return false;
        }
        PyObject* hex = s_hex.Get(value);
        string? text = hex == null ? null : PyText.Str(hex);
        CPython.Py_XDecRef(hex);
        if (text is null)
        {
            return false;
        }
        if (!Guid.TryParseExact(text, "N", out result))
        {
            Errors.SetString(CPython.PyExc_ValueError, $"UUID hex '{text}' is not 32 hexadecimal digits");
            return false;
        }
        return true;
    }

    /// <inheritdoc/>
    public PyObject* To(Guid value) => ImportedTypes.Call(ImportedTypes.Uuid, PyStrings.FromManaged(value.ToString("D")));

    /// <inheritdoc/>
    public string PythonName => "UUID";
}
