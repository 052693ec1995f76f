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
    {
        Name = name;
        Signature = signature;
        ParameterNames = parameterNames;
        ParameterTypes = parameterTypes;
        RequiredCount = requiredCount;
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
}
