using System.ComponentModel;

namespace SharpBind.Internal;

/// <summary>
/// What argument binding and error messages need to know about one exported function: its Python
/// name, parameters and the signature shown to users. One static instance per function, emitted by
/// the generator. Called by generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PyFunctionInfo
{
    /// <summary>Describes a function.</summary>
    /// <param name="name">The Python name, as in error messages: <c>add</c>.</param>
    /// <param name="signature">The typed signature shown in errors: <c>add(i: int = 1, j: int = 2) -&gt; int</c>.</param>
    /// <param name="parameterNames">Python parameter names, in order.</param>
    /// <param name="parameterTypes">Python type names the parameters expect, for "must be X, not Y".</param>
    /// <param name="requiredCount">How many leading parameters have no default.</param>
    public PyFunctionInfo(string name, string signature, string[] parameterNames, string[] parameterTypes, int requiredCount)
        : this(name, signature, parameterNames, parameterTypes, requiredCount, 0, parameterNames.Length, -1, -1)
    {
    }

    /// <summary>Describes a function with positional-only, keyword-only, <c>*args</c> or <c>**kwargs</c> parameters.</summary>
    /// <param name="name">The Python name, as in error messages: <c>add</c>.</param>
    /// <param name="signature">The typed signature shown in errors.</param>
    /// <param name="parameterNames">Python parameter names, in C# order (one slot each, <c>*args</c> and <c>**kwargs</c> included).</param>
    /// <param name="parameterTypes">Python type names the parameters expect.</param>
    /// <param name="requiredCount">How many leading parameters have no default (never counting <c>*args</c> or <c>**kwargs</c>).</param>
    /// <param name="positionalOnlyCount">How many leading parameters are positional-only.</param>
    /// <param name="positionalCount">How many leading parameters can be passed by position; the rest, but for <c>*args</c> and <c>**kwargs</c>, are keyword-only.</param>
    /// <param name="varArgsIndex">The slot of <c>*args</c> (a C# <c>params</c> array), or -1.</param>
    /// <param name="varKwargsIndex">The slot of <c>**kwargs</c> (a <c>[Kwargs]</c> dictionary), or -1.</param>
    public PyFunctionInfo(string name, string signature, string[] parameterNames, string[] parameterTypes, int requiredCount,
        int positionalOnlyCount, int positionalCount, int varArgsIndex, int varKwargsIndex)
    {
        Name = name;
        Signature = signature;
        ParameterNames = parameterNames;
        ParameterTypes = parameterTypes;
        RequiredCount = requiredCount;
        PositionalOnlyCount = positionalOnlyCount;
        PositionalCount = positionalCount;
        VarArgsIndex = varArgsIndex;
        VarKwargsIndex = varKwargsIndex;
    }

    /// <summary>The Python name.</summary>
    public string Name { get; }

    /// <summary>The typed signature shown in errors.</summary>
    public string Signature { get; }

    /// <summary>Python parameter names, in order.</summary>
    public string[] ParameterNames { get; }

    /// <summary>Python type names expected by each parameter.</summary>
    public string[] ParameterTypes { get; }

    /// <summary>How many leading parameters are required.</summary>
    public int RequiredCount { get; }

    /// <summary>How many leading parameters are positional-only (Python's <c>/</c>).</summary>
    public int PositionalOnlyCount { get; }

    /// <summary>How many leading parameters can be passed by position.</summary>
    public int PositionalCount { get; }

    /// <summary>The slot that receives the extra positional arguments as a new tuple, or -1.</summary>
    public int VarArgsIndex { get; }

    /// <summary>The slot that receives the unmatched keyword arguments as a new dict, or -1.</summary>
    public int VarKwargsIndex { get; }

    /// <summary>
    /// Whether <paramref name="index"/> is a parameter a keyword can name: not positional-only, not
    /// <c>*args</c> or <c>**kwargs</c>.
    /// </summary>
    internal bool IsKeyword(int index) => index >= PositionalOnlyCount && index != VarArgsIndex && index != VarKwargsIndex;
}
