using System.Linq;
using Microsoft.CodeAnalysis;
using SharpBind.Generator.Model;

namespace SharpBind.Generator.Parsing;

/// <summary>Maps a Roslyn type to the <see cref="TypeModel"/> the emitter converts, or null if unsupported.</summary>
internal static class TypeClassifier
{
    private static readonly SymbolDisplayFormat s_fullyQualified = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <param name="type">The C# type.</param>
    /// <param name="annotation">Its nullable annotation where it is used.</param>
    /// <param name="exports">The compilation's <c>[PyExport]</c> classes, bound like <c>[PyClass]</c> ones.</param>
    public static TypeModel? Classify(ITypeSymbol type, NullableAnnotation annotation, ExportedTypes exports)
    {
        string csharpName = type.ToDisplayString(s_fullyQualified);
        if (type.SpecialType == SpecialType.System_Void)
        {
            return new TypeModel(ValueKind.Void, "void", false, false);
        }
        if (BoundCollectionExports.Classify(type, annotation, csharpName, exports) is { } byReference)
        {
            return byReference; // a List<T>/Dictionary<K, V> a module exports: passed by reference, never copied
        }
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            // int?, Color?: the value type's model, with None for null.
            TypeModel? inner = Classify(nullable.TypeArguments[0], NullableAnnotation.NotAnnotated, exports);
            return inner is null || inner.Kind is ValueKind.Void or ValueKind.String or ValueKind.ByteArray
                || (inner.Kind == ValueKind.BoundClass && !inner.IsValueType)
                ? null
                : inner with { CSharpName = csharpName, IsNullableValue = true, AcceptsNone = true };
        }
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Interface or TypeKind.Struct } named && IsBound(named, exports, out string pythonName))
        {
            bool isStruct = named.TypeKind == TypeKind.Struct;
            return new TypeModel(ValueKind.BoundClass, csharpName, false, !isStruct && annotation == NullableAnnotation.Annotated, pythonName,
                IsInterface: named.TypeKind == TypeKind.Interface, IsValueType: isStruct);
        }
        if (CustomConverters.Find(type, exports) is { } custom)
        {
            // [PyConverter]: the user's converter decides wherever the type appears (a bound class keeps its class).
            return new TypeModel(ValueKind.Collection, csharpName, false, !type.IsValueType && annotation == NullableAnnotation.Annotated,
                Converter: custom.Converter, CollectionName: custom.PythonName);
        }
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum, EnumUnderlyingType: { } underlying } enumType && IsBound(enumType, exports, out string enumName))
        {
            return new TypeModel(ValueKind.Enum, csharpName, false, false, enumName, KindOf(underlying), ModuleOf(enumType, exports));
        }
        ValueKind? kind = KindOf(type);
        if (kind is null)
        {
            return CollectionClassifier.Classify(type, annotation, csharpName, exports);
        }
        bool isReference = kind is ValueKind.String or ValueKind.ByteArray;
        return new TypeModel(kind.Value, csharpName, false, isReference && annotation == NullableAnnotation.Annotated);
    }

    /// <summary>
    /// Whether <paramref name="type"/> is bound: it carries <c>[PyClass]</c> or a module exports it.
    /// <paramref name="pythonName"/> is its Python name.
    /// </summary>
    internal static bool IsBound(INamedTypeSymbol type, ExportedTypes exports, out string pythonName)
    {
        if (exports.TryGet(type, out ExportedTypes.Export export))
        {
            pythonName = export.PythonName;
            return true;
        }
        pythonName = type.Name;
        foreach (AttributeData attribute in type.GetAttributes())
        {
            string? name = attribute.AttributeClass?.ToDisplayString();
            if (name == "SharpBind.PyNameAttribute" && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string renamed)
            {
                pythonName = renamed;
            }
        }
        return HasClassAttribute(type);
    }

    /// <summary>Whether <paramref name="type"/> carries <c>[PyClass]</c>.</summary>
    internal static bool HasClassAttribute(INamedTypeSymbol type) =>
        type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "SharpBind.PyClassAttribute");

    /// <summary>
    /// The module of a bound type: the one exporting it, or the one named in its
    /// <c>[PyClass(Module = ...)]</c>; null for the compilation's only module.
    /// </summary>
    internal static string? ModuleOf(INamedTypeSymbol type, ExportedTypes exports)
    {
        if (exports.TryGet(type, out ExportedTypes.Export export))
        {
            return export.ModuleName;
        }
        AttributeData? attribute = type.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == "SharpBind.PyClassAttribute");
        return attribute?.NamedArguments.FirstOrDefault(a => a.Key == "Module").Value.Value as string;
    }

    /// <summary>The kind of a primitive type (or <c>byte[]</c>), or null.</summary>
    internal static ValueKind? KindOf(ITypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean: return ValueKind.Boolean;
            case SpecialType.System_SByte: return ValueKind.SByte;
            case SpecialType.System_Byte: return ValueKind.Byte;
            case SpecialType.System_Int16: return ValueKind.Int16;
            case SpecialType.System_UInt16: return ValueKind.UInt16;
            case SpecialType.System_Int32: return ValueKind.Int32;
            case SpecialType.System_UInt32: return ValueKind.UInt32;
            case SpecialType.System_Int64: return ValueKind.Int64;
            case SpecialType.System_UInt64: return ValueKind.UInt64;
            case SpecialType.System_Single: return ValueKind.Single;
            case SpecialType.System_Double: return ValueKind.Double;
            case SpecialType.System_Char: return ValueKind.Char;
            case SpecialType.System_String: return ValueKind.String;
        }
        if (type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Byte })
        {
            return ValueKind.ByteArray;
        }
        return null;
    }
}
