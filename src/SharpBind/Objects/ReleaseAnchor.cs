using System;
using SharpBind.Internal;

namespace SharpBind;

/// <summary>
/// The finalizable half of a <see cref="PythonObject"/>: it remembers the handle's reference and,
/// if the handle is dropped without <see cref="PythonObject.Dispose"/>, its finalizer queues that
/// reference for release. <see cref="PythonObject"/> itself has no finalizer.
/// </summary>
/// <remarks>
/// <para>Why a separate object: .NET registers every finalizable object for finalization when it is
/// allocated, and that costs about 40 ns, eight times a plain allocation. A handle that is disposed
/// gives its anchor back to a small pool, so a loop of <c>using var r = f.Call(...)</c> allocates no
/// finalizable object at all.</para>
/// <para>Invariants: an anchor is either in the pool (reference 0) or held by exactly one live
/// handle (reference = that handle's). A handle that becomes unreachable undisposed takes its anchor
/// with it, since the pool does not hold anchors in use, so the anchor's finalizer runs and queues the
/// release (<see cref="PendingDecRefs"/>). The pool is touched only with the GIL held, which
/// serializes it, as every <see cref="PythonObject"/> member requires. A pool broken by a caller that
/// ignores that rule can only leak references, never release one twice: a handle releases its own
/// reference on <c>Dispose</c>, and an anchor only releases the reference it was last given.</para>
/// <para>Anchors that reached the oldest generation are not reused: an undisposed handle would
/// otherwise wait for a full collection, which may be rare in a program that mostly runs Python,
/// before its Python object is released.</para>
/// </remarks>
internal sealed class ReleaseAnchor
{
    private const int PoolCapacity = 256;

    // Only touched with the GIL held (see the remarks).
    private static readonly ReleaseAnchor?[] s_pool = new ReleaseAnchor?[PoolCapacity];
    private static int s_pooled;

    private nint _reference;

    private ReleaseAnchor()
    {
    }

    /// <summary>An anchor that releases <paramref name="reference"/> if its handle is never disposed (GIL held).</summary>
    public static ReleaseAnchor Take(nint reference)
    {
        ReleaseAnchor? anchor = null;
        int pooled = s_pooled;
        if (pooled != 0)
        {
            s_pooled = --pooled;
            anchor = s_pool[pooled];
            s_pool[pooled] = null;
            if (anchor is not null && GC.GetGeneration(anchor) == GC.MaxGeneration)
            {
                GC.SuppressFinalize(anchor);
                anchor = null;
            }
        }
        anchor ??= new ReleaseAnchor();
        anchor._reference = reference;
        return anchor;
    }

    /// <summary>The handle released its reference itself: forget it and go back to the pool (GIL held).</summary>
    public void Return()
    {
        _reference = 0;
        int pooled = s_pooled;
        if (pooled < PoolCapacity)
        {
            s_pool[pooled] = this;
            s_pooled = pooled + 1;
        }
        else
        {
            GC.SuppressFinalize(this);
        }
    }

    /// <summary>Forgets the reference without pooling, for when the GIL cannot be assumed (the interpreter has stopped).</summary>
    public void Abandon()
    {
        _reference = 0;
        GC.SuppressFinalize(this);
    }

    /// <summary>The handle was dropped undisposed: queue its reference for a thread that holds the GIL.</summary>
    ~ReleaseAnchor()
    {
        if (_reference != 0)
        {
            PendingDecRefs.Enqueue(_reference);
        }
    }
}
