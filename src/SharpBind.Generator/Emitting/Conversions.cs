using SharpBind.Generator.Model;

namespace SharpBind.Generator.Emitting;

/// <summary>Names the runtime helpers that convert each <see cref="ValueKind"/>.</summary>
internal static class Conversions
{
    public const string FromPython = "global::SharpBind.Internal.FromPython";
    public const string ToPython = "global::SharpBind.Internal.ToPython";

    /// <summary>The <c>FromPython.TryX</c> method for a kind.</summary>
    public static string FromPythonMethod(ValueKind kind) => FromPython + ".Try" + kind;

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
            ValueKind.BoundClass => $"{ToPython}.Object({value})",
            _ => $"{ToPython}.ByteArray({value})",
        };
    }
}
