using System.Collections.Generic;
using System.Linq;
using SharpBind.Generator.Model;
using static SharpBind.Generator.Emitting.ModuleEmitter;

namespace SharpBind.Generator.Emitting;

/// <summary>
/// Writes one entry point for C# overloads that share a Python name. Resolution is pybind11's: a
/// first pass tries each overload, in declaration order, taking only arguments that need no
/// conversion (an <c>int</c> for an integer, a <c>float</c> for a double, a <c>bool</c> for a bool);
/// a second pass allows conversions. A call that fits none raises a TypeError listing every
/// signature. Everything is decided by generated type tests: no run-time binding.
/// </summary>
internal static class OverloadEmitter
{
    /// <summary>Functions grouped by Python name, in order of first appearance.</summary>
    public static List<List<T>> Group<T>(IEnumerable<T> items, System.Func<T, string> name)
    {
        var groups = new List<List<T>>();
        var byName = new Dictionary<string, List<T>>();
        foreach (T item in items)
        {
            if (!byName.TryGetValue(name(item), out List<T>? group))
            {
                byName[name(item)] = group = new List<T>();
                groups.Add(group);
            }
            group.Add(item);
        }
        return groups;
    }

    /// <summary>The <c>PyFunctionInfo</c> field of overload <paramref name="index"/>.</summary>
    public static string InfoName(FunctionModel function, int index) => $"Info_{function.PythonName}_{index}";

    /// <summary>pybind11's docstring for overloads: a generic signature, then each overload numbered with its doc.</summary>
    public static string Docstring(IReadOnlyList<FunctionModel> overloads)
    {
        var parts = new List<string> { $"{overloads[0].PythonName}(*args, **kwargs)\nOverloaded function.\n" };
        for (int i = 0; i < overloads.Count; i++)
        {
            string entry = $"{i + 1}. {TypedSignature(overloads[i])}";
            if (overloads[i].Doc is { } doc)
            {
                entry += "\n\n" + doc;
            }
            parts.Add(entry + "\n");
        }
        return string.Join("\n", parts).TrimEnd('\n');
    }

    /// <param name="w">The writer.</param>
    /// <param name="pythonPath">The Python name with its module (and class), for the doc comment.</param>
    /// <param name="owner">The C# class.</param>
    /// <param name="selfType">For instance methods, the Python class name (the call goes to the object behind self).</param>
    /// <param name="overloads">The overloads, in declaration order.</param>
    /// <param name="entryName">The entry point's name.</param>
    /// <param name="baseCall">Per overload: whether it is virtual (see <see cref="ModuleEmitter.EmitFunction"/>).</param>
    public static void Emit(SourceWriter w, string pythonPath, string owner, string? selfType, IReadOnlyList<FunctionModel> overloads,
        string entryName, IReadOnlyList<bool> baseCall, string selfAccessor = "Self")
    {
        for (int i = 0; i < overloads.Count; i++)
        {
            EmitInfo(w, overloads[i], InfoName(overloads[i], i));
        }
        string infos = $"Overloads_{overloads[0].PythonName}";
        w.Line($"private static readonly {Internal}.PyFunctionInfo[] {infos} = {{ {string.Join(", ", overloads.Select(InfoName))} }};");
        w.Line();
        string target = OpenEntryPoint(w, $"Python <c>{pythonPath}</c>: picks one of the {overloads.Count} overloads of <c>{owner}.{overloads[0].CSharpName}</c>.",
            entryName, owner, selfType, selfAccessor);
        int slots = System.Math.Max(1, overloads.Max(o => o.Parameters.Count));
        w.Line($"{PyObject}** arg = stackalloc {PyObject}*[{slots}];");
        w.Open("for (int pass = 0; pass < 2; pass++)");
        w.Line("bool convert = pass == 1;");
        for (int i = 0; i < overloads.Count; i++)
        {
            EmitAttempt(w, overloads[i], i, target, baseCall[i]);
        }
        w.Close();
        w.Line($"return {Internal}.Arguments.NoMatchingOverload({infos}, args, nargs, kwnames);");
        w.Close();
        w.Open("catch (global::System.Exception exception)");
        w.Line($"return {Internal}.Errors.Raise(exception, {InfoName(overloads[0], 0)});");
        w.Close();
        w.Close();
    }

    private static void EmitAttempt(SourceWriter w, FunctionModel function, int index, string target, bool baseCall)
    {
        string info = InfoName(function, index);
        int count = function.Parameters.Count;
        string next = $"next_{index}";
        w.Line($"// {index + 1}. {TypedSignature(function)}");
        w.Open($"if ({Internal}.Arguments.TryBind({info}, args, nargs, kwnames, arg, {count}){Gate(function)})");
        for (int i = 0; i < count; i++)
        {
            EmitConversion(w, function.Parameters[i], i, info, onFailure: $"{{ {Internal}.Arguments.Reject(); goto {next}; }}");
        }
        EmitCall(w, function, target, baseCall);
        w.Close();
        if (count > 0)
        {
            w.Line($"{next}:;"); // where a failed conversion goes
        }
    }

    /// <summary>
    /// The first pass's condition after the binding test: <c> &amp;&amp; (convert || (exact tests))</c>, or
    /// nothing when no parameter's converter ever converts.
    /// </summary>
    public static string Gate(FunctionModel function)
    {
        string exact = string.Join(" && ", function.Parameters.Select((p, i) => ExactTest(p, i)).Where(t => t is not null));
        return exact.Length == 0 ? "" : $" && (convert || ({exact}))";
    }

    // The no-conversion test for one argument, or null when its converter never converts anyway.
    private static string? ExactTest(ParameterModel parameter, int index)
    {
        string? test = parameter.Type.Kind switch
        {
            ValueKind.Boolean => "IsExactBoolean",
            ValueKind.SByte or ValueKind.Byte or ValueKind.Int16 or ValueKind.UInt16 or ValueKind.Int32
                or ValueKind.UInt32 or ValueKind.Int64 or ValueKind.UInt64 => "IsExactInteger",
            ValueKind.Single or ValueKind.Double => "IsExactFloat",
            _ => null,
        };
        if (test is null)
        {
            return null;
        }
        string call = $"{Internal}.Arguments.{test}(arg[{index}])";
        return parameter.Type.AcceptsNone ? $"(arg[{index}] == global::SharpBind.Interop.CPython.Py_None || {call})" : call;
    }
}
