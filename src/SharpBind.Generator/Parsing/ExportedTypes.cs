using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SharpBind.Generator.Parsing;

/// <summary>
/// The classes that <c>[PyExport(typeof(...))]</c> binds in one compilation, with their Python names
/// and modules. <see cref="TypeClassifier"/> asks it, so that an exported class is a bound class
/// wherever it appears: parameters, returns, properties and base classes, in every parser.
/// </summary>
/// <remarks>
/// Why the parsers look the set up in their compilation instead of receiving it through the
/// pipeline: they need it while they hold symbols, inside the transforms of
/// <c>ForAttributeWithMetadataName</c>, and a transform cannot be combined with another provider.
/// Combining afterwards would mean carrying <c>GeneratorAttributeSyntaxContext</c>s (semantic models)
/// down the pipeline, which keeps compilations alive in the driver's tables. The lookup is still
/// incrementally correct: Roslyn runs those transforms again for every new compilation (it combines
/// them with the compilation provider itself), and only their equatable results are cached. An edit
/// to a <c>[PyExport]</c> makes a new compilation, so every parser sees the new set. The scan is
/// done once per compilation (the cache holds it weakly) and binds only the type declarations that
/// carry an attribute spelled <c>PyExport</c>, <c>PyExportAttribute</c> or an alias of it.
/// </remarks>
internal sealed class ExportedTypes
{
    internal const string AttributeName = "SharpBind.PyExportAttribute";

    private static readonly ConditionalWeakTable<Compilation, ExportedTypes> s_cache = new();

    private readonly Dictionary<INamedTypeSymbol, Export> _exports;

    // [assembly: PyConverter(typeof(C))] registrations, by converted type. They live here because,
    // like exports, they are a compilation-wide fact the classifier needs wherever a type appears.
    private readonly Dictionary<INamedTypeSymbol, CustomConverters.Registration> _converters;

    // Collections bound by reference (BoundCollectionExports), by closed type.
    private readonly Dictionary<INamedTypeSymbol, Export> _collections;

    private ExportedTypes(Dictionary<INamedTypeSymbol, Export> exports, Dictionary<INamedTypeSymbol, CustomConverters.Registration> converters,
        Dictionary<INamedTypeSymbol, Export>? collections = null)
    {
        _exports = exports;
        _converters = converters;
        _collections = collections ?? new Dictionary<INamedTypeSymbol, Export>(SymbolEqualityComparer.Default);
    }

    /// <summary>No exports (for parsers that only look at <c>[PyClass]</c> types).</summary>
    public static ExportedTypes None { get; } = new(new Dictionary<INamedTypeSymbol, Export>(SymbolEqualityComparer.Default),
        new Dictionary<INamedTypeSymbol, CustomConverters.Registration>(SymbolEqualityComparer.Default));

    /// <summary>The exports of <paramref name="compilation"/>, scanned on first use.</summary>
    public static ExportedTypes Of(Compilation compilation, CancellationToken cancellationToken) =>
        s_cache.GetValue(compilation, c => Scan(c, cancellationToken));

    /// <summary>The export of <paramref name="type"/>, if it is exported.</summary>
    public bool TryGet(INamedTypeSymbol type, out Export export) => _exports.TryGetValue(type, out export!);

    /// <summary>The export of a <c>List&lt;T&gt;</c>/<c>Dictionary&lt;K, V&gt;</c> bound by reference, if <paramref name="type"/> is one.</summary>
    public bool TryGetCollection(INamedTypeSymbol type, out Export export) => _collections.TryGetValue(type, out export!);

    /// <summary>The assembly-level converter registered for <paramref name="type"/>, if any (the first one wins).</summary>
    public bool TryGetConverter(INamedTypeSymbol type, out CustomConverters.Registration registration) =>
        _converters.TryGetValue(type, out registration);

    /// <summary>Why <paramref name="type"/> cannot be exported from <paramref name="compilation"/>, or null.</summary>
    /// <param name="type">The exported type.</param>
    /// <param name="compilation">The compilation exporting it.</param>
    /// <param name="pythonName">The attribute's <c>Name</c>, or null.</param>
    public static string? ProblemWith(INamedTypeSymbol type, Compilation compilation, string? pythonName) =>
        type.TypeKind is not (TypeKind.Class or TypeKind.Struct or TypeKind.Interface or TypeKind.Enum) ? "only classes, structs, interfaces and enums can be exported (not delegates)"
        : type.IsRefLikeType ? "ref structs cannot be boxed"
        : ModuleParser.IsGeneric(type) && !IsClosedGeneric(type) ? "only a closed generic class can be exported (typeof(Queue<int>), not typeof(Queue<>)), and not one nested in a generic class"
        : ModuleParser.IsGeneric(type) && pythonName is null ? "a generic class needs a Python name: add Name = \"...\""
        : !ModuleParser.IsReachable(type) || !compilation.IsSymbolAccessibleWithin(type, compilation.Assembly) ? "it is not accessible from this assembly"
        : null;

    // Queue<int>: generic with every type argument a real type, and no generic containing type.
    private static bool IsClosedGeneric(INamedTypeSymbol type) =>
        type.IsGenericType && !type.IsUnboundGenericType && (type.ContainingType is null || !ModuleParser.IsGeneric(type.ContainingType))
        && type.TypeArguments.All(a => a.TypeKind is not (TypeKind.TypeParameter or TypeKind.Error));

