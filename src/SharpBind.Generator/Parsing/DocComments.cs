using System;
using System.Text;
using System.Xml;

namespace SharpBind.Generator.Parsing;

/// <summary>Turns a symbol's XML documentation comment into a plain-text Python docstring.</summary>
internal static class DocComments
{
    /// <summary>The text of &lt;summary&gt; then &lt;remarks&gt;, whitespace-normalized; null when there is none.</summary>
    public static string? ToDocstring(string? xml)
    {
        if (string.IsNullOrWhiteSpace(xml))
        {
            return null;
        }
        try
        {
            var document = new XmlDocument();
            document.LoadXml(xml);
            var parts = new StringBuilder();
            foreach (string section in new[] { "summary", "remarks" })
            {
                XmlNode? node = document.DocumentElement?.SelectSingleNode(section);
                string text = node is null ? "" : Normalize(InnerText(node));
                if (text.Length > 0)
                {
                    parts.Append(parts.Length > 0 ? "\n\n" : "").Append(text);
                }
            }
            return parts.Length == 0 ? null : parts.ToString();
        }
        catch (XmlException)
        {
            return null; // malformed comments: the compiler warns about those already
        }
    }

    // <see cref="T:X.Y"/> and <paramref name="p"/> read as their names.
    private static string InnerText(XmlNode node)
    {
        var builder = new StringBuilder();
        foreach (XmlNode child in node.ChildNodes)
        {
            if (child is XmlElement element)
            {
                string reference = element.GetAttribute("cref");
                if (reference.Length == 0)
                {
                    reference = element.GetAttribute("name");
                }
                if (reference.Length == 0)
                {
                    reference = element.GetAttribute("langword");
                }
                if (element.HasChildNodes)
                {
                    builder.Append(InnerText(element));
                }
                else
                {
                    int colon = reference.IndexOf(':');
                    builder.Append(colon >= 0 ? reference.Substring(colon + 1) : reference);
                }
            }
            else
            {
                builder.Append(child.Value);
            }
        }
        return builder.ToString();
    }

    // Collapses the comment's indentation while keeping blank-line paragraph breaks.
    private static string Normalize(string text)
    {
        string[] lines = text.Replace("\r\n", "\n").Split('\n');
        var builder = new StringBuilder();
        bool pendingBreak = false;
        foreach (string raw in lines)
        {
            string line = raw.Trim();
            if (line.Length == 0)
            {
                pendingBreak = builder.Length > 0;
                continue;
            }
            if (builder.Length > 0)
            {
                builder.Append(pendingBreak ? "\n\n" : " ");
            }
            builder.Append(line);
            pendingBreak = false;
        }
        return builder.ToString();
    }
}
