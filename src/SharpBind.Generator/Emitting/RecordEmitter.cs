using System.Linq;
using SharpBind.Generator.Model;
using static SharpBind.Generator.Emitting.ModuleEmitter;

namespace SharpBind.Generator.Emitting;

/// <summary>
/// Writes what a positional record adds to its class: a dataclass-like <c>__repr__</c>
/// (<c>Point(x=1.0, y=2.0)</c>), <c>__match_args__</c>, and <c>__reduce__</c>, so <c>pickle</c> and
/// <c>copy</c> work with no user code. Field values are read through the record's properties.
/// </summary>
internal static class RecordEmitter
{
    /// <summary>The <c>__repr__</c> slot function.</summary>
    public const string ReprFunction = "Slot_RecordRepr";

    /// <summary>The <c>ClassSpec</c> initializer line for <c>__match_args__</c>.</summary>
    public static string MatchArgs(RecordModel record) =>
        $"MatchArgs = new string[] {{ {string.Join(", ", record.Fields.Select(f => Quote(f.PythonName)))} }},";

    /// <summary>The method-table entry for <c>__reduce__</c>.</summary>
    public static string ReduceDefinition() =>
        $"new(\"__reduce__\", &Fn___reduce__, {Quote("__reduce__($self, /)\n--\n\nFor pickle and copy: the class and the primary constructor's arguments.")}),";

    public static void EmitFunctions(SourceWriter w, ClassModel type, RecordModel record)
    {
        w.Line();
        w.Line($"private static readonly string[] RecordFields = {{ {string.Join(", ", record.Fields.Select(f => Quote(f.PythonName)))} }};");
        w.Line();
        w.Line($"/// <summary><c>__repr__</c> of the record: its fields as keyword arguments, like a dataclass's.</summary>");
        w.Line($"[global::System.Runtime.InteropServices.UnmanagedCallersOnly({Cdecl})]");
        w.Open($"private static {PyObject}* {ReprFunction}({PyObject}* self)");
        w.Open("try");
        EmitValues(w, type, record);
        w.Line($"return {Internal}.Records.Repr(self, RecordFields, values);");
        CloseTry(w);
        w.Line();
        w.Line($"/// <summary><c>__reduce__</c>: <c>(type(self), (field values...))</c>, for pickle and copy.</summary>");
        w.Line($"[global::System.Runtime.InteropServices.UnmanagedCallersOnly({Cdecl})]");
        w.Open($"private static {PyObject}* Fn___reduce__({PyObject}* self, {PyObject}** args, nint nargs, {PyObject}* kwnames)");
        w.Open("try");
        w.Line($"if (nargs != 0 || kwnames != null) return {Internal}.Records.NoArguments(\"__reduce__\");");
        EmitValues(w, type, record);
        w.Line($"return {Internal}.Records.Reduce(self, values);");
        CloseTry(w);
    }

    // Declares `values`: one new reference per field (null where a conversion failed, error set).
    private static void EmitValues(SourceWriter w, ClassModel type, RecordModel record)
    {
        EmitTarget(w, type.ClassName, type.PythonName, ClassEmitter.SelfAccessor(type), "null");
        w.Line($"global::System.Span<nint> values = stackalloc nint[{record.Fields.Count}];");
        for (int i = 0; i < record.Fields.Count; i++)
        {
            RecordFieldModel field = record.Fields[i];
            w.Line($"values[{i}] = (nint){Conversions.ToPythonExpression(field.Type, "target." + Identifiers.Escape(field.PropertyName), "field" + i)};");
        }
    }

    private static void CloseTry(SourceWriter w)
    {
        w.Close();
        w.Open("catch (global::System.Exception exception)");
        w.Line($"return {Internal}.Errors.Raise(exception, null);");
        w.Close();
        w.Close();
    }
}
