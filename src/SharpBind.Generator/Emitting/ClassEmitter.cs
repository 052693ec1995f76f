using System.Collections.Generic;
using System.Linq;
using SharpBind.Generator.Model;
using static SharpBind.Generator.Emitting.ModuleEmitter;

namespace SharpBind.Generator.Emitting;

/// <summary>
/// Writes the C# for one <c>[PyClass]</c>: <c>__init__</c>, one entry point per method, a getter
/// (and setter) per property, <c>__str__</c>, and <c>AddTo</c>, which the module's <c>PyInit</c> calls.
/// </summary>
internal static class ClassEmitter
{
    public static string GeneratedName(ModuleModel module, ClassModel type) => $"Class_{module.ModuleName.Replace('.', '_')}_{type.QualifiedName.Replace('.', '_')}";

    public static void Emit(SourceWriter w, ModuleModel module, ClassModel type)
    {
        if (type.Collection is not null)
        {
            BoundCollectionEmitter.Emit(w, module, type);
            return;
        }
        string path = $"{module.ModuleName}.{type.QualifiedName}";
        OpenGeneratedClass(w, $"CPython entry points of the Python type <c>{path}</c>, generated from <c>{XmlText(type.ClassName)}</c>.",
            $"internal static unsafe class {GeneratedName(module, type)}");

        w.Line($"/// <summary>The Python type (borrowed from the module), once <see cref=\"AddTo\"/> ran.</summary>");
        w.Line($"internal static global::SharpBind.Interop.PyTypeObject* Type;");
        w.Line();
        w.Line($"/// <summary>Creates the type and adds it to the module.</summary>");
        w.Open($"internal static bool AddTo({PyObject}* module)");
        string baseType = "null";
        if (type.Base is { } baseClass)
        {
            // Bases are created first (same module) or imported (another module).
            w.Line($"global::SharpBind.Interop.PyTypeObject* baseType = {Internal}.ClassBuilder.TypeOf<{baseClass.ClassName}>({Quote(baseClass.ModuleName ?? module.ModuleName)});");
            w.Line("if (baseType == null) return false;");
            baseType = "baseType";
        }

        for (int i = 0; i < type.Interfaces.Count; i++)
        {
            BaseClassModel implemented = type.Interfaces[i];
            w.Line($"global::SharpBind.Interop.PyTypeObject* interface{i} = {Internal}.ClassBuilder.TypeOf<{implemented.ClassName}>({Quote(implemented.ModuleName ?? module.ModuleName)});");
            w.Line($"if (interface{i} == null) return false;");
        }
        w.Open($"var spec = new {Internal}.ClassSpec({Quote(module.ModuleName)}, {Quote(type.PythonName)})");
        w.Line($"Doc = {Quote(ClassDoc(type, module.ModuleName))},");
        w.Line($"IsSealed = {(type.IsSealed ? "true" : "false")},");
        w.Line($"BaseType = {baseType},");
        if (type.Container is not null)
        {
            // The containing class is in the same module and was created first.
            w.Line($"Container = {ContainerGeneratedName(module, type.Container)}.Type,");
            w.Line($"QualifiedName = {Quote(type.QualifiedName)},");
        }
        if (type.IsStatic)
        {
            w.Line("IsStatic = true,");
        }
        else
        {
            w.Line("Init = &Init,");
            if (HasVectorcallConstructor(type))
            {
                w.Line("Vectorcall = &New,");
            }
        }
        if (type.DynamicAttributes)
        {
            w.Line("DynamicAttributes = true,");
        }
        if (type.IsInterface)
        {
            w.Line("IsInterface = true,");
        }
        if (type.Interfaces.Count > 0)
        {
            w.Line($"Interfaces = new nint[] {{ {string.Join(", ", type.Interfaces.Select((_, i) => $"(nint)interface{i}"))} }},");
        }
        if (type.HasToString)
        {
            w.Line("Str = &Str,");
        }
        ProtocolEmitter.EmitSpecMembers(w, type);
        if (type.Record is { } record)
        {
            w.Line(RecordEmitter.MatchArgs(record));
        }
        string[] protocolMethods = ProtocolEmitter.MethodDefinitions(type);
        if (type.Record is not null)
        {
            protocolMethods = protocolMethods.Concat(new[] { RecordEmitter.ReduceDefinition() }).ToArray();
        }
        if (type.Methods.Count > 0 || protocolMethods.Length > 0)
        {
            w.Line($"Methods = new {Internal}.MethodDefinition[]");
            w.Line("{");
            foreach (List<MethodModel> group in OverloadEmitter.Group(type.Methods, m => m.Function.PythonName))
            {
                MethodModel method = group[0];
                string flags = method.IsStatic ? ", global::SharpBind.Interop.CPython.METH_STATIC" : "";
                string doc = group.Count == 1
                    ? Docstring(method.Function, module.ModuleName, method.IsStatic ? null : "$self")
                    : OverloadEmitter.Docstring(group.Select(m => m.Function).ToArray());
                w.Line($"    new({Quote(method.Function.PythonName)}, &{FunctionName(method.Function)}, {Quote(doc)}{flags}),");
            }
            foreach (string definition in protocolMethods)
            {
                w.Line("    " + definition);
            }
            w.Line("},");
        }
        if (type.Properties.Count > 0)
        {
            w.Line($"Properties = new {Internal}.PropertyDefinition[]");
            w.Line("{");
            foreach (PropertyModel property in type.Properties)
            {
                string setter = property.CanWrite ? $"&Set_{property.PythonName}" : "null";
                w.Line($"    new({Quote(property.PythonName)}, &Get_{property.PythonName}, {setter}, {Quote(property.Doc)}),");
            }
            w.Line("},");
        }
        if (type.StaticProperties.Count > 0)
        {
            w.Line($"StaticProperties = new {Internal}.PropertyDefinition[]");
            w.Line("{");
            foreach (PropertyModel property in type.StaticProperties)
            {
                string setter = property.CanWrite ? $"&SetStatic_{property.PythonName}" : "null";
                w.Line($"    new({Quote(property.PythonName)}, &GetStatic_{property.PythonName}, {setter}, {Quote(property.Doc)}),");
            }
            w.Line("},");
        }
        if (type.HasProxy && type.Overrides.Count > 0)
        {
            w.Line($"Overrides = new {Internal}.PythonOverride[] {{ {string.Join(", ", type.Overrides.Select(ProxyEmitter.FieldName).Distinct())} }},");
        }
        w.Close(";");
        if (type.IsStatic)
        {
            // A static class cannot be a type argument: its type is only kept here.
            w.Line($"Type = {Internal}.ClassBuilder.AddStaticClass(module, spec);");
            w.Line("return Type != null;");
        }
        else
        {
            w.Line($"if (!{Internal}.ClassBuilder.AddClass<{type.ClassName}>(module, spec)) return false;");
            w.Line($"Type = {Internal}.ClassBuilder.TypeOf<{type.ClassName}>({Quote(module.ModuleName)});");
            w.Line("return true;");
        }
        w.Close();

        if (type.IsInterface)
        {
            EmitInterfaceInit(w, type);
        }
        else if (!type.IsStatic)
        {
            EmitInit(w, type);
        }
        foreach (List<MethodModel> group in OverloadEmitter.Group(type.Methods, m => m.Function.PythonName))
        {
            w.Line();
            MethodModel method = group[0];
            string? selfType = method.IsStatic ? null : type.PythonName;
            if (group.Count == 1)
            {
                EmitFunction(w, $"{path}.{method.Function.PythonName}", type.ClassName, selfType,
                    method.Function, "Info_" + method.Function.PythonName, FunctionName(method.Function), baseCall: method.IsVirtual && !type.IsSealed,
                    selfAccessor: SelfAccessor(type));
            }
            else
            {
                OverloadEmitter.Emit(w, $"{path}.{method.Function.PythonName}", type.ClassName, selfType, group.Select(m => m.Function).ToArray(),
                    FunctionName(method.Function), group.Select(m => m.IsVirtual && !type.IsSealed).ToArray(), SelfAccessor(type));
            }
        }
        foreach (PropertyModel property in type.Properties)
        {
            w.Line();
            EmitProperty(w, type, property, isStatic: false);
        }
        foreach (PropertyModel property in type.StaticProperties)
        {
            w.Line();
            EmitProperty(w, type, property, isStatic: true);
        }
        if (type.HasToString)
        {
            w.Line();
            w.Line($"[global::System.Runtime.InteropServices.UnmanagedCallersOnly({Cdecl})]");
            w.Open($"private static {PyObject}* Str({PyObject}* self)");
            w.Open("try");
            EmitSelf(w, type, "null");
            w.Line($"return {Internal}.ToPython.String(target.ToString());");
            w.Close();
            w.Open("catch (global::System.Exception exception)");
            w.Line($"return {Internal}.Errors.Raise(exception, null);");
            w.Close();
            w.Close();
        }
        ProtocolEmitter.EmitFunctions(w, type);
        if (type.Record is { } recordModel)
        {
            RecordEmitter.EmitFunctions(w, type, recordModel);
        }
        if (type.HasProxy)
        {
            w.Line();
            ProxyEmitter.Emit(w, GeneratedName(module, type), type);
        }
        w.Close();
    }

