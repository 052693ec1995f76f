using System.Collections.Generic;
using System.Linq;
using SharpBind.Generator.Model;

namespace SharpBind.Generator.Emitting;

/// <summary>
/// Python's view of a function's parameters. C# order is positional, keyword-only, <c>[Kwargs]</c>,
/// <c>params</c>; Python's is positional-only, <c>/</c>, positional, <c>*args</c> (or a bare <c>*</c>),
/// keyword-only, <c>**kwargs</c>. Binding works on C# order (one slot per C# parameter); signatures
/// and the binding facts in <c>PyFunctionInfo</c> are written here.
/// </summary>
internal static class Signatures
{
    /// <summary>
    /// The comma-separated items of a Python signature, each parameter written by <paramref name="render"/>;
    /// <paramref name="selfMarker"/> (<c>$module</c>, <c>$self</c>) leads as a positional-only item.
    /// </summary>
    public static List<string> Parts(FunctionModel function, System.Func<ParameterModel, string> render, string? selfMarker = null)
    {
        var parts = new List<string>();
        if (selfMarker is not null)
        {
            parts.Add(selfMarker);
        }
        IEnumerable<ParameterModel> Of(ParameterKind kind) => function.Parameters.Where(p => p.Kind == kind);
        parts.AddRange(Of(ParameterKind.PositionalOnly).Select(render));
        if (parts.Count > 0)
        {
            parts.Add("/");
        }
        parts.AddRange(Of(ParameterKind.PositionalOrKeyword).Select(render));
        ParameterModel? varArgs = Of(ParameterKind.VarArgs).FirstOrDefault();
        List<string> keywordOnly = Of(ParameterKind.KeywordOnly).Select(render).ToList();
        if (varArgs is not null)
        {
            parts.Add("*" + render(varArgs));
        }
        else if (keywordOnly.Count > 0)
        {
            parts.Add("*");
        }
        parts.AddRange(keywordOnly);
        parts.AddRange(Of(ParameterKind.VarKwargs).Select(p => "**" + render(p)));
        return parts;
    }

    /// <summary>A parameter in the typed signature: <c>a: int = 1</c>, <c>values: int</c> for <c>*values</c>.</summary>
    public static string Typed(ParameterModel parameter) => parameter.IsVariadic
        ? $"{parameter.PythonName}: {parameter.ItemPythonName ?? "object"}"
        : $"{parameter.PythonName}: {parameter.Type.PythonName}" + (parameter.IsOptional ? $" = {parameter.DefaultPython ?? "..."}" : "");

    /// <summary>
    /// The lines of arguments of the <c>PyFunctionInfo</c> constructor after the name and signature:
    /// names, types, required count and, for a function with markers or variadic parameters, a second
    /// line with the binding facts.
    /// </summary>
    public static string[] InfoArguments(FunctionModel function)
    {
        EquatableArray<ParameterModel> parameters = function.Parameters;
        int required = parameters.TakeWhile(p => !p.IsOptional && !p.IsVariadic).Count();
        string names = ModuleEmitter.StringArray(parameters.Select(p => p.PythonName));
        string types = ModuleEmitter.StringArray(parameters.Select(p => p.IsVariadic ? p.ItemPythonName ?? "object" : p.Type.PythonName));
        if (parameters.All(p => p.Kind == ParameterKind.PositionalOrKeyword))
        {
            return new[] { $"{names}, {types}, {required}" };
        }
        int positionalOnly = parameters.Count(p => p.Kind == ParameterKind.PositionalOnly);
        int positional = parameters.Count(p => p.Kind is ParameterKind.PositionalOnly or ParameterKind.PositionalOrKeyword);
        int IndexOf(ParameterKind kind) => parameters.Select((p, i) => p.Kind == kind ? i : -1).Where(i => i >= 0).DefaultIfEmpty(-1).First();
        return new[]
        {
            $"{names}, {types}, {required},",
            $"positionalOnlyCount: {positionalOnly}, positionalCount: {positional}, varArgsIndex: {IndexOf(ParameterKind.VarArgs)}, varKwargsIndex: {IndexOf(ParameterKind.VarKwargs)}",
        };
    }
}
