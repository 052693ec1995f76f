namespace SharpBind.Interop;

public static unsafe partial class CPython
{
    /// <summary><c>PY_VECTORCALL_ARGUMENTS_OFFSET</c>: the callee may use <c>args[-1]</c> as scratch space.</summary>
    public static readonly nuint PY_VECTORCALL_ARGUMENTS_OFFSET = (nuint)1 << (8 * sizeof(nint) - 1);

    /// <summary><c>PyObject_GetAttr(o, name)</c>: new reference, or null with an error set (AttributeError when absent).</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*> PyObject_GetAttr =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*>)PythonSymbols.Require("PyObject_GetAttr");

    /// <summary>
    /// <c>PyObject_Vectorcall(callable, args, nargsf, kwnames)</c>: new reference, or null with an
    /// error set; borrows the arguments. In the stable ABI since 3.12, so null on older Pythons
    /// (callers then build a tuple for <see cref="PyObject_Call"/>).
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject**, nuint, PyObject*, PyObject*> PyObject_Vectorcall =
        PythonVersion.AtLeast(3, 12)
            ? (delegate* unmanaged[Cdecl]<PyObject*, PyObject**, nuint, PyObject*, PyObject*>)PythonSymbols.Require("PyObject_Vectorcall")
            : null;

    /// <summary><c>PyType_FromSpecWithBases(spec, bases)</c>: new reference to a heap type deriving from the tuple <c>bases</c> (3.9 rejects a lone type), or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyType_Spec*, PyObject*, PyObject*> PyType_FromSpecWithBases =
        (delegate* unmanaged[Cdecl]<PyType_Spec*, PyObject*, PyObject*>)PythonSymbols.Require("PyType_FromSpecWithBases");

    /// <summary><c>PyCallable_Check</c>: 1 when the object can be called (runs no Python code).</summary>
    public static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, int> PyCallable_Check =
        (delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, int>)PythonSymbols.Require("PyCallable_Check");

    /// <summary>
    /// <c>PyCFunction_NewEx(ml, self, module)</c>: a new reference to a built-in function calling
    /// <c>ml</c>, or null with an error set. <c>ml</c> must outlive the function; <c>self</c> and
    /// <c>module</c> (either may be null) are borrowed and kept.
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl]<PyMethodDef*, PyObject*, PyObject*, PyObject*> PyCFunction_NewEx =
        (delegate* unmanaged[Cdecl]<PyMethodDef*, PyObject*, PyObject*, PyObject*>)PythonSymbols.Require("PyCFunction_NewEx");
}
