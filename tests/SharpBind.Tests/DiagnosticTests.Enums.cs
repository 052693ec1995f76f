using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace SharpBind.Tests;

// SB0030-SB0033: [PyClass] enums and type names.
public partial class DiagnosticTests
{
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

    // A [PyClass] class whose Python name the module already has (they would share a generated class).
    [Theory]
    [InlineData("[PyClass(Module = \"m\")] public class Pet { }\n[PyClass(Module = \"m\"), PyName(\"Pet\")] public class [|Kind|] { }")]
    [InlineData("[PyClass(Module = \"m\"), PyName(\"pet\")] public sealed class [|Kind|] { }")]
    [InlineData("[PyClass(Module = \"m\")] public class A { [PyClass(Module = \"m\")] public class B { } [PyClass(Module = \"m\"), PyName(\"B\")] public class [|Kind|] { } }")]
    public void SB0033_DuplicateClassName(string declarations)
    {
        GeneratorResult result = AssertReportsIn("using SharpBind;\n[PyModule(\"m\")] public static class M { public static int Pet() => 0; }\n" + declarations,
            "SB0033", DiagnosticSeverity.Error, new[] { "'global::", "Kind'", "'m'" });
        Assert.Empty(result.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }
}
