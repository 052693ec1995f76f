using System.Linq;
using Xunit;

namespace SharpBind.Tests;

/// <summary>
/// Python protocols generated from C# members (Parsing/ProtocolParser.cs, Emitting/ProtocolEmitter.cs):
/// a reviewed snapshot, and inputs whose generated code must compile without errors or warnings.
/// </summary>
public class ProtocolTests
{
    // Every protocol at least once: operators (with a reflected and an exact-type overload), equality
    // with a hash, ordering, __bool__, iteration, len, in, two indexers with deletion, and `with`.
    internal const string Shapes = """
        using System;
        using System.Collections;
        using System.Collections.Generic;
        using SharpBind;

        namespace Shapes;

        [PyModule("shapes")]
        public static class ShapesModule
        {
        }

        /// <summary>A vector.</summary>
        [PyClass]
        public sealed class Vector : IEquatable<Vector>, IComparable<Vector>
        {
            public Vector(double x, double y)
            {
                X = x;
                Y = y;
            }

            public double X { get; }

            public double Y { get; }

            public static Vector operator +(Vector a, Vector b) => new(a.X + b.X, a.Y + b.Y);

            public static Vector operator -(Vector v) => new(-v.X, -v.Y);

            public static Vector operator *(Vector v, double factor) => new(v.X * factor, v.Y * factor);

            public static Vector operator *(double factor, Vector v) => v * factor;

            public static Vector operator *(Vector v, int times) => v * (double)times;

            public static bool operator true(Vector v) => v.X != 0 || v.Y != 0;

            public static bool operator false(Vector v) => v.X == 0 && v.Y == 0;

            public bool Equals(Vector? other) => other is not null && X == other.X && Y == other.Y;

            public override bool Equals(object? obj) => Equals(obj as Vector);

            public override int GetHashCode() => HashCode.Combine(X, Y);

            public int CompareTo(Vector? other) => other is null ? 1 : (X * X + Y * Y).CompareTo(other.X * other.X + other.Y * other.Y);

            public override string ToString() => $"({X}, {Y})";
        }

        /// <summary>A bag of names.</summary>
        [PyClass]
        public class Bag : IEnumerable<string>, IDisposable
        {
            private readonly List<string> _items = new();

            public Bag()
            {
            }

            public int Count => _items.Count;

            public bool Contains(string item) => _items.Contains(item);

            public string this[int index]
            {
                get => _items[index];
                set => _items[index] = value;
            }

            public int? this[string item] => _items.IndexOf(item) is var i and >= 0 ? i : null;

            public void RemoveAt(int index) => _items.RemoveAt(index);

            public IEnumerator<string> GetEnumerator() => _items.GetEnumerator();

            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

            public void Dispose() => _items.Clear();
        }

        /// <summary>Ordered by the non-generic IComparable; equality stays identity.</summary>
        [PyClass]
        public class Level : IComparable
        {
            public Level()
            {
            }

            public int CompareTo(object? obj) => 0;
        }

        #pragma warning disable CS0659
        /// <summary>Equals without GetHashCode: unhashable.</summary>
        [PyClass]
        public sealed class Tag
        {
            public Tag()
            {
            }

            public override bool Equals(object? obj) => obj is Tag;
        }
        """;

    [Fact]
    public void Protocols() => Snapshot.Match(GeneratorHarness.Run(Shapes).SingleSource);

    [Fact]
    public void ProtocolsCompileCleanlyAndDeterministically()
    {
        GeneratorResult result = GeneratorHarness.Run(Shapes);

        result.AssertCompilesCleanly();
        Assert.Equal(result.SingleSource, GeneratorHarness.Run(Shapes).SingleSource);
    }

