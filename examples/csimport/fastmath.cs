// csimport
// csimport: sources=Stats.cs
// csimport: define=CHECKED_SUM
using SharpBind;

/// <summary>Numeric helpers written in C#, imported straight from source by csimport.</summary>
[PyModule("fastmath")]
public static class FastMath
{
    /// <summary>The n-th Fibonacci number.</summary>
    public static long Fib(int n)
    {
        long a = 0, b = 1;
        for (var i = 0; i < n; i++) (a, b) = (b, a + b);
        return a;
    }

    /// <summary>The mean of 1..n, computed by the helper in Stats.cs.</summary>
    public static double MeanUpTo(int n) => Stats.Mean(n);

#if CHECKED_SUM
    /// <summary>Adds two numbers, raising OverflowError instead of wrapping.</summary>
    public static int CheckedAdd(int a, int b) => checked(a + b);
#endif
}
