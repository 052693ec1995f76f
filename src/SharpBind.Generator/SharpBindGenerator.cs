using System.Collections.Generic;
using System.Collections.Immutable;
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
public sealed class SharpBindGenerator : IIncrementalGenerator
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

        context.RegisterSourceOutput(modules.Collect().Combine(classes.Collect()),
            static (output, pair) => Emit(output, pair.Left, pair.Right));
    }

    private static void Emit(SourceProductionContext output, ImmutableArray<ParseResult> results, ImmutableArray<ClassParseResult> classResults)
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

        // Each class goes into the module it names, or the only module there is.
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
            ModuleModel? owner = type.ModuleName is { } name
                ? seen.Find(m => m.ModuleName == name)
                : seen.Count == 1 ? seen[0] : null;
            if (owner is null)
            {
                output.ReportDiagnostic(Diagnostic.Create(Diagnostics.ClassWithoutModule, result.Location?.ToLocation(), type.ClassName, seen.Count));
                continue;
            }
            if (!classesByModule.TryGetValue(owner.ModuleName, out List<ClassModel>? list))
            {
                classesByModule[owner.ModuleName] = list = new List<ClassModel>();
            }
            list.Add(type);
        }

        foreach (ModuleModel module in seen)
        {
            IReadOnlyList<ClassModel> moduleClasses = classesByModule.TryGetValue(module.ModuleName, out List<ClassModel>? found) ? BasesFirst(found) : new List<ClassModel>();
            output.AddSource(ModuleEmitter.HintName(module), ModuleEmitter.Emit(module, moduleClasses));
        }
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
            foreach (string? dependency in new[] { type.Base?.ClassName, type.Container?.ClassName })
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
