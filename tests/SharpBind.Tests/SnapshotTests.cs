using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace SharpBind.Tests;

/// <summary>
/// The generator's output for representative modules, compared with reviewed golden files
/// (Snapshots/&lt;TestName&gt;.verified.cs). Each test also compiles the output with doc-comment
/// diagnostics on, so the emitted code must stay free of errors and warnings.
/// </summary>
public class SnapshotTests
{
    /// <summary>The pybind11 "example" module, which the README promises works as written.</summary>
    internal const string ContractExample = """
        using SharpBind;
        /// <summary>pybind11 example plugin</summary>
        [PyModule("example")]
        public static partial class Example
        {
            /// <summary>A function that adds two numbers</summary>
            public static int Add(int i = 1, int j = 2) => i + j;
            public const int TheAnswer = 42;
            public static string What => "World";
        }
        """;

    // Every ValueKind as a parameter and a return, nullable forms, and a default of every literal
    // kind, including ones that need escaping in both C# and Python or have no Python literal (NaN).
    internal const string AllPrimitives = """
        using SharpBind;

        namespace Samples;

        /// <summary>Every value kind SharpBind converts.</summary>
        [PyModule("primitives")]
        public static class Primitives
        {
            public static bool EchoBool(bool value = true) => value;
            public static sbyte EchoSByte(sbyte value = -8) => value;
            public static byte EchoByte(byte value = 255) => value;
            public static short EchoInt16(short value = -16) => value;
            public static ushort EchoUInt16(ushort value = 16) => value;
            public static int EchoInt32(int value = int.MinValue) => value;
            public static uint EchoUInt32(uint value = uint.MaxValue) => value;
            public static long EchoInt64(long value = long.MinValue) => value;
            public static ulong EchoUInt64(ulong value = ulong.MaxValue) => value;
            public static float EchoSingle(float value = 1.5f) => value;
            public static double EchoDouble(double value = double.NaN) => value;
            public static double EchoExponent(double value = -1e300) => value;
            public static char EchoChar(char value = '\'') => value;
            public static string EchoString(string value = "say \"hi\" \\ 'there' \U0001F600\n") => value;
            public static string? EchoNullableString(string? value = null) => value;
            public static string? EchoRequiredNullableString(string? value) => value;
            public static byte[] EchoBytes(byte[] value) => value;
            public static byte[]? EchoNullableBytes(byte[]? value = null) => value;
            public static int? EchoNullableInt(int? value = null) => value;
            public static double? EchoNullableDouble(double? value = 2.5) => value;
            public static char? EchoNullableChar(char? value) => value;
            public static void Nothing()
            {
            }
            /// <summary>Required parameters first, then optional ones.</summary>
            /// <remarks>Uses <paramref name="count"/> copies of <paramref name="text"/>.</remarks>
            public static string Repeat(string text, int count = 2, string separator = "") => string.Join(separator, System.Linq.Enumerable.Repeat(text, count));

            public const ulong Largest = ulong.MaxValue;
            public const float Half = 0.5f;
            public const char Letter = 'x';
            public const string Greeting = "hello";
            public static readonly byte[] Magic = { 0xCA, 0xFE };
            public static readonly double? NoValue = null;
            public static string? MaybeText => null;
        }
        """;

    // [PyName] on methods, attributes and parameters; [PyIgnore]; Python keywords as C# names;
    // members that must not be exported (non-public, instance).
    internal const string Naming = """
        using SharpBind;

        namespace Samples;

        /// <summary>Naming rules.</summary>
        [PyModule("naming")]
        public partial class Naming
        {
            /// <summary>Negates <paramref name="value"/>.</summary>
            public static bool Not(bool value) => !value;
            public static int Class(int @class, int lambda = 0) => @class + lambda;
            [PyName("fetchURL")]
            public static string Fetch([PyName("URL")] string address) => address;
            public static string HTTPServer() => "";
            [PyName("answer")]
            public const int TheAnswer = 42;
            [PyIgnore]
            public static int Hidden() => 0;
            [PyIgnore]
            public static int Counter;
            [PyIgnore]
            public static System.Range Unsupported() => default;
            internal static int NotPublic() => 0;
            public int Instance() => 0;
        }
        """;

    internal const string DottedModule = """
        using SharpBind;

        namespace Samples.Deep;

        /// <summary>A module inside a package.</summary>
        [PyModule("pkg.sub")]
        internal static class Sub
        {
            public static int Twice(int value) => value * 2;
            public const string Name = "sub";
        }
        """;

