namespace SharpBind.Generator.Model;

/// <summary>A method of a bound class.</summary>
internal sealed record MethodModel(FunctionModel Function, bool IsStatic);

/// <summary>A property or field of a bound class.</summary>
/// <param name="PythonName">The Python attribute name.</param>
/// <param name="CSharpName">The C# member name.</param>
/// <param name="Type">Its type.</param>
/// <param name="CanWrite">Whether Python may assign it (public setter, or a writable field).</param>
/// <param name="Doc">The docstring, or null.</param>
internal sealed record PropertyModel(string PythonName, string CSharpName, TypeModel Type, bool CanWrite, string? Doc);

/// <summary>Everything the emitter needs for one <c>[PyClass]</c> class; holds no Roslyn symbols.</summary>
/// <param name="PythonName">The Python class name.</param>
/// <param name="ClassName">The fully qualified C# class.</param>
/// <param name="ModuleName">The module named in <c>[PyClass(Module = ...)]</c>, or null for the compilation's only module.</param>
/// <param name="Doc">The docstring, or null.</param>
/// <param name="Constructor">The public constructor <c>__init__</c> calls.</param>
/// <param name="Methods">Public methods.</param>
/// <param name="Properties">Public properties and fields.</param>
/// <param name="HasToString">Whether the class overrides <c>ToString</c> (then it is <c>__str__</c>).</param>
/// <param name="IsSealed">Sealed classes cannot be subclassed in Python.</param>
internal sealed record ClassModel(
    string PythonName, string ClassName, string? ModuleName, string? Doc, FunctionModel Constructor,
    EquatableArray<MethodModel> Methods, EquatableArray<PropertyModel> Properties, bool HasToString, bool IsSealed);

/// <summary>The class parser's result: the model (null when it cannot be emitted) and its diagnostics.</summary>
internal sealed record ClassParseResult(ClassModel? Class, EquatableArray<DiagnosticInfo> Diagnostics, LocationInfo? Location);
