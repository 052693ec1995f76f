using System.Runtime.InteropServices;

namespace SharpBind.Interop;

/// <summary>
/// The header every Python object starts with (<c>PyObject</c> in CPython's <c>object.h</c>).
/// Only these two fields are part of the stable ABI; everything else about an object is opaque.
/// </summary>
/// <remarks>A <c>PyObject*</c> is only valid while the GIL is held and a reference to it is owned or borrowed.</remarks>
[StructLayout(LayoutKind.Sequential)]
public unsafe struct PyObject
{
    /// <summary>The reference count (<c>ob_refcnt</c>). Use <see cref="CPython.Py_IncRef"/>/<see cref="CPython.Py_DecRef"/> rather than touching it.</summary>
    public nint ob_refcnt;

    /// <summary>The object's type (<c>ob_type</c>), a borrowed pointer.</summary>
    public PyTypeObject* ob_type;
}

/// <summary>
/// A Python type object. Opaque: in the stable ABI its layout is private, so it is only ever
/// handled by pointer and inspected through functions such as <c>PyType_GetFlags</c>.
/// </summary>
public struct PyTypeObject
{
}
