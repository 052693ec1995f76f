using System.ComponentModel;
using SharpBind.Interop;

namespace SharpBind.Internal.Converters;

/// <summary>
/// A user's <see cref="IPythonConverter{T}"/> (registered with <see cref="PyConverterAttribute"/>) as
/// an <see cref="IConverter{T}"/>, so generated code and the container converters use it like any
/// other. For generated code only; the GIL is held.
/// </summary>
/// <typeparam name="T">The converted type.</typeparam>
/// <typeparam name="TConverter">The user's converter; one instance serves every call.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct CustomConverter<T, TConverter> : IConverter<T>
    where TConverter : IPythonConverter<T>, new()
{
    private static readonly TConverter s_converter = new();

    /// <inheritdoc/>
    public bool TryFrom(PyObject* value, out T result)
    {
        // A handle of its own for the user's code: it stays valid even if the user disposes it.
        using PythonObject handle = PythonObject.FromBorrowed(value);
        return s_converter.TryFromPython(handle, out result);
    }

    /// <inheritdoc/>
    public PyObject* To(T value)
    {
        using PythonObject? converted = s_converter.ToPython(value);
        if (converted is null)
        {
            return ToPython.None();
        }
        PyObject* reference = converted.Handle;
        CPython.Py_IncRef(reference); // ours to return; the handle releases its own
        return reference;
    }

    /// <inheritdoc/>
    public string PythonName => s_converter.PythonTypeName;
}
