using System;
using System.ComponentModel;
using SharpBind.Interop;

namespace SharpBind.Internal;

/// <summary>
/// The link from a proxy (the C# half of a Python subclass instance) to its Python half, and who
/// keeps whom alive. For generated code only.
/// </summary>
/// <remarks>
/// Lifetime, in three states (all transitions happen with the GIL held):
/// <list type="bullet">
/// <item><b>Python-owned</b> (after <c>__init__</c>): the Python object holds the proxy through a strong
/// GCHandle; the proxy holds no Python reference. Python's reference count decides.</item>
/// <item><b>C#-owned</b>: Python dropped its last reference, and <c>tp_finalize</c> resurrected the
/// object on C#'s behalf (the proxy now owns one reference; the handle becomes weak). While C# holds
/// the proxy, the Python half (its <c>__dict__</c>, its overrides) lives on; when C# lets go, the
/// proxy is collected and the reference is released through <see cref="PendingDecRefs"/>.</item>
/// <item><b>Shared</b>: a C#-owned object went back to Python. The handle is strong again and the
/// proxy keeps its reference; <see cref="ClassBuilder"/> watches these and makes the handle weak once
/// Python's count falls back to the proxy's single reference.</item>
/// </list>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed unsafe class ProxyState
{
    /// <summary>Links a proxy to the Python object being initialized.</summary>
    public ProxyState(PyObject* self) => Self = (nint)self;

    /// <summary>The Python half; 0 once it was destroyed (then only the C# behaviour remains).</summary>
    internal nint Self;

    /// <summary>Whether the proxy owns a reference to <see cref="Self"/> (C#-owned or shared).</summary>
    internal bool OwnsReference;

    /// <summary>Whether the Python object's handle to the proxy is weak (C#-owned).</summary>
    internal bool HandleIsWeak;

    /// <summary>
    /// Whether the Python class's own <c>__del__</c> was put off when the object was resurrected: it
    /// runs when C# lets go, just before the proxy's reference is released.
    /// </summary>
    internal bool DeferredDel;

    /// <summary>Gives the proxy's reference back on the main thread: the finalizer has no GIL.</summary>
    ~ProxyState()
    {
        if (OwnsReference)
        {
            PendingDecRefs.Enqueue(Self, callDel: DeferredDel);
        }
    }
}
