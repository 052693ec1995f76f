using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using SharpBind.Generator.Model;

namespace SharpBind.Generator.Parsing;

/// <summary>
/// Reads a <c>[PyModule]</c> class into a <see cref="ModuleModel"/> plus diagnostics. Runs inside the
/// incremental pipeline: it must not keep symbols in what it returns.
/// </summary>
internal static class ModuleParser
{
    internal const string IgnoreAttribute = "SharpBind.PyIgnoreAttribute";
    internal const string NameAttribute = "SharpBind.PyNameAttribute";

    private static readonly SymbolDisplayFormat s_fullyQualified = SymbolDisplayFormat.FullyQualifiedFormat;

    public static ParseResult Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var type = (INamedTypeSymbol)context.TargetSymbol;
        AttributeData attribute = context.Attributes[0];
        string moduleName = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string ?? "" : "";
        LocationInfo? attributeLocation = LocationInfo.From(attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation());
        var diagnostics = new List<DiagnosticInfo>();
        ExportedTypes exports = ExportedTypes.Of(context.SemanticModel.Compilation, cancellationToken);

        if (!PythonNames.IsModuleName(moduleName))
        {
            diagnostics.Add(Diagnostic(Diagnostics.InvalidModuleName, attributeLocation, moduleName));
        }
        if (!IsReachable(type))
        {
            diagnostics.Add(Diagnostic(Diagnostics.InaccessibleModule, LocationOf(type), type.ToDisplayString()));
        }
        if (IsGeneric(type))
        {
            diagnostics.Add(Diagnostic(Diagnostics.GenericModule, LocationOf(type), type.ToDisplayString()));
        }

        var functions = new List<FunctionModel>();
        var attributes = new List<AttributeModel>();
        var exported = new Dictionary<string, (string Member, string Kind)>();

        foreach (ISymbol member in type.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (member.DeclaredAccessibility != Accessibility.Public || !member.IsStatic || member.IsImplicitlyDeclared || HasAttribute(member, IgnoreAttribute))
            {
                continue;
            }
            string? pythonName = member switch
            {
                IMethodSymbol { MethodKind: MethodKind.Ordinary } method => ParseFunction(method, exports, diagnostics, functions, cancellationToken),
                IFieldSymbol field => ParseField(field, exports, diagnostics, attributes),
                IPropertySymbol property => ParseProperty(property, exports, diagnostics, attributes),
                _ => null,
            };
            if (pythonName is null)
            {
                continue;
            }
            CheckName(exported, pythonName, member, ExportKind(member), diagnostics, moduleName);
        }