    private static void EmitInit(SourceWriter w, ClassModel type)
    {
        EquatableArray<FunctionModel> constructors = type.Constructors;
        bool overloaded = constructors.Count > 1;
        string InfoOf(int index) => overloaded ? $"Info___init___{index}" : "Info___init__";
        w.Line();
        if (constructors.Count == 0)
        {
            // An exported class without a constructor SharpBind can call: its instances come from C#.
            w.Line($"/// <summary><c>__init__</c>: <c>{XmlText(type.ClassName)}</c> has no public constructor that Python can call.</summary>");
            w.Line($"[global::System.Runtime.InteropServices.UnmanagedCallersOnly({Cdecl})]");
            w.Open($"private static int Init({PyObject}* self, {PyObject}* args, {PyObject}* kwargs)");
            w.Open("try");
            w.Line($"return {Internal}.ClassBuilder.CannotInstantiate({Quote(type.PythonName)}, \"it has no public constructor that Python can call\");");
            w.Close();
            w.Open("catch (global::System.Exception exception)");
            w.Line($"{Internal}.Errors.Raise(exception, null);");
            w.Line("return -1;");
            w.Close();
            w.Close();
            return;
        }
        for (int i = 0; i < constructors.Count; i++)
        {
            EmitInfo(w, constructors[i], InfoOf(i));
        }
        if (overloaded)
        {
            w.Line($"private static readonly {Internal}.PyFunctionInfo[] Overloads___init__ = {{ {string.Join(", ", constructors.Select((_, i) => InfoOf(i)))} }};");
            w.Line();
        }
        w.Line($"/// <summary><c>__init__</c>: constructs a <c>{XmlText(type.ClassName)}</c> and attaches it to <c>self</c>.</summary>");
        w.Line($"[global::System.Runtime.InteropServices.UnmanagedCallersOnly({Cdecl})]");
        w.Open($"private static int Init({PyObject}* self, {PyObject}* args, {PyObject}* kwargs)");
        w.Open("try");
        EmitInitBody(w, type, InfoOf, vectorcall: false);
        w.Close();
        w.Open("catch (global::System.Exception exception)");
        w.Line($"{Internal}.Errors.Raise(exception, {InfoOf(0)});");
        w.Line("return -1;");
        w.Close();
        w.Close();
        if (HasVectorcallConstructor(type))
        {
            EmitVectorcallConstructor(w, type, InfoOf);
        }
    }

