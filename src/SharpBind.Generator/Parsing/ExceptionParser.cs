using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using SharpBind.Generator.Model;

namespace SharpBind.Generator.Parsing;

/// <summary>
/// Reads <c>[PyException]</c> classes into <see cref="ExceptionModel"/>s and the
/// <c>[PyExceptionMapping]</c> attributes of module classes into <see cref="ExceptionMappingModel"/>s.
/// Which module each belongs to, and name clashes across a module, are settled when modules are
/// emitted (<see cref="SharpBindGenerator"/>).
/// </summary>
internal static class ExceptionParser
{
    internal const string AttributeName = "SharpBind.PyExceptionAttribute";
    internal const string MappingAttributeName = "SharpBind.PyExceptionMappingAttribute";
    private const string ModuleAttributeName = "SharpBind.PyModuleAttribute";

    public static ExceptionParseResult Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var type = (INamedTypeSymbol)context.TargetSymbol;
        AttributeData attribute = context.Attributes[0];
        var diagnostics = new List<DiagnosticInfo>();
        LocationInfo? location = ModuleParser.LocationOf(type);
        string display = type.ToDisplayString();

        if (!IsException(type))
        {
            diagnostics.Add(ModuleParser.Diagnostic(Diagnostics.ExceptionNotException, location, display));
            return new ExceptionParseResult(null, diagnostics.ToEquatableArray(), location);
        }
        string? reason = !ModuleParser.IsReachable(type) ? "it must be public or internal, and so must every type it is nested in"
            : ModuleParser.IsGeneric(type) ? "it is generic or nested in a generic type; Python cannot choose its type arguments"
            : null;
        if (reason is not null)
        {
            diagnostics.Add(ModuleParser.Diagnostic(Diagnostics.UnsupportedException, location, display, reason));
            return new ExceptionParseResult(null, diagnostics.ToEquatableArray(), location);
        }

        string? moduleName = ModuleOf(attribute);
        string? builtinBase = null;
        string? baseClass = null;
        bool baseIsExplicit = false;
        foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
        {
            if (argument.Key == "Base" && argument.Value.Type is INamedTypeSymbol enumType)
            {
                builtinBase = enumType.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => Equals(f.ConstantValue, argument.Value.Value))?.Name ?? "Exception";
            }
            else if (argument.Key == "BaseType" && argument.Value.Value is INamedTypeSymbol baseType)
            {
                baseIsExplicit = true;
                baseClass = baseType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
                string? problem = !IsException(baseType) || !ModuleParser.HasAttribute(baseType, AttributeName) ? "it is not a [PyException] exception class"
                    : SymbolEqualityComparer.Default.Equals(baseType, type) ? "a class cannot be its own base"
                    : null;
                if (problem is not null)
                {
                    diagnostics.Add(ModuleParser.Diagnostic(Diagnostics.InvalidExceptionBase, location, display, baseType.ToDisplayString(), problem));
                }
            }
        }
        if (!baseIsExplicit)
        {
            // The nearest C# base class that is a [PyException] too: the Python classes follow the C# hierarchy.
            for (INamedTypeSymbol? current = type.BaseType; current is not null; current = current.BaseType)
            {
                if (ModuleParser.HasAttribute(current, AttributeName))
                {
                    baseClass = current.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
                    break;
                }
            }
        }

        string pythonName = ModuleParser.HasAttribute(type, ModuleParser.NameAttribute)
            ? ModuleParser.PythonNameOf(type, diagnostics) ?? type.Name
            : type.Name;
        bool hasErrors = diagnostics.Any(d => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error);
        ExceptionModel? model = hasErrors ? null : new ExceptionModel(
            pythonName, type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), moduleName,
            DocComments.ToDocstring(type.GetDocumentationCommentXml(cancellationToken: cancellationToken)),
            baseClass, baseIsExplicit, builtinBase, Depth(type));
        return new ExceptionParseResult(model, diagnostics.ToEquatableArray(), location);
    }

    /// <summary>The <c>[PyExceptionMapping]</c> attributes of one class (which must be a <c>[PyModule]</c>).</summary>
    public static ExceptionMappingParseResult ParseMappings(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var type = (INamedTypeSymbol)context.TargetSymbol;
        var diagnostics = new List<DiagnosticInfo>();
        var mappings = new List<ExceptionMappingModel>();
        bool isModule = ModuleParser.HasAttribute(type, ModuleAttributeName);
        var mapped = new HashSet<string>();
        foreach (AttributeData attribute in context.Attributes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            LocationInfo? location = LocationInfo.From(attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation());
            if (attribute.ConstructorArguments.Length != 2)
            {
                continue; // does not compile; the compiler reports it
            }
            var exceptionType = attribute.ConstructorArguments[0].Value as INamedTypeSymbol;
            string pythonName = attribute.ConstructorArguments[1].Value as string ?? "";
            string shown = exceptionType?.ToDisplayString() ?? "null";
            string? problem = !isModule ? $"'{type.ToDisplayString()}' has no [PyModule]"
                : exceptionType is null || !IsException(exceptionType) ? "it is not an exception type (a class deriving from System.Exception)"
                : exceptionType.IsUnboundGenericType ? "an open generic type cannot be tested"
                : !PythonNames.IsModuleName(pythonName) ? "the Python name must be an identifier or a dotted name such as 'package.module.Error'"
                : !mapped.Add(exceptionType.ToDisplayString()) ? "the type is mapped twice"
                : null;
            if (problem is not null)
            {
                diagnostics.Add(ModuleParser.Diagnostic(Diagnostics.InvalidExceptionMapping, location, shown, pythonName, problem));
                continue;
            }
            mappings.Add(new ExceptionMappingModel(exceptionType!.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), pythonName, Depth(exceptionType), location));
        }
        return new ExceptionMappingParseResult(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), isModule,
            mappings.ToEquatableArray(), diagnostics.ToEquatableArray(), ModuleParser.LocationOf(type));
    }

    private static string? ModuleOf(AttributeData attribute) =>
        attribute.NamedArguments.FirstOrDefault(a => a.Key == "Module").Value.Value as string;

    private static bool IsException(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (current.ToDisplayString() == "System.Exception")
            {
                return type.TypeKind == TypeKind.Class;
            }
        }
        return false;
    }

    // How many classes the type derives from: System.Exception is 1 (System.Object 0).
    private static int Depth(INamedTypeSymbol type)
    {
        int depth = 0;
        for (INamedTypeSymbol? current = type.BaseType; current is not null; current = current.BaseType)
        {
            depth++;
        }
        return depth;
    }
}
