using System.Collections.Generic;
using System.Text;

namespace SharpBind.Generator.Parsing;

/// <summary>How C# names become Python names.</summary>
internal static class PythonNames
{
    private static readonly HashSet<string> s_keywords = new()
    {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
        "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    };

    /// <summary>
    /// <c>TheAnswer</c> → <c>the_answer</c>, <c>HTTPServer</c> → <c>http_server</c>,
    /// <c>firstName</c> → <c>first_name</c>; a Python keyword gets a trailing underscore (<c>Not</c> → <c>not_</c>).
    /// </summary>
    public static string ToSnakeCase(string name) => EscapeKeyword(SplitWords(name));

    /// <summary>
    /// The name of an enum member, Python style: <c>DarkRed</c> → <c>DARK_RED</c>, <c>HTTPServer</c> →
    /// <c>HTTP_SERVER</c>. No keyword is all capitals, so none needs escaping.
    /// </summary>
    public static string ToUpperSnakeCase(string name) => SplitWords(name).ToUpperInvariant();

    /// <summary>
    /// Whether Python's enum module refuses <paramref name="name"/> as a member name: <c>_sunder_</c>
    /// and <c>__dunder__</c> names are reserved, and <c>mro</c> would hide the class's method.
    /// </summary>
    public static bool IsReservedEnumMember(string name) =>
        (name.Length > 1 && name[0] == '_' && name[name.Length - 1] == '_') || name == "mro";

    // Lower case with an underscore before each word: TheAnswer -> the_answer.
    private static string SplitWords(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsUpper(c))
            {
                char previous = i > 0 ? name[i - 1] : '_';
                bool nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                bool startsWord = previous != '_' && (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && nextIsLower));
                if (startsWord)
                {
                    builder.Append('_');
                }
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    /// <summary>Appends an underscore to Python keywords.</summary>
    public static string EscapeKeyword(string name) => s_keywords.Contains(name) ? name + "_" : name;

    /// <summary>Whether <paramref name="name"/> is a valid Python identifier (ASCII subset) and not a keyword.</summary>
    public static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || s_keywords.Contains(name) || !(char.IsLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }
        foreach (char c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether <paramref name="name"/> is a valid (possibly dotted) module name.</summary>
    public static bool IsModuleName(string name)
    {
        foreach (string part in name.Split('.'))
        {
            if (!IsIdentifier(part))
            {
                return false;
            }
        }
        return true;
    }
}