    // A sealed class whose constructors bind without *args/**kwargs and keep the GIL also gets a
    // vectorcall constructor, which Python 3.12+ calls without an argument tuple (see the runtime's
    // ClassBuilder.Vectorcall.cs). Only sealed classes: the metaclass it needs would conflict with
    // other metaclasses in a Python subclass's bases.
    private static bool HasVectorcallConstructor(ClassModel type) =>
        type.IsSealed && !type.IsStatic && !type.IsInterface && !type.IsAbstract && type.Constructors.Count > 0
        && type.Constructors.All(c => !c.NeedsFullBinding && !c.ReleasesGil);

    // Binds, converts and constructs: the body shared by __init__ (a tuple and a dict) and the
    // vectorcall constructor (an argument array and keyword names). Returns 0, or -1 with an error set.
    private static void EmitInitBody(SourceWriter w, ClassModel type, System.Func<int, string> infoOf, bool vectorcall)
    {
        EquatableArray<FunctionModel> constructors = type.Constructors;
        string arguments = vectorcall ? "args, nargs, kwnames" : "args, kwargs";
        w.Line($"{PyObject}** arg = stackalloc {PyObject}*[{System.Math.Max(constructors.Max(c => c.Parameters.Count), 1)}];");
        if (constructors.Count == 1)
        {
            FunctionModel constructor = constructors[0];
            w.Line($"if (!{Internal}.Arguments.{(vectorcall ? "Bind" : "BindTuple")}(Info___init__, {arguments}, arg, {constructor.Parameters.Count})) return -1;");
            EmitConversionsAndCall(w, constructor, "Info___init__", () => EmitConstruct(w, type, constructor), returnsInt: true);
        }
        else
        {
            // Overload resolution as for methods (see OverloadEmitter): exact matches first, then conversions.
            w.Open("for (int pass = 0; pass < 2; pass++)");
            w.Line("bool convert = pass == 1;");
            for (int index = 0; index < constructors.Count; index++)
            {
                FunctionModel constructor = constructors[index];
                w.Line($"// {index + 1}. {TypedSignature(constructor)}");
                OverloadEmitter.EmitAttempt(w, constructor, index, infoOf(index),
                    $"{Internal}.Arguments.{(vectorcall ? "TryBind" : "TryBindTuple")}({infoOf(index)}, {arguments}, arg, {constructor.Parameters.Count})", () => EmitConstruct(w, type, constructor));
            }
            w.Close();
            w.Line(vectorcall
                ? $"{Internal}.Arguments.NoMatchingOverload(Overloads___init__, {arguments});"
                : $"{Internal}.Arguments.NoMatchingConstructor(Overloads___init__, {arguments});");
            w.Line("return -1;");
        }
    }

