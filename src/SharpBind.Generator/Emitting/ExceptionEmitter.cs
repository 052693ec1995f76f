using System.Collections.Generic;
using System.Linq;
using SharpBind.Generator.Model;
using static SharpBind.Generator.Emitting.ModuleEmitter;

namespace SharpBind.Generator.Emitting;

/// <summary>
/// Writes the C# for a module's <c>[PyException]</c> classes and <c>[PyExceptionMapping]</c>s: <c>AddTo</c>,
/// which the module's <c>PyInit</c> calls first, creates the Python classes (bases first), looks up the
/// mapped ones and registers <c>Translate</c>, a chain of <c>is</c> tests from the most derived C# type
/// down, that the runtime asks for every C# exception leaving bound code.
/// </summary>
internal static class ExceptionEmitter
{
    public static string GeneratedName(ModuleModel module) => $"Exceptions_{module.ModuleName.Replace('.', '_')}";

    /// <summary>Writes the class; <paramref name="set"/> lists each exception after its Python base, mappings in declaration order.</summary>
    public static void Emit(SourceWriter w, ModuleModel module, ModuleExceptions set)
    {
        List<ExceptionModel> exceptions = set.Exceptions.ToList();
        List<ExceptionMappingModel> mappings = set.Mappings.ToList();
        OpenGeneratedClass(w, $"The exception classes and mappings of the Python module <c>{module.ModuleName}</c>.",
            $"internal static unsafe class {GeneratedName(module)}");
        var fields = new Dictionary<string, string>(); // C# class -> field holding its Python class
        foreach (ExceptionModel type in exceptions)
        {
            fields[type.ClassName] = "s_" + type.PythonName;
            w.Line($"private static {PyObject}* s_{type.PythonName}; // {module.ModuleName}.{type.PythonName}, for {type.ClassName}; owned for good");
        }
        var mappingFields = new List<string>();
        for (int i = 0; i < mappings.Count; i++)
        {
            ExceptionModel? local = exceptions.FirstOrDefault(e => e.PythonName == mappings[i].PythonName);
            if (local is not null)
            {
                mappingFields.Add("s_" + local.PythonName);
                continue;
            }
            mappingFields.Add($"s_mapping{i}");
            w.Line($"private static {PyObject}* s_mapping{i}; // {mappings[i].PythonName}, for {mappings[i].ClassName}; owned for good");
        }
        w.Line();

        w.Line("/// <summary>Creates and adds the exception classes, looks up the mapped ones and registers <see cref=\"Translate\"/>.</summary>");
        w.Open($"internal static bool AddTo({PyObject}* module)");
        foreach (ExceptionModel type in exceptions)
        {
            string? builtin = type.BuiltinBase is null ? null : $"{Internal}.ExceptionRegistry.Builtin(global::SharpBind.PythonExceptionBase.{type.BuiltinBase})";
            string bases = type.BaseClassName is not null && fields.TryGetValue(type.BaseClassName, out string? baseField)
                ? baseField + ", " + (builtin ?? "null")
                : (builtin ?? $"{Internal}.ExceptionRegistry.Builtin(global::SharpBind.PythonExceptionBase.Exception)") + ", null";
            w.Line($"s_{type.PythonName} = {Internal}.ExceptionRegistry.AddException(module, {Quote(module.ModuleName)}, {Quote(type.PythonName)}, {Quote(type.Doc)}, {bases});");
            w.Line($"if (s_{type.PythonName} == null) return false;");
        }
        for (int i = 0; i < mappings.Count; i++)
        {
            if (mappingFields[i] == $"s_mapping{i}")
            {
                w.Line($"s_mapping{i} = {Internal}.ExceptionRegistry.Lookup({Quote(mappings[i].PythonName)}, {Quote(module.ModuleName)});");
                w.Line($"if (s_mapping{i} == null) return false;");
            }
        }
        w.Line($"{Internal}.ExceptionRegistry.AddTranslator(&Translate);");
        w.Line("return true;");
        w.Close();
        w.Line();

        // Deepest first: the first test that matches is the most derived type this module knows.
        var tests = exceptions.Select(e => (e.ClassName, Field: fields[e.ClassName], e.Depth))
            .Concat(mappings.Select((m, i) => (m.ClassName, Field: mappingFields[i], m.Depth)))
            .Select((test, order) => (test, order))
            .OrderByDescending(t => t.test.Depth).ThenBy(t => t.order)
            .Select(t => t.test);
        w.Line("/// <summary>The Python class for <paramref name=\"exception\"/> (borrowed) and the depth of the C# type that matched, or null.</summary>");
        w.Open($"private static {PyObject}* Translate(global::System.Exception exception, out int depth)");
        foreach ((string className, string field, int depth) in tests)
        {
            w.Line($"if (exception is {className}) {{ depth = {depth}; return {field}; }}");
        }
        w.Line("depth = -1;");
        w.Line("return null;");
        w.Close();
        w.Close();
    }
}
