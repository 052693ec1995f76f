namespace SharpBind.Generator.Model;

/// <summary>One parameter of an exported function.</summary>
/// <param name="PythonName">The keyword name Python uses.</param>
/// <param name="CSharpName">The C# parameter name (for the generated local).</param>
/// <param name="Type">Its type.</param>
/// <param name="DefaultCSharp">The default as a C# expression, or null when the parameter is required.</param>
/// <param name="DefaultPython">The default as a Python literal, or null when it has none Python can parse.</param>
/// <param name="PassByIn">An <c>in</c> or <c>ref readonly</c> parameter: the call passes the local with <c>in</c>.</param>
/// <param name="ForgiveNull">A non-nullable reference parameter whose default is null: None is accepted and passed with <c>!</c>.</param>
/// <param name="DefaultIsEnumMember">
/// <paramref name="DefaultPython"/> names an enum member inside the enum's module (<c>Color.RED</c>). The
/// <c>__text_signature__</c> writes it with the module in front (<c>enums.Color.RED</c>), because
/// <c>inspect</c> looks names in the signatures of methods up in <c>sys.modules</c>.
/// </param>
/// <param name="Kind">How Python may pass it: positional-only, keyword-only, <c>*args</c>, <c>**kwargs</c>.</param>
/// <param name="NoConvert"><c>[NoConvert]</c>: the argument must already be of the parameter's Python type.</param>
/// <param name="ItemPythonName">For <c>*args</c> and <c>**kwargs</c>: the Python type of one item (<c>*values: int</c>).</param>
internal sealed record ParameterModel(string PythonName, string CSharpName, TypeModel Type, string? DefaultCSharp, string? DefaultPython, bool PassByIn, bool ForgiveNull,
    bool DefaultIsEnumMember = false, ParameterKind Kind = ParameterKind.PositionalOrKeyword, bool NoConvert = false, string? ItemPythonName = null)
{
    public bool IsOptional => DefaultCSharp is not null;

    /// <summary><c>*args</c> or <c>**kwargs</c>: the binder always fills its slot (with a new tuple or dict).</summary>
    public bool IsVariadic => Kind is ParameterKind.VarArgs or ParameterKind.VarKwargs;
}
