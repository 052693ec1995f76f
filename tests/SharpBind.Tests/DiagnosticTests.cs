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

    [Theory]
    [InlineData("DarkRed, [|DARK_RED|]", "'DarkRed'", "'DARK_RED'", "'DARK_RED'")]
    [InlineData("Red, [PyName(\"RED\")] [|Crimson|]", "'Red'", "'Crimson'", "'RED'")]
    public void SB0030_DuplicateEnumMember(string members, string first, string second, string pythonName) =>
        AssertEnumMembersReport(members, "SB0030", first, second, "'E'", pythonName);

    [Theory]
    [InlineData("A, [|_Hidden_|]", "'_HIDDEN_'")]
    [InlineData("A, [|__Dunder__|]", "'__DUNDER__'")]
    [InlineData("A, [PyName(\"mro\")] [|Order|]", "'mro'")]
    public void SB0031_ReservedEnumMember(string members, string pythonName) =>
        AssertEnumMembersReport(members, "SB0031", "'E'", pythonName);

    [Theory]
    [InlineData("public class Outer { [PyClass(Module = \"m\")] private enum [|E|] { A } }", "must be public or internal")]
    [InlineData("public class Outer<T> { [PyClass(Module = \"m\")] public enum [|E|] { A } }", "generic")]
    public void SB0032_UnsupportedEnum(string declaration, string reason)
    {
        GeneratorResult result = AssertReportsIn("using SharpBind;\n[PyModule(\"m\")] public static class M { }\n" + declaration,
            "SB0032", DiagnosticSeverity.Error, new[] { "'Outer", "E'", reason });
        AssertEnumNotEmitted(result);
    }

    [Theory]
    [InlineData("[PyClass(Module = \"m\")] public class Pet { }\n[PyClass(Module = \"m\"), PyName(\"Pet\")] public enum [|Kind|] { A }")]
    [InlineData("[PyClass(Module = \"m\")] public enum Pet { A }\n[PyClass(Module = \"m\"), PyName(\"Pet\")] public enum [|Kind|] { A }")]
    [InlineData("[PyClass(Module = \"m\"), PyName(\"pet\")] public enum [|Kind|] { A }")]
    public void SB0033_DuplicateTypeName(string declarations)
    {
        GeneratorResult result = AssertReportsIn("using SharpBind;\n[PyModule(\"m\")] public static class M { public static int Pet() => 0; }\n" + declarations,
            "SB0033", DiagnosticSeverity.Error, new[] { "'global::Kind'", "'m'" });
        Assert.DoesNotContain("Enum_m_Kind", string.Concat(result.Sources.Select(s => s.Text)));
        Assert.Empty(result.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    // ---- [PyExport]: every diagnostic at the attribute ----

    [Theory]
    [InlineData("[[|PyExport(typeof(System.Span<int>), Name = \"S\")|]]", "'System.Span<int>'", "ref structs cannot be boxed")]
    [InlineData("[[|PyExport(typeof(System.Action))|]]", "'System.Action'", "not delegates")]
    [InlineData("[[|PyExport(typeof(System.Collections.Generic.Queue<int>))|]]", "'System.Collections.Generic.Queue<int>'", "a generic class needs a Python name")]
    [InlineData("[[|PyExport(typeof(System.Collections.Generic.Queue<>), Name = \"Q\")|]]", "'System.Collections.Generic.Queue<>'", "only a closed generic class")]
    [InlineData("[[|PyExport(typeof(Hidden))|]]", "'Hidden'", "not accessible")]
    [InlineData("[[|PyExport(typeof(Plain), Name = \"not-valid\")|]]", "'Plain'", "Name \"not-valid\" is not a valid Python identifier")]
    [InlineData("[[|PyExport(typeof(int[]))|]]", "'int[]'", "must name a class")]
    public void SB0040_UnsupportedExport(string export, string type, string reason)
    {
        GeneratorResult result = AssertReportsIn($$"""
            using SharpBind;
            file class Hidden { public Hidden() { } }
            public class Plain { public Plain() { } }
            [PyModule("m")]
            {{export}}
            public static class M { public static int F() => 1; }
            """, "SB0040", DiagnosticSeverity.Error, new[] { type, reason });
        // The module itself is still generated, without the class.
        Assert.DoesNotContain("Class_m_", Assert.Single(result.Sources, s => s.HintName == "SharpBind.Module.m.g.cs").Text);
        Assert.Empty(result.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void SB0040_ExportOutsideAModule()
    {
        AssertReportsIn("""
            using SharpBind;
            [[|PyExport(typeof(System.Text.StringBuilder))|]]
            public static class NotAModule { }
            """, "SB0040", DiagnosticSeverity.Error, new[] { "'System.Text.StringBuilder'", "'NotAModule' has no [PyModule]" });
    }

    // What an exported class cannot bind is left out, not reported as errors: the user cannot mark
    // it [PyIgnore]. One info diagnostic at the attribute lists it.
    [Fact]
    public void SB0041_SkippedMembers()
    {
        GeneratorResult result = AssertReportsIn("""
            using SharpBind;
            namespace Library
            {
                public class Counter
                {
                    public Counter() { }
                    public Counter(System.Range start) { }
                    public int Value { get; set; }
                    public System.Index Elapsed => default;
                    public void At(System.Range when) { }
                    public System.Text.Rune Id() => default;
                    public T Echo<T>(T value) => value;
                    public bool TryGet(out int value) { value = 0; return true; }
                    public event System.EventHandler? Changed { add { } remove { } }
                    [System.Obsolete] public void Bump() { }
                    public int this[int index] => index;
                    public string value() => "clashes with the property Value";
                    public int Add(int a) => a;
                    public int Add(ref int a) => a;
                }
            }
            [PyModule("m")]
            [[|PyExport(typeof(Library.Counter))|]]
            public static class M { }
            """, "SB0041", DiagnosticSeverity.Info, new[]
            {
                "'Library.Counter': 11 public member(s) left out", ": Counter.Counter(Range), Counter.Elapsed, Counter.At(Range), Counter.Id(), "
                + "Counter.Echo<T>(T), Counter.TryGet(out int), Counter.Changed, Counter.Bump(), Counter.this[int], Counter.value(), Counter.Add(ref int)",
            });
        result.AssertCompilesCleanly(allowGeneratorWarnings: true);
        string text = Assert.Single(result.Sources, s => s.HintName == "SharpBind.Module.m.g.cs").Text;
        Assert.Contains("new(\"value\", &Get_value, &Set_value,", text);
        Assert.Contains("new(\"add\", &Fn_add,", text);
        Assert.DoesNotContain("Bump", text);
        Assert.DoesNotContain("Echo", text);
    }

    // Generated code must compile (and not warn) whatever the exported class has.
    [Fact]
    public void ExportedClassWithRequiredMembersCompilesCleanly()
    {
        GeneratorResult result = GeneratorHarness.Run("""
            using SharpBind;
            namespace Library
            {
                public class Settings
                {
                    public Settings() { }
                    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers] public Settings(string name) => Name = name;
                    public required string Name { get; set; }
                    [System.Obsolete] public void Old() { }
                }
            }
            [PyModule("m")] [PyExport(typeof(Library.Settings))] public static class M { }
            """);
        result.AssertCompilesCleanly(allowGeneratorWarnings: true);
        string message = Assert.Single(result.GeneratorDiagnostics).GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("2 public member(s) left out", message);
        Assert.Contains("Settings.Settings(), Settings.Old()", message);
        string text = result.SingleSource;
        Assert.Contains("new global::Library.Settings(p0_name)", text);
        Assert.Contains("CannotInstantiate(\"Settings\" + \" subclasses\", \"it has required members", text);
    }

    [Fact]
    public void ObsoleteVirtualsAreNotOverridden()
    {
        GeneratorResult result = GeneratorHarness.Run("""
            using SharpBind;
            namespace Library { public class Base { [System.Obsolete] public virtual int Old() => 0; public virtual int Current() => 1; } }
            [PyModule("m")] [PyExport(typeof(Library.Base))] public static class M { }
            [PyClass] public class Annotated { [System.Obsolete, PyIgnore] public virtual int Old() => 0; }
            """);
        result.AssertCompilesCleanly(allowGeneratorWarnings: true);
        string text = result.SingleSource;
        Assert.Contains("public override int Current()", text);
        Assert.DoesNotContain("override int Old()", text);
    }

    // The same members on a [PyClass] class are still errors: its author can fix or [PyIgnore] them.
    [Fact]
    public void AnnotatedClassKeepsItsErrors()
    {
        GeneratorResult result = GeneratorHarness.Run("""
            using SharpBind;
            [PyModule("m")] public static class M { }
            [PyClass] public class C { public C() { } public void At(System.Range when) { } public T Echo<T>(T value) => value; }
            """);
        Assert.Equal(new[] { "SB0001", "SB0005" }, result.GeneratorDiagnostics.Select(d => d.Id).OrderBy(id => id, System.StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("[PyClass(Module = \"m\")] public class Plain { public Plain() { } }\n[PyModule(\"m\")] [[|PyExport(typeof(Plain))|]] public static class M { }", "it has [PyClass]")]
    [InlineData("public class Plain { public Plain() { } }\n[PyModule(\"m\")] [PyExport(typeof(Plain))] public static class M { }\n[PyModule(\"n\")] [[|PyExport(typeof(Plain))|]] public static class N { }", "module 'm' exports it already")]
    public void SB0042_AlreadyBound(string declarations, string reason)
    {
        GeneratorResult result = AssertReportsIn("using SharpBind;\n" + declarations, "SB0042", DiagnosticSeverity.Error, new[] { "'Plain'", reason });
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(string.Concat(result.Sources.Select(s => s.Text)), "AddClass<global::Plain>"));
    }

    [Fact]
    public void SB0042_EnumExportedTwice()
    {
        GeneratorResult result = AssertReportsIn("""
            using SharpBind;
            [PyModule("m")] [PyExport(typeof(System.DayOfWeek))] public static class M { public static System.DayOfWeek Next(System.DayOfWeek d) => d; }
            [PyModule("n")] [[|PyExport(typeof(System.DayOfWeek))|]] public static class N { }
            """, "SB0042", DiagnosticSeverity.Error, new[] { "'System.DayOfWeek'", "module 'm' exports it already" });
        // The first export binds it: an IntEnum of module m, and the function converts it.
        string module = Assert.Single(result.Sources, s => s.HintName == "SharpBind.Module.m.g.cs").Text;
        Assert.Contains("\"DayOfWeek\"", module);
        Assert.Contains("FromPython.TryEnum<global::System.DayOfWeek>", module);
        Assert.DoesNotContain("DayOfWeek", Assert.Single(result.Sources, s => s.HintName == "SharpBind.Module.n.g.cs").Text);
    }

    [Theory]
    [InlineData("[[|PyExport(typeof(Other.Plain), Name = \"one\")|]]")]
    [InlineData("[[|PyExport(typeof(Other.Plain))|]]")]
    public void SB0043_DuplicateExportName(string export)
    {
        GeneratorResult result = AssertReportsIn($$"""
            using SharpBind;
            namespace Other { public class Plain { public Plain() { } } }
            public class Plain { public Plain() { } }
            [PyModule("m")]
            [PyExport(typeof(Plain))]
            {{export}}
            public static class M { public static int One() => 1; }
            """, "SB0043", DiagnosticSeverity.Error, new[] { "'m'" });
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(string.Concat(result.Sources.Select(s => s.Text)), "ClassBuilder.AddClass<"));
        Assert.Empty(result.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Theory]
    [InlineData("public static int F([KeywordOnly] int a, [PositionalOnly] int [|b|]) => a;", "before the [KeywordOnly] one ('a')")]
    [InlineData("public static int F([PositionalOnly][KeywordOnly] int [|a|]) => a;", "before the [KeywordOnly] one ('a')")]
    [InlineData("public static int F([PositionalOnly] int a, [PositionalOnly] int [|b|]) => a;", "only one parameter can carry [PositionalOnly]; it already marks 'a'")]
    [InlineData("public static int F([KeywordOnly] int a, [KeywordOnly] int [|b|]) => a;", "only one parameter can carry [KeywordOnly]")]
    [InlineData("public static int F(int a, [KeywordOnly] params int[] [|rest|]) => a;", "[KeywordOnly] cannot mark a params collection (*args)")]
    [InlineData("public static int F([PositionalOnly][Kwargs] System.Collections.Generic.Dictionary<string, int> [|kw|]) => 0;", "[PositionalOnly] cannot mark a [Kwargs] dictionary")]
    public void SB0050_MisplacedParameterMarker(string member, string reason)
    {
        GeneratorResult result = AssertReports(member, "SB0050", DiagnosticSeverity.Error, "'F'", reason);
        AssertModuleNotEmitted(result);
    }

    // A constructor's markers are checked too (the class is left out, the module still builds).
    [Fact]
    public void SB0050_MisplacedParameterMarker_Constructor()
    {
        AssertReportsIn("""
            using SharpBind;
            [PyModule("m")] public static class M { public static int One() => 1; }
            [PyClass(Module = "m")]
            public sealed class C { public C([KeywordOnly] int a, [PositionalOnly] int [|b|]) { } }
            """, "SB0050", DiagnosticSeverity.Error, new[] { "'b'", "'.ctor'" });
    }

    [Theory]
    [InlineData("public static int F([Kwargs] System.Collections.Generic.Dictionary<string, int> [|kw|], int a) => a;", "must be the last parameter")]
    [InlineData("public static int F([Kwargs] System.Collections.Generic.Dictionary<string, int> [|kw|], int a, params int[] rest) => a;", "must be the last parameter")]
    public void SB0051_MisplacedKwargs(string member, string reason)
    {
        GeneratorResult result = AssertReports(member, "SB0051", DiagnosticSeverity.Error, "'kw'", "'F'", reason);
        AssertModuleNotEmitted(result);
    }

    [Theory]
    [InlineData("System.Collections.Generic.Dictionary<int, int>")]
    [InlineData("System.Collections.Generic.List<string>")]
    public void SB0052_InvalidKwargsType(string type)
    {
        GeneratorResult result = AssertReports($"public static int F(int a, [Kwargs] {type} [|kw|]) => a;", "SB0052", DiagnosticSeverity.Error, "'kw'", "'F'", "string keys");
        AssertModuleNotEmitted(result);
    }

    [Theory]
    [InlineData("string", "'string'")]
    [InlineData("System.Collections.Generic.List<int>", "'System.Collections.Generic.List<int>'")]
    public void SB0053_NoConvertWithoutConversion(string type, string display)
    {
        GeneratorResult result = AssertReports($"public static int F([NoConvert] {type} [|value|]) => 0;", "SB0053", DiagnosticSeverity.Error, "'value'", "'F'", display);
        AssertModuleNotEmitted(result);
    }

    // An exported class is a bound class everywhere: module functions, [PyClass] members, other
    // exported classes' members, and as a base class.
    [Fact]
    public void ExportedClassesAreBoundEverywhere()
    {
        GeneratorResult result = GeneratorHarness.Run("""
            using SharpBind;
            namespace Library
            {
                public class Node { public Node() { } public System.Text.StringBuilder Text { get; } = new(); public Node? Next; }
                public class Leaf : Node { public Leaf() { } }
            }
            [PyModule("m")]
            [PyExport(typeof(System.Text.StringBuilder), Name = "Builder")]
            [PyExport(typeof(Library.Leaf))]
            [PyExport(typeof(Library.Node))]
            public static class M
            {
                public static System.Text.StringBuilder Make(string text) => new(text);
                public static Library.Node? First(Library.Leaf leaf) => leaf;
            }
            [PyClass] public class Holder { public Holder() { } public Library.Node? Node { get; set; } public static int Length(System.Text.StringBuilder b) => b.Length; }
            """);
        result.AssertCompilesCleanly(allowGeneratorWarnings: true);
        Assert.Empty(result.GeneratorDiagnostics.Where(d => d.Id != "SB0041"));
        string text = result.SingleSource;
        Assert.Contains("make(text: str) -> Builder", text);
        Assert.Contains("new(\"text\", &Get_text, null,", text);
        Assert.Contains("FromPython.TryObject<global::Library.Node>", text);
        // The base is created first, and is Leaf's Python base.
        Assert.True(text.IndexOf("Class_m_Node.AddTo(module)", System.StringComparison.Ordinal) < text.IndexOf("Class_m_Leaf.AddTo(module)", System.StringComparison.Ordinal));
        Assert.Contains("ClassBuilder.TypeOf<global::Library.Node>(\"m\")", text);
    }

    // An enum without [PyClass] has no Python class to convert to: it is an unsupported type.
    [Fact]
    public void SB0001_EnumWithoutPyClass()
    {
        GeneratorResult result = AssertReports("""
            public enum Plain { A }
            public static int F(Plain [|p|]) => 0;
            """, "SB0001", DiagnosticSeverity.Error, "'p'", "'M.Plain'");
        AssertModuleNotEmitted(result);
    }

    [Fact]
    public void ClassGoesIntoTheOnlyModuleAndCompilesCleanly()
    {
        GeneratorResult result = GeneratorHarness.Run("""
            using SharpBind;
            [PyModule("m")] public static class M { }
            /// <summary>A pet.</summary>
            [PyClass] public class Pet
            {
                public Pet(string name, int age = 0) { Name = name; Age = age; }
                public string Name { get; set; }
                public int Age { get; private set; }
                public double Weight;
                public void Birthday() => Age++;
                public static int Count(int a) => a;
                public Pet? Friend { get; set; }
                public Pet Self() => this;
                public static bool Same(Pet a, Pet? b = null) => a == b;
                public override string ToString() => Name;
            }
            """);
        Assert.Empty(result.GeneratorDiagnostics);
        result.AssertCompilesCleanly();
        string text = Assert.Single(result.Sources).Text;
        Assert.Contains("Class_m_Pet.AddTo(module)", text);
        Assert.Contains("&Set_name", text);
        Assert.Contains("new(\"age\", &Get_age, null,", text);
        Assert.Contains("METH_STATIC", text);
        Assert.Contains("FromPython.TryObject<global::Pet>", text);
        Assert.Contains("ToPython.Object(", text);
    }

    [Theory]
    [InlineData("public abstract int [|P|] { get; }", "abstract property 'P' cannot be implemented in Python yet")]
    [InlineData("public abstract event System.Action E;", "abstract event 'E'")]
    [InlineData("[PyIgnore] public abstract System.Range When();", "abstract method 'When' cannot be overridden in Python: its signature has types")]
    [InlineData("[PyIgnore] public abstract T Make<T>();", "abstract method 'Make'")]
    [InlineData("internal abstract int Hidden();", "abstract method 'Hidden' cannot be overridden in Python: it is not public or protected")]
    public void SB0016_NoProxy(string member, string reason)
    {
        GeneratorResult result = AssertReportsIn($$"""
            using SharpBind;
            [PyModule("m")] public static class M { }
            [PyClass(Module = "m")] public abstract class [|C|] { protected C() { } public int Other() => 1; {{member.Replace("[|", "").Replace("|]", "")}} }
            """, "SB0016", DiagnosticSeverity.Warning, new[] { "'C'", reason });
        // The class is still bound; only Python subclasses are refused, at run time, with the reason.
        result.AssertCompilesCleanly(allowGeneratorWarnings: true);
        string text = Assert.Single(result.Sources, s => s.HintName == "SharpBind.Module.m.g.cs").Text;
        Assert.Contains("CannotInstantiate(\"C\" + \" subclasses\"", text);
        Assert.DoesNotContain("class Proxy", text);
    }

    [Theory]
    [InlineData("public static C operator [|+|](C a, System.Range b) => a;", "'__add__'", "parameter type 'System.Range' is not supported")]
    [InlineData("public static System.Index operator [|-|](C a, C b) => default;", "'__sub__'", "return type 'System.Index' is not supported")]
    [InlineData("public static bool operator [|<|](C a, object b) => true; [PyIgnore] public static bool operator >(C a, object b) => true;", "'__lt__'", "parameter type 'object'")]
    [InlineData("public int [|this|][int a, int b, int c, int d] => 0;", "'__getitem__'", "indexers with more than three parameters")]
    [InlineData("public int [|this|][System.Text.Rune id] => 0;", "'__getitem__'", "type 'System.Text.Rune' is not supported")]
    [InlineData("public System.Collections.IEnumerator [|GetEnumerator|]() => null!;", "'__iter__'", "which is not an IEnumerator<T>")]
    public void SB0020_ProtocolMemberNotBound(string member, string python, string reason)
    {
        GeneratorResult result = AssertReportsIn($$"""
            using SharpBind;
            [PyModule("m")] public static class M { }
            [PyClass(Module = "m")] public sealed class C { public C() { } {{member}} }
            """, "SB0020", DiagnosticSeverity.Warning, new[] { "'C'", python, reason, "[PyIgnore]" });
        // A warning: the class is bound without that protocol.
        result.AssertCompilesCleanly(allowGeneratorWarnings: true);
        Assert.Contains("Class_m_C", Assert.Single(result.Sources, s => s.HintName == "SharpBind.Module.m.g.cs").Text);
    }

    [Fact]
    public void SB0020_UnsupportedElementType()
    {
        GeneratorResult result = AssertReportsIn("""
            using SharpBind;
            using System.Collections;
            using System.Collections.Generic;
            [PyModule("m")] public static class M { }
            [PyClass(Module = "m")] public sealed class [|C|] : IEnumerable<System.Text.Rune>
            {
                public C() { }
                IEnumerator<System.Text.Rune> IEnumerable<System.Text.Rune>.GetEnumerator() { yield break; }
                IEnumerator IEnumerable.GetEnumerator() { yield break; }
            }
            """, "SB0020", DiagnosticSeverity.Warning, new[] { "'__iter__'", "its elements have type 'System.Text.Rune'" });
        result.AssertCompilesCleanly(allowGeneratorWarnings: true);
        Assert.DoesNotContain("Iter = ", Assert.Single(result.Sources, s => s.HintName == "SharpBind.Module.m.g.cs").Text);
    }

    [Fact]
    public void ProxiesForTrickySignaturesCompileCleanly()
    {
        GeneratorResult result = GeneratorHarness.Run("""
            using SharpBind;
            [PyModule("m")] public static class M { }
            [PyClass] public class Node { public Node() { } }
            [PyClass] public abstract class Base
            {
                protected Base(string name, in int size, Node? parent = null) { }
                public abstract void Nothing();
                public abstract string? Maybe(int? @event, string @class);
                public virtual Node Child(Node node) => node;
                public virtual Node? OptionalChild() => null;
                protected internal virtual double Scale(in double by) => by;
                public virtual byte[] Bytes(byte[]? data) => data ?? new byte[0];
                public virtual char Letter() => 'a';
                [PyIgnore] public virtual System.Range Unsupported() => default; // not overridable from Python: keeps its C# behaviour
                public sealed override string ToString() => "base";
            }
            [PyClass] public class Derived : Base
            {
                public Derived() : base("d", 1) { }
                public override void Nothing() { }
                public override string? Maybe(int? @event, string @class) => null;
                public sealed override Node Child(Node node) => node;
            }
            """);
        Assert.Empty(result.GeneratorDiagnostics);
        result.AssertCompilesCleanly();
        string text = Assert.Single(result.Sources).Text;
        Assert.Contains("public override string? Maybe(int? @event, string @class)", text);
        Assert.Contains("protected internal override double Scale(in double by)", text);
        Assert.DoesNotContain("override global::System.Range Unsupported", text);
        // Derived sealed Child: its proxy cannot override it.
        int derivedProxy = text.IndexOf("class Proxy : global::Derived", System.StringComparison.Ordinal);
        Assert.True(derivedProxy > 0);
        Assert.DoesNotContain("override global::Node Child", text.Substring(derivedProxy));
        // The base type is created before the derived one.
        Assert.True(text.IndexOf("Class_m_Base.AddTo(module)", System.StringComparison.Ordinal) < text.IndexOf("Class_m_Derived.AddTo(module)", System.StringComparison.Ordinal));
    }

    [Fact]
    public void OverloadsCompileCleanly()
    {
        GeneratorResult result = GeneratorHarness.Run("""
            using SharpBind;
            [PyModule("m")] public static class M
            {
                public static int F(int a) => a;
                public static int F(double a, string? b = null, bool c = false) => 0;
                public static void F(string s, in long l) { }
            }
            [PyClass] public class C
            {
                public C() { }
                public C(int? a, C? other = null) { }
                public virtual int G(int a) => a;
                public virtual int G(float a) => 0;
                public static int H(int a) => a;
                public static int H(string a) => 0;
            }
            """);
        Assert.Empty(result.GeneratorDiagnostics);
        result.AssertCompilesCleanly();
        string text = Assert.Single(result.Sources).Text;
        Assert.Contains("Arguments.NoMatchingOverload(Overloads_f, args, nargs, kwnames)", text);
        Assert.Contains("Arguments.NoMatchingConstructor(Overloads___init__, args, kwargs)", text);
        Assert.Contains("f(*args, **kwargs)\\nOverloaded function.", text);
        // One Python override lookup serves both C# overloads of G.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "PythonOverride Override_g ="));
    }

    [Fact]
    public void SB0004_StaticAndInstanceMethodsCannotShareAName()
    {
        GeneratorResult result = GeneratorHarness.Run("""
            using SharpBind;
            [PyModule("m")] public static class M { }
            [PyClass] public class C { public C() { } public int G(int a) => a; public static int G(string a) => 0; }
            """);
        Assert.Equal("SB0004", Assert.Single(result.GeneratorDiagnostics).Id);
    }

    [Fact]
    public void StructsCompileCleanly()
    {
        GeneratorResult result = GeneratorHarness.Run("""
            using SharpBind;
            [PyModule("m")] public static class M
            {
                public static P Swap(P p, P? q = null) => new P(p.Y, q?.X ?? p.X);
                public static R Make() => new R(1, "a");
            }
            [PyClass] public struct P { public P(int x, int y) { X = x; Y = y; } public int X; public int Y { get; set; } public void Bump() => X++; }
            [PyClass] public readonly record struct R(int Id, string Name) { public int Twice() => Id * 2; }
            """);
        Assert.Empty(result.GeneratorDiagnostics);
        result.AssertCompilesCleanly();
        string text = Assert.Single(result.Sources).Text;
        Assert.Contains("ref global::P target = ref global::System.Runtime.CompilerServices.Unsafe.Unbox<global::P>(box);", text);
        Assert.Contains("FromPython.TryStruct<global::P>", text);
        Assert.Contains("ToPython.Struct(", text);
        Assert.Contains("ClassBuilder.AttachValue(self, new global::R(", text);
    }

    [Fact]
    public void RecordsCompileCleanly()
    {
        GeneratorResult result = GeneratorHarness.Run("""
            using SharpBind;
            [PyModule("m")] public static class M { }
            [PyClass] public record Person(string Name, int Age) { public virtual string Greet() => Name; }
            [PyClass] public sealed record Employee(string Name, int Age, string? Company) : Person(Name, Age);
            [PyClass] public record Plain { public Plain() { } public int Value { get; init; } }
            [PyClass] public readonly record struct Price(long Cents, string Currency);
            """);
        Assert.Empty(result.GeneratorDiagnostics);
        result.AssertCompilesCleanly();
        string text = Assert.Single(result.Sources).Text;
        Assert.Contains("MatchArgs = new string[] { \"name\", \"age\" },", text);
        Assert.Contains("MatchArgs = new string[] { \"name\", \"age\", \"company\" },", text);
        Assert.Contains("private sealed record Proxy : global::Person", text);
        Assert.Contains("private sealed record Proxy : global::Plain", text);
        Assert.DoesNotContain("<Clone>", text);
        Assert.Equal(3, text.Split("Repr = &Slot_RecordRepr,").Length - 1); // Plain has no primary constructor
        Assert.Contains("ref global::Price target = ref", text);
    }

    [Fact]
    public void CollectionsCompileCleanly()
    {
        GeneratorResult result = GeneratorHarness.Run("""
            using System.Collections.Generic;
            using SharpBind;
            [PyModule("m")] public static class M
            {
                public static List<List<int?>> A(IReadOnlyList<string?> a, int[] b, IEnumerable<P> c) => new();
                public static Dictionary<string, HashSet<long>>? B(IDictionary<int, (int, string)> d, ISet<double>? e = null) => null;
                public static (P, string?, byte[]) C((bool, char) t) => default;
                public static List<E?> D(Dictionary<E, U> map) => new();
                public static PythonObject? F(PythonObject o, List<PythonObject> many) => o;
            }
            [PyClass] public class P { public P() { } public List<P> Children { get; set; } = new(); }
            [PyClass] public enum E { A, B }
            [PyClass] public enum U : ulong { X = ulong.MaxValue }
            """);
        Assert.Empty(result.GeneratorDiagnostics);
        result.AssertCompilesCleanly();
        string text = Assert.Single(result.Sources).Text;
        Assert.Contains("ListConverter<global::System.Collections.Generic.List<int?>, int?, global::SharpBind.Internal.Converters.NullableConverter<int, global::SharpBind.Internal.Converters.Int32Converter>>", text);
        Assert.Contains("a: list[str | None], b: list[int], c: Iterable[P]", text);
        Assert.Contains("EnumConverter<global::U, ulong>", text);
        Assert.Contains("f(o: object, many: list[object]) -> object | None", text);
        Assert.Contains("NullableConverter<global::E, global::SharpBind.Internal.Converters.EnumConverter<global::E, int>>", text);
    }

    [Fact]
    public void DelegatesCompileCleanly()
    {
        GeneratorResult result = GeneratorHarness.Run("""
            using System;
            using System.Collections.Generic;
            using SharpBind;
            [PyModule("m")] public static class M
            {
                public static Func<int, string?> A(Action a, Action<P> b, Action<int, string> c, Func<double> d, Func<int, int, bool> e) => null!;
                public static List<Func<int, int>> B(Func<List<int>, Dictionary<string, int>>? f = null) => new();
            }
            [PyClass] public class P { public P() { } public Action? OnChange { get; set; } }
            """);
        Assert.Empty(result.GeneratorDiagnostics);
        result.AssertCompilesCleanly();
        string text = Assert.Single(result.Sources).Text;
        Assert.Contains("FuncConverter<int, global::SharpBind.Internal.Converters.Int32Converter, string?, global::SharpBind.Internal.Converters.NullableReferenceConverter<string, global::SharpBind.Internal.Converters.StringConverter>>", text);
        Assert.Contains("a: Callable[[], None], b: Callable[[P], None], c: Callable[[int, str], None]", text);
    }

    [Fact]
    public void SB0001_DelegateWithTooManyParameters()
    {
        GeneratorResult result = AssertReports("""
            public static int F(System.Action<int, int, int, int, int> [|f|]) => 0;
            """, "SB0001", DiagnosticSeverity.Error, "'f'");
        AssertModuleNotEmitted(result);
    }

    [Fact]
    public void ReleaseGilCompilesCleanly()
    {
        GeneratorResult result = GeneratorHarness.Run("""
            using SharpBind;
            [PyModule("m")] public static class M
            {
                [ReleaseGil] public static int Work(int n) => n;
                [ReleaseGil] public static void Sleep(int ms) { }
            }
            [PyClass] public class C { public C() { } [ReleaseGil] public C(int n) { } [ReleaseGil] public virtual string Slow(string s) => s; }
            [PyClass] public sealed class D { [ReleaseGil] public D(string s) { } }
            """);
        Assert.Empty(result.GeneratorDiagnostics);
        result.AssertCompilesCleanly();
        string text = Assert.Single(result.Sources).Text;
        Assert.Equal(5, text.Split("using (global::SharpBind.Gil.Release())").Length - 1);
    }

    [Fact]
    public void SB0001_CollectionOfUnsupportedElements()
    {
        GeneratorResult result = AssertReports("""
            public static int F(System.Collections.Generic.List<System.Range> [|when|]) => 0;
            """, "SB0001", DiagnosticSeverity.Error, "'when'", "List<System.Range>");
        AssertModuleNotEmitted(result);
    }

    [Fact]
    public void SB0007_FileLocalModule()
    {
        GeneratorResult result = AssertReportsIn("""
            using SharpBind;
            [PyModule("m")]
            file static class [|M|] { public static int F() => 0; }
            """, "SB0007", DiagnosticSeverity.Error, new[] { "must be public or internal" });
        AssertModuleNotEmitted(result);
    }

    // Inputs that once produced generated code with compiler errors or warnings.
    [Theory]
    [InlineData("public static int F(ref readonly int x) => x;")]
    [InlineData("public static int F(in int x) => x;")]
    [InlineData("public static int Add(int a) => a;\n[PyIgnore] public static int Add(int a, int b) => a + b;")]
    [InlineData("public static int F(int? x = 1, int x__ = 2, int p0_x = 3, int converted0 = 4) => x__;")]
    [InlineData("public static string F(string s = null!) => s ?? \"none\";")]
    [InlineData("public static float F(float f = 1.1f) => f;")]
    public void EdgeCasesCompileCleanly(string members)
    {
        GeneratorResult result = GeneratorHarness.Run($$"""
            using SharpBind;
            [PyModule("m")]
            public static class M
            {
            {{members}}
            }
            """);
        Assert.Empty(result.GeneratorDiagnostics);
        result.AssertCompilesCleanly();
        Assert.Single(result.Sources);
    }

    // Enum inputs that must bind without diagnostics and compile cleanly.
    [Theory]
    [InlineData("public class Outer { [PyClass] public enum Kind { A } }", "public static Outer.Kind F(Outer.Kind k = Outer.Kind.A) => k;")]
    [InlineData("[PyClass] public enum Empty { }", "public static Empty F(Empty? e = null) => default;")]
    [InlineData("[PyClass] public enum E : sbyte { Not = -1, None = 0, Class = 1 }", "public static E F(E e = (E)(-5), E? f = E.Not) => e;")]
    [InlineData("[PyClass] public enum E : ulong { Big = ulong.MaxValue }", "public static E F(E e = E.Big) => e;\npublic static readonly E? Nothing = null;")]
    [InlineData("[System.Flags, PyClass] public enum E : short { A = 1, B = 2 }", "public static E F(E e = E.A | E.B, E f = 0) => e | f;")]
    public void EnumEdgeCasesCompileCleanly(string enumDeclaration, string members)
    {
        GeneratorResult result = GeneratorHarness.Run($$"""
            using SharpBind;
            [PyModule("m")]
            public static class M
            {
            {{members}}
            }
            {{enumDeclaration}}
            """);
        Assert.Empty(result.GeneratorDiagnostics);
        result.AssertCompilesCleanly();
        Assert.Contains("EnumBuilder.AddEnum<", Assert.Single(result.Sources).Text);
    }

    [Theory]
    [InlineData("[PyModule(\"m\")] public static record class M { public static int F() => 1; }")]
    [InlineData("public class Outer { [PyModule(\"m\")] protected internal static class M { public static int F() => 1; } }")]
    public void OtherModuleDeclarationsAreAccepted(string declaration)
    {
        GeneratorResult result = GeneratorHarness.Run("using SharpBind;\n" + declaration.Replace("static record class M", "record class M"));
        Assert.Empty(result.GeneratorDiagnostics);
        result.AssertCompilesCleanly();
        Assert.Single(result.Sources);
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
