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
        context.RegisterSourceOutput(modules.Collect(), static (output, results) => Emit(output, results));
    }

    private static void Emit(SourceProductionContext output, ImmutableArray<ParseResult> results)
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
            output.AddSource(ModuleEmitter.HintName(module), ModuleEmitter.Emit(module));
        }
    }
}
