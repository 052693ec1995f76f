using System;
using System.Runtime.CompilerServices;
using SharpBind.Internal;
using SharpBind.Interop;

namespace SharpBind;

/// <summary>
/// A Python object seen from C#: one owned reference, released by <see cref="Dispose"/>. It is
/// SharpBind's counterpart of pybind11's <c>py::object</c>.
/// </summary>
/// <remarks>
/// <para>Every member needs the GIL (see <see cref="Gil"/>); the thread that started the interpreter
/// holds it until it releases it. Members do not check this, for speed.</para>
/// <para>Dispose objects you create in loops (<c>using var x = ...</c>). An object that is not disposed
/// is released later: a finalizer, which runs without the GIL, only queues the reference, and a
/// thread holding the GIL releases it. (The finalizer belongs to a small pooled companion object,
/// <see cref="ReleaseAnchor"/>, so that disposed handles cost no finalizer registration.)</para>
/// <para>Python errors surface as <see cref="PythonException"/>; a value that cannot be converted to the
/// C# type asked for raises <see cref="InvalidCastException"/>.</para>
/// <para>The class is named <c>PythonObject</c>, not <c>PyObject</c>, so that it never clashes with the
/// raw C struct <see cref="Interop.PyObject"/>, which generated code and C API users see.</para>
/// </remarks>
public unsafe partial class PythonObject : IDisposable
{
    private PyObject* _reference;

    // Releases _reference if this handle is dropped undisposed; null once disposed or detached.
    private ReleaseAnchor? _anchor;

    /// <summary>Takes ownership of <paramref name="owned"/> (a new reference, not null; GIL held).</summary>
    internal PythonObject(PyObject* owned)
    {
        _reference = owned;
        _anchor = ReleaseAnchor.Take((nint)owned);
        HandleCount.Created();
    }

    /// <summary>
    /// Wraps a new reference that the caller gives up (pybind11's <c>reinterpret_steal</c>). Throws
    /// <see cref="PythonException"/> with the pending Python error when <paramref name="reference"/> is
    /// null, so a C API result can be passed straight in.
    /// </summary>
    public static PythonObject FromOwned(PyObject* reference) => new(Check(reference));

    /// <summary>Wraps a borrowed reference, taking a reference of its own (pybind11's <c>reinterpret_borrow</c>).</summary>
    public static PythonObject FromBorrowed(PyObject* reference)
    {
        if (reference == null)
        {
            throw new ArgumentNullException(nameof(reference));
        }
        CPython.Py_IncRef(reference);
        return new PythonObject(reference);
    }

    /// <summary>The object's <c>PyObject*</c>, borrowed from this handle (valid while it is not disposed).</summary>
    /// <remarks>
    /// A member that passes <see cref="Handle"/> to a call that can run Python code calls
    /// <see cref="GC.KeepAlive"/> on this handle (and on borrowed argument handles) after the call. Otherwise
    /// .NET may collect a temporary handle (<c>obj.GetAttr("f").Call()</c>) while the call runs, and the
    /// release its finalizer queues could be drained by Python code inside that very call, freeing the
    /// object CPython is still using. A caller of <see cref="Handle"/> outside SharpBind should do the same.
    /// </remarks>
    public PyObject* Handle
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            PyObject* reference = _reference;
            if (reference == null)
            {
                ThrowDisposed();
            }
            return reference;
        }
    }

    /// <summary>Whether <see cref="Dispose"/> or <see cref="Detach"/> has been called.</summary>
    public bool IsDisposed => _reference == null;

    /// <summary>
    /// Gives up ownership: returns the reference (now the caller's to release) and leaves this handle
    /// empty, as pybind11's <c>release()</c> does.
    /// </summary>
    public PyObject* Detach()
    {
        PyObject* reference = Handle;
        _reference = null;
        ReleaseAnchor? anchor = _anchor;
        _anchor = null;
        anchor?.Return();
        return reference;
    }

    /// <summary>A new handle to the same object (another reference).</summary>
    public PythonObject Copy() => FromBorrowed(Handle);

    /// <summary>Releases the reference (the GIL must be held). Safe to call twice, and after the interpreter has stopped.</summary>
    public void Dispose()
    {
        PyObject* reference = _reference;
        if (reference != null)
        {
            _reference = null;
            ReleaseAnchor? anchor = _anchor;
            _anchor = null;
            // After Py_FinalizeEx every object is gone; there is nothing left to release, and no GIL
            // serializes the anchors' pool.
            if (CPython.Py_IsInitialized() != 0)
            {
                CPython.Py_DecRef(reference);
                anchor?.Return();
            }
            else
            {
                anchor?.Abandon();
            }
        }
    }

    /// <summary>Returns <paramref name="result"/>, or throws the pending Python error when it is null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static PyObject* Check(PyObject* result)
    {
        if (result == null)
        {
            ThrowPending();
        }
        return result;
    }

    /// <summary>Throws the pending Python error when <paramref name="status"/> is -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Check(int status)
    {
        if (status == -1)
        {
            ThrowPending();
        }
        return status;
    }

    /// <summary>The borrowed pointer of <paramref name="value"/>, with null standing for None.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static PyObject* Borrow(PythonObject? value) => value is null ? CPython.Py_None : value.Handle;

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void ThrowPending() => throw PythonException.Fetch();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowDisposed() => throw new ObjectDisposedException(nameof(PythonObject));
}
