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
    // Buffers larger than this are not kept after a drain: a burst of finalizers (a million undisposed
    // handles) must not leave megabytes behind. (A ConcurrentQueue keeps its largest segment.)
    private const int KeptCapacity = 4096;

    private const nint DelFlag = 1;

    // s_buffer/s_count: the references queued so far; s_spare: an empty buffer for the next swap, or
    // null while a drain is using it. All three are guarded by s_lock (finalizer threads add, the
    // draining thread swaps the buffer out). Drains nest: a decref runs __del__ code, which can make
    // SharpBind objects, which drains again; the inner drain must not take the outer one's buffer,
    // so a drain takes the spare out of the field and gives a buffer back only into an empty slot.
    private static readonly object s_lock = new();
    private static nint[] s_buffer = new nint[256];
    private static nint[]? s_spare = new nint[256];
    private static int s_count;
    private static int s_scheduled;
    private static int s_scanRequested;
    private static int s_pending; // queued and not yet drained: a cheap test for DrainIfPending

    /// <summary>
    /// Queues one reference (0 is ignored). Any thread; never touches Python objects.
    /// <paramref name="callDel"/>: call the object's <c>__del__</c> before releasing it (a Python
    /// subclass's finalizer that was put off while C# held the object). The flag rides in the low bit
    /// of the pointer, which is always clear (objects are at least 8-byte aligned).
    /// </summary>
    public static void Enqueue(nint reference, bool callDel = false)
    {
        if (reference == 0)
        {
            return;
        }
        if (callDel)
        {
            reference |= DelFlag;
        }
        lock (s_lock)
        {
            if (s_count == s_buffer.Length)
            {
                System.Array.Resize(ref s_buffer, s_buffer.Length * 2);
            }
            s_buffer[s_count++] = reference;
            Volatile.Write(ref s_pending, 1);
        }
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
        while (true)
        {
            nint[] taken;
            int count;
            lock (s_lock)
            {
                if (s_count == 0)
                {
                    Volatile.Write(ref s_pending, 0);
                    return;
                }
                taken = s_buffer;
                count = s_count;
                s_buffer = s_spare ?? new nint[256];
                s_spare = null;
                s_count = 0;
                Volatile.Write(ref s_pending, 0);
            }
            // Outside the lock: a decref can run __del__ code, and finalizers may queue more meanwhile
            // (into the other buffer; the loop takes those too).
            for (int i = 0; i < count; i++)
            {
                nint reference = taken[i];
                if ((reference & DelFlag) != 0)
                {
                    reference &= ~DelFlag;
                    ClassBuilder.CallDeferredDel((PyObject*)reference); // we own a reference: the object is alive
                }
                CPython.Py_DecRef((PyObject*)reference);
            }
            if (taken.Length <= KeptCapacity)
            {
                lock (s_lock)
                {
                    s_spare ??= taken;
                }
            }
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
