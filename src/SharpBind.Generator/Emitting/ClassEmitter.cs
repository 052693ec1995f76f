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
        OpenGeneratedClass(w, $"CPython entry points of the Python type <c>{path}</c>, generated from <c>{type.ClassName}</c>.",
            $"internal static unsafe class {GeneratedName(module, type)}");

        w.Line($"/// <summary>Creates the type and adds it to the module.</summary>");
        w.Open($"internal static bool AddTo({PyObject}* module)");
        w.Line($"global::System.ReadOnlySpan<{Internal}.MethodDefinition> methods = new {Internal}.MethodDefinition[]");
        w.Line("{");
        foreach (MethodModel method in type.Methods)
        {
            string flags = method.IsStatic ? ", global::SharpBind.Interop.CPython.METH_STATIC" : "";
            string doc = Docstring(method.Function, module.ModuleName, method.IsStatic ? null : "$self");
            w.Line($"    new({Quote(method.Function.PythonName)}, &{FunctionName(method.Function)}, {Quote(doc)}{flags}),");
        }
        w.Line("};");
        w.Line($"global::System.ReadOnlySpan<{Internal}.PropertyDefinition> properties = new {Internal}.PropertyDefinition[]");
        w.Line("{");
        foreach (PropertyModel property in type.Properties)
        {
            string setter = property.CanWrite ? $"&Set_{property.PythonName}" : "null";
            w.Line($"    new({Quote(property.PythonName)}, &Get_{property.PythonName}, {setter}, {Quote(property.Doc)}),");
        }
        w.Line("};");
        string str = type.HasToString ? "&Str" : "null";
        w.Line($"return {Internal}.ClassBuilder.AddClass<{type.ClassName}>(module, {Quote(module.ModuleName)}, {Quote(type.PythonName)}, {Quote(type.Doc)}, "
            + $"{(type.IsSealed ? "true" : "false")}, &Init, {str}, methods, properties);");
        w.Close();

        EmitInit(w, type);
        foreach (MethodModel method in type.Methods)
        {
            w.Line();
            EmitFunction(w, $"{path}.{method.Function.PythonName}", type.ClassName, method.IsStatic ? null : type.PythonName,
                method.Function, "Info_" + method.Function.PythonName, FunctionName(method.Function));
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
        w.Line($"{Internal}.ClassBuilder.Attach(self, new {type.ClassName}({string.Join(", ", constructor.Parameters.Select(Argument))}));");
        w.Line("return 0;");
        w.Close();
        w.Open("catch (global::System.Exception exception)");
        w.Line($"{Internal}.Errors.Raise(exception, Info___init__);");
        w.Line("return -1;");
        w.Close();
        w.Close();
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
