using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace SharpBind.Tests;

// SB0060-SB0064: [PyException] and [PyExceptionMapping].
public partial class DiagnosticTests
{
    private const string ExceptionModule = "using SharpBind;\n[PyModule(\"m\")] public static class M { public static int Get() => 0; }\n";

    [Theory]
    [InlineData("[PyException] public class [|NotAnError|] { }", "'NotAnError'")]
    [InlineData("[PyException] public class [|Attribute|] : System.Attribute { }", "'Attribute'")]
    public void SB0060_ExceptionNotException(string declaration, string name)
    {
        GeneratorResult result = AssertReportsIn(ExceptionModule + declaration, "SB0060", DiagnosticSeverity.Error, new[] { name, "System.Exception" });
        AssertNoExceptionsEmitted(result);
    }

    [Theory]
    [InlineData("[PyException(BaseType = typeof(string))] public class [|E|] : System.Exception { }", "'string'", "not a [PyException] exception class")]
    [InlineData("public class Plain : System.Exception { }\n[PyException(BaseType = typeof(Plain))] public class [|E|] : System.Exception { }", "'Plain'", "not a [PyException] exception class")]
    [InlineData("[PyException(BaseType = typeof(E))] public class [|E|] : System.Exception { }", "'E'", "its own base")]
    public void SB0061_InvalidExceptionBase(string declarations, string baseName, string reason)
    {
        GeneratorResult result = AssertReportsIn(ExceptionModule + declarations, "SB0061", DiagnosticSeverity.Error, new[] { "'E'", baseName, reason });
        AssertNoExceptionsEmitted(result);
    }

    // Bases that are [PyException] classes, but not of this module, or in a cycle: found when modules are put together.
    [Fact]
    public void SB0061_InvalidExceptionBase_OtherModule()
    {
        GeneratorResult result = AssertReportsIn("""
            using SharpBind;
            [PyModule("m")] public static class M { }
            [PyModule("other")] public static class Other { }
            [PyException(Module = "other")] public class Elsewhere : System.Exception { }
            [PyException(Module = "m", BaseType = typeof(Elsewhere))] public class [|E|] : System.Exception { }
            """, "SB0061", DiagnosticSeverity.Error, new[] { "'global::E'", "'global::Elsewhere'", "not a [PyException] class of the same module" });
        Assert.DoesNotContain("s_E ", string.Concat(result.Sources.Select(s => s.Text)));
        Assert.Contains("s_Elsewhere", string.Concat(result.Sources.Select(s => s.Text)));
        Assert.Empty(result.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void SB0061_InvalidExceptionBase_Cycle()
    {
        (string source, _) = ParseMarkup(ExceptionModule + """
            [PyException(BaseType = typeof(B))] public class [|A|] : System.Exception { }
            [PyException(BaseType = typeof(A))] public class B : System.Exception { }
            """);
        GeneratorResult result = GeneratorHarness.Run(source);

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("SB0061", diagnostic.Id);
        Assert.Contains("cycle", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        AssertNoExceptionsEmitted(result);
    }

    [Theory]
    [InlineData("[PyException, PyName(\"get\")] public class [|GetError|] : System.Exception { }", "'get'")] // the module's function
    [InlineData("[PyException] public class Error : System.Exception { }\nnamespace N { [PyException] public class [|Error|] : System.Exception { } }", "'Error'")]
    [InlineData("[PyException] public class Error : System.Exception { }\n[PyException, PyName(\"Error\")] public class [|Other|] : System.Exception { }", "'Error'")]
    [InlineData("[PyClass] public enum Kind { A }\n[PyException, PyName(\"Kind\")] public class [|KindError|] : System.Exception { }", "'Kind'")]
    public void SB0062_DuplicateExceptionName(string declarations, string pythonName)
    {
        // One module only, so that neither the enum nor the exceptions need Module = "m".
        (string source, Microsoft.CodeAnalysis.Text.TextSpan span) = ParseMarkup(ExceptionModule + declarations);
        GeneratorResult result = GeneratorHarness.Run(source);

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("SB0062", diagnostic.Id);
        Assert.Equal(span, diagnostic.Location.SourceSpan);
        string message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(pythonName, message);
        Assert.Contains("'m'", message);
        Assert.Empty(result.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Theory]
    [InlineData("[PyModule(\"m\")]\n[[|PyExceptionMapping(typeof(string), \"ValueError\")|]]\npublic static class M { }", "'string'", "not an exception type")]
    [InlineData("[PyModule(\"m\")]\n[[|PyExceptionMapping(typeof(System.FormatException), \"not valid\")|]]\npublic static class M { }", "'not valid'", "identifier or a dotted name")]
    [InlineData("[PyModule(\"m\")]\n[PyExceptionMapping(typeof(System.FormatException), \"ValueError\")]\n[[|PyExceptionMapping(typeof(System.FormatException), \"TypeError\")|]]\npublic static class M { }", "'System.FormatException'", "mapped twice")]
    [InlineData("[[|PyExceptionMapping(typeof(System.FormatException), \"ValueError\")|]]\npublic static class NotAModule { }", "'NotAModule' has no [PyModule]", "")]
    public void SB0063_InvalidExceptionMapping(string declarations, string part, string reason)
    {
        GeneratorResult result = AssertReportsIn("using SharpBind;\n" + declarations, "SB0063", DiagnosticSeverity.Error, new[] { part, reason });
        if (reason == "mapped twice")
        {
            // The first mapping stands.
            Assert.Contains("if (exception is global::System.FormatException) { depth = 3; return s_mapping0; }", string.Concat(result.Sources.Select(s => s.Text)));
            Assert.Empty(result.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
            return;
        }
        AssertNoExceptionsEmitted(result);
    }

    [Theory]
    [InlineData("public class Outer { [PyException] private class [|E|] : System.Exception { } }", "must be public or internal")]
    [InlineData("[PyException] public class [|E|]<T> : System.Exception { }", "generic")]
    [InlineData("[PyException(Module = \"missing\")] public class [|E|] : System.Exception { }", "no [PyModule(\"missing\")] is declared")]
    [InlineData("public class Outer<T> { [PyException(Module = \"m\")] public class [|E|] : System.Exception { } }", "generic")]
    public void SB0064_UnsupportedException(string declaration, string reason)
    {
        GeneratorResult result = AssertReportsIn(ExceptionModule + declaration, "SB0064", DiagnosticSeverity.Error, new[] { "E", reason });
        AssertNoExceptionsEmitted(result);
    }

    // An exception class with no module when there are two modules to choose from.
    [Fact]
    public void SB0064_UnsupportedException_NoModule()
    {
        AssertReportsIn(ExceptionModule + "[PyException] public class [|E|] : System.Exception { }", "SB0064", DiagnosticSeverity.Error,
            new[] { "'global::E'", "names no module", "2 [PyModule] classes" });
    }

    /// <summary>For exception errors: no exception class is emitted, and what is emitted compiles.</summary>
    private static void AssertNoExceptionsEmitted(GeneratorResult result)
    {
        Assert.DoesNotContain("Exceptions_m", string.Concat(result.Sources.Select(s => s.Text)));
        Assert.Empty(result.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }
}
