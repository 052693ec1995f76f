using System.Linq;
using Xunit;

namespace SharpBind.Tests;

/// <summary>
/// <c>ReadOnlySpan&lt;T&gt;</c> parameters (and C# 13's <c>params ReadOnlySpan&lt;T&gt;</c>) are bound as
/// arrays; spans anywhere a value must go back to Python stay unsupported.
/// </summary>
public class SpanParameterTests
{
    [Fact]
    public void SpanParametersOfFunctionsMethodsAndConstructorsCompile()
    {
        GeneratorResult result = GeneratorHarness.Run("""
            using System;
            using SharpBind;
            [PyModule("m")]
            public static class M
            {
                public static int Total(params ReadOnlySpan<int> values) => values.Length;
                public static int Bytes(ReadOnlySpan<byte> data) => data.Length;
                public static int Chars(ReadOnlySpan<char> text) => text.Length;
            }
            [PyClass(Module = "m")]
            public class Bag
            {
                public Bag(params ReadOnlySpan<string> items) => Count = items.Length;
                public int Count { get; }
                // Bound for Python to call; a Python subclass cannot override it (a span cannot be handed to Python).
                public virtual int Weigh(ReadOnlySpan<double> weights) => weights.Length;
                public virtual int Size() => Count;
            }
            """);

        result.AssertCompilesCleanly();
        string module = string.Join("\n", result.Sources.Select(s => s.Text));
        Assert.Contains("ArrayConverter<int, global::SharpBind.Internal.Converters.Int32Converter>).TryFrom(arg[0], out int[] p0_values)", module);
        Assert.Contains("FromPython.TryByteArray(arg[0], out byte[] p0_data)", module);
        Assert.Contains("FromPython.TryString(arg[0], out string p0_text)", module);
        Assert.Contains("\"total(*values: int) -> int\"", module);
        Assert.Contains("\"weigh(weights: list[float]) -> int\"", module);
        // The proxy overrides Size but not Weigh.
        Assert.Contains("public override int Size()", module);
        Assert.DoesNotContain("public override int Weigh(", module);
    }

    [Fact]
    public void AnExportedLibraryTypeKeepsOnlyItsStringAndArrayOverloads()
    {
        // Version.Parse(string) and Version.Parse(ReadOnlySpan<char>): one Python overload, not two.
        GeneratorResult result = GeneratorHarness.Run("""
            using SharpBind;
            [PyModule("m")]
            [PyExport(typeof(System.Version))]
            public static class M { }
            """);

        result.AssertCompilesCleanly(allowGeneratorWarnings: true);
        string module = string.Join("\n", result.Sources.Select(s => s.Text));
        Assert.Contains(@"""parse(input)\n--\n\nparse(input: str) -> Version""", module); // the C# source's escapes
    }

    [Fact]
    public void ASpanResultIsStillReported()
    {
        GeneratorResult result = GeneratorHarness.Run("""
            using System;
            using SharpBind;
            [PyModule("m")]
            public static class M { public static ReadOnlySpan<int> Numbers() => new[] { 1 }; }
            """);

        Assert.Equal("SB0002", Assert.Single(result.GeneratorDiagnostics).Id);
    }
}
