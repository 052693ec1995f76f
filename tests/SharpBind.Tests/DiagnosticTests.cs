using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace SharpBind.Tests;

/// <summary>
/// One failing input per diagnostic ID (src/SharpBind.Generator/Parsing/Diagnostics.cs). Inputs mark
/// the expected location as <c>[|...|]</c> (the dotnet/runtime analyzer-test convention): the test
/// checks the exact span, its text, the ID, the severity, that the message names the member, and
/// what was (not) emitted.
/// </summary>
public partial class DiagnosticTests
{
    // Compiled next to every failing input: an error in one class must not cost other modules.
    private const string Healthy = """
        [SharpBind.PyModule("healthy")]
        public static class Healthy
        {
            public static int One() => 1;
        }
        """;

    private const string HealthyHint = "SharpBind.Module.healthy.g.cs";

    [Fact]
    public void CleanModuleReportsNothing()
    {
        GeneratorResult result = GeneratorHarness.Run(SnapshotTests.ContractExample, Healthy);

        result.AssertCompilesCleanly();
        Assert.Equal(2, result.Sources.Length);
    }

    [Fact]
    public void SB0001_UnsupportedParameterType()
    {
        GeneratorResult result = AssertReports("""
            public static int Ok() => 0;
            public static int Age(System.Range [|born|]) => 0;
            """, "SB0001", DiagnosticSeverity.Error, "'born'", "'Age'", "'System.Range'");
        AssertModuleNotEmitted(result);
    }

    [Fact]
    public void SB0002_UnsupportedReturnType()
    {
        GeneratorResult result = AssertReports("""
            public static System.Text.Rune [|NewId|]() => default;
            """, "SB0002", DiagnosticSeverity.Error, "'NewId'", "'System.Text.Rune'");
        AssertModuleNotEmitted(result);
    }

    [Theory]
    [InlineData("public static readonly System.Index [|Timeout|] = default;", "'Timeout'")]
    [InlineData("public static System.Index [|Timeout|] => default;", "'Timeout'")]
    public void SB0003_UnsupportedAttributeType(string member, string name)
    {
        GeneratorResult result = AssertReports(member, "SB0003", DiagnosticSeverity.Error, name);
        AssertModuleNotEmitted(result);
    }

    // Overloads have the same text, so only the span tells which one is reported: the second.
    [Fact]
    public void SB0004_DuplicateName_TwoMethodsOneName()
    {
        // Overloads share a name only when they share the C# name.
        GeneratorResult result = AssertReports("""
            public static int Add(int a) => a;
            [SharpBind.PyName("add")]
            public static int [|Plus|](int a, int b) => a + b;
            """, "SB0004", DiagnosticSeverity.Error, "'m'", "'add'", "'Add'", "'Plus'");
        AssertModuleNotEmitted(result);
    }

    [Fact]
    public void SB0004_DuplicateName_PyNameCollidesWithAttribute()
    {
        GeneratorResult result = AssertReports("""
            public const int Total = 0;
            [SharpBind.PyName("total")]
            public static int [|Sum|](int a, int b) => a + b;
            """, "SB0004", DiagnosticSeverity.Error, "'total'", "'Total'", "'Sum'");
        AssertModuleNotEmitted(result);
    }

    [Fact]
    public void SB0005_GenericMethod()
    {
        GeneratorResult result = AssertReports("""
            public static T [|Echo|]<T>(T value) => value;
            """, "SB0005", DiagnosticSeverity.Error, "'Echo'");
        AssertModuleNotEmitted(result);
    }

    [Theory]
    [InlineData("public static void Swap(ref int [|left|], int right) { }", "(ref)")]
    [InlineData("public static void Read(out int [|left|]) => left = 1;", "(out)")]
    public void SB0006_ByRefParameter(string member, string refKind)
    {
        GeneratorResult result = AssertReports(member, "SB0006", DiagnosticSeverity.Error, "'left'", refKind);
        AssertModuleNotEmitted(result);
    }

