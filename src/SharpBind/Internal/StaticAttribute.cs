using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SharpBind.Interop;

namespace SharpBind.Internal;

/// <summary>
/// The descriptor behind a static property, static field or constant of a bound class: reading
/// <c>Pet.count</c> (or <c>pet.count</c>) calls the generated getter, so the value is always the
/// C# one, not a copy taken at import. Assigning through an instance calls the setter; assigning
/// through the class replaces the attribute, as for any Python class without a metaclass.
/// </summary>
internal static unsafe class StaticAttribute
{
    [StructLayout(LayoutKind.Sequential)]
    private struct Descriptor
    {
        public PyObject Header;
        public delegate* unmanaged[Cdecl]<PyObject*, void*, PyObject*> Getter;
        public delegate* unmanaged[Cdecl]<PyObject*, PyObject*, void*, int> Setter;
        public nint Name; // NativeText, for the read-only error
    }

    // One descriptor type per process, created on first use (GIL held) and never freed.
    private static PyTypeObject* s_type;

    /// <summary>Adds a descriptor for <paramref name="property"/> to <paramref name="type"/>. False with an error set.</summary>
    public static bool Add(PyTypeObject* type, in PropertyDefinition property)
    {
        if (s_type == null && !CreateType())
        {
            return false;
        }
        PyObject* descriptor = CPython.PyType_GenericAlloc(s_type, 0);
        if (descriptor == null)
        {
            return false;
        }
        var fields = (Descriptor*)descriptor;
        fields->Getter = property.Getter;
        fields->Setter = property.Setter;
        fields->Name = (nint)NativeText.Persist(property.Name);
        return ModuleBuilder.AddAttribute((PyObject*)type, property.Name, descriptor); // consumes descriptor
    }

    private static bool CreateType()
    {
        var slots = (PyType_Slot*)NativeMemory.AllocZeroed(3, (nuint)sizeof(PyType_Slot));
        slots[0] = new PyType_Slot { slot = CPython.Py_tp_descr_get, pfunc = (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*, PyObject*>)&Get };
        slots[1] = new PyType_Slot { slot = CPython.Py_tp_descr_set, pfunc = (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*, int>)&Set };
        var spec = (PyType_Spec*)NativeMemory.AllocZeroed((nuint)sizeof(PyType_Spec));
        spec->name = NativeText.Persist("sharpbind.static_attribute");
        spec->basicsize = sizeof(Descriptor);
        spec->slots = slots;
        s_type = (PyTypeObject*)CPython.PyType_FromSpec(spec);
        return s_type != null;
    }

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    private static PyObject* Get(PyObject* self, PyObject* instance, PyObject* owner)
    {
        // The generated getter catches its own exceptions and ignores its first argument.
        return ((Descriptor*)self)->Getter(instance, null);
    }

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    private static int Set(PyObject* self, PyObject* instance, PyObject* value)
    {
        var fields = (Descriptor*)self;
        if (fields->Setter == null)
        {
            try
            {
                string name = new((sbyte*)fields->Name);
                Errors.SetString(CPython.PyExc_AttributeError, $"attribute '{name}' is read-only");
            }
            catch (System.Exception exception)
            {
                Errors.Raise(exception, null);
            }
            return -1;
        }
        return fields->Setter(instance, value, null); // the generated setter catches its own exceptions
    }
}
