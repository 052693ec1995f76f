using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using SharpBind.Generator.Model;

namespace SharpBind.Generator.Parsing;

/// <summary>
/// Reads a class into a <see cref="ClassModel"/> plus diagnostics: a <c>[PyClass]</c> class, or a
/// class that a module exports with <c>[PyExport]</c> (see <see cref="ExportParser"/>).
/// </summary>
internal static class ClassParser
{
    // Members every class has that Python spells differently (or not at all).
    private static readonly HashSet<string> s_objectMembers = new() { "ToString", "Equals", "GetHashCode", "GetType", "Finalize", "MemberwiseClone" };

    // Attributes that make the compiler or the trimmer warn about (or refuse) code that calls or
    // overrides the member: generated code must not, since users build with warnings as errors.
    private static readonly HashSet<string> s_warningAttributes = new()
    {
        "System.ObsoleteAttribute",
        "System.Diagnostics.CodeAnalysis.ExperimentalAttribute",
        "System.Diagnostics.CodeAnalysis.RequiresUnreferencedCodeAttribute",
        "System.Diagnostics.CodeAnalysis.RequiresDynamicCodeAttribute",
        "System.Diagnostics.CodeAnalysis.RequiresAssemblyFilesAttribute",
    };

    // Members listed in SB0041: the name and parameter types, StringBuilder.Append(char[]).
    private static readonly SymbolDisplayFormat s_memberFormat = new(
        memberOptions: SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeContainingType,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeParamsRefOut,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    /// <summary>A <c>[PyClass]</c> class.</summary>
    public static ClassParseResult Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var type = (INamedTypeSymbol)context.TargetSymbol;
        AttributeData attribute = context.Attributes[0];
        string? moduleName = attribute.NamedArguments.FirstOrDefault(a => a.Key == "Module").Value.Value as string;
        bool dynamicAttributes = attribute.NamedArguments.FirstOrDefault(a => a.Key == "DynamicAttributes").Value.Value is true;
        return Parse(type, moduleName, dynamicAttributes, pythonName: null, ModuleParser.LocationOf(type), isExport: false,
            ExportedTypes.Of(context.SemanticModel.Compilation, cancellationToken), cancellationToken);
    }

