using System;
using System.Collections.Generic;
using System.ComponentModel;
using SharpBind.Interop;

namespace SharpBind.Internal;

/// <summary>
/// Everything <see cref="ClassBuilder.AddClass{T}"/> needs to create one bound type, filled in by
/// generated code with an object initializer. For generated code only.
/// </summary>
/// <remarks>
/// Protocol slots (<c>__str__</c>, <c>__repr__</c>, comparison, ...) are added with
/// <see cref="AddSlot"/>, or through the typed properties in the other partial files, so that a new
/// protocol needs no new parameter on <see cref="ClassBuilder.AddClass{T}"/>.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed unsafe partial class ClassSpec
{
    private readonly List<PyType_Slot> _slots = new();

    /// <summary>Starts the description of <c>module.name</c>.</summary>
    public ClassSpec(string module, string name)
    {
        Module = module;
        Name = name;
    }

    /// <summary>The module's name.</summary>
    public string Module { get; }

    /// <summary>The Python class name.</summary>
    public string Name { get; }

    /// <summary>The docstring, or null.</summary>
    public string? Doc { get; init; }

    /// <summary>Whether Python may not subclass the type (a C# <c>sealed</c> class).</summary>
    public bool IsSealed { get; init; }

    /// <summary>The Python base type (a bound base class), or null for <c>object</c>.</summary>
    public PyTypeObject* BaseType { get; init; }

    /// <summary>A C# <c>static</c> class: a namespace of static members that cannot be instantiated.</summary>
    public bool IsStatic { get; init; }

    /// <summary><c>[PyClass(DynamicAttributes = true)]</c>: instances get a <c>__dict__</c> for new attributes.</summary>
    public bool DynamicAttributes { get; init; }

    /// <summary>The bound interfaces the type implements directly (Python bases after <see cref="BaseType"/>), as type pointers.</summary>
    public nint[] Interfaces { get; init; } = Array.Empty<nint>();

    /// <summary>A C# interface: Python classes may implement it (through a proxy); it has no instances of its own.</summary>
    public bool IsInterface { get; init; }

    /// <summary>A positional record's field names: the type's <c>__match_args__</c>, or null.</summary>
    public string[]? MatchArgs { get; init; }

    /// <summary>The bound class this one is nested in (it becomes a class attribute there), or null.</summary>
    public PyTypeObject* Container { get; init; }

    /// <summary>The dotted name inside the module: <c>Outer.Inner</c> for a nested class, else <see cref="Name"/>.</summary>
    public string? QualifiedName { get; init; }

    /// <summary>The <c>__init__</c> entry point.</summary>
    public delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*, int> Init { get; init; }

    /// <summary>
    /// A sealed class's vectorcall constructor, which allocates and initializes an instance from the
    /// call's argument array (used from Python 3.12, see <c>ClassBuilder.Vectorcall.cs</c>), or null.
    /// </summary>
    public delegate* unmanaged[Cdecl]<PyObject*, PyObject**, nuint, PyObject*, PyObject*> Vectorcall { get; init; }

    /// <summary>Methods, instance and static.</summary>
    public MethodDefinition[] Methods { get; init; } = Array.Empty<MethodDefinition>();

    /// <summary>Properties and fields.</summary>
    public PropertyDefinition[] Properties { get; init; } = Array.Empty<PropertyDefinition>();

    /// <summary>Static properties, static fields and constants (getter and setter ignore <c>self</c>).</summary>
    public PropertyDefinition[] StaticProperties { get; init; } = Array.Empty<PropertyDefinition>();

    /// <summary>The members a proxy looks up for Python overrides, bound once the type exists.</summary>
    public PythonOverride[] Overrides { get; init; } = Array.Empty<PythonOverride>();

    /// <summary><c>__str__</c> (C# <c>ToString</c>), or null.</summary>
    public delegate* unmanaged[Cdecl]<PyObject*, PyObject*> Str
    {
        init => AddSlot(CPython.Py_tp_str, value);
    }

    /// <summary>Adds a <c>Py_tp_*</c>/<c>Py_nb_*</c>/... slot (ignored when <paramref name="function"/> is null).</summary>
    public void AddSlot(int slot, void* function)
    {
        if (function != null)
        {
            _slots.Add(new PyType_Slot { slot = slot, pfunc = function });
        }
    }

    /// <summary>The slots added so far.</summary>
    internal IReadOnlyList<PyType_Slot> Slots => _slots;
}
