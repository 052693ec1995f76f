using System;
using SharpBind;
using SharpBind.Interop;
using Xunit;

namespace SharpBind.Embedding.Tests;

/// <summary>
/// A <see cref="PythonObject"/>'s finalizer lives in a pooled companion (<c>ReleaseAnchor</c>) that
/// disposed handles give back: these tests pin down that reuse never loses a release and never
/// releases twice.
/// </summary>
public class ReleaseAnchorTests
{
    [Fact]
    public void Disposed_handles_allocate_no_finalizable_part()
    {
        using var gil = PythonFixture.Enter();
        using PythonObject add = Py.Eval("lambda a, b: a + b");
        using PythonObject a = 1, b = 2;
        for (int i = 0; i < 1000; i++)
        {
            using PythonObject warm = add.Call(a, b);
        }
        const int Calls = 10_000;
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Calls; i++)
        {
            using PythonObject result = add.Call(a, b);
        }
        long perCall = (GC.GetAllocatedBytesForCurrentThread() - before) / Calls;
        // The handle itself is 32 bytes; an anchor per call would add 24 more.
        Assert.InRange(perCall, 1, 40);
    }

    [Fact]
    public void A_dropped_handle_on_a_reused_anchor_is_still_released()
    {
        long before;
        using (PythonFixture.Enter())
        {
            Py.Exec("anchor_target = object()");
            before = RefCount("anchor_target");
            // Fill the pool with anchors that disposed handles gave back, then drop handles that take them.
            FillPool();
            DropHandles("anchor_target", 100);
            Assert.Equal(before + 100, RefCount("anchor_target"));
        }
        CollectAndDrain();
        using (PythonFixture.Enter())
        {
            Assert.Equal(before, RefCount("anchor_target"));
        }
    }

    [Fact]
    public void Disposed_and_detached_handles_are_never_released_again()
    {
        long before;
        nint detached;
        using (PythonFixture.Enter())
        {
            Py.Exec("anchor_once = object()");
            before = RefCount("anchor_once");
            using PythonObject target = Py.Eval("anchor_once");
            // More live handles than the pool holds, so that some anchors are pooled and the rest retired.
            var handles = new PythonObject[1000];
            for (int i = 0; i < handles.Length; i++)
            {
                handles[i] = target.Copy();
            }
            foreach (PythonObject handle in handles)
            {
                handle.Dispose();
            }
            detached = Detach(target.Copy());
            Assert.Equal(before + 2, RefCount("anchor_once")); // `target` and the detached reference
        }
        CollectAndDrain();
        unsafe
        {
            using (PythonFixture.Enter())
            {
                Assert.Equal(before + 1, RefCount("anchor_once")); // `target` is disposed; the detached one is ours
                CPython.Py_DecRef((PyObject*)detached);
                Assert.Equal(before, RefCount("anchor_once"));
            }
        }
    }

    private static long RefCount(string name) => Py.Eval<long>($"__import__('sys').getrefcount({name})");

    private static unsafe nint Detach(PythonObject handle) => (nint)handle.Detach();

    private static void FillPool()
    {
        var handles = new PythonObject[300];
        for (int i = 0; i < handles.Length; i++)
        {
            handles[i] = PythonObject.From(i);
        }
        foreach (PythonObject handle in handles)
        {
            handle.Dispose();
        }
    }

    private static void DropHandles(string name, int count)
    {
        using PythonObject target = Py.Eval(name);
        for (int i = 0; i < count; i++)
        {
            _ = target.Copy(); // never disposed
        }
    }

    // Finalizers run without the GIL; handles created afterwards drain what they queued.
    private static void CollectAndDrain()
    {
        for (int round = 0; round < 3; round++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            using (PythonFixture.Enter())
            {
                for (int i = 0; i < 2048; i++)
                {
                    PythonObject.From(i).Dispose();
                }
            }
        }
    }
}