    /// <summary>The name in a class's <c>[PyModule("...")]</c>, or null when it has none.</summary>
    public static string? ModuleNameOf(INamedTypeSymbol type)
    {
        AttributeData? module = type.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == "SharpBind.PyModuleAttribute");
        return module is null ? null : module.ConstructorArguments.Length == 1 ? module.ConstructorArguments[0].Value as string ?? "" : "";
    }

    /// <summary>Whether two attribute applications are the same one (same file and span).</summary>
    public static bool SameApplication(AttributeData first, AttributeData second) =>
        first.ApplicationSyntaxReference is { } a && second.ApplicationSyntaxReference is { } b && a.SyntaxTree == b.SyntaxTree && a.Span == b.Span;

    // Every [PyExport] on a [PyModule] class, in source order; the first export of a type wins (the
    // others are reported by ExportParser). Types that cannot be exported, or that carry [PyClass],
    // are left out: they are bound as [PyClass] says, or not at all.
    private static ExportedTypes Scan(Compilation compilation, CancellationToken cancellationToken)
    {
        var exports = new Dictionary<INamedTypeSymbol, Export>(SymbolEqualityComparer.Default);
        var converters = new Dictionary<INamedTypeSymbol, CustomConverters.Registration>(SymbolEqualityComparer.Default);
        foreach (AttributeData attribute in compilation.Assembly.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == CustomConverters.AttributeName
                && CustomConverters.Registered(attribute, out INamedTypeSymbol? target) is { } registration && !converters.ContainsKey(target!))
            {
                converters.Add(target!, registration);
            }
        }
        INamedTypeSymbol? attributeClass = compilation.GetTypeByMetadataName(AttributeName);
        if (attributeClass is null)
        {
            return new ExportedTypes(exports, converters);
        }
        HashSet<string> spellings = Spellings(compilation, cancellationToken);
        var modules = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var collections = new Dictionary<INamedTypeSymbol, Export>(SymbolEqualityComparer.Default);
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            SemanticModel? semanticModel = null;
            foreach (TypeDeclarationSyntax declaration in TypeDeclarations(tree.GetRoot(cancellationToken)))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!declaration.AttributeLists.Any(list => list.Attributes.Any(a => spellings.Contains(LastName(a.Name)))))
                {
                    continue;
                }
                semanticModel ??= compilation.GetSemanticModel(tree);
                if (semanticModel.GetDeclaredSymbol(declaration, cancellationToken) is not INamedTypeSymbol module || !modules.Add(module)
                    || ModuleNameOf(module) is not { } moduleName)
                {
                    continue;
                }
                foreach (AttributeData attribute in module.GetAttributes())
                {
                    if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeClass) && TargetOf(attribute) is { } collection
                        && BoundCollectionExports.IsCollection(collection))
                    {
                        if (!collections.ContainsKey(collection) && BoundCollectionExports.IsExportable(collection, attribute))
                        {
                            collections.Add(collection, new Export(NameOf(attribute)!, moduleName, attribute));
                        }
                        continue;
                    }
                    if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeClass) && TargetOf(attribute) is { } type
                        && !exports.ContainsKey(type) && ProblemWith(type, compilation, NameOf(attribute)) is null && !TypeClassifier.HasClassAttribute(type))
                    {
                        exports.Add(type, new Export(NameOf(attribute) ?? type.Name, moduleName, attribute));
                    }
                }
            }
        }
        return new ExportedTypes(exports, converters, collections);
    }

    /// <summary>The class named by <c>typeof(...)</c>, or null.</summary>
    public static INamedTypeSymbol? TargetOf(AttributeData attribute) =>
        attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as INamedTypeSymbol : null;

    /// <summary>The attribute's <c>Name</c>, or null.</summary>
    public static string? NameOf(AttributeData attribute) =>
        attribute.NamedArguments.FirstOrDefault(a => a.Key == "Name").Value.Value as string;

    // Type declarations at any depth of namespaces and types (never inside members).
    private static IEnumerable<TypeDeclarationSyntax> TypeDeclarations(SyntaxNode root) =>
        root.DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax)
            .OfType<TypeDeclarationSyntax>();

    // How an application of the attribute can be spelled: its names, and the aliases of them that
    // using directives declare anywhere in the compilation.
    private static HashSet<string> Spellings(Compilation compilation, CancellationToken cancellationToken)
    {
        var spellings = new HashSet<string> { "PyExport", "PyExportAttribute" };
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            IEnumerable<UsingDirectiveSyntax> usings = tree.GetRoot(cancellationToken)
                .DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
                .OfType<UsingDirectiveSyntax>();
            foreach (UsingDirectiveSyntax directive in usings)
            {
                if (directive.Alias is { } alias && directive.NamespaceOrType is NameSyntax target && LastName(target) is "PyExport" or "PyExportAttribute")
                {
                    spellings.Add(alias.Name.Identifier.ValueText);
                }
            }
        }
        return spellings;
    }

    private static string LastName(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => "",
    };

    /// <summary>One exported class: its Python name and module, and the attribute that exports it.</summary>
    internal sealed class Export
    {
        public Export(string pythonName, string moduleName, AttributeData attribute)
        {
            PythonName = pythonName;
            ModuleName = moduleName;
            Attribute = attribute;
        }

        public string PythonName { get; }

        public string ModuleName { get; }

        public AttributeData Attribute { get; }
    }
}
