using Microsoft.CodeAnalysis;
using SharpBind.Generator.Model;

namespace SharpBind.Generator.Parsing;

/// <summary>
/// Collections bound by reference (pybind11's <c>bind_vector</c>/<c>bind_map</c>):
/// <c>[PyExport(typeof(List&lt;Pet&gt;), Name = "PetList")]</c> on a module class makes that exact
/// closed <c>List&lt;T&gt;</c> or <c>Dictionary&lt;K, V&gt;</c> a Python type of the module, and every
/// value of exactly that type, anywhere in the compilation, then crosses by reference through
/// <c>BoundListConverter</c>/<c>BoundDictionaryConverter</c> instead of being copied.
/// </summary>
/// <remarks>
/// Only the concrete classes: an interface (<c>IList&lt;T&gt;</c>) may be implemented by a fixed-size
/// or read-only collection, which a mutable Python sequence cannot honestly stand for; such values
/// keep being copied.
/// </remarks>
internal static class BoundCollectionExports
{
    private const string Converters = "global::SharpBind.Internal.Converters.";

    /// <summary>Whether <c>[PyExport]</c> of <paramref name="type"/> binds a collection (rather than a class).</summary>
    public static bool IsCollection(INamedTypeSymbol type) =>
        type.OriginalDefinition.ToDisplayString() is "System.Collections.Generic.List<T>" or "System.Collections.Generic.Dictionary<TKey, TValue>";

    /// <summary>Whether a collection export can be recorded (the scan of <see cref="ExportedTypes"/>): closed, with a valid name.</summary>
    public static bool IsExportable(INamedTypeSymbol type, AttributeData attribute) =>
        !type.IsUnboundGenericType && ExportedTypes.NameOf(attribute) is { } name && PythonNames.IsIdentifier(name);

    /// <summary>
    /// The by-reference model of <paramref name="type"/> when a module exports it, else null. Called
    /// first by <see cref="TypeClassifier.Classify"/>, before the copying collection conversions.
    /// </summary>
    public static TypeModel? Classify(ITypeSymbol type, NullableAnnotation annotation, string csharpName, ExportedTypes exports)
    {
        if (type is not INamedTypeSymbol named || !exports.TryGetCollection(named, out ExportedTypes.Export export)
            || Arguments(named, exports) is not { } arguments)
        {
            return null;
        }
        string converter = $"{Converters}{(arguments.IsDictionary ? "BoundDictionaryConverter" : "BoundListConverter")}<{arguments.TypeArguments}>";
        return new TypeModel(ValueKind.Collection, csharpName, false, annotation == NullableAnnotation.Annotated, Converter: converter, CollectionName: export.PythonName);
    }

    /// <summary>Reads one <c>[PyExport]</c> of a collection into a class model that only carries <see cref="ClassModel.Collection"/>.</summary>
    public static ClassParseResult Parse(INamedTypeSymbol type, AttributeData attribute, string moduleName, LocationInfo? location, ExportedTypes exports)
    {
        string display = type.ToDisplayString();
        string? pythonName = ExportedTypes.NameOf(attribute);
        if (type.IsUnboundGenericType)
        {
            return Failed(Diagnostics.UnsupportedExport, location, display, "name the element types (typeof(List<Pet>), not typeof(List<>))");
        }
        if (pythonName is null)
        {
            return Failed(Diagnostics.UnnamedCollectionExport, location, display);
        }
        if (!PythonNames.IsIdentifier(pythonName))
        {
            return Failed(Diagnostics.UnsupportedExport, location, display, $"Name \"{pythonName}\" is not a valid Python identifier");
        }
        for (int i = 0; i < type.TypeArguments.Length; i++)
        {
            if (CollectionClassifier.Element(type.TypeArguments[i], type.TypeArgumentNullableAnnotations[i], exports) is null)
            {
                string role = type.TypeArguments.Length == 1 ? "element" : i == 0 ? "key" : "value";
                return Failed(Diagnostics.UnsupportedCollectionElement, location, display, role, type.TypeArguments[i].ToDisplayString());
            }
        }
        if (exports.TryGetCollection(type, out ExportedTypes.Export first) && !ExportedTypes.SameApplication(first.Attribute, attribute))
        {
            return Failed(Diagnostics.AlreadyBound, location, display, $"module '{first.ModuleName}' exports it already");
        }
        (bool isDictionary, string typeArguments) = Arguments(type, exports)!.Value;
        string csharpName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        string shape = isDictionary ? "mapping" : "iterable";
        string doc = $"{pythonName}({(isDictionary ? "*args, **kwargs" : "iterable=(), /")})\n--\n\n"
            + $"A C# {display} bound by reference: a {(isDictionary ? "MutableMapping" : "MutableSequence")} over the C# collection itself, "
            + $"so changes made in Python or C# are seen by both. {pythonName}({shape}) makes a new one.";
        var model = new ClassModel(pythonName, csharpName, moduleName, doc, EquatableArray<FunctionModel>.Empty, EquatableArray<MethodModel>.Empty,
            EquatableArray<PropertyModel>.Empty, HasToString: false, IsSealed: true, IsAbstract: false, Base: null, EquatableArray<OverrideModel>.Empty,
            NoProxyReason: null, EquatableArray<PropertyModel>.Empty, IsStatic: false, DynamicAttributes: false, Container: null, IsInterface: false,
            EquatableArray<BaseClassModel>.Empty, IsValueType: false)
        {
            Collection = new BoundCollectionModel(isDictionary, typeArguments),
        };
        return new ClassParseResult(model, EquatableArray<DiagnosticInfo>.Empty, location, IsExport: true);
    }

    // Each element type and its converter, as the runtime's generic arguments; null when one cannot convert.
    private static (bool IsDictionary, string TypeArguments)? Arguments(INamedTypeSymbol type, ExportedTypes exports)
    {
        var parts = new string[type.TypeArguments.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (CollectionClassifier.Element(type.TypeArguments[i], type.TypeArgumentNullableAnnotations[i], exports) is not { } element)
            {
                return null;
            }
            parts[i] = element.Type + ", " + element.Converter;
        }
        return (parts.Length == 2, string.Join(", ", parts));
    }

    private static ClassParseResult Failed(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        new(null, new[] { ModuleParser.Diagnostic(descriptor, location, arguments) }.ToEquatableArray(), location, IsExport: true);
}
