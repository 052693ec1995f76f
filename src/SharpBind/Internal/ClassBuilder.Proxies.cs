using System;
using System.Collections.Generic;
using System.Threading;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SharpBind.Interop;

namespace SharpBind.Internal;

public static unsafe partial class ClassBuilder
{
    // Shared proxies (see ProxyState): strong handle and a proxy-owned reference. Scanned now and then
    // for those Python no longer references, whose handle then becomes weak again.
    private static readonly List<ProxyState> s_shared = new();
    private static int s_nextScan = 64;

    /// <summary>
    /// <c>tp_finalize</c> of every subclassable bound type, so of every Python subclass: the Python
    /// half is about to die. If C# may still hold the proxy, resurrect the object on C#'s behalf.
    /// </summary>
    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    private static void Finalize(PyObject* self) => Resurrect(self, deferredDel: false);

    /// <summary>
    /// The work of <see cref="Finalize"/>: true when the object was resurrected on C#'s behalf (the
    /// proxy now owns a reference). <paramref name="deferredDel"/>: the finalizer is a Python
    /// <c>__del__</c>, to be run when C# lets go instead (see ClassBuilder.Del.cs).
    /// </summary>
    private static bool Resurrect(PyObject* self, bool deferredDel)
    {
        // Runs inside a deallocation or a GC pass with the GIL held. It does not touch the pending
        // exception (tp_finalize must preserve it); the one allocation is guarded.
        nint handle = ((Instance*)self)->Handle;
        if (ObjectHandles.Target(handle) is not IPythonProxy { PythonState: { } state } proxy
            || state.Self != (nint)self || state.OwnsReference)
        {
            return false; // not a proxy, or already kept alive by C#
        }
        try
        {
            SetHandle(self, proxy, state, weak: true); // allocates a weak GCHandle: may throw out-of-memory
        }
        catch (System.Exception)
        {
            return false; // the strong handle stays; the object dies and Release unlinks the proxy
        }
        CPython.Py_IncRef(self); // the proxy's own reference: CPython sees the resurrection and stops
        state.OwnsReference = true;
        state.DeferredDel = deferredDel;
        PendingDecRefs.DrainNow();
        return true;
    }

    /// <summary>
    /// Python is about to hold (or see) a proxy's object: if only C# held it, make the handle strong
    /// so that C# dropping the proxy cannot leave Python with a dead object. GIL held.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Share(ProxyState state)
    {
        if (state.HandleIsWeak)
        {
            ShareSlow(state);
        }
    }

    private static void ShareSlow(ProxyState state)
    {
        var self = (PyObject*)state.Self;
        object? proxy = ObjectHandles.Target(((Instance*)self)->Handle);
        if (proxy is null)
        {
            return; // collected; its finalizer has queued the reference
        }
        SetHandle(self, proxy, state, weak: false);
        s_shared.Add(state);
        CollectionWatcher.Start();
        if (s_shared.Count >= s_nextScan)
        {
            ScanShared();
        }
    }

    /// <summary>Makes the handle weak again for every shared proxy whose Python object only the proxy holds. GIL held.</summary>
    internal static void ScanShared()
    {
        s_shared.RemoveAll(static state =>
        {
            var self = (PyObject*)state.Self;
            if (self == null || !state.OwnsReference)
            {
                return true;
            }
            if (self->ob_refcnt != 1)
            {
                return false; // Python still holds it
            }
            object? proxy = ObjectHandles.Target(((Instance*)self)->Handle);
            if (proxy is not null)
            {
                SetHandle(self, proxy, state, weak: true);
            }
            return true;
        });
        s_nextScan = System.Math.Max(64, 2 * s_shared.Count);
        PendingDecRefs.DrainNow();
    }

    private static void SetHandle(PyObject* self, object proxy, ProxyState state, bool weak)
    {
        // The new handle first: if allocating it throws, the instance keeps a valid one.
        var instance = (Instance*)self;
        nint handle = weak ? ObjectHandles.Weak(proxy) : ObjectHandles.Strong(proxy);
        ObjectHandles.Free(instance->Handle);
        instance->Handle = handle;
        state.HandleIsWeak = weak;
    }

    /// <summary>
    /// Asks for a scan of shared proxies after each full .NET collection: an object whose finalizer
    /// runs once per gen-2 collection and re-registers itself. Without it, a proxy that C# let go of
    /// would wait for the next proxy to be shared before its Python half could be freed.
    /// </summary>
    private sealed class CollectionWatcher
    {
        private static int s_started;

        public static void Start()
        {
            if (Interlocked.Exchange(ref s_started, 1) == 0)
            {
                _ = new CollectionWatcher();
            }
        }

        ~CollectionWatcher()
        {
            if (Environment.HasShutdownStarted)
            {
                return;
            }
            PendingDecRefs.RequestProxyScan();
            GC.ReRegisterForFinalize(this);
        }
    }
}
