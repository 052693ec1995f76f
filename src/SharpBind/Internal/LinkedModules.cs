using System.Collections.Generic;
using System.ComponentModel;
using SharpBind.Interop;

namespace SharpBind.Internal;

/// <summary>
/// Every <c>[PyModule]</c> compiled into the process, recorded by each assembly's generated module
/// initializer. <see cref="PythonInterpreter.Start"/> registers them with Python before it starts, so a
/// program that embeds Python imports its own modules by name. For generated code only.
/// </summary>
/// <remarks>
/// Module initializers run before any code of their assembly (a program's own before <c>Main</c>; with
/// NativeAOT, all at start-up), possibly on different threads: the list is locked.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static unsafe class LinkedModules
{
    private static readonly object s_lock = new();
    private static readonly List<(string Name, nint Init)> s_modules = new();

    /// <summary>Records the module <paramref name="name"/> made by <paramref name="init"/>; a name seen before is ignored.</summary>
    public static void Add(string name, delegate* unmanaged[Cdecl]<PyObject*> init)
    {
        lock (s_lock)
        {
            if (!s_modules.Exists(m => m.Name == name))
            {
                s_modules.Add((name, (nint)init));
            }
        }
    }

    /// <summary>A copy of the recorded modules, in the order they were added.</summary>
    internal static List<(string Name, nint Init)> Snapshot()
    {
        lock (s_lock)
        {
            return new List<(string Name, nint Init)>(s_modules);
        }
    }
}