        bool hasErrors = diagnostics.Any(d => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error);
        ModuleModel? model = hasErrors ? null : new ModuleModel(
            moduleName,
            type.ToDisplayString(s_fullyQualified),
            DocComments.ToDocstring(type.GetDocumentationCommentXml(cancellationToken: cancellationToken)),
            functions.ToEquatableArray(),
            attributes.ToEquatableArray());
        return new ParseResult(model, diagnostics.ToEquatableArray(), attributeLocation);
    }

    /// <summary>
    /// Records an exported name; reports SB0004 when it is taken by another member. Methods of one C#
    /// name (and one <paramref name="kind"/>) may share it: they are overloads of one Python callable.
    /// </summary>
    internal static void CheckName(Dictionary<string, (string Member, string Kind)> exported, string pythonName, ISymbol member, string kind,
        List<DiagnosticInfo> diagnostics, string owner)
    {
        if (!exported.TryGetValue(pythonName, out (string Member, string Kind) first))
        {
            exported.Add(pythonName, (member.Name, kind));
        }
        else if (!(first.Member == member.Name && first.Kind == kind && kind.StartsWith("method", System.StringComparison.Ordinal)))
        {
            diagnostics.Add(Diagnostic(Diagnostics.DuplicateName, LocationOf(member), owner, pythonName, first.Member, member.Name));
        }
    }

    /// <summary>What kind of export a member is, for <see cref="CheckName"/>: overloads need equal kinds.</summary>
    internal static string ExportKind(ISymbol member) => member switch
    {
        IMethodSymbol { IsStatic: true } => "method static",
        IMethodSymbol => "method",
        _ => "attribute",
    };

    /// <summary>Parses one method or constructor into <paramref name="functions"/>; returns its Python name (null: invalid).</summary>
    /// <param name="spans">Whether <c>ReadOnlySpan&lt;T&gt;</c> parameters are taken (as arrays): for
    /// functions Python calls, not for the members a proxy overrides (see <see cref="CollectionClassifier.ReadOnlySpanParameter"/>).</param>
    internal static string? ParseFunction(IMethodSymbol method, ExportedTypes exports, List<DiagnosticInfo> diagnostics, List<FunctionModel> functions, CancellationToken cancellationToken, string? pythonName = null, bool spans = true)
    {
        pythonName ??= PythonNameOf(method, diagnostics);
        bool ok = pythonName is not null;
        if (method.IsGenericMethod)
        {
            diagnostics.Add(Diagnostic(Diagnostics.GenericMethod, LocationOf(method), method.Name));
            return pythonName;
        }

        var parameters = new List<ParameterModel>();
        var symbols = new List<IParameterSymbol>();
        var parameterNames = new Dictionary<string, string>();
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            if (parameter.RefKind is RefKind.Ref or RefKind.Out)
            {
                diagnostics.Add(Diagnostic(Diagnostics.ByRefParameter, LocationOf(parameter), parameter.Name, method.Name, parameter.RefKind.ToString().ToLowerInvariant()));
                ok = false;
                continue;
            }
            TypeModel? type = (spans ? CollectionClassifier.ReadOnlySpanParameter(parameter.Type, exports) : null)
                ?? TypeClassifier.Classify(parameter.Type, parameter.NullableAnnotation, exports);
            if (type is null || type.Kind == ValueKind.Void)
            {
                diagnostics.Add(Diagnostic(Diagnostics.UnsupportedParameterType, LocationOf(parameter), parameter.Name, method.Name, parameter.Type.ToDisplayString()));
                ok = false;
                continue;
            }
            string name = PythonNameOf(parameter, diagnostics) ?? parameter.Name;
            if (parameterNames.TryGetValue(name, out string? clash))
            {
                diagnostics.Add(Diagnostic(Diagnostics.DuplicateParameterName, LocationOf(parameter), clash, parameter.Name, method.Name, name));
                ok = false;
                continue;
            }
            parameterNames.Add(name, parameter.Name);
            string? defaultCSharp = null, defaultPython = null;
            bool forgiveNull = false;
            bool defaultIsEnumMember = false;
            if (parameter.HasExplicitDefaultValue && type.Kind == ValueKind.Enum && parameter.ExplicitDefaultValue is { } enumValue)
            {
                (defaultCSharp, defaultPython, defaultIsEnumMember) = EnumParser.DefaultValue(parameter.Type, enumValue, type);
            }
            else if (parameter.HasExplicitDefaultValue)
            {
                defaultCSharp = Literals.CSharp(parameter.ExplicitDefaultValue, type);
                defaultPython = Literals.Python(parameter.ExplicitDefaultValue);
                // `string s = null!`: the author allows null after all, so Python may pass None.
                // A struct's `= default` (DateTime, a bound struct) is also a null constant, but not null.
                if (parameter.ExplicitDefaultValue is null && !parameter.Type.IsValueType && !type.AcceptsNone && !type.IsNullableValue)
                {
                    type = type with { AcceptsNone = true };
                    forgiveNull = true;
                }
            }
            bool passByIn = parameter.RefKind is RefKind.In or RefKind.RefReadOnlyParameter;
            parameters.Add(new ParameterModel(name, parameter.Name, type, defaultCSharp, defaultPython, passByIn, forgiveNull, defaultIsEnumMember));
            symbols.Add(parameter);
        }
        ok = ok && SignatureParser.Apply(method, symbols, parameters, exports, diagnostics);

        TypeModel? returnType = method.ReturnsByRef || method.ReturnsByRefReadonly ? null : TypeClassifier.Classify(method.ReturnType, method.ReturnNullableAnnotation, exports);
        if (returnType is null)
        {
            diagnostics.Add(Diagnostic(Diagnostics.UnsupportedReturnType, LocationOf(method), method.Name, method.ReturnType.ToDisplayString()));
            ok = false;
        }

        if (ok)
        {
            string? doc = DocComments.ToDocstring(method.GetDocumentationCommentXml(cancellationToken: cancellationToken));
            functions.Add(new FunctionModel(pythonName!, method.Name, doc, parameters.ToEquatableArray(), returnType!,
                HasAttribute(method, "SharpBind.ReleaseGilAttribute")));
        }
        return pythonName;
    }

    private static string? ParseField(IFieldSymbol field, ExportedTypes exports, List<DiagnosticInfo> diagnostics, List<AttributeModel> attributes)
    {
        if (!field.IsConst && !field.IsReadOnly)
        {
            diagnostics.Add(Diagnostic(Diagnostics.MutableStaticNotExported, LocationOf(field), field.Name, "field"));
            return null;
        }
        return ParseAttribute(field, field.Type, field.NullableAnnotation, exports, diagnostics, attributes);
    }

    private static string? ParseProperty(IPropertySymbol property, ExportedTypes exports, List<DiagnosticInfo> diagnostics, List<AttributeModel> attributes)
    {
        if (property.IsIndexer || property.GetMethod is not { DeclaredAccessibility: Accessibility.Public })
        {
            return null;
        }
        if (property.SetMethod is { DeclaredAccessibility: Accessibility.Public })
        {
            diagnostics.Add(Diagnostic(Diagnostics.MutableStaticNotExported, LocationOf(property), property.Name, "property"));
            return null;
        }
        return ParseAttribute(property, property.Type, property.NullableAnnotation, exports, diagnostics, attributes);
    }

    private static string? ParseAttribute(ISymbol member, ITypeSymbol memberType, NullableAnnotation annotation, ExportedTypes exports, List<DiagnosticInfo> diagnostics, List<AttributeModel> attributes)
    {
        string? pythonName = PythonNameOf(member, diagnostics);
        TypeModel? type = TypeClassifier.Classify(memberType, annotation, exports);
        if (type is null || type.Kind == ValueKind.Void)
        {
            diagnostics.Add(Diagnostic(Diagnostics.UnsupportedAttributeType, LocationOf(member), member.Name, memberType.ToDisplayString()));
        }
        else if (pythonName is not null)
        {
            attributes.Add(new AttributeModel(pythonName, member.Name, type));
        }
        return pythonName;
    }

    /// <summary>[PyName] if present (validated), else the snake_case form of the C# name.</summary>
    internal static string? PythonNameOf(ISymbol symbol, List<DiagnosticInfo> diagnostics)
    {
        AttributeData? rename = symbol.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == NameAttribute);
        if (rename is null)
        {
            return PythonNames.ToSnakeCase(symbol.Name);
        }
        string name = rename.ConstructorArguments.Length == 1 ? rename.ConstructorArguments[0].Value as string ?? "" : "";
        if (!PythonNames.IsIdentifier(name))
        {
            diagnostics.Add(Diagnostic(Diagnostics.InvalidPythonName, LocationOf(symbol), name, symbol.Name));
            return null;
        }
        return name;
    }

    internal static bool HasAttribute(ISymbol symbol, string fullName) =>
        symbol.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == fullName);

    /// <summary>Reachable from another file of the same assembly all the way out, so generated code can call it.</summary>
    internal static bool IsReachable(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsFileLocal || current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }
        return true;
    }

    internal static bool IsGeneric(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsGenericType)
            {
                return true;
            }
        }
        return false;
    }

    internal static LocationInfo? LocationOf(ISymbol symbol) => LocationInfo.From(symbol.Locations.FirstOrDefault());

    internal static DiagnosticInfo Diagnostic(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        new(descriptor, location, arguments.ToEquatableArray());
}
