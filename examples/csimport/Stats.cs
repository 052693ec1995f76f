// An extra source of fastmath.cs, compiled into it through the `sources=` line there.
// It has no marker (a first line that names csimport), so neither the import hook nor
// `python -m csimport build` takes it as a module of its own.
internal static class Stats
{
    public static double Mean(int n)
    {
        double sum = 0;
        for (var i = 1; i <= n; i++) sum += i;
        return n > 0 ? sum / n : 0;
    }
}
