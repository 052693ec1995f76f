namespace SharpBind.Generator.Model;

/// <summary>How Python may pass a parameter (the kinds of <c>inspect.Parameter</c>).</summary>
internal enum ParameterKind
{
    /// <summary>By position or by keyword: the default.</summary>
    PositionalOrKeyword,

    /// <summary>By position only: up to and including the <c>[PositionalOnly]</c> parameter (Python's <c>/</c>).</summary>
    PositionalOnly,

    /// <summary>By keyword only: from the <c>[KeywordOnly]</c> parameter on (Python's <c>*</c>).</summary>
    KeywordOnly,

    /// <summary>A C# <c>params</c> collection: Python's <c>*args</c>, the extra positional arguments.</summary>
    VarArgs,

    /// <summary>A <c>[Kwargs]</c> dictionary: Python's <c>**kwargs</c>, the unmatched keyword arguments.</summary>
    VarKwargs,
}
