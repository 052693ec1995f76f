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
    public static string GeneratedName(ModuleModel module, ClassModel type) => $"Class_{module.ModuleName.Replace('.', '_')}_{type.PythonName}";

    public static void Emit(SourceWriter w, ModuleModel module, ClassModel type)
    {
        string path = $"{module.ModuleName}.{type.PythonName}";
        w.Line($"/// <summary>CPython entry points of the Python type <c>{path}</c>, generated from <c>{type.ClassName}</c>.</summary>");
        w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        w.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"SharpBind.Generator\", \"0.1.0\")]");
        w.Open($"internal static unsafe class {GeneratedName(module, type)}");

        w.Line($"/// <summary>Creates the type and adds it to the module.</summary>");
        w.Open($"internal static bool AddTo({PyObject}* module)");
        string baseType = "null";
        if (type.Base is { } baseClass)
        {
            // Bases are created first (same module) or imported (another module).
            w.Line($"global::SharpBind.Interop.PyTypeObject* baseType = {Internal}.ClassBuilder.BaseType<{baseClass.ClassName}>({Quote(baseClass.ModuleName ?? module.ModuleName)});");
            w.Line("if (baseType == null) return false;");
            baseType = "baseType";
        }
        w.Open($"var spec = new {Internal}.ClassSpec({Quote(module.ModuleName)}, {Quote(type.PythonName)})");
        w.Line($"Doc = {Quote(type.Doc)},");
        w.Line($"IsSealed = {(type.IsSealed ? "true" : "false")},");
        w.Line($"BaseType = {baseType},");
        w.Line("Init = &Init,");
        if (type.HasToString)
        {
            w.Line("Str = &Str,");
        }
        ProtocolEmitter.EmitSpecMembers(w, type);
        string[] protocolMethods = ProtocolEmitter.MethodDefinitions(type);
        if (type.Methods.Count > 0 || protocolMethods.Length > 0)
        {
            w.Line($"Methods = new {Internal}.MethodDefinition[]");
            w.Line("{");
            foreach (MethodModel method in type.Methods)
            {
                string flags = method.IsStatic ? ", global::SharpBind.Interop.CPython.METH_STATIC" : "";
                string doc = Docstring(method.Function, method.IsStatic ? null : "$self");
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
        if (type.HasProxy && type.Overrides.Count > 0)
        {
            w.Line($"Overrides = new {Internal}.PythonOverride[] {{ {string.Join(", ", type.Overrides.Select(ProxyEmitter.FieldName))} }},");
        }
        w.Close(";");
        w.Line($"return {Internal}.ClassBuilder.AddClass<{type.ClassName}>(module, spec);");
        w.Close();

        EmitInit(w, type);
        foreach (MethodModel method in type.Methods)
        {
            w.Line();
            EmitFunction(w, $"{path}.{method.Function.PythonName}", type.ClassName, method.IsStatic ? null : type.PythonName,
                method.Function, "Info_" + method.Function.PythonName, FunctionName(method.Function), baseCall: method.IsVirtual && !type.IsSealed);
        }
        foreach (PropertyModel property in type.Properties)
        {
            w.Line();
            EmitProperty(w, type, property);
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
        if (type.HasProxy)
        {
            w.Line();
            ProxyEmitter.Emit(w, type);
        }
        w.Close();
    }

    private static void EmitInit(SourceWriter w, ClassModel type)
    {
        FunctionModel constructor = type.Constructor;
        int count = constructor.Parameters.Count;
        int required = constructor.Parameters.TakeWhile(p => !p.IsOptional).Count();
        w.Line();
        w.Line($"private static readonly {Internal}.PyFunctionInfo Info___init__ = new(");
        w.Line($"    {Quote(type.PythonName)}, {Quote(TypedSignature(constructor))},");
        w.Line($"    {StringArray(constructor.Parameters.Select(p => p.PythonName))}, {StringArray(constructor.Parameters.Select(p => p.Type.PythonName))}, {required});");
        w.Line();
        w.Line($"/// <summary><c>__init__</c>: constructs a <c>{type.ClassName}</c> and attaches it to <c>self</c>.</summary>");
        w.Line($"[global::System.Runtime.InteropServices.UnmanagedCallersOnly({Cdecl})]");
        w.Open($"private static int Init({PyObject}* self, {PyObject}* args, {PyObject}* kwargs)");
        w.Open("try");
        w.Line($"{PyObject}** arg = stackalloc {PyObject}*[{System.Math.Max(count, 1)}];");
        w.Line($"if (!{Internal}.Arguments.BindTuple(Info___init__, args, kwargs, arg, {count})) return -1;");
        for (int i = 0; i < count; i++)
        {
            EmitConversion(w, constructor.Parameters[i], i, "Info___init__", returnsInt: true);
        }
        string arguments = string.Join(", ", constructor.Parameters.Select(Argument));
        string exact = type.IsAbstract
            ? $"return {Internal}.ClassBuilder.CannotInstantiate({Quote(type.PythonName)}, {Quote(AbstractReason(type))});"
            : $"{Internal}.ClassBuilder.Attach(self, new {type.ClassName}({arguments}));";
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
        w.Close();
        w.Open("catch (global::System.Exception exception)");
        w.Line($"{Internal}.Errors.Raise(exception, Info___init__);");
        w.Line("return -1;");
        w.Close();
        w.Close();
    }

    private static string AbstractReason(ClassModel type)
    {
        string[] members = type.Overrides.Where(o => o.IsAbstract).Select(o => o.Function.PythonName + "()").ToArray();
        return members.Length == 0
            ? "it is abstract; subclass it in Python"
            : $"it is abstract; subclass it in Python and define {string.Join(", ", members)}";
    }

    private static void EmitProperty(SourceWriter w, ClassModel type, PropertyModel property)
    {
        w.Line($"[global::System.Runtime.InteropServices.UnmanagedCallersOnly({Cdecl})]");
        w.Open($"private static {PyObject}* Get_{property.PythonName}({PyObject}* self, void* closure)");
        w.Open("try");
        EmitSelf(w, type, "null");
        w.Line($"return {Conversions.ToPythonExpression(property.Type, "target." + property.CSharpName)};");
        w.Close();
        w.Open("catch (global::System.Exception exception)");
        w.Line($"return {Internal}.Errors.Raise(exception, null);");
        w.Close();
        w.Close();
        if (!property.CanWrite)
        {
            return;
        }

        string info = "Info_set_" + property.PythonName;
        var parameter = new ParameterModel("value", "value", property.Type, null, null, false, false);
        w.Line();
        w.Line($"private static readonly {Internal}.PyFunctionInfo {info} = new(");
        w.Line($"    {Quote(type.PythonName + "." + property.PythonName)}, {Quote($"{type.PythonName}.{property.PythonName}: {property.Type.PythonName}")},");
        w.Line($"    new string[] {{ \"value\" }}, new string[] {{ {Quote(property.Type.PythonName)} }}, 1);");
        w.Line();
        w.Line($"[global::System.Runtime.InteropServices.UnmanagedCallersOnly({Cdecl})]");
        w.Open($"private static int Set_{property.PythonName}({PyObject}* self, {PyObject}* value, void* closure)");
        w.Open("try");
        w.Line($"if (value == null) return {Internal}.ClassBuilder.CannotDelete({Quote(type.PythonName)}, {Quote(property.PythonName)});");
        EmitSelf(w, type, "-1");
        EmitConversion(w, parameter, 0, info, returnsInt: true, slotExpression: "value");
        w.Line($"target.{property.CSharpName} = {Argument(parameter, 0)};");
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
        w.Line($"{type.ClassName}? target = {Internal}.ClassBuilder.Self<{type.ClassName}>(self, {Quote(type.PythonName)});");
        w.Line($"if (target is null) return {failure};");
    }
}
