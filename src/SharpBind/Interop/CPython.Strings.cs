namespace SharpBind.Interop;

public static unsafe partial class CPython
{
    /// <summary>
    /// <c>PyUnicode_AsUTF8AndSize</c> (stable ABI from 3.10; null on 3.9): a pointer to the str's
    /// UTF-8 form, cached inside the str object (borrowed, valid while the str lives), or null with an
    /// error set (UnicodeEncodeError for lone surrogates). Raising that error allocates an exception,
    /// which can start a collection and run destructors: keeps the transition.
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, nint*, byte*> PyUnicode_AsUTF8AndSize =
        (delegate* unmanaged[Cdecl]<PyObject*, nint*, byte*>)PythonSymbols.Optional("PyUnicode_AsUTF8AndSize");

    /// <summary><c>PyUnicode_AsUTF8String</c>: new reference to a bytes object, or null with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*> PyUnicode_AsUTF8String =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*>)PythonSymbols.Require("PyUnicode_AsUTF8String");

    /// <summary>
    /// <c>PyUnicode_AsEncodedString(str, encoding, errors)</c>: new reference to bytes, or null with an
    /// error set. Used with "utf-16-le"/"surrogatepass" to carry lone surrogates across unchanged.
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, byte*, byte*, PyObject*> PyUnicode_AsEncodedString =
        (delegate* unmanaged[Cdecl]<PyObject*, byte*, byte*, PyObject*>)PythonSymbols.Require("PyUnicode_AsEncodedString");

    /// <summary>
    /// <c>PyUnicode_FromStringAndSize</c>: new reference, or null with an error set (invalid UTF-8).
    /// Precondition for skipping the transition: the input is valid UTF-8 (so no exception object is
    /// made); strings are not GC-tracked and decoding runs no Python code.
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<byte*, nint, PyObject*> PyUnicode_FromStringAndSize =
        (delegate* unmanaged[Cdecl, SuppressGCTransition]<byte*, nint, PyObject*>)PythonSymbols.Require("PyUnicode_FromStringAndSize");

    /// <summary>
    /// <c>PyUnicode_DecodeUTF16(data, size, errors, byteorder)</c>: new reference, or null with an error
    /// set. Error handlers are looked up by name and could be user code: keeps the transition.
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl]<byte*, nint, byte*, int*, PyObject*> PyUnicode_DecodeUTF16 =
        (delegate* unmanaged[Cdecl]<byte*, nint, byte*, int*, PyObject*>)PythonSymbols.Require("PyUnicode_DecodeUTF16");

    /// <summary><c>PyUnicode_GetLength</c>: the number of code points, or -1 with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, nint> PyUnicode_GetLength =
        (delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, nint>)PythonSymbols.Require("PyUnicode_GetLength");

    /// <summary><c>PyUnicode_ReadChar</c>: the code point at an index, or (uint)-1 with an error set.</summary>
    public static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, nint, uint> PyUnicode_ReadChar =
        (delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, nint, uint>)PythonSymbols.Require("PyUnicode_ReadChar");

    /// <summary><c>PyUnicode_InternFromString</c>: new reference to an interned str.</summary>
    public static readonly delegate* unmanaged[Cdecl]<byte*, PyObject*> PyUnicode_InternFromString =
        (delegate* unmanaged[Cdecl]<byte*, PyObject*>)PythonSymbols.Require("PyUnicode_InternFromString");

    /// <summary><c>PyBytes_FromStringAndSize</c>: new reference (a copy), or null with an error set. Cannot call back.</summary>
    public static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<byte*, nint, PyObject*> PyBytes_FromStringAndSize =
        (delegate* unmanaged[Cdecl, SuppressGCTransition]<byte*, nint, PyObject*>)PythonSymbols.Require("PyBytes_FromStringAndSize");

    /// <summary>
    /// <c>PyBytes_AsStringAndSize(obj, &amp;buffer, &amp;length)</c>: 0 with a pointer into the bytes
    /// object (borrowed, valid while it lives), or -1 with an error set. Precondition: a bytes object.
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, byte**, nint*, int> PyBytes_AsStringAndSize =
        (delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, byte**, nint*, int>)PythonSymbols.Require("PyBytes_AsStringAndSize");

    /// <summary><c>PyByteArray_AsString</c>: pointer to the buffer (borrowed). Precondition: a bytearray.</summary>
    public static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, byte*> PyByteArray_AsString =
        (delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, byte*>)PythonSymbols.Require("PyByteArray_AsString");

    /// <summary><c>PyByteArray_Size</c>. Precondition: a bytearray.</summary>
    public static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, nint> PyByteArray_Size =
        (delegate* unmanaged[Cdecl, SuppressGCTransition]<PyObject*, nint>)PythonSymbols.Require("PyByteArray_Size");

    /// <summary><c>PyByteArray_Check</c>.</summary>
    public static bool PyByteArray_Check(PyObject* op) => op->ob_type == PyByteArray_Type || PyObject_IsInstance(op, (PyObject*)PyByteArray_Type) == 1;

    /// <summary><c>PyObject_IsInstance</c>: 1, 0, or -1 with an error set. May run <c>__instancecheck__</c>.</summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*, int> PyObject_IsInstance =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*, int>)PythonSymbols.Require("PyObject_IsInstance");
}
