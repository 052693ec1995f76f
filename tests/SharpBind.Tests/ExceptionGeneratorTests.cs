using System.Linq;
using Xunit;

namespace SharpBind.Tests;

/// <summary>What the generator emits for [PyException] classes and [PyExceptionMapping]s.</summary>
public class ExceptionGeneratorTests
{
    internal const string Exceptions = """
        using SharpBind;

        namespace Samples;

        /// <summary>Errors of the store.</summary>
        [PyModule("store")]
        [PyExceptionMapping(typeof(System.Text.Json.JsonException), "ValueError")]
        [PyExceptionMapping(typeof(System.FormatException), "ParseError")]
        [PyExceptionMapping(typeof(System.OperationCanceledException), "concurrent.futures.CancelledError")]
        public static class Store
        {
            public static void Fail() => throw new NotFound("x");
        }

        /// <summary>The base of the store's errors.</summary>
        [PyException]
        public class StoreError(string message) : System.Exception(message);

        /// <summary>No such key.</summary>
        [PyException(Base = PythonExceptionBase.LookupError)]
        public class NotFound(string message) : StoreError(message);

        /// <summary>Placed after its base although declared first.</summary>
        [PyException(BaseType = typeof(ParseError))]
        public sealed class StrictParseError(string message) : System.Exception(message);

        [PyException(Base = PythonExceptionBase.ValueError)]
        public class ParseError(string message) : System.Exception(message);
        """;

    [Fact]
    public void EmitsOneFileThatCompilesCleanly()
    {
        GeneratorResult result = GeneratorHarness.Run(Exceptions);

        result.AssertCompilesCleanly();
        Assert.Equal("SharpBind.Module.store.g.cs", Assert.Single(result.Sources).HintName);
    }

    [Fact]
    public void ExceptionClasses() => Snapshot.Match(GeneratorHarness.Run(Exceptions).SingleSource);

    // The type tests run from the most derived C# type down, so the first match is the best one.
    [Fact]
    public void TypeTestsRunMostDerivedFirst()
    {
        string text = GeneratorHarness.Run(Exceptions).SingleSource;
        int notFound = text.IndexOf("exception is global::Samples.NotFound)", System.StringComparison.Ordinal);
        int storeError = text.IndexOf("exception is global::Samples.StoreError)", System.StringComparison.Ordinal);
        int canceled = text.IndexOf("exception is global::System.OperationCanceledException)", System.StringComparison.Ordinal);
        int json = text.IndexOf("exception is global::System.Text.Json.JsonException)", System.StringComparison.Ordinal);

        Assert.True(notFound >= 0 && storeError > notFound, "NotFound (depth 3) before StoreError (depth 2)");
        Assert.True(canceled >= 0 && json > canceled, "OperationCanceledException (depth 3) before JsonException (depth 2)");
    }

    // A mapping to a [PyException] of the module uses its class directly: nothing is looked up by name.
    [Fact]
    public void MappingToAModuleExceptionUsesItsClass()
    {
        string text = GeneratorHarness.Run(Exceptions).SingleSource;

        Assert.Contains("if (exception is global::System.FormatException) { depth = 3; return s_ParseError; }", text);
        Assert.DoesNotContain("Lookup(\"ParseError\"", text);
        Assert.Contains("Lookup(\"concurrent.futures.CancelledError\", \"store\")", text);
    }

    [Fact]
    public void ModuleWithoutExceptionsEmitsNoExceptionClass() =>
        Assert.DoesNotContain("Exceptions_", GeneratorHarness.Run(SnapshotTests.ContractExample).SingleSource);
}