    // Members reached in less direct ways: explicit interface implementations, a struct enumerator,
    // operators and Equals of bound and unbound bases, `in` operands, bound and nullable elements,
    // [PyIgnore] on protocol members, and names that could clash with generated locals.
    [Fact]
    public void TrickyProtocolMembersCompileCleanly()
    {
        GeneratorResult result = GeneratorHarness.Run("""
            using System;
            using System.Collections;
            using System.Collections.Generic;
            using SharpBind;

            [PyModule("m")] public static class M { }

            public class Unbound
            {
                public static int operator +(Unbound a, Unbound b) => 1;
                public override bool Equals(object? obj) => ReferenceEquals(this, obj);
                public override int GetHashCode() => 0;
            }

            [PyClass] public class Node : Unbound, IReadOnlyCollection<Node?>, IEquatable<string>
            {
                public Node() { }
                int IReadOnlyCollection<Node?>.Count => 0;
                IEnumerator<Node?> IEnumerable<Node?>.GetEnumerator() { yield return null; }
                IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<Node?>)this).GetEnumerator();
                public bool Equals(string? other) => other == "node";
                public static Node operator -(in Node a, in Node b) => a;
                public static Node operator *(Node a, long c0_0) => a;
                public static Node operator *(Node a, float r0) => a;
                public static Node operator *(Node a, ulong target) => a;
            }

            [PyClass] public class Leaf : Node
            {
                public Leaf() { }
                public static bool operator <(Leaf a, Node b) => true;
                public static bool operator >(Leaf a, Node b) => false;
            }

            [PyClass] public sealed class Row : ICollection<int?>
            {
                private readonly List<int?> _cells = new();
                public Row() { }
                public List<int?>.Enumerator GetEnumerator() => _cells.GetEnumerator();
                IEnumerator<int?> IEnumerable<int?>.GetEnumerator() => GetEnumerator();
                IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
                int ICollection<int?>.Count => _cells.Count;
                bool ICollection<int?>.IsReadOnly => false;
                void ICollection<int?>.Add(int? item) => _cells.Add(item);
                void ICollection<int?>.Clear() => _cells.Clear();
                bool ICollection<int?>.Contains(int? item) => _cells.Contains(item);
                void ICollection<int?>.CopyTo(int?[] array, int arrayIndex) => _cells.CopyTo(array, arrayIndex);
                bool ICollection<int?>.Remove(int? item) => _cells.Remove(item);
                public char this[char key] { get => key; set { } }
                public byte[]? this[long key] { get => null; set { } }
                public bool Remove(char key) => true;
            }

            [PyClass] public sealed class Quiet : IEnumerable<int>, IDisposable
            {
                public Quiet() { }
                [PyIgnore] public IEnumerator<int> GetEnumerator() { yield break; }
                IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
                [PyIgnore] public static Quiet operator +(Quiet a, Quiet b) => a;
                [PyIgnore] public int Count => 0;
                [PyIgnore] public void Dispose() { }
            }
            """);

        Assert.Empty(result.GeneratorDiagnostics);
        result.AssertCompilesCleanly();
        string text = result.SingleSource;
        Assert.Contains("((global::System.Collections.Generic.IReadOnlyCollection<global::Node?>)target).Count", text);
        Assert.Contains("Protocols.Iterate<int?>(target.GetEnumerator(), &Slot_IterItem)", text);
        Assert.Contains("((global::System.Collections.Generic.ICollection<int?>)c0_0).Contains(c0_1)", text);
        // Unbound's operator and Equals serve Node: its operands are Nodes.
        Assert.Contains("TryObject<global::Node>(left, out global::Node c0_0) && global::SharpBind.Internal.FromPython.TryObject<global::Node>(right, out global::Node c0_1)) return global::SharpBind.Internal.ToPython.Int64(c0_0 + c0_1)", text);
        string quiet = text.Substring(text.IndexOf("class Class_m_Quiet", System.StringComparison.Ordinal));
        Assert.DoesNotContain("Iter =", quiet);
        Assert.DoesNotContain("Add =", quiet);
        Assert.DoesNotContain("Length =", quiet);
        Assert.DoesNotContain("__enter__", quiet);
    }

    [Fact]
    public void EveryClassGetsARepr()
    {
        string text = GeneratorHarness.Run(SnapshotTests.Inheritance).SingleSource;

        // Animal, IBarker, Dog, Dog.Collar and Kennel: none overrides ToString.
        Assert.Equal(5, text.Split("Repr = &global::SharpBind.Internal.Protocols.Repr,").Length - 1);
    }

    [Fact]
    public void IteratorFunctionIsNotExportedAsAMethod()
    {
        string text = GeneratorHarness.Run(Shapes).SingleSource;

        Assert.DoesNotContain("\"get_enumerator\"", text);
        Assert.DoesNotContain("\"compare_to\", &Fn_compare_to, \"compare_to($self, /, obj)", text); // CompareTo(object) has no conversion
        Assert.Contains("new(\"__exit__\", &global::SharpBind.Internal.Protocols.Exit", text);
        Assert.Equal(1, text.Split("IsUnhashable = true,").Length - 1); // Tag
        Assert.Contains("Hash = &global::SharpBind.Internal.Protocols.IdentityHash,", text); // Level: ordering only
    }

    [Fact]
    public void ModelChangesWhenAProtocolMemberChanges()
    {
        var first = GeneratorHarness.Run(Shapes).SingleSource;
        var second = GeneratorHarness.Run(Shapes.Replace("public bool Contains(string item)", "[PyIgnore] public bool Contains(string item)")).SingleSource;

        Assert.NotEqual(first, second);
        Assert.Contains("Contains = &Slot_Contains,", first);
        Assert.DoesNotContain("Contains = &Slot_Contains,", second);
        Assert.Contains("\"contains\"", first.Split('\n').First(l => l.Contains("new(\"contains\"", System.StringComparison.Ordinal)));
    }
}
