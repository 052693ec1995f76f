namespace SharpBind.Generator.Model;

/// <summary>A public static method exported as a module function.</summary>
/// <param name="PythonName">The Python name.</param>
/// <param name="CSharpName">The C# method name.</param>
/// <param name="Doc">The docstring from the XML comments, or null.</param>
/// <param name="Parameters">Its parameters, in order.</param>
/// <param name="ReturnType">Its return type (<see cref="ValueKind.Void"/> for void).</param>
/// <param name="ReleasesGil"><c>[ReleaseGil]</c>: the call runs with the GIL released.</param>
internal sealed record FunctionModel(string PythonName, string CSharpName, string? Doc, EquatableArray<ParameterModel> Parameters, TypeModel ReturnType,
    bool ReleasesGil = false)
{
    /// <summary>
    /// Keyword-only, <c>*args</c> or <c>**kwargs</c> parameters: the all-positional shortcut of
    /// <c>Arguments.Bind</c> cannot fill the slots, and the variadic slots own references. Other
    /// functions (positional-only ones included) keep the shortcut.
    /// </summary>
    public bool NeedsFullBinding
    {
        get
        {
            foreach (ParameterModel parameter in Parameters)
            {
                if (parameter.Kind is ParameterKind.KeywordOnly || parameter.IsVariadic)
                {
                    return true;
                }
            }
            return false;
        }
    }
}
