namespace SharpBind.Generator.Model;

/// <summary>One parameter of an exported function.</summary>
/// <param name="PythonName">The keyword name Python uses.</param>
/// <param name="CSharpName">The C# parameter name (for the generated local).</param>
/// <param name="Type">Its type.</param>
/// <param name="DefaultCSharp">The default as a C# expression, or null when the parameter is required.</param>
/// <param name="DefaultPython">The default as a Python literal, or null when it has none Python can parse.</param>
internal sealed record ParameterModel(string PythonName, string CSharpName, TypeModel Type, string? DefaultCSharp, string? DefaultPython)
{
    public bool IsOptional => DefaultCSharp is not null;
}
