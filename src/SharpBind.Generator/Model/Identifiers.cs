using Microsoft.CodeAnalysis.CSharp;

namespace SharpBind.Generator.Model;

/// <summary>
/// C# member and parameter names as generated code must spell them. The model keeps the plain
/// symbol name (<c>class</c> for <c>@class</c>) because Python names derive from it; every place
/// that writes such a name as a C# identifier goes through <see cref="Escape"/>.
/// </summary>
internal static class Identifiers
{
    /// <summary><paramref name="name"/>, with a leading <c>@</c> when it is a C# keyword.</summary>
    public static string Escape(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
}
