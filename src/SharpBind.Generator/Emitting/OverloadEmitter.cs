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
        string target = OpenEntryPoint(w, $"Python <c>{pythonPath}</c>: picks one of the {overloads.Count} overloads of <c>{XmlText(owner)}.{overloads[0].CSharpName}</c>.",
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
        w.Line($"// {index + 1}. {TypedSignature(function)}");
        string bind = function.NeedsFullBinding ? "TryBindFull" : "TryBind";
        EmitAttempt(w, function, index, info, $"{Internal}.Arguments.{bind}({info}, args, nargs, kwnames, arg, {count})", () => EmitCall(w, function, target, baseCall));
    }

    /// <summary>
    /// One overload's attempt inside the two-pass loop: bind (<paramref name="bindCall"/>), test the
    /// gate, convert, then <paramref name="emitCall"/>. A failed conversion jumps to <c>next_{index}</c>.
    /// With <c>*args</c>/<c>**kwargs</c> the binder's tuple and dict are released in a <c>finally</c>,
    /// whichever way the attempt ends (a <c>goto</c> out of the <c>try</c> runs it too).
    /// </summary>
    internal static void EmitAttempt(SourceWriter w, FunctionModel function, int index, string info, string bindCall, System.Action emitCall)
    {
        int count = function.Parameters.Count;
        string next = $"next_{index}";
        string? gate = GateCondition(function);
        string onFailure = $"{{ {Internal}.Arguments.Reject(); goto {next}; }}";
        if (!function.NeedsFullBinding)
        {
            w.Open($"if ({bindCall}{(gate is null ? "" : $" && {gate}")})");
            for (int i = 0; i < count; i++)
            {
                EmitConversion(w, function.Parameters[i], i, info, onFailure: onFailure);
            }
            emitCall();
            w.Close();
        }
        else
        {
            w.Open($"if ({bindCall})");
            w.Open("try");
            if (gate is not null)
            {
                w.Line($"if (!({gate})) goto {next};");
            }
            for (int i = 0; i < count; i++)
            {
                EmitConversion(w, function.Parameters[i], i, info, onFailure: onFailure);
            }
            emitCall();
            w.Close();
            w.Open("finally");
            w.Line($"{Internal}.Arguments.ReleaseVariadic({info}, arg);");
            w.Close();
            w.Close();
        }
        if (count > 0)
        {
            w.Line($"{next}:;"); // where a failed conversion goes
        }
    }

    /// <summary>
    /// The condition an overload's bound arguments must meet before conversion, or null for none:
    /// <c>[NoConvert]</c> parameters' exact tests in both passes, the other parameters' in the first
    /// (<c>convert || (...)</c>). Parameters whose converters never convert have no test.
    /// </summary>
    public static string? GateCondition(FunctionModel function)
    {
        var always = new List<string>();
        var firstPass = new List<string>();
        for (int i = 0; i < function.Parameters.Count; i++)
        {
            ParameterModel parameter = function.Parameters[i];
            if (!parameter.IsVariadic && ExactTest(parameter, $"arg[{i}]") is { } test)
            {
                (parameter.NoConvert ? always : firstPass).Add(test);
            }
        }
        if (firstPass.Count > 0)
        {
            always.Add($"(convert || ({string.Join(" && ", firstPass)}))");
        }
        return always.Count == 0 ? null : string.Join(" && ", always);
    }

    /// <summary>The no-conversion test for the argument in <paramref name="slot"/>, or null when its converter never converts anyway.</summary>
    internal static string? ExactTest(ParameterModel parameter, string slot)
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
        string call = $"{Internal}.Arguments.{test}({slot})";
        return parameter.Type.AcceptsNone ? $"({slot} == global::SharpBind.Interop.CPython.Py_None || {call})" : call;
    }
}
