using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SharpBind.Generator.Model;

namespace SharpBind.Generator.Parsing;

/// <summary>Reads a positional record's primary constructor into a <see cref="RecordModel"/>.</summary>
internal static class RecordParser
{
    /// <summary>
    /// The record's fields, or null when the type is not a record, has no public primary constructor
    /// (one whose parameters all have a readable property of the same name), or a field's type
    /// cannot be converted (the record is then bound as a plain class).
    /// </summary>
    public static RecordModel? Parse(INamedTypeSymbol type, ExportedTypes exports)
    {
        if (!type.IsRecord)
        {
            return null;
        }
        IMethodSymbol? primary = type.InstanceConstructors.FirstOrDefault(c => c.DeclaredAccessibility == Accessibility.Public
            && c.Parameters.Length > 0
            && !(c.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(c.Parameters[0].Type, type)) // the copy constructor
            && c.Parameters.All(p => PropertyOf(type, p.Name) is not null));
        if (primary is null)
        {
            return null;
        }
        var fields = new List<RecordFieldModel>();
        foreach (IParameterSymbol parameter in primary.Parameters)
        {
            IPropertySymbol property = PropertyOf(type, parameter.Name)!;
            TypeModel? fieldType = TypeClassifier.Classify(property.Type, property.NullableAnnotation, exports);
            string? name = ModuleParser.PythonNameOf(parameter, new List<DiagnosticInfo>());
            if (fieldType is null || fieldType.Kind == ValueKind.Void || name is null)
            {
                return null;
            }
            fields.Add(new RecordFieldModel(name, property.Name, fieldType));
        }
        return new RecordModel(fields.ToEquatableArray());
    }

    // A public readable instance property of that name, declared here or inherited (derived records).
    private static IPropertySymbol? PropertyOf(INamedTypeSymbol type, string name)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            IPropertySymbol? property = current.GetMembers(name).OfType<IPropertySymbol>()
                .FirstOrDefault(p => !p.IsStatic && p.GetMethod is { DeclaredAccessibility: Accessibility.Public });
            if (property is not null)
            {
                return property;
            }
        }
        return null;
    }
}
