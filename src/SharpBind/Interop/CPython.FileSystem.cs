namespace SharpBind.Interop;

public static unsafe partial class CPython
{
    /// <summary>
    /// <c>PyOS_FSPath(path)</c>: <c>os.fspath(path)</c>, a new reference to a str or bytes, or null
    /// with an error set (TypeError when the object is neither nor has <c>__fspath__</c>). May call
    /// <c>__fspath__</c>.
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, PyObject*> PyOS_FSPath =
        (delegate* unmanaged[Cdecl]<PyObject*, PyObject*>)PythonSymbols.Require("PyOS_FSPath");

    /// <summary>
    /// <c>PyUnicode_DecodeFSDefaultAndSize(data, size)</c>: new reference to the str that
    /// <c>os.fsdecode</c> gives for these bytes, or null with an error set.
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl]<byte*, nint, PyObject*> PyUnicode_DecodeFSDefaultAndSize =
        (delegate* unmanaged[Cdecl]<byte*, nint, PyObject*>)PythonSymbols.Require("PyUnicode_DecodeFSDefaultAndSize");
}
