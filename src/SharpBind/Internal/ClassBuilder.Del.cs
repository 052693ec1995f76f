using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SharpBind.Interop;

namespace SharpBind.Internal;

public static unsafe partial class ClassBuilder
{
    // A Python subclass that defines __del__ gets CPython's own tp_finalize (which calls __del__)
    // instead of the inherited Finalize, so its proxy would never be resurrected and C# would lose
    // the Python overrides once Python dropped the object. The root type's __init_subclass__ wraps
    // such a __del__ (defined by the class itself or inherited from a mixin): the wrapper first
    // gives SharpBind the chance to resurrect the object on C#'s behalf and, if it did, puts the
    // user's __del__ off until C# lets go (ProxyState.DeferredDel,
    // run by PendingDecRefs through CallDeferredDel). The wrapper is Python code, compiled once.
    private const string DelSupportSource = """
        def install(root, finalize):
            def wrap(user_del):
                def __del__(self):
                    if not finalize(self):
                        user_del(self)
                __del__.__sharpbind_user_del__ = user_del
                __del__.__qualname__ = getattr(user_del, '__qualname__', '__del__')
                __del__.__doc__ = getattr(user_del, '__doc__', None)
                return __del__

            def __init_subclass__(cls, **kwargs):
                super(root, cls).__init_subclass__(**kwargs)
                # Looked up through the MRO: a __del__ inherited from a mixin must be wrapped too.
                user_del = getattr(cls, '__del__', None)
                if user_del is not None and not hasattr(user_del, '__sharpbind_user_del__'):
                    cls.__del__ = wrap(user_del)

            root.__init_subclass__ = classmethod(__init_subclass__)
        """;

    private static readonly PyMethodDef* s_finalizeForDel = NewFinalizeDef();
    private static readonly byte* s_delName = NativeText.Persist("__del__");

    private static PyMethodDef* NewFinalizeDef()
    {
        var definition = (PyMethodDef*)NativeMemory.AllocZeroed((nuint)sizeof(PyMethodDef)); // lives for the process
        definition->ml_name = NativeText.Persist("_sharpbind_finalize");
        definition->ml_meth = (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*>)&FinalizeForDel;
        definition->ml_flags = CPython.METH_O;
        definition->ml_doc = NativeText.Persist("Resurrects a dying instance whose C# half C# may still hold; True if it did.");
        return definition;
    }

    /// <summary>Installs the <c>__init_subclass__</c> hook on the root type; false with an error set.</summary>
    private static bool InstallDelSupport(PyTypeObject* root)
    {
        // Runs once, when the root type is made: the texts it persists are a few bytes for the process.
        PyObject* globals = CPython.PyDict_New();
        PyObject* code = globals == null ? null : CPython.Py_CompileString(NativeText.Persist(DelSupportSource), NativeText.Persist("<sharpbind>"), CPython.Py_file_input);
        bool ok = false;
        if (code != null && CPython.PyDict_SetItemString(globals, NativeText.Persist("__builtins__"), CPython.PyEval_GetBuiltins()) == 0)
        {
            PyObject* result = CPython.PyEval_EvalCode(code, globals, globals);
            CPython.Py_XDecRef(result);
            PyObject* install = result == null ? null : CPython.PyDict_GetItemString(globals, NativeText.Persist("install")); // borrowed
            PyObject* finalize = install == null ? null : CPython.PyCFunction_NewEx(s_finalizeForDel, null, null);
            if (finalize != null)
            {
                PyObject* args = CPython.PyTuple_New(2);
                if (args != null)
                {
                    CPython.Py_IncRef((PyObject*)root);
                    CPython.PyTuple_SetItem(args, 0, (PyObject*)root); // steals
                    CPython.PyTuple_SetItem(args, 1, finalize); // steals
                    finalize = null;
                    PyObject* done = CPython.PyObject_Call(install, args, null);
                    ok = done != null;
                    CPython.Py_XDecRef(done);
                    CPython.Py_DecRef(args);
                }
                CPython.Py_XDecRef(finalize);
            }
        }
        CPython.Py_XDecRef(code);
        CPython.Py_XDecRef(globals);
        return ok;
    }

    // The wrapper's `finalize(self)`: METH_O, so `arg` is the one argument (borrowed).
    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    private static PyObject* FinalizeForDel(PyObject* module, PyObject* arg)
    {
        try
        {
            // Only instances of the root layout have a handle to read; anything else is not ours.
            int isOurs = CPython.PyObject_IsInstance(arg, (PyObject*)s_root);
            if (isOurs < 0)
            {
                return null;
            }
            bool resurrected = isOurs == 1 && Resurrect(arg, deferredDel: true);
            return ToPython.Boolean(resurrected);
        }
        catch (System.Exception exception)
        {
            return Errors.Raise(exception, null);
        }
    }

    /// <summary>
    /// Runs the put-off <c>__del__</c> of <paramref name="self"/>, which the caller owns a reference to
    /// (so it is alive), with the GIL held. Errors are reported as unraisable, as CPython reports
    /// errors in <c>__del__</c>; a pending exception is kept.
    /// </summary>
    internal static void CallDeferredDel(PyObject* self)
    {
        PyObject* type, value, traceback;
        CPython.PyErr_Fetch(&type, &value, &traceback);
        PyObject* method = CPython.PyObject_GetAttrString(self, s_delName);
        PyObject* result = method == null ? null : CPython.PyObject_CallObject(method, null);
        if (result == null)
        {
            CPython.PyErr_WriteUnraisable(method != null ? method : self);
        }
        CPython.Py_XDecRef(result);
        CPython.Py_XDecRef(method);
        CPython.PyErr_Restore(type, value, traceback);
    }
}
