using System;
using System.Diagnostics;
using SharpBind;
using Xunit;

namespace SharpBind.Embedding.Tests;

/// <summary>
/// Loops that create a million temporaries keep memory flat. Three measures after a warm-up loop of
/// the same length: Python's live allocator blocks (exact: one leaked float or str per iteration
/// would be a million), the managed heap, and the resident set (coarse, for anything else).
/// </summary>
public class LeakTests
{
    private const int Iterations = 1_000_000;

    [Fact]
    public void Disposed_temporaries()
    {
        using var gil = PythonFixture.Enter();
        using PythonObject half = PythonObject.From(0.5);
        using PythonObject format = Py.Eval("'{}-{}'.format");
        AssertFlat(() => Loop(Iterations, half, format));
    }

    private static void Loop(int count, PythonObject half, PythonObject format)
    {
        for (int i = 0; i < count; i++)
        {
            using PythonObject value = PythonObject.From(i + 0.25);
            using PythonObject sum = value + half;
            using PythonObject text = format.Call(sum, value);
            if (i % 100_000 == 0)
            {
                Assert.Equal($"{i + 0.75:0.0#}-{i + 0.25:0.0#}", text.As<string>());
            }
        }
    }

    [Fact]
    public void Undisposed_temporaries_are_released_by_finalizers()
    {
        using var gil = PythonFixture.Enter();
        using PythonObject half = PythonObject.From(0.5);
        AssertFlat(() => Churn(Iterations, half));
    }

    private static void Churn(int count, PythonObject half)
    {
        for (int i = 0; i < count; i++)
        {
            _ = PythonObject.From(i + 0.25) + half; // neither handle is disposed
        }
        // Let the finalizers queue what is left, then drain it through new handles.
        using (Gil.Release())
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        for (int i = 0; i < 2048; i++)
        {
            PythonObject.From(i).Dispose();
        }
    }

    [Fact]
    public void Typed_calls_allocate_no_handles()
    {
        using var gil = PythonFixture.Enter();
        using PythonObject add = Py.Eval("lambda a, b: a + b");
        AssertFlat(() =>
        {
            long total = 0;
            for (int i = 0; i < Iterations; i++)
            {
                total += add.Invoke<long, long, long>(i, 1_000_000_000_000);
            }
            Assert.NotEqual(0, total);
        });
    }

    private static void AssertFlat(Action loop)
    {
        loop(); // warm-up: caches, free lists, JIT, the GC's budgets
        (long blocks, long managed, long resident) = Measure();
        loop();
        (long blocksAfter, long managedAfter, long residentAfter) = Measure();
        string report = $"Python blocks {blocksAfter - blocks:+#;-#;0}, managed {(managedAfter - managed) / 1024:+#;-#;0} KiB, resident {(residentAfter - resident) / 1024:+#;-#;0} KiB";
        Assert.True(blocksAfter - blocks < 10_000, report);
        Assert.True(managedAfter - managed < 4 * 1024 * 1024, report);
        Assert.True(residentAfter - resident < 32 * 1024 * 1024, report);
    }

    private static (long Blocks, long Managed, long Resident) Measure()
    {
        // Several rounds: finalizing one round's handles can leave objects that only the next round
        // collects, and on a loaded machine the finalizer thread may lag behind one round.
        for (int round = 0; round < 3; round++)
        {
            using (Gil.Release())
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }
            for (int i = 0; i < 2048; i++)
            {
                PythonObject.From(i).Dispose(); // drains what the finalizers queued
            }
        }
        long blocks = Py.Eval<long>("__import__('sys').getallocatedblocks()");
        using Process self = Process.GetCurrentProcess();
        return (blocks, GC.GetTotalMemory(true), self.WorkingSet64);
    }
}
