namespace SharpBind.Interop;

// The generic object, number, sequence and mapping protocols used by SharpBind's object API
// (PythonObject and its typed wrappers). Every one of these can run Python code (__eq__, __hash__,
// __getattr__, destructors) or allocate GC-tracked objects, so they all keep the GC transition.
public static unsafe partial class CPython
{
    /// <summary><c>Py_single_input</c>, <c>Py_file_input</c>, <c>Py_eval_input</c>: the <c>start</c> of <see cref="Py_CompileString"/>.</summary>
    public const int Py_single_input = 256, Py_file_input = 257, Py_eval_input = 258;

    /// <summary><c>Py_TPFLAGS_TYPE_SUBCLASS</c>.</summary>
    public const ulong Py_TPFLAGS_TYPE_SUBCLASS = 1UL << 31;

    /// <summary><c>types.ModuleType</c>.</summary>
    public static readonly PyTypeObject* PyModule_Type = (PyTypeObject*)PythonSymbols.Require("PyModule_Type");

    /// <summary>
    /// CPython's <c>Py_DecRef</c> without the GC transition, for <see cref="Py_DecRefNumber"/> only:
    /// destroying an exact int or float frees memory (they have no trashcan, no finalizer, no
    /// weak references) and runs no Python code, so it can neither call back into .NET nor block.
    /// </summary>
    private static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, void> Py_DecRef_Number =
        (delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, void>)PythonSymbols.Require("Py_DecRef");

    /// <summary>
    /// <c>Py_DECREF</c> for an object the caller knows to be an exact int or float (it made the object
    /// itself, or checked <c>ob_type</c>). The last reference is released
    /// without the GC transition (see <see cref="Py_DecRef_Number"/>).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static void Py_DecRefNumber(PyObject* op)
    {
        if (!DecRefNotLast(op))
        {
            Py_DecRef_Number(op);
        }
    }

    /// <summary><c>PyObject_SetAttr(o, name, v)</c>: 0, or -1 with an error set; a null <c>v</c> deletes the attribute. Borrows all three.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*, int> PyObject_SetAttr =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*, int>)PythonSymbols.Require("PyObject_SetAttr");

    /// <summary><c>PyObject_HasAttr(o, name)</c>: 1 or 0; never raises (errors in <c>__getattr__</c> are swallowed).</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, int> PyObject_HasAttr =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, int>)PythonSymbols.Require("PyObject_HasAttr");

    /// <summary><c>PyObject_SetItem(o, key, v)</c>: <c>o[key] = v</c>; 0, or -1 with an error set. Borrows all three.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*, int> PyObject_SetItem =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*, int>)PythonSymbols.Require("PyObject_SetItem");

    /// <summary><c>PyObject_DelItem(o, key)</c>: <c>del o[key]</c>; 0, or -1 with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, int> PyObject_DelItem =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, int>)PythonSymbols.Require("PyObject_DelItem");

    /// <summary><c>PyObject_Hash(o)</c>: <c>hash(o)</c>, or -1 with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, nint> PyObject_Hash =
        (delegate* unmanaged[Cdecl]<PyObject*, nint>)PythonSymbols.Require("PyObject_Hash");

    /// <summary><c>PyObject_IsTrue(o)</c>: 1, 0, or -1 with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, int> PyObject_IsTrue =
        (delegate* unmanaged[Cdecl]<PyObject*, int>)PythonSymbols.Require("PyObject_IsTrue");

    /// <summary><c>PyObject_Size(o)</c>: <c>len(o)</c>, or -1 with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, nint> PyObject_Size =
        (delegate* unmanaged[Cdecl]<PyObject*, nint>)PythonSymbols.Require("PyObject_Size");

    /// <summary><c>PyObject_RichCompare(a, b, op)</c>: new reference to the comparison's result, or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, int, PyObject*> PyObject_RichCompare =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, int, PyObject*>)PythonSymbols.Require("PyObject_RichCompare");

