using System.ComponentModel;
using SharpBind.Interop;

namespace SharpBind.Internal.Converters;

/// <summary>
/// <see cref="PythonObject"/> parameters and results: any Python object, passed through untouched.
/// A parameter gets a new handle (its own reference, released by <c>Dispose</c> or the finalizer);
/// a result gives Python a new reference to the handle's object.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct PythonObjectConverter : IConverter<PythonObject>
{
    /// <inheritdoc/>
    public bool TryFrom(PyObject* value, out PythonObject result)
    {
        result = PythonObject.FromBorrowed(value);
        return true;
    }

    /// <inheritdoc/>
    public PyObject* To(PythonObject value)
    {
        if (value is null)
        {
            return ToPython.None();
        }
        PyObject* reference = value.Handle; // throws ObjectDisposedException for a disposed handle
        CPython.Py_IncRef(reference);
        return reference;
    }

    /// <inheritdoc/>
    public string PythonName => "object";
}