    private static void EmitVectorcallConstructor(SourceWriter w, ClassModel type, System.Func<int, string> infoOf)
    {
        w.Line();
        w.Line($"/// <summary>");
        w.Line($"/// Calling the class on Python 3.12+: allocates an instance and constructs a <c>{XmlText(type.ClassName)}</c> from");
        w.Line($"/// the call's arguments as they are, with no tuple (see <c>ClassBuilder.Vectorcall.cs</c>).");
        w.Line($"/// </summary>");
        w.Line($"[global::System.Runtime.InteropServices.UnmanagedCallersOnly({Cdecl})]");
        w.Open($"private static {PyObject}* New({PyObject}* type, {PyObject}** args, nuint nargsf, {PyObject}* kwnames)");
        w.Line($"{PyObject}* self = null;");
        w.Open("try");
        w.Line($"self = {Internal}.ClassBuilder.Allocate(type);");
        w.Line($"if (self != null && InitVector(self, args, {Internal}.ClassBuilder.ArgumentCount(nargsf), kwnames) == 0) return self;");
        w.Close();
        w.Open("catch (global::System.Exception exception)");
        w.Line($"{Internal}.Errors.Raise(exception, {infoOf(0)});");
        w.Close();
        w.Line("global::SharpBind.Interop.CPython.Py_XDecRef(self); // an instance without its C# object");
        w.Line("return null;");
        w.Close();
        w.Line();
        w.Line($"/// <summary>The body of <c>Init</c> for <c>New</c>: 0, or -1 with an error set.</summary>");
        w.Open($"private static int InitVector({PyObject}* self, {PyObject}** args, nint nargs, {PyObject}* kwnames)");
        EmitInitBody(w, type, infoOf, vectorcall: true);
        w.Close();
    }

