using SharpBind.Interop;

namespace SharpBind;

public unsafe partial class PythonObject
{
    /// <summary>
    /// Converts to <typeparamref name="T"/> with the converters bindings use: <c>bool</c>, the integers
    /// (range-checked), <c>float</c>/<c>double</c>, <c>char</c>, <c>string</c> and <c>byte[]</c> (None is
    /// null), a typed wrapper such as <see cref="PythonList"/> (a new handle), or the C# object behind a
    /// bound <c>[PyClass]</c> instance. Throws <see cref="System.InvalidCastException"/> for a wrong type
    /// and <see cref="PythonException"/> when Python raised (an OverflowError, say).
    /// </summary>
    public T As<T>() => Converter.Convert<T>(Handle);

    /// <summary>As <see cref="As{T}"/>, returning false instead of throwing (a Python error is cleared).</summary>
    public bool TryAs<T>(out T value)
    {
        if (Converter.TryFromPython(Handle, out value))
        {
            return true;
        }
        CPython.PyErr_Clear();
        return false;
    }

    /// <summary>
    /// The Python object for a C# value, with the converters bindings use (the reverse of
    /// <see cref="As{T}"/>); null becomes None, a <see cref="PythonObject"/> a new handle to the same object.
    /// </summary>
    public static PythonObject From<T>(T value) => new(Check(Converter.ToPython(value)));

    /// <summary>A Python int.</summary>
    public static implicit operator PythonObject(long value) => From(value);

    /// <summary>A Python float.</summary>
    public static implicit operator PythonObject(double value) => From(value);

    /// <summary>A Python bool.</summary>
    public static implicit operator PythonObject(bool value) => From(value);

    /// <summary>A Python str, or None for null.</summary>
    public static implicit operator PythonObject(string? value) => From(value);
}
