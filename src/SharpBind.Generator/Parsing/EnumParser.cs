using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using SharpBind.Generator.Model;

namespace SharpBind.Generator.Parsing;

/// <summary>
/// Reads a <c>[PyClass]</c> enum into an <see cref="EnumModel"/> plus diagnostics, and writes the
/// defaults of enum parameters. Members get UPPER_SNAKE_CASE Python names unless <c>[PyName]</c> says
/// otherwise; <c>[PyIgnore]</c> leaves a member out.
/// </summary>
internal static class EnumParser
{
    public static EnumParseResult Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var type = (INamedTypeSymbol)context.TargetSymbol;
        return Parse(type, TypeClassifier.ModuleOf(type, ExportedTypes.None), null, ModuleParser.LocationOf(type), cancellationToken);
    }

    /// <summary>
    /// Reads <paramref name="type"/> as an enum of <paramref name="moduleName"/> (null: the only module),
    /// named <paramref name="exportName"/> (null: its <c>[PyName]</c> or C# name); diagnostics at <paramref name="location"/>.
    /// Also used for enums exported with <c>[PyExport]</c>.
    /// </summary>
    public static EnumParseResult Parse(INamedTypeSymbol type, string? moduleName, string? exportName, LocationInfo? location, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        string display = type.ToDisplayString();

        string? reason = !ModuleParser.IsReachable(type) ? "it must be public or internal, and so must every type it is nested in"
            : ModuleParser.IsGeneric(type) ? "it is nested in a generic type"
            : null;
        if (reason is not null)
        {
            diagnostics.Add(ModuleParser.Diagnostic(Diagnostics.UnsupportedEnum, location, display, reason));
            return new EnumParseResult(null, diagnostics.ToEquatableArray(), location);
        }

        string pythonName = exportName ?? (ModuleParser.HasAttribute(type, ModuleParser.NameAttribute)
            ? ModuleParser.PythonNameOf(type, diagnostics) ?? type.Name
            : type.Name);
        var members = new List<EnumMemberModel>();
        var exported = new Dictionary<string, string>();
        foreach ((IFieldSymbol field, string? name) in Members(type, diagnostics))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (name is null)
            {
                continue; // an invalid [PyName], reported
            }
            if (PythonNames.IsReservedEnumMember(name))
            {
                diagnostics.Add(ModuleParser.Diagnostic(Diagnostics.ReservedEnumMember, ModuleParser.LocationOf(field), field.Name, display, name));
            }
            else if (exported.TryGetValue(name, out string? first))
            {
                diagnostics.Add(ModuleParser.Diagnostic(Diagnostics.DuplicateEnumMember, ModuleParser.LocationOf(field), first, field.Name, display, name));
            }
            else
            {
                exported.Add(name, field.Name);
                string? doc = DocComments.ToDocstring(field.GetDocumentationCommentXml(cancellationToken: cancellationToken));
                members.Add(new EnumMemberModel(name, field.Name, doc));
            }
        }

        bool hasErrors = diagnostics.Any(d => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error);
        EnumModel? model = hasErrors ? null : new EnumModel(
            pythonName, type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), moduleName,
            DocComments.ToDocstring(type.GetDocumentationCommentXml(cancellationToken: cancellationToken)),
            type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.FlagsAttribute"),
            TypeClassifier.KindOf(type.EnumUnderlyingType!) ?? ValueKind.Int32,
            members.ToEquatableArray());
        return new EnumParseResult(model, diagnostics.ToEquatableArray(), location);
    }

    /// <summary>
    /// The default of a parameter of enum type <paramref name="type"/>, as C#, as Python, and whether
    /// the Python form is a member: <c>global::Color.Red</c> and <c>Color.RED</c> when a member has the
    /// value, otherwise the number (a flag combination, say) cast in C# and plain in Python.
    /// </summary>
    public static (string CSharp, string Python, bool IsMember) DefaultValue(ITypeSymbol parameterType, object value, TypeModel type)
    {
        ITypeSymbol enumType = parameterType is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : parameterType;
        string csharpType = ValueKinds.Keyword(type);
        foreach ((IFieldSymbol field, string? name) in Members((INamedTypeSymbol)enumType, new List<DiagnosticInfo>()))
        {
            if (name is not null && Equals(field.ConstantValue, value))
            {
                return ($"{csharpType}.{Identifiers.Escape(field.Name)}", $"{type.BoundName}.{name}", true);
            }
        }
        string number = Convert.ToString(value, CultureInfo.InvariantCulture);
        return ($"({csharpType})({number})", number, false);
    }

    // The exported members in declaration order, with their Python names (null after an invalid [PyName]).
    private static IEnumerable<(IFieldSymbol Field, string? PythonName)> Members(INamedTypeSymbol type, List<DiagnosticInfo> diagnostics)
    {
        foreach (IFieldSymbol field in type.GetMembers().OfType<IFieldSymbol>())
        {
            if (!field.HasConstantValue || ModuleParser.HasAttribute(field, ModuleParser.IgnoreAttribute))
            {
                continue;
            }
            string? name = ModuleParser.HasAttribute(field, ModuleParser.NameAttribute)
                ? ModuleParser.PythonNameOf(field, diagnostics)
                : PythonNames.ToUpperSnakeCase(field.Name);
            yield return (field, name);
        }
    }
}
