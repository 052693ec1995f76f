using SharpBind.Generator.Parsing;
using Xunit;

namespace SharpBind.Tests;

/// <summary>
/// XML doc comments → Python docstrings. Inputs have the shape Roslyn's
/// GetDocumentationCommentXml returns: a &lt;member&gt; element wrapping the tags.
/// </summary>
public class DocCommentTests
{
    [Fact]
    public void SummaryOnly() =>
        Assert.Equal("Adds two numbers.", DocComments.ToDocstring("""<member name="M:C.Add"><summary>Adds two numbers.</summary></member>"""));

    [Fact]
    public void SummaryThenRemarksAsParagraphs() => Assert.Equal(
        "Adds two numbers.\n\nOverflow wraps around.",
        DocComments.ToDocstring("""<member name="M:C.Add"><remarks>Overflow wraps around.</remarks><summary>Adds two numbers.</summary></member>"""));

    [Fact]
    public void RemarksWithoutSummary() =>
        Assert.Equal("Only remarks.", DocComments.ToDocstring("""<member name="M:C.F"><remarks> Only remarks. </remarks></member>"""));

    // References read as their names; the "T:"-style ID prefix is dropped.
    [Fact]
    public void InlineReferencesBecomeNames() => Assert.Equal(
        "Returns a Foo.Bar made from x, or null.",
        DocComments.ToDocstring("""
            <member name="M:C.Make(System.Int32)">
                <summary>Returns a <see cref="T:Foo.Bar"/> made from <paramref name="x"/>, or <see langword="null"/>.</summary>
            </member>
            """));

    [Fact]
    public void ElementContentIsKept() => Assert.Equal(
        "Call Run() first; see the docs.",
        DocComments.ToDocstring("""<member name="M:C.F"><summary>Call <c>Run()</c> first; see <see cref="T:X">the docs</see>.</summary></member>"""));

    // Comment indentation and line breaks collapse to spaces; a blank line stays a paragraph break.
    [Fact]
    public void MultiLineTextIsNormalized() => Assert.Equal(
        "First line continues here.\n\nSecond paragraph, also wrapped.",
        DocComments.ToDocstring("""
            <member name="M:C.F">
                <summary>
                First line
                    continues here.

                Second paragraph,
                also wrapped.
                </summary>
            </member>
            """.Replace("\n", "\r\n"))); // Windows line ends too

    [Fact]
    public void EntitiesAreDecoded() =>
        Assert.Equal("a < b && c", DocComments.ToDocstring("""<member name="M:C.F"><summary>a &lt; b &amp;&amp; c</summary></member>"""));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<member name=\"M:C.F\"><summary>unclosed</member>")]                        // malformed XML
    [InlineData("<!-- Badly formed XML comment ignored for member \"M:C.F\" -->")]            // what Roslyn returns for bad comments
    [InlineData("<member name=\"M:C.F\"><param name=\"x\">Only a parameter.</param></member>")] // nothing docstring-worthy
    [InlineData("<member name=\"M:C.F\"><summary>   </summary></member>")]
    public void NoDocstring(string? xml) => Assert.Null(DocComments.ToDocstring(xml));
}
