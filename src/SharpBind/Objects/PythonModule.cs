using SharpBind.Interop;

namespace SharpBind;

/// <summary>A Python module. <see cref="Py.Import"/> returns one.</summary>
public sealed unsafe class PythonModule : PythonObject
{
    internal PythonModule(PyObject* owned)
        : base(owned)
    {
    }

    /// <summary>The module's namespace (<c>self.__dict__</c>), usable as globals for <see cref="Py.Exec"/>.</summary>
    public PythonDict Dict
    {
        get
        {
            PyObject* dict = CPython.PyModule_GetDict(Handle);
            CPython.Py_IncRef(dict);
            return new PythonDict(dict);
        }
    }

    /// <summary>The module's name (<c>self.__name__</c>).</summary>
    public string Name => GetAttr<string>("__name__");
}
