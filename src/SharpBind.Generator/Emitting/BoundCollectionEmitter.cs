using SharpBind.Generator.Model;
using static SharpBind.Generator.Emitting.ModuleEmitter;

namespace SharpBind.Generator.Emitting;

/// <summary>
/// Writes the C# for a <c>List&lt;T&gt;</c>/<c>Dictionary&lt;K, V&gt;</c> bound by reference: only an
/// <c>AddTo</c>, which the module's <c>PyInit</c> calls. The type's behaviour is the runtime's
/// (<c>BoundCollections</c>), generic over the element converters named here.
/// </summary>
internal static class BoundCollectionEmitter
{
    public static void Emit(SourceWriter w, ModuleModel module, ClassModel type)
    {
        BoundCollectionModel collection = type.Collection!;
        OpenGeneratedClass(w, $"The Python type <c>{module.ModuleName}.{type.PythonName}</c>: <c>{XmlText(type.ClassName)}</c> bound by reference.",
            $"internal static unsafe class {ClassEmitter.GeneratedName(module, type)}");
        w.Line("/// <summary>Creates the type and adds it to the module.</summary>");
        string add = collection.IsDictionary ? "AddDictionary" : "AddList";
        w.Line($"internal static bool AddTo({PyObject}* module) => {Internal}.BoundCollections.{add}<{collection.TypeArguments}>(");
        w.Line($"    module, {Quote(module.ModuleName)}, {Quote(type.PythonName)}, {Quote(type.Doc)});");
        w.Close();
    }
}
