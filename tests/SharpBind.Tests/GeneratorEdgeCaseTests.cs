using Xunit;

namespace SharpBind.Tests;

/// <summary>Unusual but legal user code: the generated glue must still compile.</summary>
public class GeneratorEdgeCaseTests
{
    private static void AssertModuleCompiles(string members, string extra = "")
    {
        GeneratorResult result = GeneratorHarness.Run($$"""
            using SharpBind;
            namespace Fixtures;
            [PyModule("m")]
            public static partial class M
            {
                {{members}}
            }
            {{extra}}
            """);
        result.AssertCompilesCleanly();
    }

    [Theory]
    [InlineData("public static decimal F(decimal d = -1.5m) => d;")]
    [InlineData("public static decimal F(decimal d = 1.2345678901234567890123m) => d;")]
    [InlineData("public static double F(double d = -1e300) => d;")]
    [InlineData("public static double F(double d = double.NegativeInfinity, float f = float.NaN) => d;")]
    [InlineData("public static int F(int a = int.MinValue, long b = long.MinValue, sbyte c = sbyte.MinValue, short s = short.MinValue) => a;")]
    [InlineData("public static ulong F(ulong a = ulong.MaxValue) => a;")]
    [InlineData("public static char F(char a = '\\0', char b = '\"', char c = '\\'', char d = '\\u2028') => a;")]
    [InlineData("public static string F(string a = \"q\\\"uo\\nte\\u00e9\\ud83d\\ude00 */\") => a;")]
    [InlineData("public static int? F(int? a = null, double? b = -2.5, bool? c = true) => a;")]
    [InlineData("public static System.DateTime F(System.DateTime a = default) => a;")]
    [InlineData("public static System.TimeSpan? F(System.TimeSpan? a = null) => a;")]
    [InlineData("public static float F(float a = -0f, double b = -0.0) => a;")]
    [InlineData("public static float F(float a = float.MaxValue, double b = double.Epsilon) => a;")]
    public void DefaultValues(string member) => AssertModuleCompiles(member);

    [Theory]
    [InlineData("public static int F(int self, int args, int nargs, int kwnames) => self;")]
    [InlineData("public static int F(int result, int exception, int target, int arg, int p0_x, int p0) => result;")]
    [InlineData("public static int F(int info, int index, int slot, int converted0, int raw0, int local) => info;")]
    [InlineData("public static int F(int a0, int a1, int value, int values, int ex, int e) => a0;")]
    [InlineData("public static int @class(int @event, int @in = 1) => @event;")]
    [InlineData("public static int Fn_x(int a) => a; public static int Info_x(int a) => a; public static int x(int a) => a;")]
    [InlineData("public static int F(in int a, ref readonly int b) => a + b;")]
    [InlineData("public static int F(in int a = 1) => a;")]
    public void StrangeNames(string member) => AssertModuleCompiles(member);
}

public class GeneratorEdgeCaseClassTests
{
    private static void AssertCompiles(string types)
    {
        GeneratorResult result = GeneratorHarness.Run($$"""
            using SharpBind;
            namespace Fixtures;
            [PyModule("m")]
            public static partial class M { public static int One() => 1; }
            {{types}}
            """);
        result.AssertCompilesCleanly();
    }

