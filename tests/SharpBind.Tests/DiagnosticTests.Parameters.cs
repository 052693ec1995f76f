using Microsoft.CodeAnalysis;
using Xunit;

namespace SharpBind.Tests;

// SB0050-SB0053: parameter markers ([PositionalOnly], [KeywordOnly], [Kwargs], [NoConvert]).
public partial class DiagnosticTests
{
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
}
