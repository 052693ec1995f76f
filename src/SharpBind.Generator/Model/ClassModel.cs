namespace SharpBind.Generator.Model;

/// <summary>A method of a bound class.</summary>
/// <param name="Function">Its signature.</param>
/// <param name="IsStatic">A static method (<c>METH_STATIC</c>).</param>
/// <param name="IsVirtual">Virtual, abstract or an override: called from Python on a proxy, it must run the C# implementation.</param>
internal sealed record MethodModel(FunctionModel Function, bool IsStatic, bool IsVirtual = false);

/// <summary>A property or field of a bound class.</summary>
/// <param name="PythonName">The Python attribute name.</param>
/// <param name="CSharpName">The C# member name.</param>
/// <param name="Type">Its type.</param>
/// <param name="CanWrite">Whether Python may assign it (public setter, or a writable field).</param>
/// <param name="Doc">The docstring, or null.</param>
internal sealed record PropertyModel(string PythonName, string CSharpName, TypeModel Type, bool CanWrite, string? Doc);

/// <summary>A virtual or abstract method the proxy overrides so that a Python subclass can override it.</summary>
/// <param name="Function">Its signature (Python name, C# name, parameters, return type).</param>
/// <param name="Accessibility">The C# accessibility the override repeats (<c>public</c>, <c>protected</c>, ...).</param>
/// <param name="IsAbstract">No C# implementation to fall back on.</param>
/// <param name="DeclaringClass">The Python-facing name of the member, <c>Animal.go</c>, for messages.</param>
/// <param name="Interface">
/// For an interface method the class implements with a non-virtual method: the fully qualified
/// interface, which the proxy implements again (explicitly) so calls through the interface reach
/// Python; null for a virtual method, which the proxy overrides.
/// </param>
internal sealed record OverrideModel(FunctionModel Function, string Accessibility, bool IsAbstract, string DeclaringClass, string? Interface = null);

/// <summary>A bound base: the nearest bound base class, or a bound interface.</summary>
/// <param name="ClassName">Its fully qualified C# name.</param>
/// <param name="ModuleName">Its <c>[PyClass(Module = ...)]</c>, or null for the only module.</param>
internal sealed record BaseClassModel(string ClassName, string? ModuleName);

/// <summary>The bound class a nested bound class lives in.</summary>
/// <param name="ClassName">Its fully qualified C# name.</param>
/// <param name="ModuleName">Its <c>[PyClass(Module = ...)]</c>, or null for the only module.</param>
/// <param name="QualifiedName">The nested class's dotted Python name, <c>Outer.Inner</c>.</param>
internal sealed record ContainerModel(string ClassName, string? ModuleName, string QualifiedName);

/// <summary>Everything the emitter needs for one <c>[PyClass]</c> class; holds no Roslyn symbols.</summary>
/// <param name="PythonName">The Python class name.</param>
/// <param name="ClassName">The fully qualified C# class.</param>
/// <param name="ModuleName">The module named in <c>[PyClass(Module = ...)]</c>, or null for the compilation's only module.</param>
/// <param name="Doc">The docstring, or null.</param>
/// <param name="Constructors">The constructors <c>__init__</c> chooses from (public, or protected on an abstract class); none for a static class.</param>
/// <param name="Methods">Public methods.</param>
/// <param name="Properties">Public properties and fields.</param>
/// <param name="HasToString">Whether the class overrides <c>ToString</c> (then it is <c>__str__</c>).</param>
/// <param name="IsSealed">Sealed classes cannot be subclassed in Python.</param>
/// <param name="IsAbstract">Abstract classes are instantiated only through Python subclasses.</param>
/// <param name="Base">The nearest bound base class, or null.</param>
/// <param name="Overrides">What the proxy overrides (empty for sealed classes).</param>
/// <param name="NoProxyReason">Set when no proxy can be generated: why Python subclasses cannot be instantiated.</param>
/// <param name="StaticProperties">Static properties, static fields and constants: class attributes read live.</param>
/// <param name="IsStatic">A C# static class: a namespace, never instantiated.</param>
/// <param name="DynamicAttributes">Instances get a <c>__dict__</c>.</param>
/// <param name="Container">The bound class this one is nested in, or null.</param>
/// <param name="IsInterface">A C# interface: no instances of its own; Python classes implement it through a proxy.</param>
/// <param name="Interfaces">The bound interfaces it lists directly (Python bases after <paramref name="Base"/>).</param>
/// <param name="IsValueType">A struct: each Python object holds its own boxed copy; methods work on it in place.</param>
internal sealed record ClassModel(
    string PythonName, string ClassName, string? ModuleName, string? Doc, EquatableArray<FunctionModel> Constructors,
    EquatableArray<MethodModel> Methods, EquatableArray<PropertyModel> Properties, bool HasToString, bool IsSealed,
    bool IsAbstract, BaseClassModel? Base, EquatableArray<OverrideModel> Overrides, string? NoProxyReason,
    EquatableArray<PropertyModel> StaticProperties, bool IsStatic, bool DynamicAttributes, ContainerModel? Container,
    bool IsInterface, EquatableArray<BaseClassModel> Interfaces, bool IsValueType)
{
    /// <summary>Whether Python subclasses get a generated proxy.</summary>
    public bool HasProxy => !IsSealed && !IsStatic && NoProxyReason is null;

    /// <summary>The dotted name inside the module.</summary>
    public string QualifiedName => Container?.QualifiedName ?? PythonName;

    /// <summary>The Python protocols the class implements (<see cref="Parsing.ProtocolParser"/>).</summary>
    public ProtocolModel Protocols { get; init; } = ProtocolModel.None;

    /// <summary>A C# record (class or struct): its proxy must be a record too.</summary>
    public bool IsRecord { get; init; }

    /// <summary>
    /// It has C# <c>required</c> members. Every constructor in <see cref="Constructors"/> then carries
    /// <c>[SetsRequiredMembers]</c> (the parser checks), so the proxy's constructors must carry it too.
    /// </summary>
    public bool HasRequiredMembers { get; init; }

    /// <summary>For a <c>List&lt;T&gt;</c>/<c>Dictionary&lt;K, V&gt;</c> bound by reference with <c>[PyExport]</c>: its element conversions; otherwise null.</summary>
    public BoundCollectionModel? Collection { get; init; }

    /// <summary>For a positional record: its fields (<see cref="Parsing.RecordParser"/>); otherwise null.</summary>
    public RecordModel? Record { get; init; }
}

/// <summary>The class parser's result: the model (null when it cannot be emitted) and its diagnostics.</summary>
/// <param name="Class">The model, or null.</param>
/// <param name="Diagnostics">What to report.</param>
/// <param name="Location">The class, or the <c>[PyExport]</c> attribute that exports it.</param>
/// <param name="IsExport">Bound with <c>[PyExport]</c> rather than <c>[PyClass]</c>.</param>
internal sealed record ClassParseResult(ClassModel? Class, EquatableArray<DiagnosticInfo> Diagnostics, LocationInfo? Location, bool IsExport = false);
