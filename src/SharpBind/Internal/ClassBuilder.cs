using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SharpBind.Interop;

namespace SharpBind.Internal;

/// <summary>
/// Builds Python heap types for <c>[PyClass]</c> classes and connects instances to C# objects.
/// For generated code only; the GIL is held in every member.
/// </summary>
/// <remarks>
/// An instance is the Python object header followed by a handle to the C# object (see <see cref="ObjectHandles"/>).
/// <c>tp_new</c> leaves the handle zero; <c>__init__</c> constructs the C# object and fills it, so a
/// Python subclass that forgets <c>super().__init__()</c> gets a clear TypeError, not a crash.
/// This file builds types; <c>ClassBuilder.Instances.cs</c> connects instances and objects;
/// <c>ClassBuilder.Proxies.cs</c> keeps the Python half of a Python subclass instance alive for C#.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static unsafe partial class ClassBuilder
{
    // Every bound type has this layout, so any bound class can derive from any other: weak references
    // always work; the dictionary slot is used only by types with DynamicAttributes.
    [StructLayout(LayoutKind.Sequential)]
    private struct Instance
    {
        public PyObject Header;
        public nint Handle;
        public PyObject* WeakList;
        public PyObject* Dict;
    }

    private static readonly byte* s_dictoffset = NativeText.Persist("__dictoffset__");

    // The Python type bound to each C# type, for returning an object as its most-derived bound type.
    // C# types that are not bound themselves are added on first use, mapped to their nearest bound base.
    private static readonly Dictionary<Type, nint> s_types = new();

    /// <summary>
    /// Creates the type <c>module.name</c> that <paramref name="spec"/> describes and adds it to
    /// <paramref name="module"/>. Returns false with a Python error set.
    /// </summary>
    public static bool AddClass<T>(PyObject* module, ClassSpec spec)
    {
        PyTypeObject* type = Create(spec);
        if (type == null)
        {
            return false;
        }
        // The module (or the containing class) keeps the type alive for the life of the process;
        // these pointers borrow it.
        BoundType<T>.Python = type;
        BoundType<T>.Name = spec.QualifiedName ?? spec.Name;
        s_types[typeof(T)] = (nint)type;
        return AddToContainer(module, spec, type);
    }

    /// <summary>
    /// Creates the namespace type for a C# static class (which cannot be a type argument) and adds
    /// it to <paramref name="module"/>. Returns the type (borrowed), or null with a Python error set.
    /// </summary>
    public static PyTypeObject* AddStaticClass(PyObject* module, ClassSpec spec)
    {
        PyTypeObject* type = Create(spec);
        return type != null && AddToContainer(module, spec, type) ? type : null;
    }

    // Adds a new type (consuming the reference; the container keeps it alive) to its module or class.
    private static bool AddToContainer(PyObject* module, ClassSpec spec, PyTypeObject* type) =>
        ModuleBuilder.AddAttribute(spec.Container != null ? (PyObject*)spec.Container : module, spec.Name, (PyObject*)type);

    // Creates the type: a new reference, or null with an error set.
    private static PyTypeObject* Create(ClassSpec spec)
    {
        PropertyDefinition[] properties = spec.DynamicAttributes
            ? [.. spec.Properties, new PropertyDefinition("__dict__", &GetDict, null, null)]
            : spec.Properties;
        var getset = (PyGetSetDef*)NativeMemory.AllocZeroed((nuint)(properties.Length + 1), (nuint)sizeof(PyGetSetDef));
        for (int i = 0; i < properties.Length; i++)
        {
            getset[i].name = NativeText.Persist(properties[i].Name);
            getset[i].get = properties[i].Getter;
            getset[i].set = properties[i].Setter;
            getset[i].doc = NativeText.Persist(properties[i].Doc);
        }

        // Spec, slots and members live forever: CPython may read them again (the name, for one).
        // The instance layout, the weak-reference slot, tp_dealloc and tp_finalize come from the root
        // type (ClassBuilder.Root.cs); a type only adds its __dict__ offset.
        var members = (PyMemberDef*)NativeMemory.AllocZeroed(2, (nuint)sizeof(PyMemberDef));
        if (spec.DynamicAttributes)
        {
            members[0] = OffsetMember(s_dictoffset, DictOffset);
        }
        var slots = new List<PyType_Slot>
        {
            new() { slot = CPython.Py_tp_dealloc, pfunc = (delegate* unmanaged[Cdecl]<PyObject*, void>)&Dealloc },
            new() { slot = CPython.Py_tp_methods, pfunc = ModuleBuilder.MethodTable(spec.Methods) },
            new() { slot = CPython.Py_tp_getset, pfunc = getset },
            new() { slot = CPython.Py_tp_members, pfunc = members },
        };
        if (spec.IsStatic)
        {
            slots.Add(new() { slot = CPython.Py_tp_new, pfunc = (delegate* unmanaged[Cdecl]<PyTypeObject*, PyObject*, PyObject*, PyObject*>)&NewStatic });
        }
        else
        {
            slots.Add(new() { slot = CPython.Py_tp_new, pfunc = CPython.PyType_GenericNew });
            slots.Add(new() { slot = CPython.Py_tp_init, pfunc = spec.Init });
        }
        if (spec.DynamicAttributes)
        {
            // A __dict__ can hold the object itself: the cyclic collector must see through it.
            slots.Add(new() { slot = CPython.Py_tp_traverse, pfunc = (delegate* unmanaged[Cdecl]<PyObject*, delegate* unmanaged[Cdecl]<PyObject*, void*, int>, void*, int>)&Traverse });
            slots.Add(new() { slot = CPython.Py_tp_clear, pfunc = (delegate* unmanaged[Cdecl]<PyObject*, int>)&Clear });
        }
        if (spec.Doc is not null)
        {
            slots.Add(new() { slot = CPython.Py_tp_doc, pfunc = NativeText.Persist(spec.Doc) });
        }
        slots.AddRange(spec.Slots);
        var slotArray = (PyType_Slot*)NativeMemory.AllocZeroed((nuint)(slots.Count + 1), (nuint)sizeof(PyType_Slot));
        for (int i = 0; i < slots.Count; i++)
        {
            slotArray[i] = slots[i];
        }

        var typeSpec = (PyType_Spec*)NativeMemory.AllocZeroed((nuint)sizeof(PyType_Spec));
        string qualifiedName = spec.QualifiedName ?? spec.Name;
        typeSpec->name = NativeText.Persist(spec.Module + "." + qualifiedName);
        typeSpec->basicsize = sizeof(Instance);
        typeSpec->flags = (spec.IsSealed || spec.IsStatic ? 0u : CPython.Py_TPFLAGS_BASETYPE)
            | (spec.DynamicAttributes ? CPython.Py_TPFLAGS_HAVE_GC : 0u);
        typeSpec->slots = slotArray;
        PyObject* type = FromSpecWithBases(typeSpec, spec);
        if (type == null)
        {
            return null;
        }
        if (!Complete((PyTypeObject*)type, spec, qualifiedName))
        {
            CPython.Py_DecRef(type);
            return null;
        }
        return (PyTypeObject*)type;
    }

    // What PyType_FromSpec cannot do: the qualified name of a nested class, static members, and the
    // lookups proxies need. False with an error set.
    private static bool Complete(PyTypeObject* type, ClassSpec spec, string qualifiedName)
    {
        if (spec.QualifiedName is not null)
        {
            // tp_name "m.Outer.Inner" makes CPython take "m.Outer" as the module and "Inner" as the
            // qualified name; both are set right here.
            if (!ModuleBuilder.AddAttribute((PyObject*)type, "__qualname__", PyStrings.FromManaged(qualifiedName))
                || !ModuleBuilder.AddAttribute((PyObject*)type, "__module__", PyStrings.FromManaged(spec.Module)))
            {
                return false;
            }
        }
        if (spec.MatchArgs is { } matchArgs && !ModuleBuilder.AddAttribute((PyObject*)type, "__match_args__", StringTuple(matchArgs)))
        {
            return false;
        }
        foreach (PropertyDefinition property in spec.StaticProperties)
        {
            if (!StaticAttribute.Add(type, property))
            {
                return false;
            }
        }
        foreach (PythonOverride member in spec.Overrides)
        {
            if (!member.Bind(type))
            {
                return false;
            }
        }
        return true;
    }

    // The bases: the bound base class, then the bound interfaces; the root type only when there is
    // neither (it is every other base's base already, and listing it first would break the MRO).
    // Always a tuple: Python 3.9 rejects a lone type.
    private static PyObject* FromSpecWithBases(PyType_Spec* typeSpec, ClassSpec spec)
    {
        var bases = new List<nint>();
        if (spec.BaseType != null)
        {
            bases.Add((nint)spec.BaseType);
        }
        bases.AddRange(spec.Interfaces);
        if (bases.Count == 0)
        {
            PyTypeObject* root = Root();
            if (root == null)
            {
                return null;
            }
            bases.Add((nint)root);
        }
        PyObject* tuple = CPython.PyTuple_New(bases.Count);
        if (tuple == null)
        {
            return null;
        }
        for (int i = 0; i < bases.Count; i++)
        {
            CPython.Py_IncRef((PyObject*)bases[i]);
            CPython.PyTuple_SetItem(tuple, i, (PyObject*)bases[i]); // steals the new reference
        }
        PyObject* type = FromSpecWithConstructor(typeSpec, tuple, spec.IsSealed ? spec.Vectorcall : null);
        CPython.Py_DecRef(tuple);
        return type;
    }

    /// <summary>
    /// The Python type bound to <typeparamref name="T"/> (a base or containing class), importing
    /// <paramref name="module"/> first if it was not imported yet. Null with an error set on failure.
    /// </summary>
    public static PyTypeObject* TypeOf<T>(string module)
    {
        if (BoundType<T>.Python == null)
        {
            PyObject* imported = CPython.PyImport_ImportModule(NativeText.Persist(module));
            if (imported == null)
            {
                return null;
            }
            CPython.Py_DecRef(imported);
            if (BoundType<T>.Python == null)
            {
                Errors.SetString(CPython.PyExc_ImportError, $"module '{module}' did not bind the class {typeof(T).Name}");
            }
        }
        return BoundType<T>.Python;
    }

    /// <summary>Whether <paramref name="self"/> is exactly <typeparamref name="T"/>'s Python type (not a Python subclass).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsExactly<T>(PyObject* self) => self->ob_type == BoundType<T>.Python;

    // A new tuple of str (null with an error set).
    private static PyObject* StringTuple(string[] items)
    {
        PyObject* tuple = CPython.PyTuple_New(items.Length);
        for (int i = 0; tuple != null && i < items.Length; i++)
        {
            PyObject* item = PyStrings.FromManaged(items[i]);
            if (item == null)
            {
                CPython.Py_DecRef(tuple);
                return null;
            }
            CPython.PyTuple_SetItem(tuple, i, item); // steals
        }
        return tuple;
    }

    // tp_new of a static class: it is a namespace, never instantiated.
    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    private static PyObject* NewStatic(PyTypeObject* type, PyObject* args, PyObject* kwargs)
    {
        try
        {
            Errors.SetString(CPython.PyExc_TypeError, $"cannot create '{PyText.Name((PyObject*)type)}' instances: it is a C# static class");
            return null;
        }
        catch (Exception exception)
        {
            return Errors.Raise(exception, null);
        }
    }

    /// <summary>Sets the TypeError for instantiating an abstract class directly; returns -1 (for <c>__init__</c>).</summary>
    public static int CannotInstantiate(string typeName, string reason)
    {
        Errors.SetString(CPython.PyExc_TypeError, $"cannot create '{typeName}' instances: {reason}");
        return -1;
    }

    /// <summary>Sets TypeError("cannot delete attribute") for a property setter called with null; returns -1.</summary>
    public static int CannotDelete(string typeName, string property)
    {
        Errors.SetString(CPython.PyExc_TypeError, $"cannot delete attribute '{property}' of '{typeName}' objects");
        return -1;
    }
}

/// <summary>The Python type bound to <typeparamref name="T"/>; null until its module is imported.</summary>
internal static unsafe class BoundType<T>
{
    public static PyTypeObject* Python;

    /// <summary>The Python class name, for error messages (kept here so no call asks the type for it).</summary>
    public static string Name = "";
}
