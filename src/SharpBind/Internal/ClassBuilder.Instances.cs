using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SharpBind.Interop;

namespace SharpBind.Internal;

public static unsafe partial class ClassBuilder
{
    // Python object of every live C# object that has one: returning the same C# object twice gives the
    // same Python object. Entries are added in Attach and removed in Release; the GIL guards both.
    // Proxies are not here: their ProxyState names their Python object (and must not be kept alive by
    // this table once C# alone owns them).
    private static readonly LiveObjects s_live = new();

    /// <summary>The Python object for <paramref name="value"/> (new reference): the existing one, or a new instance of its bound type.</summary>
    internal static PyObject* Wrap<T>(T value)
        where T : class
    {
        if (s_live.TryGetValue(value, out nint existing))
        {
            CPython.Py_IncRef((PyObject*)existing);
            return (PyObject*)existing;
        }
        if (value is IPythonProxy { PythonState: { Self: not 0 } state })
        {
            CPython.Py_IncRef((PyObject*)state.Self);
            Share(state);
            return (PyObject*)state.Self;
        }
        PyTypeObject* type = TypeFor(value.GetType(), BoundType<T>.Python);
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

    // The most-derived bound type of an object of C# type `type`: its own, else its nearest bound base
    // (remembered), else the static type's.
    private static PyTypeObject* TypeFor(Type type, PyTypeObject* fallback)
    {
        if (s_types.TryGetValue(type, out nint exact))
        {
            return (PyTypeObject*)exact;
        }
        for (Type? current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (s_types.TryGetValue(current, out nint found))
            {
                s_types[type] = found;
                return (PyTypeObject*)found;
            }
        }
        return fallback;
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
    /// <see cref="TryUnwrap{T}"/> for an interface: the object must also really implement it. The
    /// object is checked as an <c>object</c>: once cast with <c>Unsafe.As</c>, a type test could be
    /// folded away by the JIT.
    /// </summary>
    internal static bool TryUnwrapInterface<T>(PyObject* value, out T result)
        where T : class
    {
        result = null!;
        PyTypeObject* type = BoundType<T>.Python;
        if (type == null || (value->ob_type != type && CPython.PyObject_IsInstance(value, (PyObject*)type) != 1))
        {
            return false;
        }
        object? target = Self<object>(value, BoundType<T>.Name);
        if (target is T implementation)
        {
            result = implementation;
            return true;
        }
        return target is not null && NotImplementing<T>(target);
    }

    /// <summary>
    /// The C# object behind <paramref name="self"/>, or null with a TypeError set when
    /// <c>__init__</c> never ran or the object is not a <typeparamref name="T"/>. <paramref name="self"/>
    /// is an instance of the bound type (CPython checks that before calling a method or property of the type).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T? Self<T>(PyObject* self, string typeName)
        where T : class
    {
        nint handle = ((Instance*)self)->Handle;
        object? target = ObjectHandles.Target(handle);
        if (target is T typed)
        {
            return typed;
        }
        // The object is not always a T, although self is an instance of T's type: a Python class may
        // derive from two unrelated bound classes (its __init__ attaches an object of the first), and
        // __class__ can be assigned between bound types (they share one layout). Reading it as a T
        // anyway would be a type confusion, so it is checked; a cast costs a method-table compare.
        return target is null ? NotInitialized<T>(typeName) : WrongObject<T>(self, target, typeName);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static T? WrongObject<T>(PyObject* self, object target, string typeName)
        where T : class
    {
        Errors.SetString(CPython.PyExc_TypeError,
            $"this {PyText.TypeName(self)} is not a {typeName}: the C# object behind it is a {Protocols.CSharpName(target)}");
        return null;
    }

    /// <summary>
    /// <see cref="Self{T}"/> for the methods of a bound interface: the C# object must also really
    /// implement <typeparamref name="T"/> (see <see cref="FromPython.TryInterface{T}"/>); TypeError otherwise.
    /// </summary>
    public static T? SelfAs<T>(PyObject* self, string typeName)
        where T : class
    {
        object? target = Self<object>(self, typeName);
        if (target is null or T)
        {
            return (T?)target;
        }
        NotImplementing<T>(target);
        return null;
    }

    /// <summary>Sets the TypeError for an object whose C# half does not implement interface <typeparamref name="T"/>; returns false.</summary>
    internal static bool NotImplementing<T>(object target)
    {
        Errors.SetString(CPython.PyExc_TypeError,
            $"the C# object behind this {BoundType<T>.Name} ({target.GetType().FullName}) does not implement {typeof(T).FullName}");
        return false;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static T? NotInitialized<T>(string typeName)
        where T : class
    {
        Errors.SetString(CPython.PyExc_TypeError, $"{typeName}.__init__() must be called when overriding __init__");
        return null;
    }

    /// <summary>
    /// Attaches a boxed struct to <paramref name="self"/> (from <c>__init__</c>, or for a struct returned
    /// to Python). Values have no identity: each one gets its own Python object.
    /// </summary>
    public static void AttachValue(PyObject* self, object box)
    {
        var instance = (Instance*)self;
        nint previous = instance->Handle;
        instance->Handle = ObjectHandles.Strong(box);
        if (previous != 0)
        {
            // Release, not just Free: after `obj.__class__ = SomeStruct` the previous object may be a
            // class instance whose identity entry must go before its handle slot is reused.
            Release(previous, self);
        }
    }

    /// <summary>
    /// The box behind a bound struct's <paramref name="self"/> (methods then work on it in place through
    /// <c>Unsafe.Unbox</c>), or null with a TypeError set when <c>__init__</c> never ran.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object? SelfBox(PyObject* self, string typeName) => Self<object>(self, typeName);

    /// <summary>A new Python object holding a copy of <paramref name="value"/> (new reference).</summary>
    internal static PyObject* WrapValue<T>(T value)
        where T : struct
    {
        PyTypeObject* type = BoundType<T>.Python;
        if (type == null)
        {
            Errors.SetString(CPython.PyExc_TypeError, $"C# type {typeof(T).FullName} is not bound to Python (its module was not imported)");
            return null;
        }
        PyObject* instance = CPython.PyType_GenericAlloc(type, 0);
        if (instance != null)
        {
            AttachValue(instance, value);
        }
        return instance;
    }

    /// <summary>A copy of the struct behind a Python argument that must be a <typeparamref name="T"/> (see <see cref="FromPython"/>'s contract).</summary>
    internal static bool TryUnwrapValue<T>(PyObject* value, out T result)
        where T : struct
    {
        result = default;
        PyTypeObject* type = BoundType<T>.Python;
        if (type == null || (value->ob_type != type && CPython.PyObject_IsInstance(value, (PyObject*)type) != 1))
        {
            return false;
        }
        if (Self<object>(value, BoundType<T>.Name) is T copy)
        {
            result = copy;
            return true;
        }
        return false; // __init__ never ran: the TypeError is set
    }

    /// <summary>Attaches a newly constructed C# object to <paramref name="self"/> (from <c>__init__</c>); a second <c>__init__</c> replaces it.</summary>
    public static void Attach(PyObject* self, object value)
    {
        PendingDecRefs.DrainIfPending();
        var instance = (Instance*)self;
        nint previous = instance->Handle;
        nint handle = ObjectHandles.Strong(value);
        instance->Handle = handle;
        if (value is not IPythonProxy)
        {
            s_live.Add(handle, (nint)self);
        }
        if (previous != 0)
        {
            Release(previous, self);
        }
    }

    private static void Release(nint handle, PyObject* self)
    {
        object? target = ObjectHandles.Target(handle);
        if (target is IPythonProxy { PythonState: { } state })
        {
            if (state.Self == (nint)self)
            {
                state.Self = 0; // the proxy outlives its Python half: it falls back to the C# behaviour
                if (state.OwnsReference)
                {
                    // Only a second __init__ gets here (a dying object has no proxy reference left),
                    // and its caller holds self, so this is not the last reference. The old proxy
                    // gives its reference back now; its finalizer then has nothing to release.
                    state.OwnsReference = false;
                    CPython.Py_DecRef(self);
                }
            }
        }
        else if (target is not null)
        {
            s_live.Forget(handle, target, (nint)self);
        }
        ObjectHandles.Free(handle);
    }

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    private static void Dealloc(PyObject* self)
    {
        // No managed exception can arise here: a reference-keyed dictionary removal, freeing a handle
        // and calling tp_free do not throw.
        var instance = (Instance*)self;
        PyTypeObject* type = self->ob_type;
        bool gc = (CPython.PyType_GetFlags(type) & CPython.Py_TPFLAGS_HAVE_GC) != 0;
        if (gc)
        {
            CPython.PyObject_GC_UnTrack(self);
        }
        // Unlink from the C# object first: the weak-reference callbacks below run Python code, which
        // may ask C# for this object again; it must then get a new Python object, not this dying one.
        if (instance->Handle != 0)
        {
            Release(instance->Handle, self);
            instance->Handle = 0;
        }
        if (instance->WeakList != null)
        {
            CPython.PyObject_ClearWeakRefs(self);
        }
        if (instance->Dict != null)
        {
            PyObject* dict = instance->Dict;
            instance->Dict = null;
            CPython.Py_DecRef(dict);
        }
        // tp_free only returns the memory (PyObject_Free or PyObject_GC_Del for every type SharpBind
        // or Python's class statement makes): it runs no Python code and does not block, so it needs
        // no GC transition, which would cost more than the call.
        var free = (delegate* unmanaged[Cdecl, SuppressGCTransition]<void*, void>)CPython.PyType_GetSlot(type, CPython.Py_tp_free);
        free(self);
        CPython.Py_DecRef((PyObject*)type); // instances of heap types own a reference to their type
    }

    // __dict__ of types with DynamicAttributes (types made from a spec get no such descriptor).
    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    private static PyObject* GetDict(PyObject* self, void* closure)
    {
        var instance = (Instance*)self;
        if (instance->Dict == null)
        {
            instance->Dict = CPython.PyDict_New(); // null with MemoryError set: returned as is
        }
        CPython.Py_XIncRef(instance->Dict);
        return instance->Dict;
    }

    // tp_traverse of types with DynamicAttributes: the instance dict is the only Python reference it holds.
    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    private static int Traverse(PyObject* self, delegate* unmanaged[Cdecl]<PyObject*, void*, int> visit, void* arg)
    {
        PyObject* dict = ((Instance*)self)->Dict;
        return dict == null ? 0 : visit(dict, arg);
    }

    // tp_clear: breaks cycles through the instance dict.
    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    private static int Clear(PyObject* self)
    {
        var instance = (Instance*)self;
        PyObject* dict = instance->Dict;
        instance->Dict = null;
        CPython.Py_XDecRef(dict);
        return 0;
    }
}
