using System;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using SharpBind.Generator.Model;

namespace SharpBind.Generator.Parsing;

/// <summary>Writes a parameter's default value as a C# expression and as a Python literal.</summary>
internal static class Literals
{
    /// <summary>The default as C#, typed so that it converts to <paramref name="type"/> exactly.</summary>
    public static string CSharp(object? value, TypeModel type)
    {
        if (value is null)
        {
            return "default";
        }
        return value switch
        {
            bool b => b ? "true" : "false",
            string s => SymbolDisplay.FormatLiteral(s, quote: true),
            char c => SymbolDisplay.FormatLiteral(c, quote: true),
            double d => DoubleLiteral(d, "global::System.Double", "D"),
            float f => DoubleLiteral(f, "global::System.Single", "F"),
            // A decimal is not a primitive kind (no keyword cast) and a double literal would round it.
            decimal m => m.ToString(CultureInfo.InvariantCulture) + "M",
            _ => $"({ValueKinds.Keyword(type.Kind)}){Convert.ToString(value, CultureInfo.InvariantCulture)}",
        };
    }

    private static string DoubleLiteral(double value, string typeName, string suffix)
    {
        if (double.IsNaN(value))
        {
            return typeName + ".NaN";
        }
        if (double.IsInfinity(value))
        {
            return typeName + (value > 0 ? ".PositiveInfinity" : ".NegativeInfinity");
        }
        string text = suffix == "F" ? ((float)value).ToString("R", CultureInfo.InvariantCulture) : value.ToString("R", CultureInfo.InvariantCulture);
        return text + suffix;
    }

    /// <summary>The default as a Python literal for <c>__text_signature__</c>; null if it has no literal form.</summary>
    public static string? Python(object? value)
    {
        switch (value)
        {
            case null: return "None";
            case bool b: return b ? "True" : "False";
            case string s: return PythonString(s);
            case char c: return PythonString(c.ToString());
            case float f: return PythonFloat(f, f.ToString("R", CultureInfo.InvariantCulture));
            case double d: return PythonFloat(d, d.ToString("R", CultureInfo.InvariantCulture));
            default: return Convert.ToString(value, CultureInfo.InvariantCulture);
        }
    }

    // A float default shows its shortest float form (1.1f reads 1.1, not 1.100000023841858).
    private static string? PythonFloat(double value, string shortest)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return null;
        }
        string text = shortest.Replace("E", "e");
        return text.IndexOfAny(new[] { '.', 'e' }) >= 0 ? text : text + ".0";
    }

    /// <summary>
    /// A Python str literal in pure ASCII (inspect parses <c>__text_signature__</c> as ASCII): single
    /// quotes, backslash escapes for quotes, control and non-ASCII characters.
    /// </summary>
    public static string PythonString(string value)
    {
        var builder = new StringBuilder("'");
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                int codePoint = char.ConvertToUtf32(c, value[++i]); // a valid pair is one non-BMP character
                builder.Append("\\U").Append(codePoint.ToString("x8", CultureInfo.InvariantCulture));
                continue;
            }
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '\'': builder.Append("\\'"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20 || c >= 0x7f)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        return builder.Append('\'').ToString();
    }
}
