using System.Linq;
using SharpBind.Generator.Model;
using static SharpBind.Generator.Emitting.ModuleEmitter;

namespace SharpBind.Generator.Emitting;

/// <summary>
/// Writes the proxy of a subclassable <c>[PyClass]</c>: a C# subclass whose instances stand behind
/// Python subclass instances. Each overridable method looks for a Python override (taking the GIL,
/// from any thread) and calls it, or falls back to the C# implementation.
/// </summary>
internal static class ProxyEmitter
{
    private const string ProxyState = "global::SharpBind.Internal.ProxyState";
    private const string Overrides = "global::SharpBind.Internal.Overrides";

    /// <summary>The static <c>PythonOverride</c> field of each override, bound when the type is created.</summary>
    public static string FieldName(OverrideModel member) => "Override_" + member.Function.PythonName;

    /// <param name="w">Where to write.</param>
    /// <param name="generatedClass">The generated class the proxy is nested in (holds the Override_ fields).</param>
    /// <param name="type">The bound class.</param>
    public static void Emit(SourceWriter w, string generatedClass, ClassModel type)
    {
        // Overloads share one lookup: Python has one attribute per name.
        foreach (string name in type.Overrides.Select(o => o.Function.PythonName).Distinct())
        {
            w.Line($"internal static readonly {Internal}.PythonOverride Override_{name} = new({Quote(name)});");
        }
        if (type.Overrides.Count > 0)
        {
            w.Line();
        }
        w.Line($"/// <summary>The C# object behind an instance of a Python subclass of <c>{type.PythonName}</c>: its virtual methods run the Python overrides.</summary>");
        // Only a record may derive from a record.
        // Interfaces the class implements with non-virtual methods are implemented again (see OverrideModel.Interface).
        string reimplemented = string.Concat(type.Overrides.Select(o => o.Interface).Where(i => i is not null).Distinct().Select(i => ", " + i));
        w.Open($"private sealed {(type.IsRecord ? "record" : "class")} Proxy : {type.ClassName}, {Internal}.IPythonProxy{reimplemented}");
        w.Line($"private readonly {ProxyState} __pythonState;");
        w.Line();
        if (type.IsInterface)
        {
            w.Line($"/// <summary>Implements the interface for <paramref name=\"self\"/>, which is being initialized.</summary>");
            w.Open($"public Proxy({PyObject}* self)");
            w.Line("__pythonState = new(self);");
            w.Close();
            w.Line();
        }
        foreach (FunctionModel constructor in type.Constructors)
        {
            string parameters = string.Join("", constructor.Parameters.Select((p, i) => ", " + Declaration(p, i)));
            w.Line($"/// <summary>Constructs the C# half of <paramref name=\"self\"/>, which is being initialized.</summary>");
            if (type.HasRequiredMembers)
            {
                w.Line("[global::System.Diagnostics.CodeAnalysis.SetsRequiredMembers] // as the base constructor does");
            }
            w.Line($"public Proxy({PyObject}* self{parameters})");
            w.Open($"    : base({string.Join(", ", constructor.Parameters.Select(Pass))})");
            w.Line("__pythonState = new(self);");
            w.Close();
            w.Line();
        }
        w.Line($"{ProxyState}? {Internal}.IPythonProxy.PythonState => __pythonState;");
        foreach (OverrideModel member in type.Overrides)
        {
            w.Line();
            EmitOverride(w, generatedClass, member, type.IsInterface);
        }
        w.Close();
    }