    [Theory]
    [InlineData("[PyClass(Module = \"m\")] public sealed class @class { public int @event { get; set; } public int @return() => 1; public static int @static(int @in) => @in; public int @base; }")]
    [InlineData("[PyClass(Module = \"m\")] public enum @enum { @default, @case, Normal }")]
    [InlineData("[PyClass(Module = \"m\")] public sealed record @record(int @int, string @string = \"x\");")]
    [InlineData("[PyClass(Module = \"m\")] public class Base { public virtual int @do(int @if) => @if; }")]
    [InlineData("public static class Outer { [PyClass(Module = \"m\")] public sealed class Inner { public int X { get; init; } } }")]
    [InlineData("[PyClass(Module = \"m\")] internal sealed class Hidden { public int X { get; set; } }")]
    [InlineData("[PyClass(Module = \"m\")] public sealed class Req { [System.Diagnostics.CodeAnalysis.SetsRequiredMembers] public Req() { X = 1; } public required int X { get; init; } public int Y { get; init; } }")]
    [InlineData("[PyClass(Module = \"m\")] public class Req { [System.Diagnostics.CodeAnalysis.SetsRequiredMembers] public Req(int x) { X = x; } public required int X { get; init; } public virtual int Y() => 1; }")]
    [InlineData("[PyClass(Module = \"m\")] public sealed record Point(int X = 1, double Y = double.NaN, string? Name = null, decimal D = 2.5m);")]
    [InlineData("[PyClass(Module = \"m\")] public readonly record struct P(int X, int Y = -3);")]
    [InlineData("[PyClass(Module = \"m\")] public struct S { public int X; public static S operator +(S a, S b) => new S { X = a.X + b.X }; public int this[int i] => i; public static bool operator ==(S a, S b) => a.X == b.X; public static bool operator !=(S a, S b) => a.X != b.X; public override bool Equals(object? o) => o is S s && s.X == X; public override int GetHashCode() => X; }")]
    [InlineData("[PyClass(Module = \"m\")] public sealed class SelfNames { public int F(int self, int args, int nargs, int kwnames, int result, int exception, int target, int arg) => self; public int self { get; set; } }")]
    [InlineData("[PyClass(Module = \"m\")] public sealed class Defaults { public Defaults(System.DateTime when = default, decimal amount = -0.5m, int? n = null) { } public void F(System.Guid g = default, S s = default) { } } [PyClass(Module = \"m\")] public struct S { public int X; }")]
    [InlineData("/// <summary>Doc with */ and \"quotes\" and &lt;tags&gt; and é ü 日本 and \\ backslash.</summary>\n[PyClass(Module = \"m\")] public sealed class Docs { /// <summary>*/ \"x\" &amp; ©</summary>\n public int X { get; set; } /// <summary>a */ b</summary>\n /// <param name=\"a\">\"q\" */</param>\n public int F(int a) => a; }")]
    [InlineData("public interface IShape { static abstract int Sides(); int Area(); } [PyClass(Module = \"m\")] public sealed class Sq : IShape { public static int Sides() => 4; public int Area() => 1; }")]
    [InlineData("[PyClass(Module = \"m\")] public sealed class Info_X { public int Fn_x() => 1; } [PyClass(Module = \"m\")] public sealed class Class_Info_X { }")]
    public void Classes(string types) => AssertCompiles(types);

    // Keyword names in every position: enum member defaults, nested classes, operators, indexers, overrides.
    [Fact]
    public void KeywordNamesEverywhere()
    {
        GeneratorResult result = GeneratorHarness.Run("""
            using SharpBind;
            using System;
            namespace Fixtures;
            [PyModule("m")]
            public static partial class M
            {
                public const int @const = 3;
                public static readonly string @readonly = "x";
                public static int @static => 1;
                public static E Pick(E e = E.@default, E f = (E)7, E? g = null, E? h = E.@case) => e;
                public static int Call(Func<int, int> @delegate) => @delegate(1);
                public static int Over(int a, int @in = 2) => a;
                public static int Over(string a, string @in = "q") => 1;
                public static int Many(int a, params int[] @params) => a;
                public static Outer.@class Nest() => new Outer.@class();
                public static int Span(ReadOnlySpan<int> @ref) => @ref.Length;
            }
            [PyClass(Module = "m")] public enum E { @default, @case, Other }
            [PyClass(Module = "m")] public sealed class Outer { [PyClass(Module = "m")] public sealed class @class { public int @int { get; set; } public static int @object => 1; } }
            [PyClass(Module = "m")] public struct V { public int X; public static V operator +(in V a, in V b) => new V { X = a.X + b.X }; public int this[int @index] { get => @index; set { } } public static V operator -(V a) => a; }
            [PyException(Module = "m")] public sealed class @checked : Exception { public @checked(string m) : base(m) { } }
            [PyClass(Module = "m")] public class Virt { public virtual int @lock(int @if, in int @fixed) => @if; protected virtual int @while() => 1; public virtual int Prop { get; set; } }
            [PyClass(Module = "m")] public interface @interface { int @foreach(int @out); }
            """);
        result.AssertCompilesCleanly();
    }

