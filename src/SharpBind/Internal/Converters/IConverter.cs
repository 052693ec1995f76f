using System.ComponentModel;
using SharpBind.Interop;

namespace SharpBind.Internal.Converters;

/// <summary>
/// Converts one C# type both ways. Implemented by structs, so that a converter for a container is a
/// generic struct over its elements' converters (<c>ListConverter&lt;int, Int32Converter&gt;</c>) and
/// every instantiation is compiled ahead of time with the element conversions inlined: no
/// reflection, no delegates, no boxing. For generated code only; the GIL is held.
/// </summary>
/// <typeparam name="T">The C# type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe interface IConverter<T>
{
    /// <summary>Follows <see cref="FromPython"/>'s contract: false with no error = wrong type; false with an error = keep it.</summary>
    bool TryFrom(PyObject* value, out T result);

    /// <summary>A new reference, or null with an error set.</summary>
    PyObject* To(T value);

    /// <summary>The Python type name for messages (<c>list[int]</c>).</summary>
    string PythonName { get; }
}
