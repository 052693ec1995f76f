// Calls the Python function add(a, b) a million times from C#, as bench/embed/capi_embed.c and
// pybind11_embed.cpp do from C and C++. Prints one "name ns" line per loop (best of 7 rounds).
using System;
using System.Diagnostics;
using SharpBind;

const int N = 1_000_000;
const int Rounds = 7;

using PythonInterpreter python = PythonInterpreter.Start(new PythonOptions
{
    PythonExecutable = args.Length > 0 ? args[0] : null,
});
using var scope = new PythonDict();
Py.Exec("def add(a, b):\n    return a + b\n", scope);
using PythonObject add = scope["add"];
using PythonObject a = 1, b = 2;
long sink = 0;

Run("sharpbind_objects", () =>
{
    for (int i = 0; i < N; i++)
    {
        using PythonObject r = add.Call(a, b);
    }
});
Run("sharpbind_objects_to_long", () =>
{
    for (int i = 0; i < N; i++)
    {
        sink += add.Invoke<PythonObject, PythonObject, long>(a, b);
    }
});
Run("sharpbind_ints", () =>
{
    for (long i = 0; i < N; i++)
    {
        sink += add.Invoke<long, long, long>(i, i);
    }
});
return sink == 42 ? 1 : 0;

static void Run(string name, Action loop)
{
    double best = double.MaxValue;
    for (int round = 0; round < Rounds; round++)
    {
        long start = Stopwatch.GetTimestamp();
        loop();
        best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalNanoseconds / N);
    }
    Console.WriteLine($"{name} {best:0.0}");
}
