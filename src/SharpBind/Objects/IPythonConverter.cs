namespace SharpBind;

/// <summary>
/// Converts a C# type of your own to and from Python objects; registered with
/// <see cref="PyConverterAttribute"/>. Calls run with the GIL held.
/// </summary>
/// <typeparam name="T">The C# type.</typeparam>
/// <example>
/// <code>
/// [PyConverter(typeof(Celsius.Converter))]
/// public readonly record struct Celsius(double Degrees)
/// {
///     public struct Converter : IPythonConverter&lt;Celsius&gt;
///     {
///         public bool TryFromPython(PythonObject value, out Celsius result)
///         {
///             bool ok = value.TryAs(out double degrees);
///             result = new Celsius(degrees);
///             return ok;
///         }
///
///         public PythonObject ToPython(Celsius value) => PythonObject.From(value.Degrees);
///
///         public string PythonTypeName => "float";
///     }
/// }
/// </code>
/// </example>
public interface IPythonConverter<T>
{
    /// <summary>
    /// Converts <paramref name="value"/>, or returns false when it is not a kind of object this converter
    /// takes (SharpBind then raises a TypeError naming the function and <see cref="PythonTypeName"/>,
    /// or tries the next overload). The handle is valid during the call only: do not keep it. An
    /// exception thrown here reaches Python as an exception.
    /// </summary>
    bool TryFromPython(PythonObject value, out T result);

    /// <summary>The Python object for <paramref name="value"/> (a new handle SharpBind disposes; null means None).</summary>
    PythonObject? ToPython(T value);

    /// <summary>The Python type name for error messages (<c>float</c>, <c>tuple[int, int]</c>).</summary>
    string PythonTypeName { get; }
}
