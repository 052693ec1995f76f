using Microsoft.CodeAnalysis;

namespace SharpBind.Generator.Parsing;

/// <summary>
/// Every diagnostic the generator reports. IDs are stable: once published, an ID keeps its meaning.
/// Each has a failing-input test in tests/SharpBind.Tests/DiagnosticTests.cs.
/// </summary>
internal static class Diagnostics
{
    private const string Category = "SharpBind";

    public static readonly DiagnosticDescriptor UnsupportedParameterType = new(
        "SB0001", "Unsupported parameter type",
        "Parameter '{0}' of '{1}' has type '{2}', which SharpBind cannot convert from Python yet; change the type or mark the method [PyIgnore]",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedReturnType = new(
        "SB0002", "Unsupported return type",
        "'{0}' returns '{1}', which SharpBind cannot convert to Python yet; change the type or mark the method [PyIgnore]",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedAttributeType = new(
        "SB0003", "Unsupported attribute type",
        "'{0}' has type '{1}', which SharpBind cannot convert to Python yet; change the type or mark it [PyIgnore]",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateName = new(
        "SB0004", "Duplicate Python name",
        "'{0}' would export two members named '{1}' ('{2}' and '{3}'); only methods of one C# name (all static or all instance) can share a Python name, as overloads: rename one with [PyName] or hide it with [PyIgnore]",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor GenericMethod = new(
        "SB0005", "Generic method",
        "'{0}' is generic; Python cannot choose its type arguments. Wrap it in a non-generic method or mark it [PyIgnore].",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ByRefParameter = new(
        "SB0006", "ref or out parameter",
        "Parameter '{0}' of '{1}' is passed by reference ({2}); Python cannot pass a reference. Return a value instead or mark the method [PyIgnore].",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InaccessibleModule = new(
        "SB0007", "Module class not accessible",
        "[PyModule] class '{0}' must be public or internal (including every class it is nested in), so that the generated code can call it",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidModuleName = new(
        "SB0008", "Invalid module name",
        "'{0}' is not a valid Python module name (identifiers separated by dots, no keywords)",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidPythonName = new(
        "SB0009", "Invalid Python name",
        "[PyName(\"{0}\")] on '{1}' is not a valid Python identifier",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MutableStaticNotExported = new(
        "SB0010", "Mutable static member not exported",
        "'{0}' is a writable static {1}; module attributes are a snapshot taken at import, so it is not exported. Make it read-only (const, readonly or get-only) or mark it [PyIgnore].",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateModule = new(
        "SB0011", "Duplicate module",
        "Module '{0}' clashes with module '{1}' declared by '{2}': two modules need distinct names, distinct last components (each exports PyInit_<last>) and distinct names once dots become underscores",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor GenericModule = new(
        "SB0012", "Generic module class",
        "[PyModule] class '{0}' is generic or nested in a generic type; Python cannot choose its type arguments",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedClass = new(
        "SB0014", "Class cannot be bound",
        "[PyClass] class '{0}' cannot be bound yet: {1}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ClassWithoutModule = new(
        "SB0015", "Class has no module",
        "[PyClass] class '{0}' names no module and the compilation has {1} [PyModule] classes; set [PyClass(Module = \"...\")]",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnknownModule = new(
        "SB0017", "Class names a module that is not declared",
        "[PyClass] class '{0}' names module '{1}', but the compilation declares no [PyModule(\"{1}\")]",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NoProxy = new(
        "SB0016", "Python subclasses cannot be instantiated",
        "Python subclasses of [PyClass] class '{0}' cannot be instantiated: {1}; make the member virtual with a default, or mark the class sealed",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ProtocolMemberNotBound = new(
        "SB0020", "Member does not become a Python protocol",
        "'{0}' of [PyClass] class '{1}' does not become Python '{2}': {3}; change it, or mark it [PyIgnore] to silence this warning",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateParameterName = new(
        "SB0013", "Duplicate parameter name",
        "Parameters '{0}' and '{1}' of '{2}' both become the Python name '{3}'; rename one with [PyName]",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    // SB0030-SB0039: enums.

    public static readonly DiagnosticDescriptor DuplicateEnumMember = new(
        "SB0030", "Duplicate enum member name",
        "Members '{0}' and '{1}' of enum '{2}' both become the Python name '{3}'; rename one with [PyName]",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ReservedEnumMember = new(
        "SB0031", "Reserved enum member name",
        "Member '{0}' of enum '{1}' becomes the Python name '{2}', which Python's enum module does not allow (_sunder_ and __dunder__ names, 'mro'); rename it with [PyName]",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedEnum = new(
        "SB0032", "Enum cannot be bound",
        "[PyClass] enum '{0}' cannot be bound: {1}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateTypeName = new(
        "SB0033", "Duplicate name in module",
        "[PyClass] type '{0}' would be '{1}' in module '{2}', which already has a member of that name; rename one with [PyName]",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    // SB0040-SB0049: [PyExport], classes bound from the module.

    public static readonly DiagnosticDescriptor UnsupportedExport = new(
        "SB0040", "Exported type cannot be bound",
        "[PyExport] of '{0}' cannot be bound: {1}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor SkippedMembers = new(
        "SB0041", "Members of an exported type left out",
        "[PyExport] type '{0}': {1} public member(s) left out because SharpBind cannot convert their types yet, they are obsolete or experimental, or their Python name clashes with another member's: {2}",
        Category, DiagnosticSeverity.Info, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor AlreadyBound = new(
        "SB0042", "Type bound twice",
        "[PyExport] of '{0}' binds it a second time: {1}; a type can be bound once only",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateExportName = new(
        "SB0043", "Duplicate name in module",
        "[PyExport] type '{0}' would be '{1}' in module '{2}', which already has a member of that name; set [PyExport(..., Name = \"...\")]",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnnamedCollectionExport = new(
        "SB0044", "Bound collection needs a name",
        "[PyExport] of '{0}' binds a collection by reference and needs a Python class name: set [PyExport(typeof(...), Name = \"...\")]",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedCollectionElement = new(
        "SB0045", "Bound collection element cannot be converted",
        "[PyExport] of '{0}' cannot bind it by reference: SharpBind cannot convert its {1} type '{2}'",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    // SB0050-SB0059: signatures (positional-only, keyword-only, *args, **kwargs, no-convert).

    public static readonly DiagnosticDescriptor MisplacedParameterMarker = new(
        "SB0050", "Misplaced [PositionalOnly] or [KeywordOnly]",
        "Parameter '{0}' of '{1}': {2}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MisplacedKwargs = new(
        "SB0051", "Misplaced [Kwargs]",
        "[Kwargs] parameter '{0}' of '{1}': {2}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidKwargsType = new(
        "SB0052", "[Kwargs] parameter is not a dictionary with string keys",
        "[Kwargs] parameter '{0}' of '{1}' has type '{2}'; **kwargs needs a Dictionary, IDictionary or IReadOnlyDictionary with string keys",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NoConvertWithoutConversion = new(
        "SB0053", "[NoConvert] on a type that is never converted",
        "[NoConvert] on parameter '{0}' of '{1}' has no meaning: '{2}' arguments are never converted implicitly; it applies to bool, integer and floating-point parameters",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    // SB0060-SB0069: [PyException] and [PyExceptionMapping].

    public static readonly DiagnosticDescriptor ExceptionNotException = new(
        "SB0060", "[PyException] on a type that is not an exception",
        "[PyException] type '{0}' does not derive from System.Exception; only exception classes can become Python exceptions",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidExceptionBase = new(
        "SB0061", "Invalid Python base of an exception",
        "[PyException] type '{0}' cannot have '{1}' as its Python base: {2}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateExceptionName = new(
        "SB0062", "Duplicate name in module",
        "[PyException] type '{0}' would be '{1}' in module '{2}', which already has a member of that name; rename one with [PyName]",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidExceptionMapping = new(
        "SB0063", "Invalid exception mapping",
        "[PyExceptionMapping] of '{0}' to '{1}' cannot be used: {2}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedException = new(
        "SB0064", "Exception cannot be registered",
        "[PyException] type '{0}' cannot be registered: {1}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    // SB0070-SB0079: [PyConverter], the user's own converters.

    public static readonly DiagnosticDescriptor UnusableConverter = new(
        "SB0070", "Converter cannot be used",
        "[PyConverter] converter '{0}' cannot be used: {1}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ConverterForOtherType = new(
        "SB0071", "Converter for another type",
        "[PyConverter] on '{0}' names converter '{1}', which converts '{2}'; put it on '{2}' or on the assembly",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
