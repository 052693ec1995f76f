using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace SharpBind.Tests;

// SB0040-SB0043: [PyExport], types bound from the module.
public partial class DiagnosticTests
{
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
}
