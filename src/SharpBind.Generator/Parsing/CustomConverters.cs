using System.Linq;
using Microsoft.CodeAnalysis;

namespace SharpBind.Generator.Parsing;

/// <summary>
/// Converters the user registers with <c>[PyConverter(typeof(C))]</c> (on the converted type, or on
/// the assembly for a type they cannot annotate). <see cref="TypeClassifier"/> asks here first, so a
/// registered type converts through <c>CustomConverter&lt;T, C&gt;</c> wherever it appears.
/// </summary>
internal static class CustomConverters
{
    internal const string AttributeName = "SharpBind.PyConverterAttribute";
    private const string InterfaceName = "SharpBind.IPythonConverter<T>";

    /// <summary>A registered converter: the converter struct expression and the Python type name.</summary>
    internal readonly record struct Registration(string Converter, string PythonName);

    /// <summary>The converter registered for <paramref name="type"/>, or null.</summary>
    public static Registration? Find(ITypeSymbol type, ExportedTypes exports)
    {
        if (type is not INamedTypeSymbol named || named.TypeKind is not (TypeKind.Class or TypeKind.Struct))
        {
            return null;
        }
        named = (INamedTypeSymbol)named.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
        foreach (AttributeData attribute in named.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == AttributeName && Registered(attribute, out INamedTypeSymbol? target) is { } registration
                && SymbolEqualityComparer.Default.Equals(target, named))
            {
                return registration;
            }
        }
        return exports.TryGetConverter(named, out Registration found) ? found : null;
    }

    /// <summary>
    /// The registration an attribute makes, with the type it converts; null (and <paramref name="target"/>
    /// null) when the converter is unusable (see <see cref="ProblemWith"/>).
    /// </summary>
    public static Registration? Registered(AttributeData attribute, out INamedTypeSymbol? target)
    {
        target = null;
        if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not INamedTypeSymbol converter
            || ProblemWith(converter, out target) is not null || target is null)
        {
            return null;
        }
        string? pythonName = attribute.NamedArguments.FirstOrDefault(a => a.Key == "PythonName").Value.Value as string;
        string targetName = target.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        string converterName = converter.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        return new Registration($"global::SharpBind.Internal.Converters.CustomConverter<{targetName}, {converterName}>", pythonName ?? target.Name);
    }

    /// <summary>
    /// Why <paramref name="converter"/> cannot serve as a converter, or null; <paramref name="target"/> is
    /// the <c>T</c> of its <c>IPythonConverter&lt;T&gt;</c>.
    /// </summary>
    public static string? ProblemWith(INamedTypeSymbol converter, out INamedTypeSymbol? target)
    {
        target = converter.AllInterfaces.FirstOrDefault(i => i.OriginalDefinition.ToDisplayString() == InterfaceName)?.TypeArguments[0] as INamedTypeSymbol;
        if (target is null)
        {
            return "it does not implement SharpBind.IPythonConverter<T> for a named type T";
        }
        target = (INamedTypeSymbol)target.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
        if (converter.IsGenericType || converter.IsAbstract || converter.TypeKind is not (TypeKind.Class or TypeKind.Struct))
        {
            return "it must be a non-generic, non-abstract class or struct";
        }
        if (converter.TypeKind == TypeKind.Class && !converter.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal))
        {
            return "it needs a parameterless constructor";
        }
        if (!ModuleParser.IsReachable(converter))
        {
            return "generated code cannot see it (make it and the types containing it public or internal)";
        }
        return null;
    }
}
