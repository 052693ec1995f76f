using SharpBind.Interop;

namespace SharpBind;

public unsafe partial class PythonObject
{
    /// <summary>Whether <typeparamref name="T"/> is one of the typed wrappers (<see cref="PythonList"/>, ...).</summary>
    internal static bool IsWrapperType<T>() =>
        typeof(T) == typeof(PythonList) || typeof(T) == typeof(PythonDict) || typeof(T) == typeof(PythonTuple)
        || typeof(T) == typeof(PythonStr) || typeof(T) == typeof(PythonInt) || typeof(T) == typeof(PythonFloat)
        || typeof(T) == typeof(PythonBytes) || typeof(T) == typeof(PythonModule);

    /// <summary>
    /// A new wrapper of type <typeparamref name="T"/> for the borrowed <paramref name="value"/>, or null
    /// when the object is not of that Python type (with a Python error set when the check raised).
    /// </summary>
    internal static PythonObject? TryWrapAs<T>(PyObject* value)
    {
        bool matches =
            typeof(T) == typeof(PythonList) ? CPython.PyList_Check(value)
            : typeof(T) == typeof(PythonDict) ? CPython.PyDict_Check(value)
            : typeof(T) == typeof(PythonTuple) ? CPython.PyTuple_Check(value)
            : typeof(T) == typeof(PythonStr) ? CPython.PyUnicode_Check(value)
            : typeof(T) == typeof(PythonInt) ? CPython.PyLong_Check(value)
            : typeof(T) == typeof(PythonFloat) ? IsInstanceOf(value, CPython.PyFloat_Type)
            : typeof(T) == typeof(PythonBytes) ? CPython.PyBytes_Check(value)
            : typeof(T) == typeof(PythonModule) && IsInstanceOf(value, CPython.PyModule_Type);
        if (!matches)
        {
            return null;
        }
        CPython.Py_IncRef(value);
        return typeof(T) == typeof(PythonList) ? new PythonList(value)
            : typeof(T) == typeof(PythonDict) ? new PythonDict(value)
            : typeof(T) == typeof(PythonTuple) ? new PythonTuple(value)
            : typeof(T) == typeof(PythonStr) ? new PythonStr(value)
            : typeof(T) == typeof(PythonInt) ? new PythonInt(value)
            : typeof(T) == typeof(PythonFloat) ? new PythonFloat(value)
            : typeof(T) == typeof(PythonBytes) ? new PythonBytes(value)
            : new PythonModule(value);
    }

    private static bool IsInstanceOf(PyObject* value, PyTypeObject* type)
    {
        if (value->ob_type == type)
        {
            return true;
        }
        // -1 (isinstance raised, say from a __class__ property) is false with the error left set, as
        // TryFromPython promises: As<T> throws it, TryAs clears it.
        return CPython.PyObject_IsInstance(value, (PyObject*)type) == 1;
    }
}