    // pybind11's Animal/Dog: an abstract base, a derived class, and the proxies Python subclasses use.
    internal const string Inheritance = """
        using SharpBind;

        namespace Zoo;

        [PyModule("zoo")]
        public static class ZooModule
        {
            public static string CallGo(Animal animal) => animal.Go(3);
        }

        /// <summary>An animal.</summary>
        [PyClass]
        public abstract class Animal
        {
            public abstract string Go(int nTimes);

            public virtual string Name() => "unknown";
        }

        /// <summary>Something that barks; Python classes may implement it.</summary>
        [PyClass]
        public interface IBarker
        {
            string Bark(int times);
        }

        [PyClass(DynamicAttributes = true)]
        public class Dog : Animal, IBarker
        {
            public Dog(string name) => Nickname = name;

            public string Bark(int times) => "woof";

            public string Nickname { get; }

            public static int Count { get; set; }

            public const string Kind = "dog";

            public override string Go(int nTimes) => "woof! ";

            /// <summary>Nested: Dog.Collar.</summary>
            [PyClass]
            public sealed class Collar
            {
                public Collar() { }
            }
        }

        /// <summary>A namespace.</summary>
        [PyClass]
        public static class Kennel
        {
            public static int Capacity() => 3;
        }
        """;

    // [PyClass] enums: IntEnum and IntFlag, every way a value crosses (parameter, return, nullable,
    // default, module attribute, class property), unsigned and 64-bit underlying types, renames,
    // an ignored member, an alias, and doc comments on the enum and its members.
    internal const string Enums = """
        using SharpBind;

        namespace Samples;

        /// <summary>Enums.</summary>
        [PyModule("enums")]
        public static class EnumsModule
        {
            public const Color Favorite = Color.DarkBlue;
            public static Color Mix(Color first, Color second = Color.Green) => first | second;
            public static Color? Maybe(Color? color = null) => color;
            public static Permissions Grant(Permissions current, Permissions extra = Permissions.Read | Permissions.Execute) => current | extra;
            public static Huge Largest() => Huge.Max;
        }

        /// <summary>Colours.</summary>
        [PyClass]
        public enum Color
        {
            /// <summary>The colour of fire.</summary>
            Red,
            Green,
            DarkBlue,
            [PyName("CRIMSON")]
            Scarlet = Red,
            [PyIgnore]
            Count,
        }

        [System.Flags]
        [PyClass(Module = "enums"), PyName("Perms")]
        public enum Permissions : byte
        {
            None = 0,
            Read = 1,
            Write = 2,
            Execute = 4,
            ReadWrite = Read | Write,
        }

        [PyClass]
        public enum Huge : ulong
        {
            Zero,
            Max = ulong.MaxValue,
        }

        [PyClass]
        public class Brush
        {
            public Brush(Color color = Color.Red) => Color = color;
            public Color Color { get; set; }
            public Permissions? Access;
            public Color Paint(Color over = Color.DarkBlue) => over;
        }
        """;

    // [PyExport]: a BCL class (sealed, from metadata) and a class of the compilation that has no
    // SharpBind attribute (a library's), with members that must be left out silently (SB0041 lists
    // them), overloads, a proxy, and module functions that take and return both.
    internal const string Exports = """
        using SharpBind;

        namespace Library
        {
            /// <summary>A counter from a library that knows nothing of SharpBind.</summary>
            public class Counter
            {
                public Counter() { }
                public Counter(int start) => Value = start;
                public Counter(System.Range unsupported) { }
                public int Value { get; private set; }
                public Counter Increment(int by = 1) { Value += by; return this; }
                public Counter Increment(Counter other) { Value += other.Value; return this; }
                public void At(System.Range when) { }
                public T Echo<T>(T value) => value;
                public bool TryGet(out int value) { value = Value; return true; }
                public event System.EventHandler? Changed { add { } remove { } }
                [System.Obsolete("use Increment")] public void Bump() => Value++;
                public int this[int index] => index;
                public static Counter operator +(Counter a, Counter b) => new(a.Value + b.Value);
                public string value() => "clashes with Value";
                public virtual string Describe() => $"counter {Value}";
                public override string ToString() => Value.ToString();
            }
        }

        [PyModule("exports")]
        [PyExport(typeof(System.Version))]
        [PyExport(typeof(Library.Counter), Name = "LibraryCounter", DynamicAttributes = true)]
        public static class ExportsModule
        {
            public static Library.Counter Start(int value) => new(value);
            public static string Describe(Library.Counter? counter, System.Version version) => $"{counter} {version}";
        }
        """;

