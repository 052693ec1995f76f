using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SharpBind.Interop;

namespace SharpBind.Internal;

public static unsafe partial class ClassBuilder
{
    // The root of every bound type, "sharpbind.Object": it owns the instance layout (Instance), the
    // weak-reference slot, tp_dealloc and tp_finalize. Bound types add no fields, so any of them can
    // be combined as Python bases: a class and the interfaces it implements share one layout.
    // Created on first use (GIL held) and kept for the life of the process.
    private static PyTypeObject* s_root;

    private static readonly byte* s_weaklistoffset = NativeText.Persist("__weaklistoffset__");

    private static int WeakListOffset
    {
        get
        {
            Instance probe; // only its field addresses are used
            return (int)((byte*)&probe.WeakList - (byte*)&probe);
        }
    }

    private static int DictOffset
    {
        get
        {
            Instance probe;
            return (int)((byte*)&probe.Dict - (byte*)&probe);
        }
    }

    private static PyMemberDef OffsetMember(byte* name, int offset) =>
        new() { name = name, type = CPython.Py_T_PYSSIZET, offset = offset, flags = CPython.Py_READONLY };

    /// <summary>The root type, created on first use; null with an error set if that fails.</summary>
    private static PyTypeObject* Root()
    {
        if (s_root != null)
        {
            return s_root;
        }
        var members = (PyMemberDef*)NativeMemory.AllocZeroed(2, (nuint)sizeof(PyMemberDef));
        members[0] = OffsetMember(s_weaklistoffset, WeakListOffset);
        var slots = (PyType_Slot*)NativeMemory.AllocZeroed(6, (nuint)sizeof(PyType_Slot));
        slots[0] = new PyType_Slot { slot = CPython.Py_tp_dealloc, pfunc = (delegate* unmanaged[Cdecl]<PyObject*, void>)&Dealloc };
        // Python subclasses of bound types inherit it: CPython calls it before their instances die.
        slots[1] = new PyType_Slot { slot = CPython.Py_tp_finalize, pfunc = (delegate* unmanaged[Cdecl]<PyObject*, void>)&Finalize };
        slots[2] = new PyType_Slot { slot = CPython.Py_tp_members, pfunc = members };
        slots[3] = new PyType_Slot { slot = CPython.Py_tp_new, pfunc = (delegate* unmanaged[Cdecl]<PyTypeObject*, PyObject*, PyObject*, PyObject*>)&NewRoot };
        slots[4] = new PyType_Slot { slot = CPython.Py_tp_doc, pfunc = NativeText.Persist("The base of every type SharpBind binds; not instantiable.") };
        var spec = (PyType_Spec*)NativeMemory.AllocZeroed((nuint)sizeof(PyType_Spec));
        spec->name = NativeText.Persist("sharpbind.Object");
        spec->basicsize = sizeof(Instance);
        spec->flags = CPython.Py_TPFLAGS_BASETYPE;
        spec->slots = slots;
        var root = (PyTypeObject*)CPython.PyType_FromSpec(spec);
        if (root != null && !InstallDelSupport(root))
        {
            CPython.Py_DecRef((PyObject*)root);
            return null;
        }
        s_root = root;
        return s_root;
    }

    // tp_new of the root type: only bound types (which have their own tp_new) make instances.
    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    private static PyObject* NewRoot(PyTypeObject* type, PyObject* args, PyObject* kwargs)
    {
        try
        {
            Errors.SetString(CPython.PyExc_TypeError, "cannot create 'sharpbind.Object' instances");
            return null;
        }
        catch (System.Exception exception)
        {
            return Errors.Raise(exception, null);
        }
    }
}
