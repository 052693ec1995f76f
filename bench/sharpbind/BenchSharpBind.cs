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

/// <summary>The class contender: construction, property get/set and a method call.</summary>
[PyClass]
public sealed class Point
{
    public Point(double x, double y)
    {
        X = x;
        Y = y;
    }

    public double X { get; set; }

    public double Y { get; set; }

    public double Norm() => System.Math.Sqrt(X * X + Y * Y);
}
