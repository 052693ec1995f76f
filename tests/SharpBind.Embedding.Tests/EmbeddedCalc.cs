using SharpBind;

namespace SharpBind.Embedding.Tests;

/// <summary>A module compiled into the test program and imported by the Python it embeds.</summary>
[PyModule("embedded_calc")]
public static partial class EmbeddedCalc
{
    /// <summary>Adds two numbers.</summary>
    public static long Add(long a, long b) => a + b;

    /// <summary>Greets.</summary>
    public static string Greet(string name) => $"hello, {name}";
}
