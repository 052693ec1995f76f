using System.Text;

namespace SharpBind.Generator.Emitting;

/// <summary>Writes C# with four-space indentation and '\n' line ends, so output is the same everywhere.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _depth;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _depth * 4).Append(text);
        }
        _builder.Append('\n');
        return this;
    }

    public SourceWriter Open(string text)
    {
        if (text.Length > 0)
        {
            Line(text);
        }
        Line("{");
        _depth++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _depth--;
        return Line("}" + suffix);
    }

    public override string ToString() => _builder.ToString();
}