    // Positional-only, keyword-only, *args, **kwargs and [NoConvert] (docs/guide/03-functions-and-types.md):
    // single functions keep Arguments.Bind unless they need BindFull; variadic slots are released in a finally.
    internal const string SignatureMarkers = """
        using System.Collections.Generic;
        using SharpBind;

        [PyModule("sigs")]
        public static class Sigs
        {
            public static int Keyword(int a, [KeywordOnly] int b = 2) => a + b;
            public static int Positional([PositionalOnly] int a, int b) => a + b;
            public static int Sum(string label, params int[] values) => values.Length;
            public static int Options(int a, [Kwargs] IReadOnlyDictionary<string, PythonObject> options) => options.Count;
            public static double Half([NoConvert] double value) => value / 2;
            public static string Pick([NoConvert] double value, params int[] rest) => "double";
            public static string Pick(string value) => "string";
        }

        [PyClass(Module = "sigs")]
        public sealed class Box
        {
            public Box(string name, [KeywordOnly] int size = 1, [Kwargs] Dictionary<string, int> extra = null!) { }
        }

        [PyClass(Module = "sigs")]
        public sealed class Crate
        {
            public Crate([NoConvert] long count) { }
            public Crate(string label, params string[] items) { }
        }
        """;

    [Theory]
    [InlineData(Inheritance, "SharpBind.Module.zoo.g.cs")]
    [InlineData(ContractExample, "SharpBind.Module.example.g.cs")]
    [InlineData(AllPrimitives, "SharpBind.Module.primitives.g.cs")]
    [InlineData(Naming, "SharpBind.Module.naming.g.cs")]
    [InlineData(DottedModule, "SharpBind.Module.pkg.sub.g.cs")]
    [InlineData(Enums, "SharpBind.Module.enums.g.cs")]
    [InlineData(SignatureMarkers, "SharpBind.Module.sigs.g.cs")]
    public void EmitsOneFileThatCompilesCleanly(string source, string hintName)
    {
        GeneratorResult result = GeneratorHarness.Run(source);

        result.AssertCompilesCleanly();
        Assert.Equal(hintName, Assert.Single(result.Sources).HintName);
    }

    [Fact]
    public void ModuleRegistryListsEveryModuleInNameOrder()
    {
        GeneratorResult result = GeneratorHarness.Run("""
            using SharpBind;
            [PyModule("zeta")] public static partial class Z { public static int F() => 1; }
            [PyModule("alpha.beta")] public static partial class A { public static int G() => 2; }
            """);

        result.AssertCompilesCleanly();
        string registry = Assert.IsType<string>(result.Registry);
        Assert.Contains("[global::System.Runtime.CompilerServices.ModuleInitializer]", registry);
        int alpha = registry.IndexOf("LinkedModules.Add(\"alpha.beta\", &global::SharpBind.Generated.Module_alpha_beta.PyInit);", System.StringComparison.Ordinal);
        int zeta = registry.IndexOf("LinkedModules.Add(\"zeta\", &global::SharpBind.Generated.Module_zeta.PyInit);", System.StringComparison.Ordinal);
        Assert.True(alpha >= 0 && zeta > alpha, registry);
    }

    [Fact]
    public void NoModuleNoRegistry() => Assert.Null(GeneratorHarness.Run("public class Plain { }").Registry);

    [Fact]
    public void InheritanceAndProxies() => Snapshot.Match(GeneratorHarness.Run(Inheritance).SingleSource);

    [Fact]
    public void Signatures() => Snapshot.Match(GeneratorHarness.Run(SignatureMarkers).SingleSource);

    [Fact]
    public void Example() => Snapshot.Match(GeneratorHarness.Run(ContractExample).SingleSource);

    [Fact]
    public void Primitives() => Snapshot.Match(GeneratorHarness.Run(AllPrimitives).SingleSource);

    [Fact]
    public void NamingRules() => Snapshot.Match(GeneratorHarness.Run(Naming).SingleSource);

    [Fact]
    public void DottedModuleName() => Snapshot.Match(GeneratorHarness.Run(DottedModule).SingleSource);

    [Fact]
    public void EnumTypes() => Snapshot.Match(GeneratorHarness.Run(Enums).SingleSource);

    [Fact]
    public void ExportedTypes()
    {
        GeneratorResult result = GeneratorHarness.Run(Exports);
        // Only the info diagnostics listing what each exported class leaves out.
        Assert.All(result.GeneratorDiagnostics, d => Assert.Equal("SB0041", d.Id));
        result.AssertCompilesCleanly(allowGeneratorWarnings: true);
        Snapshot.Match(result.SingleSource);
    }

    [Fact]
    public void TwoModulesInOneCompilationEmitTwoFiles()
    {
        GeneratorResult result = GeneratorHarness.Run(ContractExample, DottedModule);

        result.AssertCompilesCleanly();
        Assert.Equal(
            new[] { "SharpBind.Module.example.g.cs", "SharpBind.Module.pkg.sub.g.cs" },
            result.Sources.Select(s => s.HintName).OrderBy(n => n, System.StringComparer.Ordinal));
    }

    // Fresh compilations and drivers each time: output must not depend on hashing or run order.
    [Theory]
    [InlineData(ContractExample)]
    [InlineData(AllPrimitives)]
    [InlineData(Naming)]
    [InlineData(Enums)]
    [InlineData(Exports)]
    [InlineData(SignatureMarkers)]
    public void OutputIsDeterministic(string source)
    {
        string first = GeneratorHarness.Run(source).SingleSource;
        string second = GeneratorHarness.Run(source).SingleSource;

        Assert.Equal(first, second);
    }

