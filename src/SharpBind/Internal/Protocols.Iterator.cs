using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SharpBind.Interop;

namespace SharpBind.Internal;

public static unsafe partial class Protocols
{
    // One hidden heap type, sharpbind.Iterator, serves every __iter__: an instance is the object
    // header plus a GCHandle to an IteratorState, which holds the C# enumerator and the function that
    // converts its elements. Created on first use and kept for the life of the process (each copy of
    // the runtime, one per NativeAOT library, has its own).
    [StructLayout(LayoutKind.Sequential)]
    private struct IteratorInstance
    {
        public PyObject Header;
        public nint Handle;
    }

    private static PyTypeObject* s_iteratorType;

    /// <summary>
    /// <c>__iter__</c>: a new Python iterator (new reference) that walks <paramref name="enumerator"/>
    /// and converts each element with <paramref name="convert"/> (the generated converter of the
    /// element type, which returns a new reference or null with an error set). The enumerator is
    /// disposed when it is exhausted or when the iterator dies. Null with an error set on failure.
    /// </summary>
    public static PyObject* Iterate<T>(IEnumerator<T> enumerator, delegate*<T, PyObject*> convert)
    {
        PyTypeObject* type = s_iteratorType != null ? s_iteratorType : CreateIteratorType();
        PyObject* iterator = type == null ? null : CPython.PyType_GenericAlloc(type, 0);
        if (iterator == null)
        {
            enumerator.Dispose();
            return null;
        }
        ((IteratorInstance*)iterator)->Handle = GCHandle.ToIntPtr(GCHandle.Alloc(new EnumeratorState<T>(enumerator, convert)));
        return iterator;
    }

    private static PyTypeObject* CreateIteratorType()
    {
        // Spec and slots live forever: CPython keeps pointers to the name.
        const int slotCount = 4;
        var slots = (PyType_Slot*)NativeMemory.AllocZeroed(slotCount + 1, (nuint)sizeof(PyType_Slot));
        slots[0] = new PyType_Slot { slot = CPython.Py_tp_iter, pfunc = CPython.PyObject_SelfIter };
        slots[1] = new PyType_Slot { slot = CPython.Py_tp_iternext, pfunc = (delegate* unmanaged[Cdecl]<PyObject*, PyObject*>)&IteratorNext };
        slots[2] = new PyType_Slot { slot = CPython.Py_tp_dealloc, pfunc = (delegate* unmanaged[Cdecl]<PyObject*, void>)&IteratorDealloc };
        slots[3] = new PyType_Slot { slot = CPython.Py_tp_doc, pfunc = NativeText.Persist("Iterator over a C# IEnumerable.") };
        var spec = (PyType_Spec*)NativeMemory.AllocZeroed((nuint)sizeof(PyType_Spec));
        spec->name = NativeText.Persist("sharpbind.Iterator");
        spec->basicsize = sizeof(IteratorInstance);
        spec->slots = slots;
        // Not subclassable. Python can still call type(it)() (object's tp_new is inherited before 3.10's
        // Py_TPFLAGS_DISALLOW_INSTANTIATION); such an instance has no handle and is simply empty.
        s_iteratorType = (PyTypeObject*)CPython.PyType_FromSpec(spec);
        return s_iteratorType;
    }

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    private static PyObject* IteratorNext(PyObject* self)
    {
        try
        {
            nint handle = ((IteratorInstance*)self)->Handle;
            return handle == 0 ? null : ((IteratorState)GCHandle.FromIntPtr(handle).Target!).Next();
        }
        catch (Exception exception)
        {
            return Errors.Raise(exception, null);
        }
    }

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    private static void IteratorDealloc(PyObject* self)
    {
        var instance = (IteratorInstance*)self;
        if (instance->Handle != 0)
        {
            GCHandle handle = GCHandle.FromIntPtr(instance->Handle);
            instance->Handle = 0;
            var state = (IteratorState)handle.Target!;
            handle.Free();
            try
            {
                state.Dispose();
            }
            catch (Exception exception)
            {
                ReportUnraisable(exception, self);
            }
        }
        PyTypeObject* type = self->ob_type;
        var free = (delegate* unmanaged[Cdecl]<void*, void>)CPython.PyType_GetSlot(type, CPython.Py_tp_free);
        free(self);
        CPython.Py_DecRef((PyObject*)type); // instances of heap types own a reference to their type
    }

    // A C# exception where Python cannot raise (a destructor): reported through sys.unraisablehook,
    // leaving any exception already in flight as it was.
    private static void ReportUnraisable(Exception exception, PyObject* self)
    {
        PyObject* type, value, traceback;
        CPython.PyErr_Fetch(&type, &value, &traceback);
        Errors.Raise(exception, null);
        CPython.PyErr_WriteUnraisable(self);
        CPython.PyErr_Restore(type, value, traceback);
    }

    /// <summary>What a Python iterator holds: a C# enumerator of some element type.</summary>
    private abstract class IteratorState : IDisposable
    {
        /// <summary>The next element as a new reference; null at the end (no error) or with an error set.</summary>
        public abstract PyObject* Next();

        public abstract void Dispose();
    }

    private sealed class EnumeratorState<T> : IteratorState
    {
        private readonly IEnumerator<T> _enumerator;
        private readonly delegate*<T, PyObject*> _convert;
        private bool _finished;

        public EnumeratorState(IEnumerator<T> enumerator, delegate*<T, PyObject*> convert)
        {
            _enumerator = enumerator;
            _convert = convert;
        }

        public override PyObject* Next()
        {
            if (_finished)
            {
                return null;
            }
            if (!_enumerator.MoveNext())
            {
                Dispose(); // exhausted: release what the enumerator holds now, not when Python frees the iterator
                return null;
            }
            return _convert(_enumerator.Current);
        }

        public override void Dispose()
        {
            if (!_finished)
            {
                _finished = true;
                _enumerator.Dispose();
            }
        }
    }
}
