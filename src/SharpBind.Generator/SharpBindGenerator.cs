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
            static (node, _) => node is ClassDeclarationSyntax,
            static (syntax, cancellationToken) => ModuleParser.Parse(syntax, cancellationToken));

        context.RegisterSourceOutput(modules, static (output, result) =>
        {
            foreach (DiagnosticInfo diagnostic in result.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
            if (result.Module is { } module)
            {
                output.AddSource(ModuleEmitter.HintName(module), ModuleEmitter.Emit(module));
            }
        });

        // Two classes claiming one module name would export the same PyInit_ symbol.
        context.RegisterSourceOutput(modules.Collect(), static (output, results) => ReportDuplicateModules(output, results));
    }

    private static void ReportDuplicateModules(SourceProductionContext output, ImmutableArray<ParseResult> results)
    {
        var seen = new Dictionary<string, string>();
        foreach (ParseResult result in results)
        {
            if (result.Module is not { } module)
            {
                continue;
            }
            if (seen.TryGetValue(module.ModuleName, out string? first))
            {
                output.ReportDiagnostic(Diagnostic.Create(Diagnostics.DuplicateModule, result.Location?.ToLocation(), module.ModuleName, first, module.ClassName));
            }
            else
            {
                seen.Add(module.ModuleName, module.ClassName);
            }
        }
    }
}
