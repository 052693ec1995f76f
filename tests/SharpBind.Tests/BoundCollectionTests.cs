using Xunit;

namespace SharpBind.Tests;

/// <summary>
/// Collections bound by reference with <c>[PyExport(typeof(List&lt;T&gt;), Name = ...)]</c>: which values the
/// classifier passes by reference (exactly the exported closed types, wherever they appear) and which it
/// still copies.
/// </summary>
public class BoundCollectionTests
{
    internal const string Source = """
        using System.Collections.Generic;
        using SharpBind;

        [PyClass]
        public class Pet { public Pet(string name) => Name = name; public string Name { get; } }

        [PyClass]
        public class Shelter
        {
            public List<Pet> Pets { get; set; } = new();
        }

        [PyModule("m")]
        [PyExport(typeof(List<Pet>), Name = "PetList")]
        [PyExport(typeof(Dictionary<string, int>), Name = "Counts")]
        [PyExport(typeof(List<int>), Name = "IntList")]
        public static class M
        {
            public static List<Pet> Pets() => new();
            public static int Count(Dictionary<string, int> counts) => counts.Count;
            public static List<Pet>? Maybe(List<Pet>? pets) => pets;
            public static int Nested(List<List<int>> rows) => rows.Count;
            public static int Copied(IList<int> values, List<long> longs) => values.Count + longs.Count;
        }
        """;

    private const string Converters = "global::SharpBind.Internal.Converters.";

    [Fact]
    public void ExportedCollectionsAreBoundByReference()
    {
        GeneratorResult result = GeneratorHarness.Run(Source);
        result.AssertCompilesCleanly();
        Snapshot.Match(result.SingleSource, "BoundCollections");
    }

    [Fact]
    public void ClassifierPassesExactlyTheExportedTypesByReference()
    {
        string code = GeneratorHarness.Run(Source).SingleSource;
        string petList = $"{Converters}BoundListConverter<global::Pet, {Converters}ObjectConverter<global::Pet>>";
        Assert.Contains($"default({petList}).To(", code); // returns
        Assert.Contains($"default({petList}).TryFrom(", code); // parameters and the property setter
        Assert.Contains($"{Converters}BoundDictionaryConverter<string, {Converters}StringConverter, int, {Converters}Int32Converter>", code);
        // An exported type inside another collection: the inner lists by reference, the outer one copied.
        Assert.Contains($"ListConverter<global::System.Collections.Generic.List<global::System.Collections.Generic.List<int>>, global::System.Collections.Generic.List<int>, {Converters}BoundListConverter<int, {Converters}Int32Converter>>", code);
        // Interfaces and lists of other element types are still copied.
        Assert.Contains($"ListConverter<global::System.Collections.Generic.IList<int>, int, {Converters}Int32Converter>", code);
        Assert.Contains($"ListConverter<global::System.Collections.Generic.List<long>, long, {Converters}Int64Converter>", code);
        // The Python types: one AddTo each, generic over the element converters.
        Assert.Contains($"BoundCollections.AddList<global::Pet, {Converters}ObjectConverter<global::Pet>>(", code);
        Assert.Contains("BoundCollections.AddDictionary<string, ", code);
        Assert.Contains("\"maybe(pets: PetList | None) -> PetList | None", code);
    }
}
