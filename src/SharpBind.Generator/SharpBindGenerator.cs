using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SharpBind.Generator.Emitting;
using SharpBind.Generator.Model;
using SharpBind.Generator.Parsing;

namespace SharpBind.Generator;

/// <summary>
/// The SharpBind source generator: finds <c>[PyModule]</c> classes, parses each into an equatable
/// model (<see cref="ModuleParser"/>) and emits its CPython glue (<see cref="ModuleEmitter"/>).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class SharpBindGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<ParseResult> modules = context.SyntaxProvider.ForAttributeWithMetadataName(
            "SharpBind.PyModuleAttribute",
            static (node, _) => node is ClassDeclarationSyntax or RecordDeclarationSyntax { ClassOrStructKeyword.RawKind: not (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.StructKeyword },
            static (syntax, cancellationToken) => ModuleParser.Parse(syntax, cancellationToken));

        // All modules are emitted together so that clashing ones can be reported instead of emitted
        // (two PyInit_x exports, or two generated classes of one name). The collected models are
        // equatable, so this step is still skipped when nothing changed.
        IncrementalValuesProvider<ClassParseResult> classes = context.SyntaxProvider.ForAttributeWithMetadataName(
            "SharpBind.PyClassAttribute",
            static (node, _) => node is TypeDeclarationSyntax, // classes, records, structs and interfaces (the last two reported as unsupported)
            static (syntax, cancellationToken) => ClassParser.Parse(syntax, cancellationToken));

        // [PyClass] on an enum: an enum.IntEnum or enum.IntFlag.
        IncrementalValuesProvider<EnumParseResult> enums = context.SyntaxProvider.ForAttributeWithMetadataName(
            "SharpBind.PyClassAttribute",
            static (node, _) => node is EnumDeclarationSyntax,
            static (syntax, cancellationToken) => EnumParser.Parse(syntax, cancellationToken));

        // [PyExport(typeof(X))] on a module class: X bound as if it had [PyClass(Module = ...)].
        IncrementalValuesProvider<ClassParseResult> exports = context.SyntaxProvider.ForAttributeWithMetadataName(
            ExportedTypes.AttributeName,
            static (node, _) => node is TypeDeclarationSyntax,
            static (syntax, cancellationToken) => ExportParser.Parse(syntax, cancellationToken))
            .SelectMany(static (results, _) => results);

        // [PyExport(typeof(SomeEnum))]: the enum bound as if it had [PyClass(Module = ...)].
        IncrementalValuesProvider<EnumParseResult> exportedEnums = context.SyntaxProvider.ForAttributeWithMetadataName(
            ExportedTypes.AttributeName,
            static (node, _) => node is TypeDeclarationSyntax,
            static (syntax, cancellationToken) => ExportParser.ParseEnums(syntax, cancellationToken))
            .SelectMany(static (results, _) => results);

        // [PyException] classes and [PyExceptionMapping]s (SharpBindGenerator.Exceptions.cs).
        IncrementalValueProvider<ExceptionInputs> exceptions = ExceptionPipeline(context);

        context.RegisterSourceOutput(modules.Collect().Combine(classes.Collect()).Combine(enums.Collect().Combine(exportedEnums.Collect())).Combine(exports.Collect()).Combine(exceptions),
            static (output, inputs) => Emit(output, inputs.Left.Left.Left.Left, inputs.Left.Left.Left.Right.AddRange(inputs.Left.Right), inputs.Left.Left.Right.Left.AddRange(inputs.Left.Left.Right.Right), inputs.Right));

        // [PyConverter] applications that cannot work (on types and on the assembly).
        IncrementalValuesProvider<EquatableArray<DiagnosticInfo>> converterProblems = context.SyntaxProvider.ForAttributeWithMetadataName(
            CustomConverters.AttributeName,
            static (node, _) => node is TypeDeclarationSyntax or CompilationUnitSyntax,
            static (syntax, _) => ConverterParser.Check(syntax));
        context.RegisterSourceOutput(converterProblems, static (output, diagnostics) =>
        {
            foreach (DiagnosticInfo diagnostic in diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        // Delegate types the compilation declares: a converter each, written when there is a module to use them.
        IncrementalValuesProvider<DelegateModel> delegates = context.SyntaxProvider.CreateSyntaxProvider(
            static (node, _) => node is DelegateDeclarationSyntax,
            static (syntax, cancellationToken) => syntax.SemanticModel.GetDeclaredSymbol(syntax.Node, cancellationToken) is INamedTypeSymbol type
                ? DelegateShapes.Model(type, ExportedTypes.Of(syntax.SemanticModel.Compilation, cancellationToken))
                : null)
            .Where(static model => model is not null)!;
        context.RegisterSourceOutput(delegates.Collect().Combine(modules.Collect()), static (output, inputs) =>
        {
            if (!inputs.Left.IsEmpty && inputs.Right.Any(result => result.Module is not null))
            {
                output.AddSource(DelegateEmitter.HintName, DelegateEmitter.Emit(inputs.Left));
            }
        });
    }

    private static void Emit(SourceProductionContext output, ImmutableArray<ParseResult> results, ImmutableArray<ClassParseResult> classResults,
        ImmutableArray<EnumParseResult> enumResults, ExceptionInputs exceptionInputs)
    {
        var seen = new List<ModuleModel>();
        foreach (ParseResult result in results)
        {
            foreach (DiagnosticInfo diagnostic in result.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
            if (result.Module is not { } module)
            {
                continue;
            }
            ModuleModel? clash = seen.Find(other => other.ModuleName == module.ModuleName
                || other.ShortName == module.ShortName || other.GeneratedClassName == module.GeneratedClassName);
            if (clash is not null)
            {
                output.ReportDiagnostic(Diagnostic.Create(Diagnostics.DuplicateModule, result.Location?.ToLocation(),
                    module.ModuleName, clash.ModuleName, clash.ClassName));
                continue;
            }
            seen.Add(module);
        }

        // Each class goes into the module it names, or the only module there is. [PyClass] classes come
        // first (classResults lists them before exported ones), so they keep a name both want.
        var classesByModule = new Dictionary<string, List<ClassModel>>();
        foreach (ClassParseResult result in classResults)
        {
            foreach (DiagnosticInfo diagnostic in result.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
            if (result.Class is not { } type)
            {
                continue;
            }
            ModuleModel? owner = OwnerOf(type.ModuleName, seen);
            if (owner is null)
            {
                if (!result.IsExport) // an exported class's module has errors of its own
                {
                    output.ReportDiagnostic(NoOwner(result.Location, type.ClassName, type.ModuleName, seen.Count));
                }
                continue;
            }
            List<ClassModel> moduleClasses = ListFor(classesByModule, owner);
            if (result.IsExport && type.Container is null && (owner.Functions.Any(f => f.PythonName == type.PythonName)
                || owner.Attributes.Any(a => a.PythonName == type.PythonName) || moduleClasses.Any(c => c.QualifiedName == type.PythonName)))
            {
                output.ReportDiagnostic(Diagnostic.Create(Diagnostics.DuplicateExportName, result.Location?.ToLocation(), type.ClassName, type.PythonName, owner.ModuleName));
                continue;
            }
            // Two [PyClass] types of one Python name would also share a generated class (ClassEmitter.GeneratedName).
            if (!result.IsExport && (moduleClasses.Any(c => c.QualifiedName == type.QualifiedName)
                || (type.Container is null && (owner.Functions.Any(f => f.PythonName == type.PythonName) || owner.Attributes.Any(a => a.PythonName == type.PythonName)))))
            {
                output.ReportDiagnostic(Diagnostic.Create(Diagnostics.DuplicateTypeName, result.Location?.ToLocation(), type.ClassName, type.QualifiedName, owner.ModuleName));
                continue;
            }
            moduleClasses.Add(type);
        }

        // Enums follow the same rule; a name the module already has would be replaced at import.
        var enumsByModule = new Dictionary<string, List<EnumModel>>();
        foreach (EnumParseResult result in enumResults)
        {
            foreach (DiagnosticInfo diagnostic in result.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
            if (result.Enum is not { } type)
            {
                continue;
            }
            ModuleModel? owner = OwnerOf(type.ModuleName, seen);
            if (owner is null)
            {
                output.ReportDiagnostic(NoOwner(result.Location, type.EnumName, type.ModuleName, seen.Count));
                continue;
            }
            List<EnumModel> moduleEnums = ListFor(enumsByModule, owner);
            if (owner.Functions.Any(f => f.PythonName == type.PythonName) || owner.Attributes.Any(a => a.PythonName == type.PythonName)
                || ListFor(classesByModule, owner).Any(c => c.PythonName == type.PythonName) || moduleEnums.Any(e => e.PythonName == type.PythonName))
            {
                output.ReportDiagnostic(Diagnostic.Create(Diagnostics.DuplicateTypeName, result.Location?.ToLocation(), type.EnumName, type.PythonName, owner.ModuleName));
                continue;
            }
            moduleEnums.Add(type);
        }

        Dictionary<string, ModuleExceptions> exceptionsByModule = ExceptionsByModule(output, exceptionInputs, seen, classesByModule, enumsByModule);

        foreach (ModuleModel module in seen)
        {
            exceptionsByModule.TryGetValue(module.ModuleName, out ModuleExceptions? moduleExceptions);
            output.AddSource(ModuleEmitter.HintName(module), ModuleEmitter.Emit(module, BasesFirst(ListFor(classesByModule, module)), ListFor(enumsByModule, module), moduleExceptions));
        }
        if (seen.Count > 0)
        {
            output.AddSource(RegistryEmitter.HintName, RegistryEmitter.Emit(seen));
        }
    }

    // The module a [PyClass] type names, or the only module there is; null when there is none.
    private static ModuleModel? OwnerOf(string? moduleName, List<ModuleModel> modules) =>
        moduleName is not null ? modules.Find(m => m.ModuleName == moduleName) : modules.Count == 1 ? modules[0] : null;

    // Why OwnerOf found no module: the type named one that is not declared (SB0017), or named none
    // while the compilation has zero or several (SB0015).
    private static Diagnostic NoOwner(LocationInfo? location, string typeName, string? moduleName, int moduleCount) =>
        moduleName is not null
            ? Diagnostic.Create(Diagnostics.UnknownModule, location?.ToLocation(), typeName, moduleName)
            : Diagnostic.Create(Diagnostics.ClassWithoutModule, location?.ToLocation(), typeName, moduleCount);

    private static List<T> ListFor<T>(Dictionary<string, List<T>> byModule, ModuleModel module)
    {
        if (!byModule.TryGetValue(module.ModuleName, out List<T>? list))
        {
            byModule[module.ModuleName] = list = new List<T>();
        }
        return list;
    }

    // A base class's Python type must exist before its subclasses' types are created, and a containing
    // class before its nested classes: order the module's classes so that those come first, otherwise
    // keeping source order (deterministic).
    private static List<ClassModel> BasesFirst(List<ClassModel> classes)
    {
        var ordered = new List<ClassModel>(classes.Count);
        var placed = new HashSet<string>();
        void Place(ClassModel type)
        {
            if (placed.Contains(type.ClassName))
            {
                return;
            }
            placed.Add(type.ClassName); // before the base: C# rules out cycles, but be safe
            foreach (string? dependency in new[] { type.Base?.ClassName, type.Container?.ClassName }.Concat(type.Interfaces.Select(i => i.ClassName)))
            {
                if (dependency is not null && classes.Find(c => c.ClassName == dependency) is { } model)
                {
                    Place(model);
                }
            }
            ordered.Add(type);
        }
        foreach (ClassModel type in classes)
        {
            Place(type);
        }
        return ordered;
    }
}
