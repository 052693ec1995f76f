namespace SharpBind.Generator.Model;

/// <summary>One member of a <c>[PyClass]</c> enum.</summary>
/// <param name="PythonName">The Python member name (<c>DARK_BLUE</c>).</param>
/// <param name="CSharpName">The C# member name (<c>DarkBlue</c>).</param>
/// <param name="Doc">Its doc comment as text, or null; it goes into the enum's docstring.</param>
internal sealed record EnumMemberModel(string PythonName, string CSharpName, string? Doc);

/// <summary>Everything the emitter needs for one <c>[PyClass]</c> enum; holds no Roslyn symbols.</summary>
/// <param name="PythonName">The Python class name.</param>
/// <param name="EnumName">The fully qualified C# enum.</param>
/// <param name="ModuleName">The module named in <c>[PyClass(Module = ...)]</c>, or null for the compilation's only module.</param>
/// <param name="Doc">The enum's own doc comment as text, or null.</param>
/// <param name="IsFlags">A <c>[Flags]</c> enum: it becomes an <c>enum.IntFlag</c>, otherwise an <c>enum.IntEnum</c>.</param>
/// <param name="Underlying">The underlying integer kind.</param>
/// <param name="Members">The exported members, in declaration order.</param>
internal sealed record EnumModel(
    string PythonName, string EnumName, string? ModuleName, string? Doc, bool IsFlags, ValueKind Underlying, EquatableArray<EnumMemberModel> Members);

/// <summary>The enum parser's result: the model (null when it cannot be emitted) and its diagnostics.</summary>
internal sealed record EnumParseResult(EnumModel? Enum, EquatableArray<DiagnosticInfo> Diagnostics, LocationInfo? Location);
