using System.Text;
using SharpBind.Generator.Model;
using static SharpBind.Generator.Emitting.ModuleEmitter;

namespace SharpBind.Generator.Emitting;

/// <summary>
/// Writes the C# for one <c>[PyClass]</c> enum: <c>AddTo</c>, which the module's <c>PyInit</c> calls
/// before anything else, with the member table. The runtime makes the Python class from it; the
/// values are the C# constants themselves, so nothing is read by reflection.
/// </summary>
internal static class EnumEmitter
{
    public static string GeneratedName(ModuleModel module, EnumModel type) => $"Enum_{module.ModuleName.Replace('.', '_')}_{type.PythonName}";

    public static void Emit(SourceWriter w, ModuleModel module, EnumModel type)
    {
        string kind = type.IsFlags ? "enum.IntFlag" : "enum.IntEnum";
        OpenGeneratedClass(w, $"The Python enum <c>{module.ModuleName}.{type.PythonName}</c> (an <c>{kind}</c>), generated from <c>{type.EnumName}</c>.",
            $"internal static unsafe class {GeneratedName(module, type)}");
        w.Line("/// <summary>Creates the enum class and adds it to the module.</summary>");
        w.Open($"internal static bool AddTo({PyObject}* module)");
        w.Line($"global::System.ReadOnlySpan<{Internal}.EnumMemberDefinition> members = new {Internal}.EnumMemberDefinition[]");
        w.Line("{");
        foreach (EnumMemberModel member in type.Members)
        {
            w.Line($"    new({Quote(member.PythonName)}, {Conversions.EnumBits(type.Underlying, $"{type.EnumName}.{Identifiers.Escape(member.CSharpName)}")}),");
        }
        w.Line("};");
        w.Line($"return {Internal}.EnumBuilder.AddEnum<{type.EnumName}>(module, {Quote(module.ModuleName)}, {Quote(type.PythonName)}, {Quote(Docstring(type))}, "
            + $"{(type.IsFlags ? "true" : "false")}, global::System.TypeCode.{type.Underlying}, members);");
        w.Close();
        w.Close();
    }

    /// <summary>
    /// The enum's doc comment, then its members with theirs (enum members cannot hold docstrings of
    /// their own): <c>Members:\n  RED: The colour of fire.\n  GREEN</c>. Null when there is neither.
    /// </summary>
    internal static string? Docstring(EnumModel type)
    {
        var doc = new StringBuilder(type.Doc ?? "");
        if (type.Members.Count > 0)
        {
            doc.Append(doc.Length > 0 ? "\n\n" : "").Append("Members:");
            foreach (EnumMemberModel member in type.Members)
            {
                doc.Append("\n  ").Append(member.PythonName);
                if (member.Doc is not null)
                {
                    doc.Append(": ").Append(member.Doc.Replace("\n\n", "\n").Replace("\n", "\n    "));
                }
            }
        }
        return doc.Length == 0 ? null : doc.ToString();
    }
}
