namespace SharpBind.Generator.Model;

/// <summary>Everything the emitter needs for one <c>[PyException]</c> class; holds no Roslyn symbols.</summary>
/// <param name="PythonName">The Python class name (the C# name or its <c>[PyName]</c>).</param>
/// <param name="ClassName">The fully qualified C# class.</param>
/// <param name="ModuleName">The module named in <c>[PyException(Module = ...)]</c>, or null for the compilation's only module.</param>
/// <param name="Doc">The class's doc comment as text, or null.</param>
/// <param name="BaseClassName">
/// The fully qualified <c>[PyException]</c> class whose Python class is the base: the explicit
/// <c>BaseType</c>, else the nearest C# base class with <c>[PyException]</c>; null when there is neither.
/// </param>
/// <param name="BaseIsExplicit">Whether <paramref name="BaseClassName"/> came from <c>BaseType</c> (it must then be in the same module).</param>
/// <param name="BuiltinBase">
/// The <c>PythonExceptionBase</c> member set as <c>Base</c>, or null. With a <c>[PyException]</c> base too,
/// the Python class derives from both (<c>class NotFound(StoreError, LookupError)</c>); with neither, from <c>Exception</c>.
/// </param>
/// <param name="Depth">How many classes the C# class derives from (System.Exception: 1): deeper wins when several match.</param>
internal sealed record ExceptionModel(
    string PythonName, string ClassName, string? ModuleName, string? Doc, string? BaseClassName, bool BaseIsExplicit, string? BuiltinBase, int Depth);

/// <summary>The exception parser's result: the model (null when it cannot be emitted) and its diagnostics.</summary>
internal sealed record ExceptionParseResult(ExceptionModel? Exception, EquatableArray<DiagnosticInfo> Diagnostics, LocationInfo? Location);

/// <summary>One <c>[PyExceptionMapping(typeof(T), "Name")]</c> of a module class.</summary>
/// <param name="ClassName">The fully qualified C# exception type.</param>
/// <param name="PythonName">The Python exception's name: built-in, a <c>[PyException]</c> of the module, or dotted.</param>
/// <param name="Depth">The C# type's inheritance depth, as in <see cref="ExceptionModel.Depth"/>.</param>
/// <param name="Location">Where the attribute is, to report a clash.</param>
internal sealed record ExceptionMappingModel(string ClassName, string PythonName, int Depth, LocationInfo? Location);

/// <summary>The mappings declared on one module class (<paramref name="ModuleClassName"/>, fully qualified) and their diagnostics.</summary>
internal sealed record ExceptionMappingParseResult(
    string ModuleClassName, bool IsModule, EquatableArray<ExceptionMappingModel> Mappings, EquatableArray<DiagnosticInfo> Diagnostics, LocationInfo? Location);

/// <summary>What the exception pipeline hands to emission: every parse result, collected.</summary>
internal sealed record ExceptionInputs(EquatableArray<ExceptionParseResult> Exceptions, EquatableArray<ExceptionMappingParseResult> Mappings);

/// <summary>One module's exception classes (each after its Python base) and mappings, ready to emit.</summary>
internal sealed record ModuleExceptions(EquatableArray<ExceptionModel> Exceptions, EquatableArray<ExceptionMappingModel> Mappings);
