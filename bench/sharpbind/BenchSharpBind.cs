using SharpBind;

namespace Bench;

/// <summary>What bench/run.py times, written the way a user would write it.</summary>
[PyModule("bench_sharpbind")]
public static class BenchSharpBind
{
    public static void Noop()
    {
    }

    public static int Add(int i, int j) => i + j;

    public static double AddF(double a, double b) => a + b;

    public static string Concat(string a, string b) => a + b;
}
