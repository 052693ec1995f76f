using SharpBind.Generator.Model;

namespace SharpBind.Generator.Emitting;

/// <summary>Names the runtime helpers that convert each <see cref="ValueKind"/>.</summary>
internal static class Conversions
{
    public const string FromPython = "global::SharpBind.Internal.FromPython";
    public const string ToPython = "global::SharpBind.Internal.ToPython";

    /// <summary>The <c>FromPython.TryX</c> method for a kind.</summary>
    public static string FromPythonMethod(ValueKind kind) => FromPython + ".Try" + kind;

    /// <summary>
    /// The <c>FromPython.TryX</c> method that converts to <paramref name="type"/> and the type of its
    /// <c>out</c> value: the C# type itself, except for an enum, which comes out as 64 bits (see
    /// <see cref="FromRaw"/>).
    /// </summary>
    public static (string Method, string OutType) FromPythonCall(TypeModel type) => type.Kind switch
    {
        ValueKind.BoundClass => ($"{FromPython}.{(type.IsInterface ? "TryInterface" : type.IsValueType ? "TryStruct" : "TryObject")}<{ValueKinds.Keyword(type)}>", ValueKinds.Keyword(type)),
        ValueKind.Enum => ($"{FromPython}.TryEnum<{ValueKinds.Keyword(type)}>", "long"),
        ValueKind.Collection => ($"default({type.Converter}).TryFrom", ValueKinds.Keyword(type)),
        _ => (FromPythonMethod(type.Kind), ValueKinds.Keyword(type)),
    };

    /// <summary>Turns the <c>out</c> value of <see cref="FromPythonCall"/> (named <paramref name="raw"/>) into the C# type.</summary>
    public static string FromRaw(TypeModel type, string raw) =>
        type.Kind == ValueKind.Enum ? $"unchecked(({ValueKinds.Keyword(type)}){raw})" : raw;

    /// <summary>
    /// An enum value as the 64 bits the runtime carries: <c>(long)value</c>, or
    /// <c>unchecked((long)(ulong)value)</c> for an unsigned underlying type (zero-extended, not sign-extended).
    /// </summary>
    public static string EnumBits(ValueKind underlying, string value) =>
        ValueKinds.IsUnsigned(underlying) ? $"unchecked((long)(ulong){value})" : $"(long){value}";

    /// <summary>An expression converting the C# <paramref name="value"/> of type <paramref name="type"/> to a new Python reference.</summary>
    /// <param name="type">The C# type.</param>
    /// <param name="value">The C# expression.</param>
    /// <param name="temporary">A local name, unique in the enclosing expression, for unwrapping a nullable value.</param>
    public static string ToPythonExpression(TypeModel type, string value, string temporary = "value")
    {
        if (type.IsNullableValue)
        {
            return $"{value} is {{ }} {temporary} ? {ToPythonExpression(type with { IsNullableValue = false, AcceptsNone = false }, temporary)} : {ToPython}.None()";
        }
        return type.Kind switch
        {
            ValueKind.Void => $"{ToPython}.None()",
            ValueKind.Boolean => $"{ToPython}.Boolean({value})",
            ValueKind.SByte or ValueKind.Int16 or ValueKind.Int32 or ValueKind.Int64 => $"{ToPython}.Int64({value})",
            ValueKind.Byte or ValueKind.UInt16 or ValueKind.UInt32 or ValueKind.UInt64 => $"{ToPython}.UInt64({value})",
            ValueKind.Single or ValueKind.Double => $"{ToPython}.Double({value})",
            ValueKind.Char => $"{ToPython}.Char({value})",
            ValueKind.String => $"{ToPython}.String({value})",
            ValueKind.Collection => $"default({type.Converter}).To({value}!)", // the converters give None for null
            ValueKind.BoundClass => type.IsValueType ? $"{ToPython}.Struct({value})" : $"{ToPython}.Object({value})",
            ValueKind.Enum => $"{ToPython}.Enum<{ValueKinds.Keyword(type)}>({EnumBits(type.EnumUnderlying ?? ValueKind.Int32, value)})",
            _ => $"{ToPython}.ByteArray({value})",
        };
    }
}
