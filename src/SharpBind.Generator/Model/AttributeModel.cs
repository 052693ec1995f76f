namespace SharpBind.Generator.Model;

/// <summary>A constant, static read-only field or static read-only property exported as a module attribute.</summary>
/// <param name="PythonName">The Python name.</param>
/// <param name="CSharpName">The C# member name.</param>
/// <param name="Type">Its type.</param>
internal sealed record AttributeModel(string PythonName, string CSharpName, TypeModel Type);
