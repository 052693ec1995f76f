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

/// <summary>
/// A module the test program does not list in <see cref="PythonOptions.Modules"/>: the generated
/// module registry makes it importable all the same.
/// </summary>
[PyModule("embedded_auto")]
public static partial class EmbeddedAuto
{
    /// <summary>Doubles a number.</summary>
    public static long Twice(long value) => 2 * value;
}
