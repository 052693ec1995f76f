using System;
using System.Threading;
using System.Threading.Tasks;
using SharpBind;
using Xunit;

namespace SharpBind.Embedding.Tests;

public class GilTests
{
    [Fact]
    public void Acquire_nests_and_release_gives_it_back()
    {
        _ = PythonFixture.Interpreter;
        // A dedicated thread starts without the GIL.
        Thread thread;
        Exception? failure = null;
        thread = new Thread(() =>
        {
            try
            {
                Assert.False(Gil.IsHeld);
                using (Gil.Acquire())
                {
                    using (Gil.Acquire())
                    {
                        Assert.Equal(2, Py.Eval<int>("1 + 1"));
                    }
                    Assert.True(Gil.IsHeld);
                    using (Gil.Release())
                    {
                        Assert.False(Gil.IsHeld);
                    }
                    Assert.True(Gil.IsHeld);
                }
                Assert.False(Gil.IsHeld);
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start();
        thread.Join();
        Assert.Null(failure);
    }

    [Fact]
    public void Many_threads_call_Python_safely()
    {
        using (PythonFixture.Enter())
        {
            Py.Exec("import threading\ncounter_lock = threading.Lock()\ncounter = [0]\ndef bump(n):\n    with counter_lock:\n        counter[0] += n\n    return n\n");
        }
        PythonObject bump;
        using (PythonFixture.Enter())
        {
            bump = Py.Globals()["bump"];
        }
        const int Threads = 8, Calls = 2000;
        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, _ =>
        {
            for (int i = 0; i < Calls; i++)
            {
                using (Gil.Acquire())
                {
                    Assert.Equal(1, bump.Invoke<int, int>(1));
                }
            }
        });
        using (PythonFixture.Enter())
        {
            Assert.Equal(Threads * Calls, Py.Eval<int>("counter[0]"));
            bump.Dispose();
        }
    }

    [Fact]
    public void Finalized_handles_are_released_later()
    {
        long before;
        using (PythonFixture.Enter())
        {
            Py.Exec("finalizer_target = object()");
            before = Py.Eval<long>("__import__('sys').getrefcount(finalizer_target)");
            LeakHandles(100);
            Assert.Equal(before + 100, Py.Eval<long>("__import__('sys').getrefcount(finalizer_target)"));
        }
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using (PythonFixture.Enter())
        {
            // Creating handles drains the queue the finalizers filled.
            for (int i = 0; i < 2048; i++)
            {
                PythonObject.From(i).Dispose();
            }
            Assert.Equal(before, Py.Eval<long>("__import__('sys').getrefcount(finalizer_target)"));
        }
    }

    private static void LeakHandles(int count)
    {
        using PythonObject target = Py.Globals()["finalizer_target"];
        for (int i = 0; i < count; i++)
        {
            _ = target.Copy(); // never disposed
        }
    }
}
