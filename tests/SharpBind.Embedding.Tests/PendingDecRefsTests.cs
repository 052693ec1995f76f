using SharpBind;
using SharpBind.Internal;
using Xunit;

namespace SharpBind.Embedding.Tests;

/// <summary>
/// The queue of references that finalizers give up (<see cref="PendingDecRefs"/>), drained while a
/// drain is already running: a release runs a Python <c>__del__</c>, which calls C# that queues more
/// and drains again. Every queued reference must be released exactly once.
/// </summary>
public class PendingDecRefsTests
{
    [Fact]
    public unsafe void A_drain_inside_a_drain_releases_every_reference_once()
    {
        using var gil = PythonFixture.Enter();
        Py.Exec("""
            import sys, embedded_hooks
            class Outer:
                def __del__(self):
                    embedded_hooks.queue_three_and_drain(Inner, b, c)
            class Inner:
                def __del__(self):
                    embedded_hooks.queue_two(d, e)
            b, c, d, e = object(), object(), object(), object()
            def counts():
                return [sys.getrefcount(x) for x in (b, c, d, e)]
            """);
        using PythonObject main = Py.Import("__main__");
        using PythonObject counts = main.GetAttr("counts");
        int[] before = counts.Call().AsArray<int>();

        // The queue holds the only reference to an Outer: draining releases it, and its __del__ queues
        // an Inner (whose __del__ queues d and e while the inner drain is on its first item), b and c.
        PendingDecRefs.Enqueue((nint)Py.Eval("Outer()").Detach());
        PendingDecRefs.DrainNow();

        Assert.Equal(before, counts.Call().AsArray<int>());
        Assert.Equal(5, EmbeddedHooks.Queued);
    }
}

/// <summary>Queues references from Python code, for <see cref="PendingDecRefsTests"/>.</summary>
[PyModule("embedded_hooks")]
public static partial class EmbeddedHooks
{
    internal static int Queued;

    /// <summary>
    /// Queues a new instance of <paramref name="type"/> (the queue's reference is its only one) and
    /// the two objects, then drains (inside the drain that runs the caller).
    /// </summary>
    public static void QueueThreeAndDrain(PythonObject type, PythonObject second, PythonObject third)
    {
        Queue(type.Call());
        Queue(second);
        Queue(third);
        PendingDecRefs.DrainNow();
    }

    /// <summary>Queues each object.</summary>
    public static void QueueTwo(PythonObject first, PythonObject second)
    {
        Queue(first);
        Queue(second);
    }

    // The parameter's handle gives its reference to the queue (so its finalizer releases nothing).
    private static unsafe void Queue(PythonObject value)
    {
        PendingDecRefs.Enqueue((nint)value.Detach());
        Queued++;
    }
}