    /// <summary><c>PyObject_IsSubclass(derived, cls)</c>: 1, 0, or -1 with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, int> PyObject_IsSubclass =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, int>)PythonSymbols.Require("PyObject_IsSubclass");

    /// <summary><c>PyObject_Type(o)</c>: new reference to <c>type(o)</c>.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*> PyObject_Type =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*>)PythonSymbols.Require("PyObject_Type");

    /// <summary><c>PyObject_Dir(o)</c>: new reference to the list <c>dir(o)</c>, or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*> PyObject_Dir =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*>)PythonSymbols.Require("PyObject_Dir");

    /// <summary><c>PySequence_Contains(o, value)</c>: <c>value in o</c> as 1 or 0, or -1 with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, int> PySequence_Contains =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, int>)PythonSymbols.Require("PySequence_Contains");

    /// <summary><c>PyNumber_Add(a, b)</c>: new reference to <c>a + b</c>, or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*> PyNumber_Add =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*>)PythonSymbols.Require("PyNumber_Add");

    /// <summary><c>a - b</c>: new reference, or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*> PyNumber_Subtract =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*>)PythonSymbols.Require("PyNumber_Subtract");

    /// <summary><c>a * b</c>: new reference, or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*> PyNumber_Multiply =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*>)PythonSymbols.Require("PyNumber_Multiply");

    /// <summary><c>a / b</c>: new reference, or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*> PyNumber_TrueDivide =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*>)PythonSymbols.Require("PyNumber_TrueDivide");

    /// <summary><c>a // b</c>: new reference, or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*> PyNumber_FloorDivide =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*>)PythonSymbols.Require("PyNumber_FloorDivide");

    /// <summary><c>a % b</c>: new reference, or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*> PyNumber_Remainder =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*>)PythonSymbols.Require("PyNumber_Remainder");

    /// <summary><c>pow(a, b, c)</c> (<c>c</c> is None for two arguments): new reference, or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*, PyObject*> PyNumber_Power =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*, PyObject*>)PythonSymbols.Require("PyNumber_Power");

    /// <summary><c>a &amp; b</c>: new reference, or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*> PyNumber_And =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*>)PythonSymbols.Require("PyNumber_And");

    /// <summary><c>a | b</c>: new reference, or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*> PyNumber_Or =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*>)PythonSymbols.Require("PyNumber_Or");

    /// <summary><c>a ^ b</c>: new reference, or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*> PyNumber_Xor =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*>)PythonSymbols.Require("PyNumber_Xor");

    /// <summary><c>a &lt;&lt; b</c>: new reference, or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*> PyNumber_Lshift =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*>)PythonSymbols.Require("PyNumber_Lshift");

    /// <summary><c>a &gt;&gt; b</c>: new reference, or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*> PyNumber_Rshift =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*>)PythonSymbols.Require("PyNumber_Rshift");

    /// <summary><c>-a</c>: new reference, or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*> PyNumber_Negative =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*>)PythonSymbols.Require("PyNumber_Negative");

    /// <summary><c>+a</c>: new reference, or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*> PyNumber_Positive =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*>)PythonSymbols.Require("PyNumber_Positive");

    /// <summary><c>~a</c>: new reference, or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*> PyNumber_Invert =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*>)PythonSymbols.Require("PyNumber_Invert");

    /// <summary><c>abs(a)</c>: new reference, or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*> PyNumber_Absolute =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*>)PythonSymbols.Require("PyNumber_Absolute");

    /// <summary><c>PyList_Insert(list, i, item)</c>: 0, or -1 with an error set. Does not steal the item.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, nint, PyObject*, int> PyList_Insert =
        (delegate* unmanaged[Cdecl]<PyObject*, nint, PyObject*, int>)PythonSymbols.Require("PyList_Insert");

    /// <summary><c>PyList_AsTuple(list)</c>: new reference to a tuple copy, or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*> PyList_AsTuple =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*>)PythonSymbols.Require("PyList_AsTuple");