    // __init__ of an interface: only a Python class implementing it can be instantiated (its C# half
    // is the proxy), and it takes no arguments.
    private static void EmitInterfaceInit(SourceWriter w, ClassModel type)
    {
        w.Line();
        w.Line($"private static readonly {Internal}.PyFunctionInfo Info___init__ = new({Quote(type.PythonName)}, {Quote(type.PythonName + "() -> None")}, global::System.Array.Empty<string>(), global::System.Array.Empty<string>(), 0);");
        w.Line();
        w.Line($"/// <summary><c>__init__</c>: gives an instance of a Python class implementing <c>{XmlText(type.ClassName)}</c> its C# half.</summary>");
        w.Line($"[global::System.Runtime.InteropServices.UnmanagedCallersOnly({Cdecl})]");
        w.Open($"private static int Init({PyObject}* self, {PyObject}* args, {PyObject}* kwargs)");
        w.Open("try");
        w.Line($"if (!{Internal}.Arguments.BindTuple(Info___init__, args, kwargs, null, 0)) return -1;");
        string reason = $"it is a C# interface; subclass it in Python and define {string.Join(", ", type.Overrides.Select(o => o.Function.PythonName + "()").Distinct())}";
        w.Line($"if ({Internal}.ClassBuilder.IsExactly<{type.ClassName}>(self)) return {Internal}.ClassBuilder.CannotInstantiate({Quote(type.PythonName)}, {Quote(reason)});");
        w.Line(type.HasProxy
            ? $"{Internal}.ClassBuilder.Attach(self, new Proxy(self));"
            : $"return {Internal}.ClassBuilder.CannotInstantiate({Quote(type.PythonName)} + \" subclasses\", {Quote(type.NoProxyReason)});");
        if (type.HasProxy)
        {
            w.Line("return 0;");
        }
        w.Close();
        w.Open("catch (global::System.Exception exception)");
        w.Line($"{Internal}.Errors.Raise(exception, Info___init__);");
        w.Line("return -1;");
        w.Close();
        w.Close();
    }

    // Constructs the C# object (a proxy for a Python subclass) and returns 0, or returns -1 for an
    // abstract class or a subclass that cannot have a proxy.
    private static void EmitConstruct(SourceWriter w, ClassModel type, FunctionModel constructor)
    {
        string arguments = string.Join(", ", constructor.Parameters.Select(Argument));
        if (constructor.ReleasesGil && !type.IsAbstract && (type.IsSealed || type.HasProxy))
        {
            // [ReleaseGil]: only the C# constructor runs without the GIL (a proxy's constructor only
            // stores self's address); attaching needs it.
            string proxy = $"new Proxy(self{(arguments.Length > 0 ? ", " + arguments : "")})";
            if (!type.IsSealed)
            {
                w.Line($"bool exact = {Internal}.ClassBuilder.IsExactly<{type.ClassName}>(self);");
            }
            w.Line("object created;");
            w.Open("using (global::SharpBind.Gil.Release())");
            w.Line(type.IsSealed ? $"created = new {type.ClassName}({arguments});" : $"created = exact ? new {type.ClassName}({arguments}) : {proxy};");
            w.Close();
            w.Line($"{Internal}.ClassBuilder.{(type.IsValueType ? "AttachValue" : "Attach")}(self, created);");
            w.Line("return 0;");
            return;
        }
        string exact = type.IsAbstract
            ? $"return {Internal}.ClassBuilder.CannotInstantiate({Quote(type.PythonName)}, {Quote(AbstractReason(type))});"
            : $"{Internal}.ClassBuilder.{(type.IsValueType ? "AttachValue" : "Attach")}(self, new {type.ClassName}({arguments}));";
        if (type.IsSealed)
        {
            w.Line(exact); // Python cannot subclass a sealed class: self is exactly its type
        }
        else
        {
            w.Line($"if ({Internal}.ClassBuilder.IsExactly<{type.ClassName}>(self)) {exact}");
            w.Line(type.HasProxy
                ? $"else {Internal}.ClassBuilder.Attach(self, new Proxy(self{(arguments.Length > 0 ? ", " + arguments : "")}));"
                : $"else return {Internal}.ClassBuilder.CannotInstantiate({Quote(type.PythonName)} + \" subclasses\", {Quote(type.NoProxyReason)});");
        }
        if (!type.IsAbstract || type.HasProxy)
        {
            w.Line("return 0;"); // otherwise both branches above return
        }
    }

    /// <summary>
    /// The class docstring. With exactly one constructor it leads with a <c>Name(a, *, b=1)\n--\n\n</c>
    /// text signature, which CPython turns into the type's <c>__text_signature__</c> (and strips from
    /// <c>__doc__</c>), so that <c>inspect.signature(Class)</c> works; an undocumented class then gets
    /// the typed constructor signature as its doc.
    /// </summary>
    internal static string? ClassDoc(ClassModel type, string moduleName)
    {
        if (type.Constructors.Count != 1 || type.IsInterface || type.IsStatic)
        {
            return type.Doc;
        }
        FunctionModel constructor = type.Constructors[0];
        if (TextSignature(constructor, moduleName, selfMarker: null) is not { } signature)
        {
            return type.Doc;
        }
        string typed = TypedSignature(constructor);
        return $"{signature}\n--\n\n{type.Doc ?? typed.Substring(0, typed.Length - " -> None".Length)}";
    }

