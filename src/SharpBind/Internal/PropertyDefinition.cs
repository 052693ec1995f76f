using System.ComponentModel;
using SharpBind.Interop;

namespace SharpBind.Internal;

/// <summary>One property of a bound class, as the generator describes it. For generated code only.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly unsafe struct PropertyDefinition
{
    /// <summary>Describes a property; <paramref name="setter"/> is null for a read-only one.</summary>
    public PropertyDefinition(string name,
        delegate* unmanaged[Cdecl]<PyObject*, void*, PyObject*> getter,
        delegate* unmanaged[Cdecl]<PyObject*, PyObject*, void*, int> setter,
        string? doc)
    {
        Name = name;
        Getter = getter;
        Setter = setter;
        Doc = doc;
    }

    /// <summary>The Python name.</summary>
    public string Name { get; }

    /// <summary>The getter entry point.</summary>
    public delegate* unmanaged[Cdecl]<PyObject*, void*, PyObject*> Getter { get; }

    /// <summary>The setter entry point, or null.</summary>
    public delegate* unmanaged[Cdecl]<PyObject*, PyObject*, void*, int> Setter { get; }

    /// <summary>The docstring.</summary>
    public string? Doc { get; }
}