    // An interface member is implemented (public, no base to fall back on); a class member is overridden.
    private static void EmitOverride(SourceWriter w, string generatedClass, OverrideModel member, bool implementsInterface)
    {
        FunctionModel function = member.Function;
        int count = function.Parameters.Count;
        bool isVoid = function.ReturnType.Kind == ValueKind.Void;
        string baseCall = $"base.{Identifier(function.CSharpName)}({string.Join(", ", function.Parameters.Select(Pass))})";
        string fallback = member.IsAbstract
            ? $"throw {Overrides}.NotOverridden({Quote(member.DeclaringClass)});"
            : isVoid ? $"{baseCall}; return;" : $"return {baseCall};";

        w.Line($"/// <summary>Runs the Python override of <c>{function.PythonName}</c> when the Python class defines one; otherwise {(member.IsAbstract ? "raises NotImplementedError" : "the C# method")}.</summary>");
        string parameters = string.Join(", ", function.Parameters.Select(Declaration));
        string declaration = member.Interface is not null
            ? $"{function.ReturnType.CSharpName} {member.Interface}.{Identifier(function.CSharpName)}({parameters})" // explicit: the class's method stays as it is
            : $"{(implementsInterface ? "public" : $"{member.Accessibility} override")} {function.ReturnType.CSharpName} {Identifier(function.CSharpName)}({parameters})";
        w.Open(declaration);
        w.Line($"if ({Overrides}.TakeBaseCall(this)) {{ {fallback} }}");
        w.Line($"{ProxyState}? __python = __pythonState;");
        w.Open("if (__python is not null)");
        w.Line("global::SharpBind.Gil.Acquired __gil = global::SharpBind.Gil.Acquire();");
        w.Open("try");
        // Qualified: inside the proxy, a member of the user's class (the base) would hide the outer field.
        w.Line($"{PyObject}* __method = {Overrides}.Find(__python, global::SharpBind.Generated.{generatedClass}.{FieldName(member)}, out bool __prependSelf);");
        w.Open("if (__method != null)");
        w.Line($"{PyObject}** __args = stackalloc {PyObject}*[{count + 1}];");
        for (int i = 0; i < count; i++)
        {
            ParameterModel parameter = function.Parameters[i];
            w.Line($"__args[{i + 1}] = {Conversions.ToPythonExpression(parameter.Type, Name(parameter, i), "__value" + i)};");
        }
        w.Line($"{PyObject}* __result = {Overrides}.Call(__python, __method, __prependSelf, __args, {count});");
        EmitReturn(w, member);
        w.Close();
        w.Close();
        w.Open("finally");
        w.Line("__gil.Dispose();");
        w.Close();
        w.Close();
        if (member.IsAbstract)
        {
            w.Line(fallback);
        }
        else
        {
            w.Line(isVoid ? baseCall + ";" : $"return {baseCall};");
        }
        w.Close();
    }

    // Converts and releases __result.
    private static void EmitReturn(SourceWriter w, OverrideModel member)
    {
        TypeModel type = member.Function.ReturnType;
        const string decref = "global::SharpBind.Interop.CPython.Py_DecRef(__result);";
        if (type.Kind == ValueKind.Void)
        {
            w.Line(decref);
            w.Line("return;");
            return;
        }
        if (type.AcceptsNone)
        {
            w.Line($"if (__result == global::SharpBind.Interop.CPython.Py_None) {{ {decref} return null; }}");
        }
        (string tryConvert, string outType) = Conversions.FromPythonCall(type);
        w.Line($"if ({tryConvert}(__result, out {outType} __converted)) {{ {decref} return {Conversions.FromRaw(type, "__converted")}; }}");
        w.Line($"throw {Overrides}.BadReturn(__result, {Quote(member.DeclaringClass)}, {Quote(type.PythonName)});");
    }

    private static string Declaration(ParameterModel parameter, int index) =>
        (parameter.PassByIn ? "in " : "") + parameter.Type.CSharpName + " " + Name(parameter, index);

    private static string Pass(ParameterModel parameter, int index) => (parameter.PassByIn ? "in " : "") + Name(parameter, index);

    // The proxy's own names are `self` (constructors) and `__`-prefixed locals. A user parameter
    // spelled like one is renamed `__arg<index>` (an override may rename parameters): no user name
    // can collide with that, since every `__` name is renamed.
    private static string Name(ParameterModel parameter, int index) =>
        parameter.CSharpName == "self" || parameter.CSharpName.StartsWith("__", System.StringComparison.Ordinal)
            ? "__arg" + index
            : Identifier(parameter.CSharpName);

    // A C# parameter name as source: keywords need '@'.
    private static string Identifier(string name) => Identifiers.Escape(name);
}
