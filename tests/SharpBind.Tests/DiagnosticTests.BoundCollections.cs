using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace SharpBind.Tests;

// SB0044-SB0045 (and the [PyExport] checks SB0040/SB0042 as they apply): collections bound by reference.
public partial class DiagnosticTests
{
    private const string CollectionModule = """
        using System.Collections.Generic;
        using SharpBind;
        public class Plain { public Plain() { } }
        public class Unbound { }
        [PyModule("m")]
        EXPORT
        public static class M { public static int F() => 1; }
        """;

    [Fact]
    public void SB0044_UnnamedCollectionExport()
    {
        GeneratorResult result = AssertReportsIn(WithExport("[[|PyExport(typeof(List<int>))|]]"),
            "SB0044", DiagnosticSeverity.Error, new[] { "'System.Collections.Generic.List<int>'", "Name = " });
        AssertNoCollectionBound(result);
    }

    [Theory]
    [InlineData("[[|PyExport(typeof(List<Unbound>), Name = \"L\")|]]", "element type 'Unbound'")]
    [InlineData("[[|PyExport(typeof(Dictionary<Unbound, int>), Name = \"D\")|]]", "key type 'Unbound'")]
    [InlineData("[[|PyExport(typeof(Dictionary<string, Unbound>), Name = \"D\")|]]", "value type 'Unbound'")]
    public void SB0045_UnsupportedCollectionElement(string export, string reason)
    {
        GeneratorResult result = AssertReportsIn(WithExport(export), "SB0045", DiagnosticSeverity.Error, new[] { reason });
        AssertNoCollectionBound(result);
    }

    [Theory]
    [InlineData("[[|PyExport(typeof(List<>), Name = \"L\")|]]", "typeof(List<>)")]
    [InlineData("[[|PyExport(typeof(List<int>), Name = \"not-valid\")|]]", "Name \"not-valid\" is not a valid Python identifier")]
    [InlineData("[[|PyExport(typeof(HashSet<>), Name = \"S\")|]]", "only a closed generic class")]
    public void SB0040_UnsupportedCollectionExport(string export, string reason)
    {
        GeneratorResult result = AssertReportsIn(WithExport(export), "SB0040", DiagnosticSeverity.Error, new[] { reason });
        AssertNoCollectionBound(result);
    }

    [Fact]
    public void SB0042_CollectionExportedTwice()
    {
        GeneratorResult result = AssertReportsIn(WithExport("[PyExport(typeof(List<int>), Name = \"A\")] [[|PyExport(typeof(List<int>), Name = \"B\")|]]"),
            "SB0042", DiagnosticSeverity.Error, new[] { "module 'm' exports it already" });
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(string.Concat(result.Sources.Select(s => s.Text)), "BoundCollections.AddList<"));
    }

    private static string WithExport(string export) => CollectionModule.Replace("EXPORT", export);

    private static void AssertNoCollectionBound(GeneratorResult result)
    {
        Assert.DoesNotContain("BoundCollections.Add", string.Concat(result.Sources.Select(s => s.Text)));
        Assert.Empty(result.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }
}
