using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;
using SharpBind.Interop;

namespace SharpBind.Internal;

/// <summary>
/// Python references that C# finalizers give up. A finalizer runs on .NET's finalizer thread without
/// the GIL, so it must not touch Python: it queues the reference here, and the queue is drained on a
/// thread that holds the GIL, through <c>Py_AddPendingCall</c> (which CPython allows from any thread).
/// The same pending call runs the scan of shared proxies that a .NET collection asks for.
/// </summary>
internal static unsafe class PendingDecRefs
{
    private static readonly ConcurrentQueue<nint> s_queue = new();
    private static int s_scheduled;
    private static int s_scanRequested;
    private static int s_pending; // queued and not yet drained: a cheap test for DrainIfPending

    /// <summary>Queues one reference (0 is ignored). Any thread; never touches Python objects.</summary>
    public static void Enqueue(nint reference)
    {
        if (reference == 0)
        {
            return;
        }
        s_queue.Enqueue(reference);
        Interlocked.Increment(ref s_pending);
        Schedule();
    }

    /// <summary>
    /// Asks for <see cref="ClassBuilder"/>'s scan of shared proxies on the main thread (after a .NET
    /// garbage collection, when C# may have let go of some). Any thread.
    /// </summary>
    public static void RequestProxyScan()
    {
        Volatile.Write(ref s_scanRequested, 1);
        Schedule();
    }

    private static void Schedule()
    {
        if (Interlocked.Exchange(ref s_scheduled, 1) == 0)
        {
            // Py_IsInitialized only reads a flag; after shutdown the references are simply left.
            if (CPython.Py_IsInitialized() == 0 || CPython.Py_AddPendingCall(&Drain, null) != 0)
            {
                Volatile.Write(ref s_scheduled, 0); // queue full: the next Enqueue or DrainNow retries
            }
        }
    }

    /// <summary>Releases every queued reference now. The GIL must be held.</summary>
    public static void DrainNow()
    {
        while (s_queue.TryDequeue(out nint reference))
        {
            Interlocked.Decrement(ref s_pending);
            CPython.Py_DecRef((PyObject*)reference);
        }
    }

    /// <summary>
    /// <see cref="DrainNow"/> when anything is queued; one volatile read otherwise. Called where
    /// SharpBind makes new Python-facing objects, because CPython runs a pending call scheduled from
    /// another thread only once the main thread re-checks its eval breaker (on a GIL switch, for one),
    /// which a busy single-threaded loop may not do for a long time. The GIL must be held.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static void DrainIfPending()
    {
        if (Volatile.Read(ref s_pending) != 0)
        {
            DrainNow();
        }
    }

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    private static int Drain(void* unused)
    {
        // Runs on the main thread with the GIL held. Decrefs can run arbitrary __del__ code, which
        // handles its own errors.
        Volatile.Write(ref s_scheduled, 0);
        try
        {
            DrainNow();
            if (Interlocked.Exchange(ref s_scanRequested, 0) == 1)
            {
                ClassBuilder.ScanShared();
            }
        }
        catch (System.Exception)
        {
            // Only out-of-memory can get here (a new handle in the scan); what is left waits for the
            // next drain. A pending call must not fail: CPython would raise in arbitrary code.
        }
        return 0;
    }
}
