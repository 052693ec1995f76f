using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SharpBind.Interop;

namespace SharpBind.Internal.Callbacks;

/// <summary>
/// A C# delegate seen from Python: an instance of the callable type <c>sharpbind.Delegate</c>
/// holding the delegate and an invoker that converts Python arguments for it. Going back to C#, it
/// is the same delegate again. For generated code only.
/// </summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public static unsafe class DelegateObject
{
    [StructLayout(LayoutKind.Sequential)]
    private struct Instance
    {
        public PyObject Header;
        public nint Handle; // ObjectHandles strong handle to a DelegateInvoker
    }

    private static PyTypeObject* s_type;

    /// <summary>A new Python callable for <paramref name="invoker"/>'s delegate, or null with an error set.</summary>
    public static PyObject* Wrap(DelegateInvoker invoker)
    {
        if (s_type == null && !CreateType())
        {
            return null;
        }
        PyObject* instance = CPython.PyType_GenericAlloc(s_type, 0);
        if (instance != null)
        {
            ((Instance*)instance)->Handle = ObjectHandles.Strong(invoker);
        }
        return instance;
    }

    /// <summary>The delegate behind <paramref name="value"/> when it is one of these objects.</summary>
    public static bool TryUnwrap(PyObject* value, out Delegate result)
    {
        if (s_type != null && value->ob_type == s_type && ObjectHandles.Target(((Instance*)value)->Handle) is DelegateInvoker invoker)
        {
            result = invoker.Delegate;
            return true;
        }
        result = null!;
        return false;
    }

    private static bool CreateType()
    {
        var slots = (PyType_Slot*)NativeMemory.AllocZeroed(5, (nuint)sizeof(PyType_Slot));
        slots[0] = new PyType_Slot { slot = CPython.Py_tp_call, pfunc = (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*, PyObject*>)&Call };
        slots[1] = new PyType_Slot { slot = CPython.Py_tp_dealloc, pfunc = (delegate* unmanaged[Cdecl]<PyObject*, void>)&Dealloc };
        slots[2] = new PyType_Slot { slot = CPython.Py_tp_repr, pfunc = (delegate* unmanaged[Cdecl]<PyObject*, PyObject*>)&Repr };
        slots[3] = new PyType_Slot { slot = CPython.Py_tp_doc, pfunc = NativeText.Persist("A C# delegate; calling it calls C#.") };
        var spec = (PyType_Spec*)NativeMemory.AllocZeroed((nuint)sizeof(PyType_Spec));
        spec->name = NativeText.Persist("sharpbind.Delegate");
        spec->basicsize = sizeof(Instance);
        spec->slots = slots;
        s_type = (PyTypeObject*)CPython.PyType_FromSpec(spec);
        return s_type != null;
    }

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    private static PyObject* Call(PyObject* self, PyObject* args, PyObject* kwargs)
    {
        try
        {
            if (kwargs != null && CPython.PyDict_Size(kwargs) != 0)
            {
                Errors.SetString(CPython.PyExc_TypeError, "a C# delegate takes no keyword arguments");
                return null;
            }
            var invoker = (DelegateInvoker)ObjectHandles.Target(((Instance*)self)->Handle)!;
            return invoker.Call(args);
        }
        catch (Exception exception)
        {
            return Errors.Raise(exception, null);
        }
    }

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    private static PyObject* Repr(PyObject* self)
    {
        try
        {
            object? invoker = ObjectHandles.Target(((Instance*)self)->Handle);
            string name = invoker is DelegateInvoker d ? d.Delegate.GetType().Name : "?";
            return PyStrings.FromManaged($"<sharpbind.Delegate {name}>");
        }
        catch (Exception exception)
        {
            return Errors.Raise(exception, null);
        }
    }

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    private static void Dealloc(PyObject* self)
    {
        // Freeing a table slot and tp_free do not throw.
        var instance = (Instance*)self;
        if (instance->Handle != 0)
        {
            ObjectHandles.Free(instance->Handle);
            instance->Handle = 0;
        }
        PyTypeObject* type = self->ob_type;
        var free = (delegate* unmanaged[Cdecl]<void*, void>)CPython.PyType_GetSlot(type, CPython.Py_tp_free);
        free(self);
        CPython.Py_DecRef((PyObject*)type);
    }
}
