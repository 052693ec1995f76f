namespace SharpBind.Generator.Model;

/// <summary>One parameter (or the result) of a delegate: its C# type, converter struct and Python name.</summary>
internal sealed record DelegatePart(string Type, string Converter, string PythonName);

/// <summary>
/// A delegate type declared in the compilation, for which the generator writes a converter struct
/// (<see cref="ConverterName"/>) so that it crosses to and from Python as a callable.
/// </summary>
/// <param name="CSharpName">The fully qualified delegate type.</param>
/// <param name="ConverterName">The fully qualified name of its generated converter struct.</param>
/// <param name="Parameters">Its parameters, in order.</param>
/// <param name="Result">Its result, or null for <c>void</c>.</param>
/// <param name="PythonName">The Python type for messages (<c>Callable[[int, int], int]</c>).</param>
internal sealed record DelegateModel(
    string CSharpName, string ConverterName, EquatableArray<DelegatePart> Parameters, DelegatePart? Result, string PythonName);
