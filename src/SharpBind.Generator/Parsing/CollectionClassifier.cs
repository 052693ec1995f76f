using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SharpBind.Generator.Model;

namespace SharpBind.Generator.Parsing;

/// <summary>
/// Classifies collection types (lists and their interfaces, arrays, dictionaries, sets, value tuples)
/// into a <see cref="ValueKind.Collection"/> model whose converter is a composition of the runtime's
/// converter structs (<c>ListConverter&lt;List&lt;int&gt;, int, Int32Converter&gt;</c>).
/// </summary>
internal static class CollectionClassifier
{
    private const string Converters = "global::SharpBind.Internal.Converters.";

    private static readonly HashSet<string> s_lists = new()
    {
        "System.Collections.Generic.List<T>", "System.Collections.Generic.IList<T>", "System.Collections.Generic.IReadOnlyList<T>",
        "System.Collections.Generic.ICollection<T>", "System.Collections.Generic.IReadOnlyCollection<T>", "System.Collections.Generic.IEnumerable<T>",
    };

    private static readonly HashSet<string> s_dictionaries = new()
    {
        "System.Collections.Generic.Dictionary<TKey, TValue>", "System.Collections.Generic.IDictionary<TKey, TValue>",
        "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>",
    };

    private static readonly HashSet<string> s_sets = new()
    {
        "System.Collections.Generic.HashSet<T>", "System.Collections.Generic.ISet<T>", "System.Collections.Generic.IReadOnlySet<T>",
    };

    /// <summary>The model for a collection type, or null when it is not one (or an element type is unsupported).</summary>
    public static TypeModel? Classify(ITypeSymbol type, NullableAnnotation annotation, string csharpName, ExportedTypes exports)
    {
        string? converter = null, pythonName = null;
        bool acceptsNone = annotation == NullableAnnotation.Annotated && !type.IsValueType;
        if (type.ToDisplayString() is "SharpBind.PythonObject" or "SharpBind.PythonObject?")
        {
            // Any Python object, passed through untouched.
            return new TypeModel(ValueKind.Collection, csharpName, false, acceptsNone, Converter: Converters + "PythonObjectConverter", CollectionName: "object");
        }
        if (ValueTypeClassifier.Classify(type, annotation, csharpName) is { } valueType)
        {
            return valueType; // DateTime, decimal, Guid, FileInfo, ...
        }
        if (type is IArrayTypeSymbol { Rank: 1 } array)
        {
            if (Element(array.ElementType, array.ElementNullableAnnotation, exports) is not { } element)
            {
                return null;
            }
            converter = $"{Converters}ArrayConverter<{element.Type}, {element.Converter}>";
            pythonName = $"list[{element.PythonName}]";
        }
        else if (type is INamedTypeSymbol { TypeKind: TypeKind.Delegate } callback)
        {
            (converter, pythonName) = Delegate(callback, exports);
            if (converter is null)
            {
                return null;
            }
        }
        else if (type is INamedTypeSymbol { IsGenericType: true } named)
        {
            string definition = named.OriginalDefinition.ToDisplayString();
            string collection = csharpName.TrimEnd('?');
            if (s_lists.Contains(definition) || s_sets.Contains(definition))
            {
                if (Element(named.TypeArguments[0], named.TypeArgumentNullableAnnotations[0], exports) is not { } element)
                {
                    return null;
                }
                bool isSet = s_sets.Contains(definition);
                converter = $"{Converters}{(isSet ? "SetConverter" : "ListConverter")}<{collection}, {element.Type}, {element.Converter}>";
                // IEnumerable<T>: any iterable in, a lazy iterator out (see ListConverter.To).
                pythonName = definition == "System.Collections.Generic.IEnumerable<T>" ? $"Iterable[{element.PythonName}]"
                    : $"{(isSet ? "set" : "list")}[{element.PythonName}]";
            }
            else if (s_dictionaries.Contains(definition))
            {
                if (Element(named.TypeArguments[0], named.TypeArgumentNullableAnnotations[0], exports) is not { } key
                    || Element(named.TypeArguments[1], named.TypeArgumentNullableAnnotations[1], exports) is not { } value)
                {
                    return null;
                }
                converter = $"{Converters}DictionaryConverter<{collection}, {key.Type}, {key.Converter}, {value.Type}, {value.Converter}>";
                pythonName = $"dict[{key.PythonName}, {value.PythonName}]";
            }
            else if (named.IsTupleType && named.TupleElements.Length is 2 or 3)
            {
                return Tuple(named.TupleElements.Select(f => (f.Type, f.NullableAnnotation)).ToList(), csharpName, acceptsNone, exports);
            }
        }
        return converter is null
            ? null
            : new TypeModel(ValueKind.Collection, csharpName, false, acceptsNone, Converter: converter, CollectionName: pythonName);
    }

    /// <summary>
    /// A <c>ReadOnlySpan&lt;T&gt;</c> parameter, including C# 13's <c>params ReadOnlySpan&lt;T&gt;</c>
    /// (<c>*args</c>), as a <c>T[]</c>: the generated call passes the converted array, which C# turns
    /// into the span (a <c>ReadOnlySpan&lt;byte&gt;</c> takes bytes, as <c>byte[]</c> does, and a
    /// <c>ReadOnlySpan&lt;char&gt;</c> takes a str, passed as a C# string). Null for
    /// any other type. Parameters of bound functions only: a span cannot be returned as a Python
    /// object or handed to a Python override.
    /// </summary>
    internal static TypeModel? ReadOnlySpanParameter(ITypeSymbol type, ExportedTypes exports)
    {
        if (type is not INamedTypeSymbol { IsGenericType: true } named || named.OriginalDefinition.ToDisplayString() != "System.ReadOnlySpan<T>")
        {
            return null;
        }
        switch (named.TypeArguments[0].SpecialType)
        {
            case SpecialType.System_Byte:
                return new TypeModel(ValueKind.ByteArray, "byte[]", false, false);
            case SpecialType.System_Char:
                return new TypeModel(ValueKind.String, "string", false, false); // C# turns a string into the span
        }
        if (Element(named.TypeArguments[0], named.TypeArgumentNullableAnnotations[0], exports) is not { } element)
        {
            return null;
        }
        return new TypeModel(ValueKind.Collection, element.Type + "[]", false, false,
            Converter: $"{Converters}ArrayConverter<{element.Type}, {element.Converter}>", CollectionName: $"list[{element.PythonName}]");
    }

