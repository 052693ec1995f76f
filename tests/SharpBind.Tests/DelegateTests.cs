using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace SharpBind.Tests;

/// <summary>Converters generated for the user's own delegate types (Emitting/DelegateEmitter).</summary>
public class DelegateTests
{
    private const string Source = """
        using SharpBind;
        namespace Ns
        {
            public delegate int Binary_Op(int a, int b);
            public delegate void Log(string? message);
            internal static class Outer { internal delegate double Scale(double x); }
            public static class Visible { public delegate double Scale(double x); }
            public delegate void ByRef(ref int x);
            public static class Hidden { private delegate void Secret(); }
            [PyModule("m")]
            public static class M
            {
                public static int Fold(Binary_Op op) => op(1, 2);
                public static void Say(Log log) => log(null);
                public static double Apply(Visible.Scale scale) => scale(2);
                public static Binary_Op Make() => (a, b) => a - b;
            }
        }
        """;

    [Fact]
    public void EveryConvertibleDelegateGetsAConverterThatCompiles()
    {
        GeneratorResult result = GeneratorHarness.Run(Source);

        result.AssertCompilesCleanly();
        string delegates = Assert.Single(result.Sources, s => s.HintName == "SharpBind.Delegates.g.cs").Text;
        // '_' doubles in the name so that Binary_Op and Binary.Op cannot collide.
        Assert.Contains("internal unsafe struct Converter_Ns_Binary__Op : global::SharpBind.Internal.Converters.IConverter<global::Ns.Binary_Op>", delegates);
        Assert.Contains("public string PythonName => \"Callable[[int, int], int]\";", delegates);
        Assert.Contains("Converter_Ns_Log", delegates);
        Assert.Contains("public string PythonName => \"Callable[[str | None], None]\";", delegates);
        // Internal delegates too (the converters are internal), nested ones under their container's name.
        Assert.Contains("Converter_Ns_Outer_Scale", delegates);
        Assert.Contains("Converter_Ns_Visible_Scale", delegates);
        // A ref parameter, or a delegate generated code cannot see: no converter.
        Assert.DoesNotContain("ByRef", delegates);
        Assert.DoesNotContain("Secret", delegates);
        string module = Assert.Single(result.Sources, s => s.HintName == "SharpBind.Module.m.g.cs").Text;
        Assert.Contains("default(global::SharpBind.Generated.Delegates.Converter_Ns_Binary__Op).TryFrom", module);
    }

    [Fact]
    public void AParameterOfAnUnconvertibleDelegateTypeIsReported()
    {
        GeneratorResult result = GeneratorHarness.Run("""
            using SharpBind;
            public delegate void ByRef(ref int x);
            [PyModule("m")]
            public static class M { public static void Take(ByRef f) { } }
            """);

        Assert.Equal("SB0001", Assert.Single(result.GeneratorDiagnostics).Id);
    }

    [Fact]
    public void NoModuleNoConverters()
    {
        GeneratorResult result = GeneratorHarness.Run("public delegate int D(int x);");

        Assert.Empty(result.Sources);
    }
}
