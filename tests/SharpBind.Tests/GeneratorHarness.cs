using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SharpBind.Generator;
using Xunit;

namespace SharpBind.Tests;

/// <summary>One generated file: the hint name the generator chose and its text.</summary>
internal sealed record GeneratedFile(string HintName, string Text);

/// <summary>What one generator run produced, and what the compiler thinks of the result.</summary>
/// <param name="Sources">The generated module files, in the generator's order (the module registry apart).</param>
/// <param name="Registry">The generated module registry (SharpBind.ModuleRegistry.g.cs), or null when there is none.</param>
/// <param name="GeneratorDiagnostics">What the generator reported (SB####, or CS8785 if it crashed).</param>
/// <param name="CompilationDiagnostics">Every diagnostic of the user code plus the generated code.</param>
/// <param name="Exception">An exception the generator threw, or null.</param>
/// <param name="Input">The compilation the generator ran on (used to resolve diagnostic locations).</param>
internal sealed record GeneratorResult(
    ImmutableArray<GeneratedFile> Sources,
    string? Registry,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> CompilationDiagnostics,
    Exception? Exception,
    Compilation Input)
{
    /// <summary>The text of the only generated file (fails when there is not exactly one).</summary>
    public string SingleSource => Assert.Single(Sources).Text;

    /// <summary>
    /// The user source a diagnostic points at. The generator keeps locations as plain values and
    /// reports them as file locations (no SourceTree), so they are resolved through the file path.
    /// </summary>
    public string TextAt(Diagnostic diagnostic)
    {
        Location location = diagnostic.Location;
        Assert.NotEqual(Location.None, location);
        string path = location.GetLineSpan().Path;
        SyntaxTree tree = Assert.Single(Input.SyntaxTrees, t => t.FilePath == path);
        return tree.GetText().ToString(location.SourceSpan);
    }

    /// <summary>Fails, listing them, if the generator threw or the output has any error or warning (generator warnings may be allowed).</summary>
    public void AssertCompilesCleanly(bool allowGeneratorWarnings = false)
    {
        Assert.Null(Exception);
        Assert.Empty(GeneratorDiagnostics.Where(d => !allowGeneratorWarnings || d.Severity == DiagnosticSeverity.Error));
        Diagnostic[] problems = CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        Assert.True(problems.Length == 0, "Generated code does not compile cleanly:\n" + string.Join("\n", problems.Select(d => d.ToString())));
    }
}

/// <summary>
/// Runs <see cref="SharpBindGenerator"/> in memory over C# source text, the way dotnet/runtime's
/// generator unit tests do: no MSBuild, just a compilation, a driver and the resulting diagnostics.
/// </summary>
internal static class GeneratorHarness
{
    private const string RegistryHintName = "SharpBind.ModuleRegistry.g.cs";

    /// <summary>Diagnose mode makes Roslyn check doc comments, in user and in generated code.</summary>
    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default
        .WithLanguageVersion(LanguageVersion.Latest)
        .WithDocumentationMode(DocumentationMode.Diagnose);

    private static readonly CSharpCompilationOptions s_options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
        .WithAllowUnsafe(true)
        .WithNullableContextOptions(NullableContextOptions.Enable)
        .WithDeterministic(true)
        // SharpBind.props adds NoWarn CS1591 to every consumer: undocumented user members are fine.
        // Every other warning, in user or generated code, counts.
        // CS1701/CS1702 (a net8.0 SharpBind referencing an older framework assembly version than the
        // test's) are suppressed by the .NET SDK's default NoWarn in every real build.
        .WithSpecificDiagnosticOptions(new[]
        {
            new KeyValuePair<string, ReportDiagnostic>("CS1591", ReportDiagnostic.Suppress),
            new KeyValuePair<string, ReportDiagnostic>("CS1701", ReportDiagnostic.Suppress),
            new KeyValuePair<string, ReportDiagnostic>("CS1702", ReportDiagnostic.Suppress),
        });

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(LoadReferences);

    /// <summary>A compilation of <paramref name="sources"/> (named Input0.cs, Input1.cs, ...) against SharpBind and the framework.</summary>
    public static CSharpCompilation CreateCompilation(params string[] sources)
    {
        var trees = sources.Select((text, i) => CSharpSyntaxTree.ParseText(text, ParseOptions, path: $"Input{i}.cs"));
        return CSharpCompilation.Create("SharpBindTestInput", trees, s_references.Value, s_options);
    }

    /// <summary>A driver for the generator; step tracking is only needed by the caching tests.</summary>
    public static GeneratorDriver CreateDriver(bool trackSteps = false) => CSharpGeneratorDriver.Create(
        new[] { new SharpBindGenerator().AsSourceGenerator() },
        parseOptions: ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Compiles <paramref name="sources"/>, runs the generator once and compiles its output.</summary>
    public static GeneratorResult Run(params string[] sources)
    {
        CSharpCompilation input = CreateCompilation(sources);
        GeneratorDriver driver = CreateDriver().RunGeneratorsAndUpdateCompilation(input, out Compilation output, out _);
        GeneratorRunResult run = Assert.Single(driver.GetRunResult().Results);
        return new GeneratorResult(
            run.GeneratedSources.Where(s => s.HintName != RegistryHintName)
                .Select(s => new GeneratedFile(s.HintName, s.SourceText.ToString())).ToImmutableArray(),
            run.GeneratedSources.Where(s => s.HintName == RegistryHintName).Select(s => s.SourceText.ToString()).SingleOrDefault(),
            run.Diagnostics,
            output.GetDiagnostics(),
            run.Exception,
            input);
    }

    /// <summary>
    /// SharpBind.dll plus the framework. The trusted platform assemblies also list this test's own
    /// dependencies (xunit, Roslyn, SharpBind itself), so only those from the shared framework
    /// directory are kept: the inputs should see what a user project sees.
    /// </summary>
    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        string frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        return trusted.Split(Path.PathSeparator)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
                && string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
            .Append(typeof(PyModuleAttribute).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