    /// <summary>
    /// A value tuple of <paramref name="elements"/> (two or three) as a Python tuple, or null when an element
    /// does not convert. Also the key of a C# indexer with several parameters (<c>grid[1, 2]</c>).
    /// </summary>
    internal static TypeModel? Tuple(IReadOnlyList<(ITypeSymbol Type, NullableAnnotation Annotation)> elements, string? csharpName, bool acceptsNone, ExportedTypes exports)
    {
        if (elements.Count is not (2 or 3))
        {
            return null;
        }
        var parts = new List<(string Type, string Converter, string PythonName)>();
        foreach ((ITypeSymbol type, NullableAnnotation annotation) in elements)
        {
            if (Element(type, annotation, exports) is not { } element)
            {
                return null;
            }
            parts.Add(element);
        }
        string converter = $"{Converters}TupleConverter<{string.Join(", ", parts.Select(e => e.Type + ", " + e.Converter))}>";
        string pythonName = $"tuple[{string.Join(", ", parts.Select(e => e.PythonName))}]";
        csharpName ??= $"({string.Join(", ", parts.Select(p => p.Type))})";
        return new TypeModel(ValueKind.Collection, csharpName, false, acceptsNone, Converter: converter, CollectionName: pythonName);
    }

    // System.Action and System.Func with up to four parameters, or a delegate type declared in the compilation: converter and Python name, or nulls.
    private static (string? Converter, string? PythonName) Delegate(INamedTypeSymbol type, ExportedTypes exports)
    {
        string definition = type.OriginalDefinition.ToDisplayString();
        bool isAction = definition.StartsWith("System.Action", System.StringComparison.Ordinal);
        bool isFunc = definition.StartsWith("System.Func<", System.StringComparison.Ordinal);
        if (!(isAction || isFunc))
        {
            // A delegate type of the user's own: a converter the generator writes for it, or none.
            return DelegateShapes.Model(type, exports) is { } model ? (model.ConverterName, model.PythonName) : (null, null);
        }
        if (type.TypeArguments.Length > (isFunc ? 5 : 4))
        {
            return (null, null); // Action and Func with more parameters: declare a delegate type instead
        }
        var parts = new List<(string Type, string Converter, string PythonName)>();
        for (int i = 0; i < type.TypeArguments.Length; i++)
        {
            if (Element(type.TypeArguments[i], type.TypeArgumentNullableAnnotations[i], exports) is not { } part)
            {
                return (null, null);
            }
            parts.Add(part);
        }
        string generics = parts.Count == 0 ? "" : "<" + string.Join(", ", parts.Select(p => p.Type + ", " + p.Converter)) + ">";
        IEnumerable<(string Type, string Converter, string PythonName)> parameters = isFunc ? parts.Take(parts.Count - 1) : parts;
        string result = isFunc ? parts[parts.Count - 1].PythonName : "None";
        return ($"{Converters}{(isFunc ? "FuncConverter" : "ActionConverter")}{generics}",
            $"Callable[[{string.Join(", ", parameters.Select(p => p.PythonName))}], {result}]");
    }

    /// <summary>An element's C# type, converter struct and Python name; null when SharpBind cannot convert it.</summary>
    internal static (string Type, string Converter, string PythonName)? Element(ITypeSymbol type, NullableAnnotation annotation, ExportedTypes exports)
    {
        TypeModel? model = TypeClassifier.Classify(type, annotation, exports);
        if (model is null)
        {
            return null;
        }
        string plainType = model.CSharpName.TrimEnd('?');
        string? converter = model.Kind switch
        {
            ValueKind.Boolean or ValueKind.SByte or ValueKind.Byte or ValueKind.Int16 or ValueKind.UInt16 or ValueKind.Int32 or ValueKind.UInt32
                or ValueKind.Int64 or ValueKind.UInt64 or ValueKind.Single or ValueKind.Double or ValueKind.Char or ValueKind.String or ValueKind.ByteArray
                => $"{Converters}{model.Kind}Converter",
            ValueKind.BoundClass when model.IsValueType => $"{Converters}StructConverter<{plainType}>",
            ValueKind.BoundClass => $"{Converters}ObjectConverter<{plainType}>",
            ValueKind.Collection => model.Converter,
            ValueKind.Enum => $"{Converters}EnumConverter<{plainType}, {ValueKinds.Keyword(model.EnumUnderlying ?? ValueKind.Int32)}>",
            _ => null, // void
        };
        if (converter is null)
        {
            return null;
        }
        string name = (model with { AcceptsNone = false }).PythonName;
        if (model.IsNullableValue)
        {
            // int?: the converter of int, wrapped.
            return (model.CSharpName, $"{Converters}NullableConverter<{plainType}, {converter}>", name + " | None");
        }
        if (model.AcceptsNone)
        {
            return (model.CSharpName, $"{Converters}NullableReferenceConverter<{plainType}, {converter}>", name + " | None");
        }
        return (model.CSharpName, converter, name);
    }
}