    /// <summary><c>PyDict_GetItemWithError(d, key)</c>: borrowed reference; null without an error when absent, or with one (unhashable key).</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*> PyDict_GetItemWithError =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*>)PythonSymbols.Require("PyDict_GetItemWithError");

    /// <summary><c>PyDict_DelItem(d, key)</c>: 0, or -1 with an error set (KeyError when absent).</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, int> PyDict_DelItem =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, int>)PythonSymbols.Require("PyDict_DelItem");

    /// <summary><c>PyDict_Contains(d, key)</c>: 1, 0, or -1 with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, int> PyDict_Contains =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, int>)PythonSymbols.Require("PyDict_Contains");

    /// <summary><c>PyDict_Keys(d)</c>: new reference to a list of the keys, or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*> PyDict_Keys =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*>)PythonSymbols.Require("PyDict_Keys");

    /// <summary><c>PyDict_Items(d)</c>: new reference to a list of (key, value) tuples, or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*> PyDict_Items =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*>)PythonSymbols.Require("PyDict_Items");

    /// <summary><c>PyDict_Copy(d)</c>: new reference to a shallow copy, or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*> PyDict_Copy =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*>)PythonSymbols.Require("PyDict_Copy");

    /// <summary><c>PyBool_FromLong(v)</c>: new reference to True or False.</summary>
    public static readonly delegate* unmanaged[Cdecl]<int, PyObject*> PyBool_FromLong =
        (delegate* unmanaged[Cdecl]<int, PyObject*>)PythonSymbols.Require("PyBool_FromLong");

    /// <summary><c>int(o)</c>: new reference, or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*> PyNumber_Long =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*>)PythonSymbols.Require("PyNumber_Long");

    /// <summary><c>float(o)</c>: new reference, or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*> PyNumber_Float =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*>)PythonSymbols.Require("PyNumber_Float");

    /// <summary><c>PyBytes_Size(b)</c>: the length, or -1 with an error set when not bytes.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, nint> PyBytes_Size =
        (delegate* unmanaged[Cdecl]<PyObject*, nint>)PythonSymbols.Require("PyBytes_Size");

    /// <summary><c>PyImport_Import(name)</c>: new reference to the module named by the str <c>name</c>, or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*> PyImport_Import =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*>)PythonSymbols.Require("PyImport_Import");

    /// <summary><c>PyImport_AddModule(utf8)</c>: borrowed reference to the module of that name in <c>sys.modules</c> (created empty if absent), or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<byte*, PyObject*> PyImport_AddModule =
        (delegate* unmanaged[Cdecl]<byte*, PyObject*>)PythonSymbols.Require("PyImport_AddModule");

    /// <summary><c>PyModule_GetDict(m)</c>: borrowed reference to the module's namespace dict.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*> PyModule_GetDict =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*>)PythonSymbols.Require("PyModule_GetDict");

    /// <summary><c>PyEval_GetBuiltins()</c>: borrowed reference to the builtins dict of the current frame, or of the interpreter.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*> PyEval_GetBuiltins =
        (delegate* unmanaged[Cdecl]<PyObject*>)PythonSymbols.Require("PyEval_GetBuiltins");

    /// <summary><c>Py_CompileString(source, filename, start)</c> (UTF-8 texts): new reference to a code object, or null with an error set (SyntaxError).</summary>
    public static readonly delegate* unmanaged[Cdecl]<byte*, byte*, int, PyObject*> Py_CompileString =
        (delegate* unmanaged[Cdecl]<byte*, byte*, int, PyObject*>)PythonSymbols.Require("Py_CompileString");

    /// <summary><c>PyEval_EvalCode(code, globals, locals)</c>: new reference to the result, or null with an error set. <c>globals</c> must be a dict; <c>locals</c> any mapping.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*, PyObject*> PyEval_EvalCode =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*, PyObject*>)PythonSymbols.Require("PyEval_EvalCode");
}
