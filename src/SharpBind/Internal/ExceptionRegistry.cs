using System;
using System.ComponentModel;
using SharpBind.Interop;

namespace SharpBind.Internal;

/// <summary>
/// The C# exception types that modules map to Python exception classes of their own choosing:
/// <c>[PyException]</c> classes and <c>[PyExceptionMapping]</c> entries. Each module's generated code
/// creates or looks up its Python classes at import and registers a translator, a chain of type
/// tests written at compile time (no reflection). <see cref="Errors"/> asks every translator; the one
/// that matched the most derived C# type wins. For generated code only.
/// </summary>
/// <remarks>All members run with the GIL held, which also guards the translator list.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static unsafe class ExceptionRegistry
{
    private static readonly byte* s_builtins = NativeText.Persist("builtins");

    // Function pointers of the generated translators, in registration order. Written and read with
    // the GIL held only.
    private static nint[] s_translators = Array.Empty<nint>();

    /// <summary>
    /// Creates the Python exception class <c>moduleName.name</c> deriving from <paramref name="baseType"/>
    /// and, when not null, <paramref name="secondBase"/> too (both borrowed), and adds it to
    /// <paramref name="module"/>. Returns a new reference that the generated code keeps for the life of
    /// the process (the module is never unloaded), or null with an error set (also when
    /// <paramref name="baseType"/> is null: its own creation failed).
    /// </summary>
    public static PyObject* AddException(PyObject* module, string moduleName, string name, string? doc, PyObject* baseType, PyObject* secondBase)
    {
        if (baseType == null)
        {
            return null;
        }
        PyObject* bases = baseType;
        if (secondBase != null)
        {
            bases = CPython.PyTuple_New(2);
            if (bases == null)
            {
                return null;
            }
            CPython.Py_IncRef(baseType);
            CPython.Py_IncRef(secondBase);
            CPython.PyTuple_SetItem(bases, 0, baseType); // steals the reference just taken
            CPython.PyTuple_SetItem(bases, 1, secondBase);
        }
        // The name and docstring stay referenced by the class's type object: keep them for good.
        PyObject* type = CPython.PyErr_NewExceptionWithDoc(NativeText.Persist(moduleName + "." + name), NativeText.Persist(doc), bases, null);
        if (secondBase != null)
        {
            CPython.Py_DecRef(bases);
        }
        if (type == null)
        {
            return null;
        }
        CPython.Py_IncRef(type); // AddAttribute consumes one reference; the caller keeps the other
        if (!ModuleBuilder.AddAttribute(module, name, type))
        {
            CPython.Py_DecRef(type);
            return null;
        }
        return type;
    }

    /// <summary>The built-in exception class <paramref name="kind"/> (borrowed; the pointers never change).</summary>
    public static PyObject* Builtin(PythonExceptionBase kind) => kind switch
    {
        PythonExceptionBase.ArithmeticError => CPython.PyExc_ArithmeticError,
        PythonExceptionBase.AttributeError => CPython.PyExc_AttributeError,
        PythonExceptionBase.FileNotFoundError => CPython.PyExc_FileNotFoundError,
        PythonExceptionBase.ImportError => CPython.PyExc_ImportError,
        PythonExceptionBase.IndexError => CPython.PyExc_IndexError,
        PythonExceptionBase.KeyError => CPython.PyExc_KeyError,
        PythonExceptionBase.LookupError => CPython.PyExc_LookupError,
        PythonExceptionBase.MemoryError => CPython.PyExc_MemoryError,
        PythonExceptionBase.NotImplementedError => CPython.PyExc_NotImplementedError,
        PythonExceptionBase.OSError => CPython.PyExc_OSError,
        PythonExceptionBase.OverflowError => CPython.PyExc_OverflowError,
        PythonExceptionBase.PermissionError => CPython.PyExc_PermissionError,
        PythonExceptionBase.RuntimeError => CPython.PyExc_RuntimeError,
        PythonExceptionBase.TimeoutError => CPython.PyExc_TimeoutError,
        PythonExceptionBase.TypeError => CPython.PyExc_TypeError,
        PythonExceptionBase.ValueError => CPython.PyExc_ValueError,
        PythonExceptionBase.ZeroDivisionError => CPython.PyExc_ZeroDivisionError,
        _ => CPython.PyExc_Exception,
    };

    /// <summary>
    /// The exception class a <c>[PyExceptionMapping]</c> names: a built-in (<c>"ValueError"</c>) or a
    /// dotted <c>"package.module.Name"</c>, imported now. Returns a new reference, or null with an error
    /// set (ImportError naming <paramref name="moduleName"/> when the name is not an exception class).
    /// </summary>
    public static PyObject* Lookup(string name, string moduleName)
    {
        int dot = name.LastIndexOf('.');
        PyObject* owner = dot < 0 ? CPython.PyImport_ImportModule(s_builtins) : ImportModule(name.Substring(0, dot));
        if (owner == null)
        {
            return null;
        }
        PyObject* attribute = PyStrings.FromManaged(name.Substring(dot + 1));
        PyObject* type = attribute == null ? null : CPython.PyObject_GetAttr(owner, attribute);
        CPython.Py_XDecRef(attribute);
        CPython.Py_DecRef(owner);
        if (type != null && IsExceptionClass(type))
        {
            return type;
        }
        CPython.Py_XDecRef(type);
        CPython.PyErr_Clear();
        Errors.SetString(CPython.PyExc_ImportError, $"[PyExceptionMapping] of module {moduleName}: '{name}' is not a Python exception class");
        return null;
    }

    /// <summary>
    /// Registers a generated translator: it returns the Python class (borrowed) for an exception it maps,
    /// with the inheritance depth of the C# type that matched, or null. Registering one twice (a module
    /// imported again) keeps one entry.
    /// </summary>
    public static void AddTranslator(delegate*<Exception, out int, PyObject*> translator)
    {
        nint pointer = (nint)translator;
        if (Array.IndexOf(s_translators, pointer) >= 0)
        {
            return;
        }
        nint[] grown = new nint[s_translators.Length + 1];
        s_translators.CopyTo(grown, 0);
        grown[^1] = pointer;
        s_translators = grown;
    }

    /// <summary>The registered Python class (borrowed) for <paramref name="exception"/>, or null: the most derived match wins, the first registered among equals.</summary>
    internal static PyObject* Translate(Exception exception)
    {
        PyObject* best = null;
        int bestDepth = -1;
        foreach (nint pointer in s_translators)
        {
            PyObject* type = ((delegate*<Exception, out int, PyObject*>)pointer)(exception, out int depth);
            if (type != null && depth > bestDepth)
            {
                best = type;
                bestDepth = depth;
            }
        }
        return best;
    }

    // Whether value is a class deriving from BaseException (Py_TPFLAGS_TYPE_SUBCLASS on its type, then
    // Py_TPFLAGS_BASE_EXC_SUBCLASS on itself): no call into Python.
    private static bool IsExceptionClass(PyObject* value) =>
        CPython.PyType_HasFeature(value->ob_type, 1UL << 31) && CPython.PyType_HasFeature((PyTypeObject*)value, 1UL << 30);

    private static PyObject* ImportModule(string name)
    {
        PyObject* text = PyStrings.FromManaged(name);
        if (text == null)
        {
            return null;
        }
        PyObject* module = CPython.PyImport_Import(text);
        CPython.Py_DecRef(text);
        return module;
    }
}