    // Interface methods check that the C# object really implements the interface (see SelfAs).
    internal static string SelfAccessor(ClassModel type) => type.IsInterface ? "SelfAs" : type.IsValueType ? "SelfBox" : "Self";

    private static string ContainerGeneratedName(ModuleModel module, ContainerModel container)
    {
        int dot = container.QualifiedName.LastIndexOf('.');
        return $"Class_{module.ModuleName.Replace('.', '_')}_{container.QualifiedName.Substring(0, dot).Replace('.', '_')}";
    }

    private static string AbstractReason(ClassModel type)
    {
        string[] members = type.Overrides.Where(o => o.IsAbstract).Select(o => o.Function.PythonName + "()").ToArray();
        return members.Length == 0
            ? "it is abstract; subclass it in Python"
            : $"it is abstract; subclass it in Python and define {string.Join(", ", members)}";
    }

    // A getter (and setter) for an instance property or, with isStatic, for a static member that the
    // runtime's StaticAttribute descriptor calls (self is then not the instance and is ignored).
    private static void EmitProperty(SourceWriter w, ClassModel type, PropertyModel property, bool isStatic)
    {
        string prefix = isStatic ? "Static_" : "_";
        string owner = isStatic ? type.ClassName : "target";
        w.Line($"[global::System.Runtime.InteropServices.UnmanagedCallersOnly({Cdecl})]");
        w.Open($"private static {PyObject}* Get{prefix}{property.PythonName}({PyObject}* self, void* closure)");
        w.Open("try");
        if (!isStatic)
        {
            EmitSelf(w, type, "null");
        }
        w.Line($"return {Conversions.ToPythonExpression(property.Type, owner + "." + Identifiers.Escape(property.CSharpName))};");
        w.Close();
        w.Open("catch (global::System.Exception exception)");
        w.Line($"return {Internal}.Errors.Raise(exception, null);");
        w.Close();
        w.Close();
        if (!property.CanWrite)
        {
            return;
        }

        // Not "Info_set_x": that is the info of a method whose Python name is set_x.
        string info = $"SetInfo{prefix}{property.PythonName}";
        var parameter = new ParameterModel("value", "value", property.Type, null, null, false, false);
        w.Line();
        w.Line($"private static readonly {Internal}.PyFunctionInfo {info} = new(");
        w.Line($"    {Quote(type.QualifiedName + "." + property.PythonName)}, {Quote($"{type.QualifiedName}.{property.PythonName}: {property.Type.PythonName}")},");
        w.Line($"    new string[] {{ \"value\" }}, new string[] {{ {Quote(property.Type.PythonName)} }}, 1);");
        w.Line();
        w.Line($"[global::System.Runtime.InteropServices.UnmanagedCallersOnly({Cdecl})]");
        w.Open($"private static int Set{prefix}{property.PythonName}({PyObject}* self, {PyObject}* value, void* closure)");
        w.Open("try");
        w.Line($"if (value == null) return {Internal}.ClassBuilder.CannotDelete({Quote(type.QualifiedName)}, {Quote(property.PythonName)});");
        if (!isStatic)
        {
            EmitSelf(w, type, "-1");
        }
        EmitConversion(w, parameter, 0, info, returnsInt: true, slotExpression: "value");
        w.Line($"{owner}.{Identifiers.Escape(property.CSharpName)} = {Argument(parameter, 0)};");
        w.Line("return 0;");
        w.Close();
        w.Open("catch (global::System.Exception exception)");
        w.Line($"{Internal}.Errors.Raise(exception, {info});");
        w.Line("return -1;");
        w.Close();
        w.Close();
    }

    private static void EmitSelf(SourceWriter w, ClassModel type, string failure)
    {
        EmitTarget(w, type.ClassName, type.PythonName, SelfAccessor(type), failure);
    }
}
