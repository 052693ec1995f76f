namespace SharpBind.Generator.Model;

/// <summary>Everything the emitter needs for one <c>[PyModule]</c> class; holds no Roslyn symbols.</summary>
/// <param name="ModuleName">The module name Python imports (may be dotted).</param>
/// <param name="ClassName">The fully qualified C# class (<c>global::Example</c>).</param>
/// <param name="Doc">The module docstring, or null.</param>
/// <param name="Functions">Exported functions, in declaration order.</param>
/// <param name="Attributes">Exported attributes, in declaration order.</param>
internal sealed record ModuleModel(string ModuleName, string ClassName, string? Doc, EquatableArray<FunctionModel> Functions, EquatableArray<AttributeModel> Attributes)
{
    /// <summary>The last component of the module name: what <c>PyInit_</c> is followed by.</summary>
    public string ShortName => ModuleName.Substring(ModuleName.LastIndexOf('.') + 1);

    /// <summary>The generated class: <c>Module_pkg_example</c> for <c>pkg.example</c>.</summary>
    public string GeneratedClassName => "Module_" + ModuleName.Replace('.', '_');
}
