using System.Collections.Generic;
using SharpBind.Interop;

namespace SharpBind.Internal;

/// <summary>
/// The classes of <c>collections.abc</c> that bound collections use: <c>MutableSequence</c> and
/// <c>MutableMapping</c> (each bound type is registered as a virtual subclass, so
/// <c>isinstance(x, MutableSequence)</c> holds), and <c>KeysView</c>/<c>ValuesView</c>/<c>ItemsView</c>
/// (live views that <c>keys()</c>, <c>values()</c> and <c>items()</c> return). Looked up once and kept
/// for the life of the process; the GIL guards the cache.
/// </summary>
internal static unsafe class CollectionAbc
{
    private static readonly byte* s_module = NativeText.Persist("collections.abc");
    private static readonly byte* s_register = NativeText.Persist("register");
    private static readonly Dictionary<string, nint> s_classes = new();

    /// <summary><c>collections.abc.NAME</c> (borrowed; kept forever), or null with an error set.</summary>
    public static PyObject* Class(string name)
    {
        if (s_classes.TryGetValue(name, out nint cached))
        {
            return (PyObject*)cached;
        }
        PyObject* module = CPython.PyImport_ImportModule(s_module);
        if (module == null)
        {
            return null;
        }
        PyObject* found = CPython.PyObject_GetAttrString(module, NativeText.Persist(name));
        CPython.Py_DecRef(module);
        if (found != null)
        {
            s_classes[name] = (nint)found; // the reference is kept: the class lives as long as the process
        }
        return found;
    }

    /// <summary><c>collections.abc.NAME.register(type)</c>; false with an error set.</summary>
    public static bool Register(PyTypeObject* type, string name)
    {
        PyObject* abc = Class(name);
        PyObject* register = abc == null ? null : CPython.PyObject_GetAttrString(abc, s_register);
        PyObject* result = register == null ? null : Call(register, (PyObject*)type);
        CPython.Py_XDecRef(register);
        CPython.Py_XDecRef(result);
        return result != null;
    }

    /// <summary><c>collections.abc.NAME(argument)</c>: a new reference, or null with an error set.</summary>
    public static PyObject* Create(string name, PyObject* argument)
    {
        PyObject* abc = Class(name);
        return abc == null ? null : Call(abc, argument);
    }

    // callable(argument): a new reference, or null with an error set.
    private static PyObject* Call(PyObject* callable, PyObject* argument)
    {
        PyObject* args = CPython.PyTuple_New(1);
        if (args == null)
        {
            return null;
        }
        CPython.Py_IncRef(argument);
        CPython.PyTuple_SetItem(args, 0, argument); // steals the new reference
        PyObject* result = CPython.PyObject_CallObject(callable, args);
        CPython.Py_DecRef(args);
        return result;
    }
}
