using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SharpBind.Generator.Model;

namespace SharpBind.Generator.Parsing;

/// <summary>
/// Classifies the well-known .NET value types that convert to a Python standard-library class
/// (dates and times, big and complex numbers, decimal, Guid, byte memory, file-system paths) into a
/// <see cref="ValueKind.Collection"/> model whose converter is one of the runtime's converter structs,
/// so they work as parameters, returns, properties and container elements alike.
/// </summary>
internal static class ValueTypeClassifier
{
    private const string Converters = "global::SharpBind.Internal.Converters.";

    // C# type (as Roslyn displays it) -> (converter struct, Python name shown in signatures and errors).
    private static readonly Dictionary<string, (string Converter, string PythonName)> s_types = new()
    {
        ["System.DateTime"] = ("DateTimeConverter", "datetime"),
        ["System.DateTimeOffset"] = ("DateTimeOffsetConverter", "datetime"),
        ["System.DateOnly"] = ("DateOnlyConverter", "date"),
        ["System.TimeOnly"] = ("TimeOnlyConverter", "time"),
        ["System.TimeSpan"] = ("TimeSpanConverter", "timedelta"),
        ["System.Numerics.Complex"] = ("ComplexConverter", "complex"),
        ["System.Numerics.BigInteger"] = ("BigIntegerConverter", "int"),
        ["System.Int128"] = ("Int128Converter", "int"),
        ["System.UInt128"] = ("UInt128Converter", "int"),
        ["decimal"] = ("DecimalConverter", "Decimal"),
        ["System.Guid"] = ("GuidConverter", "UUID"),
        ["System.Memory<byte>"] = ("MemoryConverter", "bytes"),
        ["System.ReadOnlyMemory<byte>"] = ("ReadOnlyMemoryConverter", "bytes"),
        ["System.IO.FileInfo"] = ("FileInfoConverter", "Path"),
        ["System.IO.DirectoryInfo"] = ("DirectoryInfoConverter", "Path"),
        ["System.IO.FileSystemInfo"] = ("FileSystemInfoConverter", "Path"),
    };

    /// <summary>The model for a well-known value type, or null when <paramref name="type"/> is not one.</summary>
    public static TypeModel? Classify(ITypeSymbol type, NullableAnnotation annotation, string csharpName)
    {
        string name = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString();
        if (!s_types.TryGetValue(name, out (string Converter, string PythonName) known))
        {
            return null;
        }
        // FileInfo? and the like take None; Nullable<DateTime> is handled by TypeClassifier.
        bool acceptsNone = annotation == NullableAnnotation.Annotated && !type.IsValueType;
        return new TypeModel(ValueKind.Collection, csharpName, false, acceptsNone, Converter: Converters + known.Converter, CollectionName: known.PythonName);
    }
}