    [Fact]
    public void UnrelatedEditLeavesModuleOutputCached()
    {
        Compilation compilation = GeneratorHarness.CreateCompilation(ContractExample);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);

        SyntaxTree unrelated = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(
            "internal static class Unrelated { }", GeneratorHarness.ParseOptions, path: "Unrelated.cs");
        driver = driver.RunGenerators(compilation.AddSyntaxTrees(unrelated));

        GeneratorRunResult run = Assert.Single(driver.GetRunResult().Results);
        Assert.Equal(["SharpBind.Module.example.g.cs", "SharpBind.ModuleRegistry.g.cs"], run.GeneratedSources.Select(s => s.HintName));
        var reasons = OutputReasons(run);
        Assert.NotEmpty(reasons);
        Assert.All(reasons, r => Assert.True(
            r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"output step ran again: {r}"));
    }

    // The control for the test above: the same check must see a change to the module's model
    // (here a docstring; a constant's value is read at import, so it would not count).
    [Fact]
    public void EditToModuleReRunsItsOutput()
    {
        Compilation compilation = GeneratorHarness.CreateCompilation(ContractExample);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);

        SyntaxTree tree = compilation.SyntaxTrees.First();
        SyntaxTree edited = tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(
            ContractExample.Replace("adds two numbers", "sums two numbers"), System.Text.Encoding.UTF8));
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, edited));

        GeneratorRunResult run = Assert.Single(driver.GetRunResult().Results);
        Assert.Contains(IncrementalStepRunReason.Modified, OutputReasons(run));
    }

    // Parsers look exported classes up in the compilation (see ExportedTypes): adding a [PyExport]
    // in one file must rebind a parameter in another, unchanged file.
    [Fact]
    public void ExportAddedInAnotherFileRebindsParameters()
    {
        const string module = """
            using SharpBind;
            public class Plain { public Plain() { } }
            [PyModule("m")] public static partial class M { public static int Use(Plain plain) => 1; }
            """;
        Compilation compilation = GeneratorHarness.CreateCompilation(module, "public static partial class M { }");
        GeneratorDriver driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);
        Assert.Equal("SB0001", Assert.Single(driver.GetRunResult().Diagnostics).Id);

        SyntaxTree other = compilation.SyntaxTrees.Last();
        SyntaxTree edited = other.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(
            "[SharpBind.PyExport(typeof(Plain))] public static partial class M { }", System.Text.Encoding.UTF8));
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(other, edited));

        GeneratorRunResult run = Assert.Single(driver.GetRunResult().Results);
        Assert.Empty(run.Diagnostics);
        Assert.Contains("FromPython.TryObject<global::Plain>", run.GeneratedSources.Single(s => s.HintName == "SharpBind.Module.m.g.cs").SourceText.ToString());
    }

    // Caching compares models by value; a symbol, syntax node or compilation inside one would never
    // compare equal across runs (and would keep old compilations alive).
    [Fact]
    public void ModelHoldsNoRoslynObjects()
    {
        var forbidden = new[] { typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Compilation), typeof(SemanticModel), typeof(Location), typeof(AttributeData) };
        var seen = new System.Collections.Generic.HashSet<System.Type>();
        var pending = new System.Collections.Generic.Stack<System.Type>();
        pending.Push(typeof(SharpBind.Generator.Model.ParseResult));
        pending.Push(typeof(SharpBind.Generator.Model.ClassParseResult));
        pending.Push(typeof(SharpBind.Generator.Model.EnumParseResult));
        while (pending.Count > 0)
        {
            System.Type type = pending.Pop();
            if (!seen.Add(type))
            {
                continue;
            }
            Assert.False(forbidden.Any(f => f.IsAssignableFrom(type)), $"the model holds a {type}");
            foreach (System.Type argument in type.GetGenericArguments())
            {
                pending.Push(argument);
            }
            // Walk only the generator's own types; DiagnosticDescriptor is a shared immutable singleton.
            if (type.Assembly == typeof(SharpBind.Generator.SharpBindGenerator).Assembly)
            {
                foreach (System.Reflection.PropertyInfo property in type.GetProperties())
                {
                    pending.Push(System.Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType);
                }
            }
        }
        Assert.Contains(typeof(SharpBind.Generator.Model.TypeModel), seen); // the walk reached the leaves
    }

    private static IncrementalStepRunReason[] OutputReasons(GeneratorRunResult run) =>
        run.TrackedOutputSteps.SelectMany(pair => pair.Value)
            .SelectMany(step => step.Outputs)
            .Select(output => output.Reason)
            .ToArray();
}