    [Theory]
    [InlineData("""
        public static class Outer
        {
            [SharpBind.PyModule("m")]
            private static class [|Hidden|] { public static int F() => 0; }
        }
        """, "'Outer.Hidden'")]
    [InlineData("""
        internal static class Outer
        {
            private static class Middle
            {
                [SharpBind.PyModule("m")]
                public static class [|Inner|] { public static int F() => 0; }
            }
        }
        """, "'Outer.Middle.Inner'")]
    public void SB0007_InaccessibleModule(string markup, string name)
    {
        GeneratorResult result = AssertReportsIn(markup, "SB0007", DiagnosticSeverity.Error, new[] { name });
        AssertModuleNotEmitted(result);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1abc")]
    [InlineData("has-dash")]
    [InlineData("pkg..sub")]
    [InlineData("pkg.")]
    [InlineData("class")]
    [InlineData("pkg.def")]
    public void SB0008_InvalidModuleName(string moduleName)
    {
        string markup = $$"""
            using SharpBind;
            [[|PyModule("{{moduleName}}")|]]
            public static class M { public static int F() => 0; }
            """;
        GeneratorResult result = AssertReportsIn(markup, "SB0008", DiagnosticSeverity.Error, new[] { $"'{moduleName}'" });
        Assert.Equal(new[] { HealthyHint }, result.Sources.Select(s => s.HintName));
    }

    [Theory]
    [InlineData("[SharpBind.PyName(\"not valid\")] public static int [|Fetch|]() => 0;", "[PyName(\"not valid\")]", "'Fetch'")]
    [InlineData("[SharpBind.PyName(\"lambda\")] public const int [|Lambda|] = 1;", "[PyName(\"lambda\")]", "'Lambda'")]
    [InlineData("public static int Get([SharpBind.PyName(\"2nd\")] int [|second|]) => second;", "[PyName(\"2nd\")]", "'second'")]
    public void SB0009_InvalidPythonName(string member, string pythonName, string csharpName)
    {
        GeneratorResult result = AssertReports(member, "SB0009", DiagnosticSeverity.Error, pythonName, csharpName);
        AssertModuleNotEmitted(result);
    }

    // A warning: the module is still emitted, just without the writable member.
    [Theory]
    [InlineData("public static int [|Counter|];", "'Counter'", "field", "counter")]
    [InlineData("public static int [|Level|] { get; set; }", "'Level'", "property", "level")]
    public void SB0010_MutableStaticNotExported(string member, string name, string memberKind, string pythonName)
    {
        GeneratorResult result = AssertReports(member + "\npublic const int Kept = 1;", "SB0010", DiagnosticSeverity.Warning, name, memberKind);

        Assert.Equal(new[] { HealthyHint, "SharpBind.Module.m.g.cs" }, result.Sources.Select(s => s.HintName).OrderBy(n => n, System.StringComparer.Ordinal));
        string module = result.Sources.Single(s => s.HintName == "SharpBind.Module.m.g.cs").Text;
        Assert.Contains("\"kept\"", module);
        Assert.DoesNotContain($"\"{pythonName}\"", module);
        Assert.Empty(result.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Theory]
    [InlineData("dup", "dup")]
    [InlineData("a.x", "b.x")] // both would export PyInit_x
    [InlineData("a.b", "a_b")] // both would generate the class Module_a_b
    public void SB0011_DuplicateModule(string first, string second)
    {
        GeneratorResult result = AssertReportsIn($$"""
            using SharpBind;
            [PyModule("{{first}}")] public static class First { public static int F() => 0; }
            [[|PyModule("{{second}}")|]] public static class Second { public static int G() => 0; }
            """, "SB0011", DiagnosticSeverity.Error, new[] { $"'{second}'", $"'{first}'", "'global::First'" });
        Assert.Equal(2, result.Sources.Length); // the healthy module and the first of the clashing pair
        Assert.Empty(result.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Theory]
    [InlineData("public static class [|Outer|]<T> { public static int Add(int a) => a; }")]
    [InlineData("public static class Outer<T> { [PyModule(\"m\")] public static class [|Inner|] { public static int Add(int a) => a; } }")]
    public void SB0012_GenericModule(string declaration)
    {
        string source = declaration.Contains("Inner") ? "using SharpBind;\n" + declaration : "using SharpBind;\n[PyModule(\"m\")]\n" + declaration;
        GeneratorResult result = AssertReportsIn(source, "SB0012", DiagnosticSeverity.Error, new[] { "generic" });
        AssertModuleNotEmitted(result);
    }

    [Fact]
    public void SB0013_DuplicateParameterName()
    {
        GeneratorResult result = AssertReports("""
            public static int F(int a, int [|A|]) => a + A;
            """, "SB0013", DiagnosticSeverity.Error, "'a'", "'A'", "'F'");
        AssertModuleNotEmitted(result);
    }

    [Theory]
    [InlineData("[PyClass] public ref struct [|C|] { }", "ref structs cannot be boxed")]
    [InlineData("[PyClass] public class [|C|] { private C() { } }", "no public constructor")]
    [InlineData("[PyClass] public sealed class [|C|] { public required int X { get; init; } }", "required members that constructor")]
    [InlineData("[PyClass] public struct [|C|] { public C(int y) { X = y; } public required int X; }", "does not set; mark it [SetsRequiredMembers]")]
    public void SB0014_UnsupportedClass(string declaration, string reason)
    {
        GeneratorResult result = AssertReportsIn("using SharpBind;\n" + declaration, "SB0014", DiagnosticSeverity.Error, new[] { "'C'", reason });
        Assert.Equal(new[] { HealthyHint }, result.Sources.Select(s => s.HintName));
        Assert.DoesNotContain("Class_", result.Sources.Single().Text);
    }

    // SB0015: the type names no module while the compilation has two, so which one is unclear.
    // SB0017: it names one that is not declared; with one module present, the typo must not be ignored.
    [Theory]
    [InlineData("[PyClass] public class [|C|] { }", "SB0015", "names no module")]
    [InlineData("[PyClass] public enum [|C|] { A }", "SB0015", "names no module")]
    [InlineData("[PyClass(Module = \"secnod\")] public class [|C|] { }", "SB0017", "[PyModule(\"secnod\")]")]
    [InlineData("[PyClass(Module = \"secnod\")] public enum [|C|] { A }", "SB0017", "[PyModule(\"secnod\")]")]
    public void SB0015_SB0017_ClassWithoutModule(string declaration, string id, string reason)
    {
        string modules = id == "SB0015"
            ? "[PyModule(\"first\")] public static class First { }\n[PyModule(\"second\")] public static class Second { }\n"
            : "[PyModule(\"second\")] public static class Second { }\n";
        (string source, TextSpan span) = ParseMarkup("using SharpBind;\n" + modules + declaration);
        GeneratorResult result = GeneratorHarness.Run(source, Healthy);
        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(span, diagnostic.Location.SourceSpan);
        string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("'global::C'", message);
        Assert.Contains(reason, message);
    }

    // ---- helpers ----

    /// <summary>Wraps <paramref name="members"/> in <c>[PyModule("m")] public static class M</c>.</summary>
    private static GeneratorResult AssertReports(string members, string id, DiagnosticSeverity severity, params string[] messageParts) =>
        AssertReportsIn($$"""
            using SharpBind;

            [PyModule("m")]
            public static class M
            {
            {{members}}
            }
            """, id, severity, messageParts);

    /// <summary>
    /// Runs the generator on <paramref name="markup"/> (with <c>[|...|]</c> removed) plus the healthy
    /// module and checks that exactly one diagnostic is reported, at the marked span.
    /// </summary>
    private static GeneratorResult AssertReportsIn(string markup, string id, DiagnosticSeverity severity, string[] messageParts)
    {
        (string source, TextSpan expectedSpan) = ParseMarkup(markup);
        GeneratorResult result = GeneratorHarness.Run(source, Healthy);

        Assert.Null(result.Exception);
        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal("Input0.cs", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(source.Substring(expectedSpan.Start, expectedSpan.Length), result.TextAt(diagnostic));
        Assert.Equal(expectedSpan, diagnostic.Location.SourceSpan);
        string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        Assert.All(messageParts, part => Assert.Contains(part, message));
        return result;
    }

    /// <summary>Checks the error reported for enum <c>E</c> of module m with <paramref name="members"/>.</summary>
    private static void AssertEnumMembersReport(string members, string id, params string[] messageParts)
    {
        GeneratorResult result = AssertReportsIn($$"""
            using SharpBind;
            [PyModule("m")] public static class M { }
            [PyClass(Module = "m")] public enum E { {{members}} }
            """, id, DiagnosticSeverity.Error, messageParts);
        AssertEnumNotEmitted(result);
    }

    /// <summary>For enum errors: module m is emitted without the enum, and compiles.</summary>
    private static void AssertEnumNotEmitted(GeneratorResult result)
    {
        Assert.Equal(new[] { HealthyHint, "SharpBind.Module.m.g.cs" }, result.Sources.Select(s => s.HintName).OrderBy(n => n, System.StringComparer.Ordinal));
        Assert.DoesNotContain("Enum_", string.Concat(result.Sources.Select(s => s.Text)));
        Assert.Empty(result.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    /// <summary>For errors: the faulty class gets no module, the healthy one still does.</summary>
    private static void AssertModuleNotEmitted(GeneratorResult result)
    {
        Assert.Equal(new[] { HealthyHint }, result.Sources.Select(s => s.HintName));
        Assert.Empty(result.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    private static (string Source, TextSpan Span) ParseMarkup(string markup)
    {
        int start = markup.IndexOf("[|", System.StringComparison.Ordinal);
        int end = markup.IndexOf("|]", System.StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "test input must mark the expected location with [|...|]");
        string source = markup.Remove(end, 2).Remove(start, 2);
        return (source, new TextSpan(start, end - start - 2));
    }
}