    /// <summary>Reads <paramref name="type"/>, annotated with <c>[PyClass]</c> or exported with <c>[PyExport]</c>.</summary>
    /// <param name="type">The class.</param>
    /// <param name="moduleName">Its module, or null for the compilation's only module.</param>
    /// <param name="dynamicAttributes">Whether instances get a <c>__dict__</c>.</param>
    /// <param name="pythonName">The Python name; null for the <c>[PyName]</c> or the C# name.</param>
    /// <param name="location">Where class-level diagnostics go: the class, or the <c>[PyExport]</c> attribute.</param>
    /// <param name="isExport">
    /// Exported: the user cannot annotate the class, so members that cannot be bound are left out and
    /// counted in one SB0041, instead of reported as errors; every diagnostic goes to <paramref name="location"/>.
    /// </param>
    /// <param name="exports">The compilation's exported classes.</param>
    /// <param name="cancellationToken">Cancels the parse.</param>
    internal static ClassParseResult Parse(INamedTypeSymbol type, string? moduleName, bool dynamicAttributes, string? pythonName, LocationInfo? location,
        bool isExport, ExportedTypes exports, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        string display = type.ToDisplayString();

        bool isInterface = type.TypeKind == TypeKind.Interface;
        // An abstract class is only ever constructed through a Python subclass's proxy, which may call
        // a protected constructor. A static class has none: it is a namespace.
        IMethodSymbol[] constructors = type.IsStatic ? new IMethodSymbol[0] : type.InstanceConstructors.Where(c => c.DeclaredAccessibility == Accessibility.Public
            || (type.IsAbstract && c.DeclaredAccessibility is Accessibility.Protected or Accessibility.ProtectedOrInternal)).ToArray();
        // ExportParser has checked an exported class already; one without constructors is bound
        // anyway (its instances come from C#), as pybind11 binds a class without py::init.
        string? reason = isExport ? null
            : type.TypeKind is not (TypeKind.Class or TypeKind.Interface or TypeKind.Struct) ? "only classes, structs and interfaces can be bound"
            : type.IsRefLikeType ? "ref structs cannot be boxed"
            : !ModuleParser.IsReachable(type) ? "it must be public or internal"
            : ModuleParser.IsGeneric(type) ? "generic classes are not supported"
            : !type.IsStatic && !isInterface && constructors.Length == 0 ? "it has no public constructor"
            // `new C(...)` does not compile when C has required members the constructor does not set.
            : HasRequiredMembers(type) && constructors.FirstOrDefault(c => !SetsRequiredMembers(c)) is { } unset
                ? $"it has required members that constructor '{unset.ToDisplayString(s_memberFormat)}' does not set; mark it [SetsRequiredMembers] or make the members non-required"
            : null;
        if (reason is not null)
        {
            diagnostics.Add(ModuleParser.Diagnostic(Diagnostics.UnsupportedClass, location, display, reason));
            return new ClassParseResult(null, diagnostics.ToEquatableArray(), location);
        }

        pythonName ??= ModuleParser.PythonNameOf(type, diagnostics) is { } renamed && HasRename(type) ? renamed : type.Name;
        var skipped = new List<string>(); // what an exported class leaves out, for SB0041
        var constructorList = new List<FunctionModel>();
        foreach (IMethodSymbol constructor in constructors)
        {
            // `new X()` does not compile when X has required members the constructor does not set.
            if (isExport && (WarnsWhenUsed(constructor) || (HasRequiredMembers(type) && !SetsRequiredMembers(constructor))))
            {
                skipped.Add(constructor.ToDisplayString(s_memberFormat));
                continue;
            }
            var found = new List<DiagnosticInfo>();
            var parsed = new List<FunctionModel>();
            // An exported library type's span overloads (Parse(ReadOnlySpan<char>) beside Parse(string))
            // would only duplicate its array and string ones: spans are for the user's own classes.
            ModuleParser.ParseFunction(constructor, exports, found, parsed, cancellationToken, pythonName: pythonName, spans: !isExport);
            if (Keep(constructor, found, isExport, location, diagnostics, skipped))
            {
                constructorList.AddRange(parsed);
            }
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
            var found = new List<DiagnosticInfo>();
            var parsedMethods = new List<FunctionModel>();
            var parsedProperties = new List<PropertyModel>();
            if (isExport && (WarnsWhenUsed(member) || member is IEventSymbol or IPropertySymbol { IsIndexer: true }
                || member is IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator or MethodKind.Conversion }))
            {
                skipped.Add(member.ToDisplayString(s_memberFormat)); // not bindable yet, or would make the build warn
                continue;
            }
            if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary } method)
            {
                name = ModuleParser.ParseFunction(method, exports, found, parsedMethods, cancellationToken, spans: !isExport);
            }
            else if (member is IPropertySymbol { IsIndexer: false, GetMethod.DeclaredAccessibility: Accessibility.Public } property)
            {
                bool canWrite = property.SetMethod is { DeclaredAccessibility: Accessibility.Public, IsInitOnly: false };
                name = AddProperty(property, property.Type, property.NullableAnnotation, canWrite, exports, found, parsedProperties, cancellationToken);
            }
            else if (member is IFieldSymbol field)
            {
                // Constants and static fields are class attributes (read live, like static properties).
                name = AddProperty(field, field.Type, field.NullableAnnotation, !field.IsReadOnly && !field.IsConst, exports, found, parsedProperties, cancellationToken);
            }
            if (name is not null && !(isExport && found.Any(IsError))) // a member left out does not take its name
            {
                ModuleParser.CheckName(exported, name, member, ModuleParser.ExportKind(member), found, pythonName);
            }
            if (!Keep(member, found, isExport, location, diagnostics, skipped))
            {
                continue;
            }
            bool isVirtual = member.IsVirtual || member.IsAbstract || member.IsOverride;
            methods.AddRange(parsedMethods.Select(f => new MethodModel(f, member.IsStatic, isVirtual)));
            (member.IsStatic ? staticProperties : properties).AddRange(parsedProperties);
        }
        // An exported type's protocol members that cannot be bound (an operator taking an unsupported
        // type, say) are left out like its other members: listed in SB0041, not warned about one by one.
        var protocolDiagnostics = new List<DiagnosticInfo>();
        ProtocolModel protocols = ProtocolParser.Parse(type, protocolDiagnostics, exports, cancellationToken);
        foreach (DiagnosticInfo diagnostic in protocolDiagnostics)
        {
            if (isExport && diagnostic.Descriptor == Diagnostics.ProtocolMemberNotBound)
            {
                skipped.Add(diagnostic.Arguments.First());
            }
            else
            {
                diagnostics.Add(diagnostic);
            }
        }
        if (skipped.Count > 0)
        {
            diagnostics.Add(ModuleParser.Diagnostic(Diagnostics.SkippedMembers, location, display,
                skipped.Count.ToString(CultureInfo.InvariantCulture), string.Join(", ", skipped)));
        }

        bool hasToString = type.GetMembers("ToString").OfType<IMethodSymbol>().Any(m => m.IsOverride && m.Parameters.Length == 0);
        bool hasErrors = diagnostics.Any(IsError);
        string? noProxyReason = null;
        EquatableArray<OverrideModel> overrides = type.IsSealed || type.IsStatic
            ? EquatableArray<OverrideModel>.Empty
            : OverrideParser.Parse(type, pythonName, exports, out noProxyReason, cancellationToken);
        if (noProxyReason is not null && !isExport)
        {
            diagnostics.Add(ModuleParser.Diagnostic(Diagnostics.NoProxy, location, display, noProxyReason));
        }
        if (!type.IsSealed && !type.IsStatic && !isInterface && constructorList.Count == 0)
        {
            noProxyReason ??= "it has no public constructor SharpBind can call"; // only exported classes get here
        }
        if (isExport && !type.IsSealed && !type.IsStatic && HasRequiredMembers(type))
        {
            noProxyReason ??= "it has required members, which the proxy's constructors would have to set";
        }
        ClassModel? model = hasErrors ? null : new ClassModel(
            pythonName, type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), moduleName,
            DocComments.ToDocstring(type.GetDocumentationCommentXml(cancellationToken: cancellationToken)),
            constructorList.ToEquatableArray(), methods.ToEquatableArray(), properties.ToEquatableArray(), hasToString, type.IsSealed,
            type.IsAbstract, BaseOf(type, exports), overrides, noProxyReason,
            staticProperties.ToEquatableArray(), type.IsStatic, dynamicAttributes, ContainerOf(type, pythonName, exports),
            isInterface, InterfacesOf(type, exports), type.IsValueType) { Protocols = protocols, Record = RecordParser.Parse(type, exports), IsRecord = type.IsRecord,
                HasRequiredMembers = HasRequiredMembers(type) };
        return new ClassParseResult(model, diagnostics.ToEquatableArray(), location, isExport);
    }

    /// <summary>Whether calling or overriding <paramref name="member"/> makes the build warn (obsolete, experimental, not trimmable).</summary>
    internal static bool WarnsWhenUsed(ISymbol member) =>
        member.GetAttributes().Any(a => a.AttributeClass is { } attribute && s_warningAttributes.Contains(attribute.ToDisplayString()));

    private static bool HasRequiredMembers(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (current.GetMembers().Any(m => m is IPropertySymbol { IsRequired: true } or IFieldSymbol { IsRequired: true }))
            {
                return true;
            }
        }
        return false;
    }

    private static bool SetsRequiredMembers(IMethodSymbol constructor) =>
        ModuleParser.HasAttribute(constructor, "System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute");

    // Whether a parsed member is kept. A [PyClass] class keeps every member and reports its
    // diagnostics (any error stops the class). An exported class leaves out a member with errors,
    // listing it in `skipped`, and reports other diagnostics at the [PyExport].
    private static bool Keep(ISymbol member, List<DiagnosticInfo> found, bool isExport, LocationInfo? location, List<DiagnosticInfo> diagnostics, List<string> skipped)
    {
        if (!isExport)
        {
            diagnostics.AddRange(found);
            return true;
        }
        if (found.Any(IsError))
        {
            skipped.Add(member.ToDisplayString(s_memberFormat));
            return false;
        }
        diagnostics.AddRange(found.Select(d => d with { Location = location }));
        return true;
    }

    private static bool IsError(DiagnosticInfo diagnostic) => diagnostic.Descriptor.DefaultSeverity == DiagnosticSeverity.Error;

    // The nearest base class that is bound here: declared in this compilation with [PyClass] (bases
    // from other assemblies have no generated glue here), or exported by a module of this compilation.
    private static BaseClassModel? BaseOf(INamedTypeSymbol type, ExportedTypes exports)
    {
        for (INamedTypeSymbol? current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (exports.TryGet(current, out _) || (current.Locations.Any(l => l.IsInSource) && TypeClassifier.HasClassAttribute(current)))
            {
                return new BaseClassModel(current.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), TypeClassifier.ModuleOf(current, exports));
            }
        }
        return null;
    }

    // The bound interfaces the type lists directly (for an interface: its bound base interfaces): the
    // Python bases after the base class. An interface from a library is bound only when exported.
    private static EquatableArray<BaseClassModel> InterfacesOf(INamedTypeSymbol type, ExportedTypes exports) =>
        type.Interfaces.Where(i => (i.Locations.Any(l => l.IsInSource) || exports.TryGet(i, out _)) && TypeClassifier.IsBound(i, exports, out _))
            .Select(i => new BaseClassModel(i.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), TypeClassifier.ModuleOf(i, exports)))
            .ToEquatableArray();

    // The bound class this one is declared in, if any: the nested class becomes its attribute.
    private static ContainerModel? ContainerOf(INamedTypeSymbol type, string pythonName, ExportedTypes exports)
    {
        INamedTypeSymbol? outer = type.ContainingType;
        string? module = TypeClassifier.ModuleOf(type, exports);
        if (outer is null || !TypeClassifier.IsBound(outer, exports, out _) || TypeClassifier.ModuleOf(outer, exports) != module)
        {
            return null; // not nested in a bound class of the same module: a module attribute
        }
        // The dotted name runs through every bound class around this one.
        string qualified = pythonName;
        INamedTypeSymbol? current = outer;
        while (current is not null && TypeClassifier.IsBound(current, exports, out string outerName) && TypeClassifier.ModuleOf(current, exports) == module)
        {
            qualified = outerName + "." + qualified;
            current = current.ContainingType;
        }
        return new ContainerModel(outer.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), TypeClassifier.ModuleOf(outer, exports), qualified);
    }

    private static bool HasRename(ISymbol symbol) =>
        symbol.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "SharpBind.PyNameAttribute");

    private static string? AddProperty(ISymbol member, ITypeSymbol memberType, NullableAnnotation annotation, bool canWrite, ExportedTypes exports,
        List<DiagnosticInfo> diagnostics, List<PropertyModel> properties, CancellationToken cancellationToken)
    {
        string? name = ModuleParser.PythonNameOf(member, diagnostics);
        TypeModel? type = TypeClassifier.Classify(memberType, annotation, exports);
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
