using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using SharpBind.Generator.Model;

namespace SharpBind.Generator.Parsing;

/// <summary>Reads a <c>[PyClass]</c> class into a <see cref="ClassModel"/> plus diagnostics.</summary>
internal static class ClassParser
{
    // Members every class has that Python spells differently (or not at all).
    private static readonly HashSet<string> s_objectMembers = new() { "ToString", "Equals", "GetHashCode", "GetType", "Finalize", "MemberwiseClone" };

    public static ClassParseResult Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var type = (INamedTypeSymbol)context.TargetSymbol;
        AttributeData attribute = context.Attributes[0];
        string? moduleName = attribute.NamedArguments.FirstOrDefault(a => a.Key == "Module").Value.Value as string;
        var diagnostics = new List<DiagnosticInfo>();
        LocationInfo? location = ModuleParser.LocationOf(type);
        string display = type.ToDisplayString();

        string? reason = type.IsStatic ? "static classes are not supported yet"
            : type.TypeKind != TypeKind.Class ? "only classes are supported yet (not structs)"
            : !ModuleParser.IsReachable(type) ? "it must be public or internal"
            : ModuleParser.IsGeneric(type) ? "generic classes are not supported"
            : null;
        // An abstract class is only ever constructed through a Python subclass's proxy, which may call
        // a protected constructor.
        IMethodSymbol[] constructors = type.InstanceConstructors.Where(c => c.DeclaredAccessibility == Accessibility.Public
            || (type.IsAbstract && c.DeclaredAccessibility is Accessibility.Protected or Accessibility.ProtectedOrInternal)).ToArray();
        if (reason is null && constructors.Length != 1)
        {
            reason = constructors.Length == 0 ? "it has no public constructor" : "it has several public constructors (overloads are not supported yet)";
        }
        if (reason is not null)
        {
            diagnostics.Add(ModuleParser.Diagnostic(Diagnostics.UnsupportedClass, location, display, reason));
            return new ClassParseResult(null, diagnostics.ToEquatableArray(), location);
        }

        string pythonName = ModuleParser.PythonNameOf(type, diagnostics) is { } renamed && HasRename(type) ? renamed : type.Name;
        var constructorList = new List<FunctionModel>();
        ModuleParser.ParseFunction(constructors[0], diagnostics, constructorList, cancellationToken, pythonName: pythonName);

        var methods = new List<MethodModel>();
        var properties = new List<PropertyModel>();
        var exported = new Dictionary<string, string>();
        foreach (ISymbol member in type.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (member.DeclaredAccessibility != Accessibility.Public || member.IsImplicitlyDeclared
                || ModuleParser.HasAttribute(member, ModuleParser.IgnoreAttribute) || s_objectMembers.Contains(member.Name)
                || ProtocolParser.IsProtocolMember(member))
            {
                continue;
            }
            string? name = null;
            if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary } method)
            {
                var parsed = new List<FunctionModel>();
                name = ModuleParser.ParseFunction(method, diagnostics, parsed, cancellationToken);
                bool isVirtual = method.IsVirtual || method.IsAbstract || method.IsOverride;
                methods.AddRange(parsed.Select(f => new MethodModel(f, method.IsStatic, isVirtual)));
            }
            else if (member is IPropertySymbol { IsIndexer: false, IsStatic: false, GetMethod.DeclaredAccessibility: Accessibility.Public } property)
            {
                bool canWrite = property.SetMethod is { DeclaredAccessibility: Accessibility.Public, IsInitOnly: false };
                name = AddProperty(property, property.Type, property.NullableAnnotation, canWrite, diagnostics, properties, cancellationToken);
            }
            else if (member is IFieldSymbol { IsStatic: false } field)
            {
                name = AddProperty(field, field.Type, field.NullableAnnotation, !field.IsReadOnly, diagnostics, properties, cancellationToken);
            }
            if (name is null)
            {
                continue;
            }
            if (exported.TryGetValue(name, out string? first))
            {
                diagnostics.Add(ModuleParser.Diagnostic(Diagnostics.DuplicateName, ModuleParser.LocationOf(member), pythonName, name, first, member.Name));
            }
            else
            {
                exported.Add(name, member.Name);
            }
        }

        ProtocolModel protocols = ProtocolParser.Parse(type, diagnostics, cancellationToken);
        bool hasToString = type.GetMembers("ToString").OfType<IMethodSymbol>().Any(m => m.IsOverride && m.Parameters.Length == 0);
        bool hasErrors = diagnostics.Any(d => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error);
        string? noProxyReason = null;
        EquatableArray<OverrideModel> overrides = type.IsSealed
            ? EquatableArray<OverrideModel>.Empty
            : OverrideParser.Parse(type, pythonName, out noProxyReason, cancellationToken);
        if (noProxyReason is not null)
        {
            diagnostics.Add(ModuleParser.Diagnostic(Diagnostics.NoProxy, location, display, noProxyReason));
        }
        ClassModel? model = hasErrors ? null : new ClassModel(
            pythonName, type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), moduleName,
            DocComments.ToDocstring(type.GetDocumentationCommentXml(cancellationToken: cancellationToken)),
            constructorList[0], methods.ToEquatableArray(), properties.ToEquatableArray(), hasToString, type.IsSealed,
            type.IsAbstract, BaseOf(type), overrides, noProxyReason) { Protocols = protocols };
        return new ClassParseResult(model, diagnostics.ToEquatableArray(), location);
    }

    // The nearest base class declared in this compilation with [PyClass]: its Python type is the base
    // of this one. Bases from other assemblies have no generated glue here and are skipped.
    private static BaseClassModel? BaseOf(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.Locations.Any(l => l.IsInSource) && TypeClassifier.IsBound(current, out _))
            {
                AttributeData attribute = current.GetAttributes().First(a => a.AttributeClass?.ToDisplayString() == "SharpBind.PyClassAttribute");
                string? module = attribute.NamedArguments.FirstOrDefault(a => a.Key == "Module").Value.Value as string;
                return new BaseClassModel(current.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), module);
            }
        }
        return null;
    }

    private static bool HasRename(ISymbol symbol) =>
        symbol.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "SharpBind.PyNameAttribute");

    private static string? AddProperty(ISymbol member, ITypeSymbol memberType, NullableAnnotation annotation, bool canWrite,
        List<DiagnosticInfo> diagnostics, List<PropertyModel> properties, CancellationToken cancellationToken)
    {
        string? name = ModuleParser.PythonNameOf(member, diagnostics);
        TypeModel? type = TypeClassifier.Classify(memberType, annotation);
        if (type is null || type.Kind == ValueKind.Void)
        {
            diagnostics.Add(ModuleParser.Diagnostic(Diagnostics.UnsupportedAttributeType, ModuleParser.LocationOf(member), member.Name, memberType.ToDisplayString()));
            return name;
        }
        if (name is not null)
        {
            string? doc = DocComments.ToDocstring(member.GetDocumentationCommentXml(cancellationToken: cancellationToken));
            properties.Add(new PropertyModel(name, member.Name, type, canWrite, doc));
        }
        return name;
    }
}
