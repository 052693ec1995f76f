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
/// An instance is the Python object header followed by a <see cref="GCHandle"/> to the C# object.
/// <c>tp_new</c> leaves the handle zero; <c>__init__</c> constructs the C# object and fills it, so a
/// Python subclass that forgets <c>super().__init__()</c> gets a clear TypeError, not a crash.
/// This file builds types; <c>ClassBuilder.Instances.cs</c> connects instances and objects;
/// <c>ClassBuilder.Proxies.cs</c> keeps the Python half of a Python subclass instance alive for C#.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static unsafe partial class ClassBuilder
{
    [StructLayout(LayoutKind.Sequential)]
    private struct Instance
    {
        public PyObject Header;
        public nint Handle;
    }

    // The Python type bound to each C# type, for returning an object as its most-derived bound type.
    // C# types that are not bound themselves are added on first use, mapped to their nearest bound base.
    private static readonly Dictionary<Type, nint> s_types = new();

    /// <summary>
    /// Creates the type <c>module.name</c> that <paramref name="spec"/> describes and adds it to
    /// <paramref name="module"/>. Returns false with a Python error set.
    /// </summary>
    public static bool AddClass<T>(PyObject* module, ClassSpec spec)
    {
        PropertyDefinition[] properties = spec.Properties;
        var getset = (PyGetSetDef*)NativeMemory.AllocZeroed((nuint)(properties.Length + 1), (nuint)sizeof(PyGetSetDef));
        for (int i = 0; i < properties.Length; i++)
        {
            getset[i].name = NativeText.Persist(properties[i].Name);
            getset[i].get = properties[i].Getter;
            getset[i].set = properties[i].Setter;
            getset[i].doc = NativeText.Persist(properties[i].Doc);
        }

        // Spec and slots live forever: CPython may read them again (the name, for one).
        var slots = new List<PyType_Slot>
        {
            new() { slot = CPython.Py_tp_new, pfunc = CPython.PyType_GenericNew },
            new() { slot = CPython.Py_tp_init, pfunc = spec.Init },
            new() { slot = CPython.Py_tp_dealloc, pfunc = (delegate* unmanaged[Cdecl]<PyObject*, void>)&Dealloc },
            new() { slot = CPython.Py_tp_methods, pfunc = ModuleBuilder.MethodTable(spec.Methods) },
            new() { slot = CPython.Py_tp_getset, pfunc = getset },
        };
        if (!spec.IsSealed)
        {
            // Python subclasses inherit it; CPython calls it before their instance dies.
            slots.Add(new() { slot = CPython.Py_tp_finalize, pfunc = (delegate* unmanaged[Cdecl]<PyObject*, void>)&Finalize });
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
        typeSpec->name = NativeText.Persist(spec.Module + "." + spec.Name);
        typeSpec->basicsize = sizeof(Instance);
        typeSpec->flags = spec.IsSealed ? 0u : CPython.Py_TPFLAGS_BASETYPE;
        typeSpec->slots = slotArray;
        PyObject* type = spec.BaseType == null ? CPython.PyType_FromSpec(typeSpec) : FromSpecWithBase(typeSpec, spec.BaseType);
        if (type == null)
        {
            return false;
        }
        foreach (PythonOverride member in spec.Overrides)
        {
            if (!member.Bind((PyTypeObject*)type))
            {
                CPython.Py_DecRef(type);
                return false;
            }
        }
        // The module keeps the type alive for the life of the process; these pointers borrow it.
        BoundType<T>.Python = (PyTypeObject*)type;
        BoundType<T>.Name = spec.Name;
        s_types[typeof(T)] = (nint)type;
        return ModuleBuilder.AddAttribute(module, spec.Name, type);
    }

    // Python 3.9 wants the bases as a tuple (a lone type is accepted from 3.10).
    private static PyObject* FromSpecWithBase(PyType_Spec* spec, PyTypeObject* baseType)
    {
        PyObject* bases = CPython.PyTuple_New(1);
        if (bases == null)
        {
            return null;
        }
        CPython.Py_IncRef((PyObject*)baseType);
        CPython.PyTuple_SetItem(bases, 0, (PyObject*)baseType); // steals the new reference
        PyObject* type = CPython.PyType_FromSpecWithBases(spec, bases);
        CPython.Py_DecRef(bases);
        return type;
    }

    /// <summary>
    /// The Python type bound to <typeparamref name="T"/>, importing <paramref name="module"/> first if
    /// it was not imported yet (a base class bound in another module). Null with an error set on failure.
    /// </summary>
    public static PyTypeObject* BaseType<T>(string module)
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
                Errors.SetString(CPython.PyExc_ImportError, $"module '{module}' did not bind the base class {typeof(T).Name}");
            }
        }
        return BoundType<T>.Python;
    }

    /// <summary>Whether <paramref name="self"/> is exactly <typeparamref name="T"/>'s Python type (not a Python subclass).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsExactly<T>(PyObject* self) => self->ob_type == BoundType<T>.Python;

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
