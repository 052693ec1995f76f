using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SharpBind.Generator.Model;
using SharpBind.Generator.Parsing;

namespace SharpBind.Generator;

// [PyException] classes and [PyExceptionMapping]s: parsed on their own, then given to their modules.
public sealed partial class SharpBindGenerator
{
    private static IncrementalValueProvider<ExceptionInputs> ExceptionPipeline(IncrementalGeneratorInitializationContext context)
    {
        // Any type declaration: [PyException] on a struct or interface is reported (SB0060), not ignored.
        IncrementalValuesProvider<ExceptionParseResult> exceptions = context.SyntaxProvider.ForAttributeWithMetadataName(
            ExceptionParser.AttributeName,
            static (node, _) => node is TypeDeclarationSyntax,
            static (syntax, cancellationToken) => ExceptionParser.Parse(syntax, cancellationToken));
        IncrementalValuesProvider<ExceptionMappingParseResult> mappings = context.SyntaxProvider.ForAttributeWithMetadataName(
            ExceptionParser.MappingAttributeName,
            static (node, _) => node is TypeDeclarationSyntax,
            static (syntax, cancellationToken) => ExceptionParser.ParseMappings(syntax, cancellationToken));
        return exceptions.Collect().Combine(mappings.Collect())
            .Select(static (pair, _) => new ExceptionInputs(pair.Left.ToEquatableArray(), pair.Right.ToEquatableArray()));
    }

    /// <summary>
    /// Gives each exception class and mapping to its module, reporting the ones that have none, clash
    /// with a name the module has (SB0062) or cannot have their Python base (SB0061). Exceptions come
    /// out in an order where each follows its Python base.
    /// </summary>
    private static Dictionary<string, ModuleExceptions> ExceptionsByModule(SourceProductionContext output, ExceptionInputs inputs, List<ModuleModel> modules,
        Dictionary<string, List<ClassModel>> classesByModule, Dictionary<string, List<EnumModel>> enumsByModule)
    {
        var exceptionsByModule = new Dictionary<string, List<(ExceptionModel Model, LocationInfo? Location)>>();
        foreach (ExceptionParseResult result in inputs.Exceptions)
        {
            foreach (DiagnosticInfo diagnostic in result.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
            if (result.Exception is not { } type)
            {
                continue;
            }
            ModuleModel? owner = OwnerOf(type.ModuleName, modules);
            if (owner is null)
            {
                string reason = type.ModuleName is not null
                    ? $"no [PyModule(\"{type.ModuleName}\")] is declared"
                    : $"it names no module and the compilation has {modules.Count} [PyModule] classes; set [PyException(Module = \"...\")]";
                output.ReportDiagnostic(Diagnostic.Create(Diagnostics.UnsupportedException, result.Location?.ToLocation(), type.ClassName, reason));
                continue;
            }
            List<(ExceptionModel Model, LocationInfo? Location)> moduleExceptions = ListFor(exceptionsByModule, owner);
            string name = type.PythonName;
            if (owner.Functions.Any(f => f.PythonName == name) || owner.Attributes.Any(a => a.PythonName == name)
                || ListFor(classesByModule, owner).Any(c => c.Container is null && c.PythonName == name)
                || ListFor(enumsByModule, owner).Any(e => e.PythonName == name) || moduleExceptions.Any(e => e.Model.PythonName == name))
            {
                output.ReportDiagnostic(Diagnostic.Create(Diagnostics.DuplicateExceptionName, result.Location?.ToLocation(), type.ClassName, name, owner.ModuleName));
                continue;
            }
            moduleExceptions.Add((type, result.Location));
        }

        var mappingsByModule = new Dictionary<string, List<ExceptionMappingModel>>();
        foreach (ExceptionMappingParseResult result in inputs.Mappings)
        {
            foreach (DiagnosticInfo diagnostic in result.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
            // A module with errors of its own is not emitted, and neither are its mappings.
            if (modules.Find(m => m.ClassName == result.ModuleClassName) is { } owner)
            {
                ListFor(mappingsByModule, owner).AddRange(result.Mappings);
            }
        }

        var byModule = new Dictionary<string, ModuleExceptions>();
        foreach (ModuleModel module in modules)
        {
            List<ExceptionModel> ordered = BasesFirst(output, ListFor(exceptionsByModule, module));
            List<ExceptionMappingModel> moduleMappings = ListFor(mappingsByModule, module);
            if (ordered.Count > 0 || moduleMappings.Count > 0)
            {
                byModule[module.ModuleName] = new ModuleExceptions(ordered.ToEquatableArray(), moduleMappings.ToEquatableArray());
            }
        }
        return byModule;
    }

    // Each exception after its Python base. An explicit BaseType must be registered in the same module
    // and must not lead round in a cycle (SB0061); an inherited [PyException] base in another module
    // gives way to the built-in base.
    private static List<ExceptionModel> BasesFirst(SourceProductionContext output, List<(ExceptionModel Model, LocationInfo? Location)> exceptions)
    {
        var ordered = new List<ExceptionModel>(exceptions.Count);
        var state = new Dictionary<string, int>(); // class -> 0 being placed, 1 placed, 2 failed (reported)
        bool Place((ExceptionModel Model, LocationInfo? Location) entry)
        {
            ExceptionModel type = entry.Model;
            if (state.TryGetValue(type.ClassName, out int known))
            {
                return known == 1 || (known == 0 && Report(entry, type.BaseClassName ?? type.ClassName, "the Python bases form a cycle"));
            }
            state[type.ClassName] = 0;
            if (type.BaseClassName is { } baseName)
            {
                int index = exceptions.FindIndex(e => e.Model.ClassName == baseName);
                if (index < 0 || !Place(exceptions[index]))
                {
                    if (type.BaseIsExplicit)
                    {
                        state[type.ClassName] = 2;
                        return index < 0 && Report(entry, baseName, "it is not a [PyException] class of the same module");
                    }
                    type = type with { BaseClassName = null };
                }
            }
            state[type.ClassName] = 1;
            ordered.Add(type);
            return true;
        }
        bool Report((ExceptionModel Model, LocationInfo? Location) entry, string baseName, string reason)
        {
            output.ReportDiagnostic(Diagnostic.Create(Diagnostics.InvalidExceptionBase, entry.Location?.ToLocation(), entry.Model.ClassName, baseName, reason));
            return false;
        }
        foreach ((ExceptionModel Model, LocationInfo? Location) entry in exceptions)
        {
            Place(entry);
        }
        return ordered;
    }
}
