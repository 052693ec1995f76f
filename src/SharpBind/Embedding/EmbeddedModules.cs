using System.Collections;
using System.Collections.Generic;
using SharpBind.Interop;

namespace SharpBind;

/// <summary>
/// The modules a program embedding Python registers before the interpreter starts
/// (<c>PyImport_AppendInittab</c>). Generated modules expose their init function as
/// <c>SharpBind.Generated.Module_NAME.PyInit</c> (dots in NAME become <c>_</c>).
/// </summary>
public sealed unsafe class EmbeddedModules : IEnumerable<string>
{
    private readonly List<(string Name, nint Init)> _modules = new();

    /// <summary>The number of modules registered.</summary>
    public int Count => _modules.Count;

    /// <summary>Registers the module <paramref name="name"/> made by <paramref name="init"/> (a <c>PyInit</c> function).</summary>
    public void Add(string name, delegate* unmanaged[Cdecl]<PyObject*> init) => _modules.Add((name, (nint)init));

    /// <summary>The registered names.</summary>
    public IEnumerator<string> GetEnumerator()
    {
        foreach ((string name, _) in _modules)
        {
            yield return name;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal IReadOnlyList<(string Name, nint Init)> Entries => _modules;
}
