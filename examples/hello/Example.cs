using SharpBind;

/// <summary>pybind11 example plugin</summary>
[PyModule("example")]
public static partial class Example
{
    /// <summary>A function that adds two numbers</summary>
    public static int Add(int i = 1, int j = 2) => i + j;

    public const int TheAnswer = 42;

    public static string What => "World";
}
