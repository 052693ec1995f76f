using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace SharpBind.Tests;

/// <summary>[PyConverter]: the user's own converters, and the diagnostics for ones that cannot work.</summary>
public class ConverterTests
{
    private const string Converter = """
        public struct CelsiusConverter : SharpBind.IPythonConverter<Celsius>
        {
            public bool TryFromPython(SharpBind.PythonObject value, out Celsius result) { result = default; return false; }
            public SharpBind.PythonObject? ToPython(Celsius value) => null;
            public string PythonTypeName => "float";
        }
        """;

    [Fact]
    public void RegisteredTypesConvertThroughTheUsersConverter()
    {
        GeneratorResult result = GeneratorHarness.Run($$"""
            using SharpBind;
            [assembly: PyConverter(typeof(UriConverter), PythonName = "str")]
            [PyConverter(typeof(CelsiusConverter), PythonName = "float")]
            public readonly record struct Celsius(double Degrees);
            {{Converter}}
            public sealed class UriConverter : IPythonConverter<System.Uri>
            {
                public bool TryFromPython(PythonObject value, out System.Uri result) { result = null!; return false; }
                public PythonObject? ToPython(System.Uri value) => null;
                public string PythonTypeName => "str";
            }
            [PyModule("m")]
            public static class M
            {
                public static Celsius Warmer(Celsius c) => c;
                public static System.Uri Home(System.Collections.Generic.List<System.Uri> all) => all[0];
            }
            """);

        result.AssertCompilesCleanly();
        Assert.Empty(result.GeneratorDiagnostics);
        string module = result.SingleSource;
        Assert.Contains("global::SharpBind.Internal.Converters.CustomConverter<global::Celsius, global::CelsiusConverter>", module);
        Assert.Contains("CustomConverter<global::System.Uri, global::UriConverter>", module);
        Assert.Contains("warmer(c: float) -> float", module);
        Assert.Contains("home(all: list[str]) -> str", module);
    }

    [Fact]
    public void SB0070_ConverterThatIsNotAConverter()
    {
        Diagnostic diagnostic = Assert.Single(GeneratorHarness.Run("""
            using SharpBind;
            [PyConverter(typeof(NotAConverter))]
            public struct Celsius { }
            public struct NotAConverter { }
            [PyModule("m")] public static class M { public static int F() => 0; }
            """).GeneratorDiagnostics);

        Assert.Equal("SB0070", diagnostic.Id);
        Assert.Contains("does not implement SharpBind.IPythonConverter<T>", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void SB0070_ConverterClassWithoutParameterlessConstructor()
    {
        Diagnostic diagnostic = Assert.Single(GeneratorHarness.Run("""
            using SharpBind;
            [assembly: PyConverter(typeof(Needy))]
            public struct Celsius { }
            public sealed class Needy : IPythonConverter<Celsius>
            {
                public Needy(int x) { }
                public bool TryFromPython(PythonObject value, out Celsius result) { result = default; return false; }
                public PythonObject? ToPython(Celsius value) => null;
                public string PythonTypeName => "float";
            }
            [PyModule("m")] public static class M { public static int F() => 0; }
            """).GeneratorDiagnostics);

        Assert.Equal("SB0070", diagnostic.Id);
        Assert.Contains("parameterless constructor", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void SB0071_ConverterOnTheWrongType()
    {
        Diagnostic diagnostic = Assert.Single(GeneratorHarness.Run($$"""
            using SharpBind;
            public readonly record struct Celsius(double Degrees);
            {{Converter}}
            [PyConverter(typeof(CelsiusConverter))]
            public struct Fahrenheit { }
            [PyModule("m")] public static class M { public static int F() => 0; }
            """).GeneratorDiagnostics);

        Assert.Equal("SB0071", diagnostic.Id);
        Assert.Contains("'Fahrenheit'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
