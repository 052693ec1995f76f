using System.Collections.Generic;
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

    /// <summary>Sums a list of ints (the list is converted into a List&lt;long&gt; first).</summary>
    public static long SumList(List<long> values)
    {
        long total = 0;
        foreach (long value in values)
        {
            total += value;
        }
        return total;
    }

    /// <summary>Calls the Python callable <paramref name="f"/> with 0..count-1.</summary>
    public static void CallBack(System.Action<long> f, int count)
    {
        for (int i = 0; i < count; i++)
        {
            f(i);
        }
    }

    /// <summary>A list of 0..count-1, made in C# and converted to a Python list.</summary>
    public static List<long> MakeList(int count)
    {
        var list = new List<long>(count);
        for (int i = 0; i < count; i++)
        {
            list.Add(i);
        }
        return list;
    }

    /// <summary>Calls <c>animal.Go(i)</c> for i in [0, times) from C# and returns the sum of the results.</summary>
    public static long GoMany(Animal animal, int times)
    {
        long total = 0;
        for (int i = 0; i < times; i++)
        {
            total += animal.Go(i);
        }
        return total;
    }

    /// <summary>Calls <c>animal.Sound()</c> from C# as many times as asked and returns the total length of the results.</summary>
    public static long SoundMany(Animal animal, int times)
    {
        long total = 0;
        for (int i = 0; i < times; i++)
        {
            total += animal.Sound().Length;
        }
        return total;
    }
}

/// <summary>The override contender: Python subclasses define go() and sound(), C# calls them.</summary>
[PyClass]
public abstract class Animal
{
    /// <summary>An int in, an int out: the override call without string costs.</summary>
    public abstract int Go(int n);

    /// <summary>No argument in, a str out: adds converting the result to a .NET string.</summary>
    public abstract string Sound();
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
