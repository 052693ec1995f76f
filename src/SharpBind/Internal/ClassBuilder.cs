using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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

/// <summary>
/// Builds Python heap types for <c>[PyClass]</c> classes and connects instances to C# objects.
/// For generated code only; the GIL is held in every member.
/// </summary>
/// <remarks>
/// An instance is the Python object header followed by a <see cref="GCHandle"/> to the C# object.
/// <c>tp_new</c> leaves the handle zero; <c>__init__</c> constructs the C# object and fills it, so a
/// Python subclass that forgets <c>super().__init__()</c> gets a clear TypeError, not a crash.
/// The Python object keeps the C# object alive through the strong handle; the handle is freed in
/// <c>tp_dealloc</c>.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static unsafe class ClassBuilder
{
    [StructLayout(LayoutKind.Sequential)]
    private struct Instance
    {
        public PyObject Header;
        public nint Handle;
    }

    /// <summary>
    /// Creates the type <c>module.name</c> and adds it to <paramref name="module"/>. Returns false with
    /// a Python error set.
    /// </summary>
    public static bool AddClass<T>(PyObject* module, string moduleName, string name, string? doc, bool isSealed,
        delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*, int> init,
        delegate* unmanaged[Cdecl]<PyObject*, PyObject*> str,
        ReadOnlySpan<MethodDefinition> methods, ReadOnlySpan<PropertyDefinition> properties)
    {
        var getset = (PyGetSetDef*)NativeMemory.AllocZeroed((nuint)(properties.Length + 1), (nuint)sizeof(PyGetSetDef));
        for (int i = 0; i < properties.Length; i++)
        {
            getset[i].name = NativeText.Persist(properties[i].Name);
            getset[i].get = properties[i].Getter;
            getset[i].set = properties[i].Setter;
            getset[i].doc = NativeText.Persist(properties[i].Doc);
        }

        // Spec and slots live forever: CPython may read them again (the name, for one).
        var slots = (PyType_Slot*)NativeMemory.AllocZeroed(10, (nuint)sizeof(PyType_Slot));
        int n = 0;
        slots[n++] = new PyType_Slot { slot = CPython.Py_tp_new, pfunc = CPython.PyType_GenericNew };
        slots[n++] = new PyType_Slot { slot = CPython.Py_tp_init, pfunc = init };
        slots[n++] = new PyType_Slot { slot = CPython.Py_tp_dealloc, pfunc = (delegate* unmanaged[Cdecl]<PyObject*, void>)&Dealloc };
        slots[n++] = new PyType_Slot { slot = CPython.Py_tp_methods, pfunc = ModuleBuilder.MethodTable(methods) };
        slots[n++] = new PyType_Slot { slot = CPython.Py_tp_getset, pfunc = getset };
        if (doc is not null)
        {
            slots[n++] = new PyType_Slot { slot = CPython.Py_tp_doc, pfunc = NativeText.Persist(doc) };
        }
        if (str != null)
        {
            slots[n++] = new PyType_Slot { slot = CPython.Py_tp_str, pfunc = str };
        }

        var spec = (PyType_Spec*)NativeMemory.AllocZeroed((nuint)sizeof(PyType_Spec));
        spec->name = NativeText.Persist(moduleName + "." + name);
        spec->basicsize = sizeof(Instance);
        spec->flags = isSealed ? 0u : CPython.Py_TPFLAGS_BASETYPE;
        spec->slots = slots;
        PyObject* type = CPython.PyType_FromSpec(spec);
        if (type == null)
        {
            return false;
        }
        // The module keeps the type alive for the life of the process; these pointers borrow it.
        BoundType<T>.Python = (PyTypeObject*)type;
        BoundType<T>.Name = name;
        s_types[typeof(T)] = (nint)type;
        return ModuleBuilder.AddAttribute(module, name, type);
    }

    // Python object of every live C# object that has one: returning the same C# object twice gives the
    // same Python object. Entries are added in Attach and removed in Dealloc; the GIL guards both.
    private static readonly Dictionary<object, nint> s_live = new(ReferenceEqualityComparer.Instance);

    // The Python type bound to each C# type, for returning an object as its most-derived bound type.
    private static readonly Dictionary<Type, nint> s_types = new();

    /// <summary>The Python object for <paramref name="value"/> (new reference): the existing one, or a new instance of its bound type.</summary>
    internal static PyObject* Wrap<T>(T value)
        where T : class
    {
        if (s_live.TryGetValue(value, out nint existing))
        {
            CPython.Py_IncRef((PyObject*)existing);
            return (PyObject*)existing;
        }
        PyTypeObject* type = s_types.TryGetValue(value.GetType(), out nint exact) ? (PyTypeObject*)exact : BoundType<T>.Python;
        if (type == null)
        {
            Errors.SetString(CPython.PyExc_TypeError, $"C# type {value.GetType().FullName} is not bound to Python (its module was not imported)");
            return null;
        }
        PyObject* instance = CPython.PyType_GenericAlloc(type, 0);
        if (instance != null)
        {
            Attach(instance, value);
        }
        return instance;
    }

    /// <summary>The C# object behind a Python argument that must be a <typeparamref name="T"/> (see <see cref="FromPython"/>'s contract).</summary>
    internal static bool TryUnwrap<T>(PyObject* value, out T result)
        where T : class
    {
        result = null!;
        PyTypeObject* type = BoundType<T>.Python;
        if (type == null || (value->ob_type != type && CPython.PyObject_IsInstance(value, (PyObject*)type) != 1))
        {
            return false; // wrong type (or an error from __instancecheck__, kept)
        }
        T? target = Self<T>(value, BoundType<T>.Name);
        result = target!;
        return target is not null;
    }

    /// <summary>
    /// The C# object behind <paramref name="self"/>, or null with a TypeError set when
    /// <c>__init__</c> never ran. <paramref name="self"/> is an instance of the bound type (CPython
    /// checks that before calling a method or property of the type).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T? Self<T>(PyObject* self, string typeName)
        where T : class
    {
        nint handle = ((Instance*)self)->Handle;
        if (handle == 0)
        {
            return NotInitialized<T>(typeName);
        }
        return Unsafe.As<T>(GCHandle.FromIntPtr(handle).Target);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static T? NotInitialized<T>(string typeName)
        where T : class
    {
        Errors.SetString(CPython.PyExc_TypeError, $"{typeName}.__init__() must be called when overriding __init__");
        return null;
    }

    /// <summary>Attaches a newly constructed C# object to <paramref name="self"/> (from <c>__init__</c>); a second <c>__init__</c> replaces it.</summary>
    public static void Attach(PyObject* self, object value)
    {
        var instance = (Instance*)self;
        nint previous = instance->Handle;
        instance->Handle = GCHandle.ToIntPtr(GCHandle.Alloc(value));
        s_live[value] = (nint)self;
        if (previous != 0)
        {
            Release(previous, self);
        }
    }

    /// <summary>Sets TypeError("cannot delete attribute") for a property setter called with null; returns -1.</summary>
    public static int CannotDelete(string typeName, string property)
    {
        Errors.SetString(CPython.PyExc_TypeError, $"cannot delete attribute '{property}' of '{typeName}' objects");
        return -1;
    }

    private static void Release(nint handle, PyObject* self)
    {
        GCHandle gcHandle = GCHandle.FromIntPtr(handle);
        object? target = gcHandle.Target;
        if (target is not null && s_live.TryGetValue(target, out nint owner) && owner == (nint)self)
        {
            s_live.Remove(target);
        }
        gcHandle.Free();
    }

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    private static void Dealloc(PyObject* self)
    {
        // No managed exception can arise here: a reference-keyed dictionary removal, freeing a handle
        // and calling tp_free do not throw.
        var instance = (Instance*)self;
        if (instance->Handle != 0)
        {
            Release(instance->Handle, self);
            instance->Handle = 0;
        }
        PyTypeObject* type = self->ob_type;
        var free = (delegate* unmanaged[Cdecl]<void*, void>)CPython.PyType_GetSlot(type, CPython.Py_tp_free);
        free(self);
        CPython.Py_DecRef((PyObject*)type); // instances of heap types own a reference to their type
    }
}

/// <summary>The Python type bound to <typeparamref name="T"/>; null until its module is imported.</summary>
internal static unsafe class BoundType<T>
{
    public static PyTypeObject* Python;

    /// <summary>The Python class name, for error messages (kept here so no call asks the type for it).</summary>
    public static string Name = "";
}
