using SharpBind.Generator.Model;
using SharpBind.Generator.Parsing;
using Xunit;

namespace SharpBind.Tests;

/// <summary>C# → Python names (PythonNames) and default values as Python/C# literals (Literals).</summary>
public class NamingTests
{
    [Theory]
    [InlineData("TheAnswer", "the_answer")]
    [InlineData("HTTPServer", "http_server")]
    [InlineData("Add2Numbers", "add2_numbers")]
    [InlineData("firstName", "first_name")]
    [InlineData("IOError", "io_error")]
    [InlineData("Not", "not_")]
    [InlineData("Class", "class_")]
    [InlineData("already_snake", "already_snake")]
    [InlineData("X", "x")]
    [InlineData("Add", "add")]
    [InlineData("GetURLFor", "get_url_for")]
    [InlineData("Snake_Case", "snake_case")]
    [InlineData("None", "none")] // only the lowercase form is a keyword
    public void ToSnakeCase(string csharp, string python) => Assert.Equal(python, PythonNames.ToSnakeCase(csharp));

    // Enum members: Python's convention is UPPER_SNAKE_CASE, and no keyword is all capitals.
    [Theory]
    [InlineData("DarkRed", "DARK_RED")]
    [InlineData("Red", "RED")]
    [InlineData("HTTPServer", "HTTP_SERVER")]
    [InlineData("ReadWrite", "READ_WRITE")]
    [InlineData("Value2", "VALUE2")]
    [InlineData("ALREADY_UPPER", "ALREADY_UPPER")]
    [InlineData("Not", "NOT")]
    [InlineData("None", "NONE")]
    public void ToUpperSnakeCase(string csharp, string python) => Assert.Equal(python, PythonNames.ToUpperSnakeCase(csharp));

    [Theory]
    [InlineData("_HIDDEN_", true)]
    [InlineData("__DUNDER__", true)]
    [InlineData("mro", true)]
    [InlineData("_PRIVATE", false)]
    [InlineData("TRAILING_", false)]
    [InlineData("_", false)]
    [InlineData("MRO", false)]
    public void IsReservedEnumMember(string name, bool expected) => Assert.Equal(expected, PythonNames.IsReservedEnumMember(name));

    [Theory]
    [InlineData("x", true)]
    [InlineData("_private", true)]
    [InlineData("snake_case2", true)]
    [InlineData("not_", true)]
    [InlineData("fetchURL", true)]
    [InlineData("", false)]
    [InlineData("2nd", false)]
    [InlineData("has space", false)]
    [InlineData("has-dash", false)]
    [InlineData("a.b", false)]
    [InlineData("class", false)]
    [InlineData("None", false)]
    [InlineData("lambda", false)]
    public void IsIdentifier(string name, bool expected) => Assert.Equal(expected, PythonNames.IsIdentifier(name));

    [Theory]
    [InlineData("example", true)]
    [InlineData("pkg.sub", true)]
    [InlineData("_a.b_c.d1", true)]
    [InlineData("", false)]
    [InlineData(".", false)]
    [InlineData("pkg.", false)]
    [InlineData(".pkg", false)]
    [InlineData("pkg..sub", false)]
    [InlineData("pkg.class", false)]
    [InlineData("1pkg", false)]
    [InlineData("my-module", false)]
    public void IsModuleName(string name, bool expected) => Assert.Equal(expected, PythonNames.IsModuleName(name));

    // Defaults go into __text_signature__, which inspect.signature parses as Python source.
    public static TheoryData<object?, string?> PythonLiterals => new()
    {
        { null, "None" },
        { true, "True" },
        { false, "False" },
        { 42, "42" },
        { -7L, "-7" },
        { (sbyte)-8, "-8" },
        { ulong.MaxValue, "18446744073709551615" },
        { 1.5, "1.5" },
        { 2.0, "2.0" },          // a float must still look like a float
        { -0.0, "-0.0" },
        { 1e300, "1e+300" },
        { 0.5f, "0.5" },
        { double.NaN, null },    // no literal: the text signature is left out
        { double.PositiveInfinity, null },
        { float.NegativeInfinity, null },
        { 'x', "'x'" },
        { "it's", "'it\\'s'" },
    };

    [Theory]
    [MemberData(nameof(PythonLiterals))]
    public void PythonLiteral(object? value, string? expected) => Assert.Equal(expected, Literals.Python(value));

    [Theory]
    [InlineData("", "''")]
    [InlineData("plain", "'plain'")]
    [InlineData("a'b", "'a\\'b'")]
    [InlineData("say \"hi\"", "'say \"hi\"'")]
    [InlineData("back\\slash", "'back\\\\slash'")]
    [InlineData("line\nbreak\ttab\rret", "'line\\nbreak\\ttab\\rret'")]
    [InlineData("\u0001\u007f", "'\\u0001\\u007f'")]
    [InlineData("caf\u00e9", "'caf\\u00e9'")]            // ASCII only: inspect reads the signature as ASCII
    [InlineData("\U0001F600", "'\\U0001f600'")]          // a surrogate pair is one code point
    public void PythonString(string value, string expected) => Assert.Equal(expected, Literals.PythonString(value));

    // A lone surrogate is escaped, not emitted raw. (A Fact: xunit mangles such strings in InlineData.)
    [Fact]
    public void PythonStringEscapesLoneSurrogate() => Assert.Equal("'lone \\ud800'", Literals.PythonString("lone \ud800"));

    // The C# side must convert to the parameter type exactly (a cast or a suffix), even at the extremes.
    public static TheoryData<object?, string, string> CSharpLiterals => new()
    {
        { 1, nameof(ValueKind.Int32), "(int)1" },
        { long.MinValue, nameof(ValueKind.Int64), "(long)-9223372036854775808" },
        { (byte)255, nameof(ValueKind.Byte), "(byte)255" },
        { 1.5f, nameof(ValueKind.Single), "1.5F" },
        { 0.1, nameof(ValueKind.Double), "0.1D" },
        { double.NaN, nameof(ValueKind.Double), "global::System.Double.NaN" },
        { float.PositiveInfinity, nameof(ValueKind.Single), "global::System.Single.PositiveInfinity" },
        { true, nameof(ValueKind.Boolean), "true" },
        { '\'', nameof(ValueKind.Char), "'\\''" },
        { "a\"b\\c", nameof(ValueKind.String), "\"a\\\"b\\\\c\"" },
        { null, nameof(ValueKind.String), "default" },
    };

    [Theory]
    [MemberData(nameof(CSharpLiterals))]
    public void CSharpLiteral(object? value, string kindName, string expected)
    {
        // The kind travels as a name: ValueKind is internal and test methods are public.
        ValueKind kind = System.Enum.Parse<ValueKind>(kindName);
        Assert.Equal(expected, Literals.CSharp(value, new TypeModel(kind, ValueKinds.Keyword(kind), false, false)));
    }
}
