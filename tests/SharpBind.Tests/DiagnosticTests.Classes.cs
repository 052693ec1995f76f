using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace SharpBind.Tests;

// [PyClass] classes, proxies and protocols (SB0001, SB0004, SB0007, SB0016 and SB0020 on class
// inputs), and tricky inputs that must compile cleanly.
public partial class DiagnosticTests
{
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
}