    // A Python subclass's proxy declares `self` and `__`-prefixed names next to the user's parameters.
    [Fact]
    public void ProxyParameterNamesDoNotClash()
    {
        GeneratorResult result = GeneratorHarness.Run("""
            using SharpBind;
            namespace Fixtures;
            [PyModule("m")]
            public static partial class M { public static int One() => 1; }
            [PyClass(Module = "m")] public class Virt
            {
                public Virt(int self, int __pythonState = 0) { }
                public virtual int F(int __args, int __value0, int __result, int self, int result, int args) => 1;
                public virtual string G(string __pythonState, string __python, string value, string exception, string __arg0) => "";
                public virtual void H(int __value1, int __gil, int __method, int __prependSelf) { }
            }
            [PyClass(Module = "m")] public interface IFace { int F(int self, int __args); }
            """);
        result.AssertCompilesCleanly();
    }

    // Names the generated class uses for its own members (Info_set_x, Override_f), taken by user members.
    [Fact]
    public void MembersNamedLikeGeneratedOnes()
    {
        GeneratorResult result = GeneratorHarness.Run("""
            using SharpBind;
            namespace Fixtures;
            [PyModule("m")]
            public static partial class M
            {
                public static int PyInit() => 1;
                public static int AddTo() => 1;
                public static int Module_m() => 1;
                public static int Info_one() => 1;
                public static int One() => 1;
                public static int Type => 2;
            }
            [PyClass(Module = "m")] public class C
            {
                public int Init() => 1; public int New() => 1; public int AddTo() => 1; public int Type() => 1; public int InitVector() => 1;
                public int X { get; set; } public static int Y { get; set; } public int Get_x() => 1; public int Set_x() => 1; public int Info___init__() => 1; public int Proxy() => 1;
                public static int Override_f() => 1; public virtual int F() => 1; public int Fn_f() => 2; public int Spec() => 3;
            }
            """);
        result.AssertCompilesCleanly(allowGeneratorWarnings: true);
    }

    [Fact]
    public void PartialClassAcrossFiles()
    {
        GeneratorResult result = GeneratorHarness.Run(
            "using SharpBind; namespace Fixtures; [PyModule(\"m\")] public static partial class M { public static int One() => 1; } [PyClass(Module = \"m\")] public partial class P { public int A() => 1; }",
            "namespace Fixtures; public partial class P { public int B() => 2; } public static partial class M { public static int Two() => 2; }");
        result.AssertCompilesCleanly();
    }

    [Fact]
    public void ShadowingNamespaces()
    {
        GeneratorResult result = GeneratorHarness.Run("""
            using SharpBind;
            namespace Fixtures.System { public class Exception { } public class Runtime { } public static class Math { } public class String { } public class Int32 { } }
            namespace Fixtures.Interop { public class CPython { } public class PyObject { } }
            namespace Fixtures.Internal { public class Arguments { } public class FromPython { } }
            namespace Fixtures
            {
                [PyModule("m")] public static class M { public static int One(int a = 1, string s = "x") => a; public static double D(double d = double.NaN) => d; }
                [PyClass(Module = "m")] public sealed class SharpBind { public int X { get; set; } }
                [PyClass(Module = "m")] public sealed class CPython { public int Y { get; set; } public int Z() => 1; }
                [PyClass(Module = "m")] public enum global_ { A }
            }
            """);
        result.AssertCompilesCleanly(allowGeneratorWarnings: true);
    }
}
