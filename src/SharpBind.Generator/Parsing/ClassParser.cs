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

        bool isInterface = type.TypeKind == TypeKind.Interface;
        string? reason = type.TypeKind is not (TypeKind.Class or TypeKind.Interface or TypeKind.Struct) ? "only classes, structs and interfaces can be bound"
            : type.IsRefLikeType ? "ref structs cannot be boxed"
            : !ModuleParser.IsReachable(type) ? "it must be public or internal"
            : ModuleParser.IsGeneric(type) ? "generic classes are not supported"
            : null;
        // An abstract class is only ever constructed through a Python subclass's proxy, which may call
        // a protected constructor. A static class has none: it is a namespace.
        IMethodSymbol[] constructors = type.IsStatic ? new IMethodSymbol[0] : type.InstanceConstructors.Where(c => c.DeclaredAccessibility == Accessibility.Public
            || (type.IsAbstract && c.DeclaredAccessibility is Accessibility.Protected or Accessibility.ProtectedOrInternal)).ToArray();
        if (reason is null && !type.IsStatic && !isInterface && constructors.Length == 0)
        {
            reason = "it has no public constructor";
        }
        if (reason is not null)
        {
            diagnostics.Add(ModuleParser.Diagnostic(Diagnostics.UnsupportedClass, location, display, reason));
            return new ClassParseResult(null, diagnostics.ToEquatableArray(), location);
        }

        string pythonName = ModuleParser.PythonNameOf(type, diagnostics) is { } renamed && HasRename(type) ? renamed : type.Name;
        var constructorList = new List<FunctionModel>();
        foreach (IMethodSymbol constructor in constructors)
        {
            ModuleParser.ParseFunction(constructor, diagnostics, constructorList, cancellationToken, pythonName: pythonName);
        }

        var methods = new List<MethodModel>();
        var properties = new List<PropertyModel>();
        var staticProperties = new List<PropertyModel>();
        var exported = new Dictionary<string, (string Member, string Kind)>();
        foreach (ISymbol member in type.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (member.DeclaredAccessibility != Accessibility.Public || member.IsImplicitlyDeclared
                || ModuleParser.HasAttribute(member, ModuleParser.IgnoreAttribute) || s_objectMembers.Contains(member.Name)
                || (isInterface && member.IsStatic) // static interface members need a type argument to be called
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
            else if (member is IPropertySymbol { IsIndexer: false, GetMethod.DeclaredAccessibility: Accessibility.Public } property)
            {
                bool canWrite = property.SetMethod is { DeclaredAccessibility: Accessibility.Public, IsInitOnly: false };
                name = AddProperty(property, property.Type, property.NullableAnnotation, canWrite, diagnostics,
                    property.IsStatic ? staticProperties : properties, cancellationToken);
            }
            else if (member is IFieldSymbol field)
            {
                // Constants and static fields are class attributes (read live, like static properties).
                name = AddProperty(field, field.Type, field.NullableAnnotation, !field.IsReadOnly && !field.IsConst, diagnostics,
                    field.IsStatic ? staticProperties : properties, cancellationToken);
            }
            if (name is null)
            {
                continue;
            }
            ModuleParser.CheckName(exported, name, member, ModuleParser.ExportKind(member), diagnostics, pythonName);
        }

        ProtocolModel protocols = ProtocolParser.Parse(type, diagnostics, cancellationToken);
        bool hasToString = type.GetMembers("ToString").OfType<IMethodSymbol>().Any(m => m.IsOverride && m.Parameters.Length == 0);
        bool hasErrors = diagnostics.Any(d => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error);
        string? noProxyReason = null;
        EquatableArray<OverrideModel> overrides = type.IsSealed || type.IsStatic
            ? EquatableArray<OverrideModel>.Empty
            : OverrideParser.Parse(type, pythonName, out noProxyReason, cancellationToken);
        if (noProxyReason is not null)
        {
            diagnostics.Add(ModuleParser.Diagnostic(Diagnostics.NoProxy, location, display, noProxyReason));
        }
        bool dynamicAttributes = attribute.NamedArguments.FirstOrDefault(a => a.Key == "DynamicAttributes").Value.Value is true;
        ClassModel? model = hasErrors ? null : new ClassModel(
            pythonName, type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), moduleName,
            DocComments.ToDocstring(type.GetDocumentationCommentXml(cancellationToken: cancellationToken)),
            constructorList.ToEquatableArray(), methods.ToEquatableArray(), properties.ToEquatableArray(), hasToString, type.IsSealed,
            type.IsAbstract, BaseOf(type), overrides, noProxyReason,
            staticProperties.ToEquatableArray(), type.IsStatic, dynamicAttributes, ContainerOf(type, pythonName),
            isInterface, InterfacesOf(type), type.IsValueType) { Protocols = protocols, Record = RecordParser.Parse(type), IsRecord = type.IsRecord };
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
                return new BaseClassModel(current.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), ModuleOf(current));
            }
        }
        return null;
    }

    // The bound interfaces the type lists directly (for an interface: its bound base interfaces): the
    // Python bases after the base class.
    private static EquatableArray<BaseClassModel> InterfacesOf(INamedTypeSymbol type) =>
        type.Interfaces.Where(i => i.Locations.Any(l => l.IsInSource) && TypeClassifier.IsBound(i, out _))
            .Select(i => new BaseClassModel(i.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), ModuleOf(i)))
            .ToEquatableArray();

    // The bound class this one is declared in, if any: the nested class becomes its attribute.
    private static ContainerModel? ContainerOf(INamedTypeSymbol type, string pythonName)
    {
        INamedTypeSymbol? outer = type.ContainingType;
        if (outer is null || !TypeClassifier.IsBound(outer, out _) || ModuleOf(outer) != ModuleOf(type))
        {
            return null; // not nested in a bound class of the same module: a module attribute
        }
        // The dotted name runs through every bound class around this one.
        string qualified = pythonName;
        INamedTypeSymbol? current = outer;
        while (current is not null && TypeClassifier.IsBound(current, out string outerName) && ModuleOf(current) == ModuleOf(type))
        {
            qualified = outerName + "." + qualified;
            current = current.ContainingType;
        }
        return new ContainerModel(outer.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), ModuleOf(outer), qualified);
    }

    private static string? ModuleOf(INamedTypeSymbol type)
    {
        AttributeData attribute = type.GetAttributes().First(a => a.AttributeClass?.ToDisplayString() == "SharpBind.PyClassAttribute");
        return attribute.NamedArguments.FirstOrDefault(a => a.Key == "Module").Value.Value as string;
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
