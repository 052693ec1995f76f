using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using SharpBind.Generator.Model;

namespace SharpBind.Generator.Parsing;

/// <summary>
/// Reads the <c>[PyExport(typeof(X))]</c> attributes of a <c>[PyModule]</c> class: each exported class
/// is read as <c>[PyClass(Module = "that module")]</c> on it would be (<see cref="ClassParser"/>),
/// leniently, with every diagnostic at the attribute.
/// </summary>
internal static class ExportParser
{
    public static EquatableArray<ClassParseResult> Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var module = (INamedTypeSymbol)context.TargetSymbol;
        Compilation compilation = context.SemanticModel.Compilation;
        ExportedTypes exports = ExportedTypes.Of(compilation, cancellationToken);
        string? moduleName = ExportedTypes.ModuleNameOf(module);
        var results = new List<ClassParseResult>();
        foreach (AttributeData attribute in context.Attributes)
        {
            LocationInfo? location = LocationInfo.From(attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation());
            INamedTypeSymbol? type = ExportedTypes.TargetOf(attribute);
            string? pythonName = ExportedTypes.NameOf(attribute);
            if (type is not null && moduleName is not null && BoundCollectionExports.IsCollection(type))
            {
                results.Add(BoundCollectionExports.Parse(type, attribute, moduleName, location, exports));
                continue;
            }
            string display = type?.ToDisplayString() ?? (attribute.ConstructorArguments.FirstOrDefault().Value as ITypeSymbol)?.ToDisplayString() ?? "?";
            string? problem = type is null ? "typeof(...) must name a class, struct, interface or enum"
                : moduleName is null ? $"'{module.ToDisplayString()}' has no [PyModule]; put [PyExport] on the module class"
                : ExportedTypes.ProblemWith(type, compilation, pythonName)
                ?? (pythonName is not null && !PythonNames.IsIdentifier(pythonName) ? $"Name \"{pythonName}\" is not a valid Python identifier" : null);
            if (type is null || problem is not null)
            {
                results.Add(Failed(Diagnostics.UnsupportedExport, location, display, problem ?? ""));
                continue;
            }
            string? clash = TypeClassifier.HasClassAttribute(type) ? "it has [PyClass]"
                : exports.TryGet(type, out ExportedTypes.Export first) && !ExportedTypes.SameApplication(first.Attribute, attribute)
                    ? $"module '{first.ModuleName}' exports it already"
                : null;
            if (clash is not null)
            {
                results.Add(Failed(Diagnostics.AlreadyBound, location, display, clash));
                continue;
            }
            if (type.TypeKind == TypeKind.Enum)
            {
                continue; // read by ParseEnums
            }
            bool dynamicAttributes = attribute.NamedArguments.FirstOrDefault(a => a.Key == "DynamicAttributes").Value.Value is true;
            results.Add(ClassParser.Parse(type, moduleName, dynamicAttributes, pythonName ?? type.Name, location, isExport: true, exports, cancellationToken));
        }
        return results.ToEquatableArray();
    }

    /// <summary>
    /// The enums a module class exports, read as <c>[PyClass(Module = ...)]</c> on them would be
    /// (<see cref="EnumParser"/>). Problems with the attribute itself are reported by <see cref="Parse"/>.
    /// </summary>
    public static EquatableArray<EnumParseResult> ParseEnums(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var module = (INamedTypeSymbol)context.TargetSymbol;
        Compilation compilation = context.SemanticModel.Compilation;
        ExportedTypes exports = ExportedTypes.Of(compilation, cancellationToken);
        var results = new List<EnumParseResult>();
        foreach (AttributeData attribute in context.Attributes)
        {
            // Only the first export of an enum that can be exported, as for classes (Parse reports the rest).
            if (ExportedTypes.TargetOf(attribute) is { TypeKind: TypeKind.Enum } type && exports.TryGet(type, out ExportedTypes.Export export)
                && ExportedTypes.SameApplication(export.Attribute, attribute))
            {
                LocationInfo? location = LocationInfo.From(attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation());
                results.Add(EnumParser.Parse(type, export.ModuleName, export.PythonName, location, cancellationToken));
            }
        }
        return results.ToEquatableArray();
    }

    private static ClassParseResult Failed(DiagnosticDescriptor descriptor, LocationInfo? location, string type, string reason) =>
        new(null, new[] { ModuleParser.Diagnostic(descriptor, location, type, reason) }.ToEquatableArray(), location, IsExport: true);
}
