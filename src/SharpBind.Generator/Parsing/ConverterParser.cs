using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SharpBind.Generator.Model;

namespace SharpBind.Generator.Parsing;

/// <summary>
/// Checks each <c>[PyConverter]</c> application (on a type or on the assembly) and reports the ones
/// that cannot work; the registrations themselves are read by <see cref="CustomConverters"/>.
/// </summary>
internal static class ConverterParser
{
    public static EquatableArray<DiagnosticInfo> Check(GeneratorAttributeSyntaxContext context)
    {
        var diagnostics = new List<DiagnosticInfo>();
        foreach (AttributeData attribute in context.Attributes)
        {
            if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not INamedTypeSymbol converter)
            {
                continue; // typeof of an error type: the compiler reports it
            }
            LocationInfo? location = LocationInfo.From(attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation());
            string converterName = converter.ToDisplayString();
            if (CustomConverters.ProblemWith(converter, out INamedTypeSymbol? target) is { } problem)
            {
                diagnostics.Add(new DiagnosticInfo(Diagnostics.UnusableConverter, location, new[] { converterName, problem }.ToEquatableArray()));
            }
            else if (context.TargetSymbol is INamedTypeSymbol annotated && !SymbolEqualityComparer.Default.Equals(annotated, target))
            {
                diagnostics.Add(new DiagnosticInfo(Diagnostics.ConverterForOtherType, location,
                    new[] { annotated.ToDisplayString(), converterName, target!.ToDisplayString() }.ToEquatableArray()));
            }
        }
        return diagnostics.ToEquatableArray();
    }
}
