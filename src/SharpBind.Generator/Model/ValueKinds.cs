namespace SharpBind.Generator.Model;

/// <summary>Facts about each <see cref="ValueKind"/> that the parser and the emitter share.</summary>
internal static class ValueKinds
{
    /// <summary>The C# keyword (or array syntax) for the non-nullable type.</summary>
    public static string Keyword(TypeModel type) => type.Kind is ValueKind.BoundClass or ValueKind.Enum or ValueKind.Collection ? type.CSharpName.TrimEnd('?') : Keyword(type.Kind);

    /// <summary>Whether an integer kind is unsigned (<c>byte</c>, <c>ushort</c>, <c>uint</c>, <c>ulong</c>).</summary>
    public static bool IsUnsigned(ValueKind kind) => kind is ValueKind.Byte or ValueKind.UInt16 or ValueKind.UInt32 or ValueKind.UInt64;

    /// <summary>The C# keyword (or array syntax) for the non-nullable type of a primitive kind.</summary>
    public static string Keyword(ValueKind kind) => kind switch
    {
        ValueKind.Boolean => "bool",
        ValueKind.SByte => "sbyte",
        ValueKind.Byte => "byte",
        ValueKind.Int16 => "short",
        ValueKind.UInt16 => "ushort",
        ValueKind.Int32 => "int",
        ValueKind.UInt32 => "uint",
        ValueKind.Int64 => "long",
        ValueKind.UInt64 => "ulong",
        ValueKind.Single => "float",
        ValueKind.Double => "double",
        ValueKind.Char => "char",
        ValueKind.String => "string",
        ValueKind.ByteArray => "byte[]",
        _ => "void",
    };

    /// <summary>How the type is written in generated code: <c>int</c>, <c>int?</c>, <c>string?</c>.</summary>
    public static string Declaration(TypeModel type) =>
        Keyword(type) + (type.IsNullableValue || type.AcceptsNone ? "?" : "");
}
