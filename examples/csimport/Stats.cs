// An extra source of fastmath.cs (see its `// csimport: sources=` line); it has no marker of its own.
internal static class Stats
{
    public static double Mean(int n)
    {
        double sum = 0;
        for (var i = 1; i <= n; i++) sum += i;
        return n > 0 ? sum / n : 0;
    }
}
