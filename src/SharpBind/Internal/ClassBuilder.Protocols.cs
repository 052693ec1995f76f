using System.Runtime.InteropServices;
using SharpBind.Interop;

namespace SharpBind.Internal;

public static unsafe partial class ClassBuilder
{
    /// <summary>
    /// The C# object behind <paramref name="self"/>, an instance of a bound type, or null (no error
    /// set) when <c>__init__</c> never ran. For the runtime's own protocol slots (<see cref="Protocols"/>),
    /// which serve every bound type and so have no <c>T</c> to ask for.
    /// </summary>
    internal static object? Target(PyObject* self)
    {
        return ObjectHandles.Target(((Instance*)self)->Handle);
    }
}
