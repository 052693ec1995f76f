using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using SharpBind.Interop;

namespace SharpBind.Internal;

/// <summary>
/// Binds <c>METH_FASTCALL | METH_KEYWORDS</c> arguments to parameter slots and raises CPython-style
/// TypeErrors for bad calls. Called by generated code only; the GIL is held throughout.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static unsafe partial class Arguments
{
    /// <summary>
    /// Fills <paramref name="slots"/> (one per parameter) with borrowed references to the arguments,
    /// or null where a parameter was not passed (its default applies). Returns false with a
    /// TypeError set for a missing, extra, duplicate or unknown argument.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Bind(PyFunctionInfo function, PyObject** args, nint nargs, PyObject* kwnames, PyObject** slots, int count)
    {
        if (kwnames == null && nargs == count)
        {
            // The common call: every argument positional.
            for (int i = 0; i < count; i++)
            {
                slots[i] = args[i];
            }
            return true;
        }
        return BindSlow(function, args, nargs, kwnames, slots, count);
    }

    /// <summary>
    /// <see cref="Bind"/> for a function with keyword-only, <c>*args</c> or <c>**kwargs</c> parameters,
    /// whose slots the all-positional shortcut cannot fill. The <c>*args</c> and <c>**kwargs</c> slots
    /// receive new references (a tuple, a dict) that the caller releases with
    /// <see cref="ReleaseVariadic"/> once the arguments are converted; on failure they are released already.
    /// </summary>
    public static bool BindFull(PyFunctionInfo function, PyObject** args, nint nargs, PyObject* kwnames, PyObject** slots, int count) =>
        BindCore(function, args, null, nargs, kwnames, null, slots, count, quiet: false);

    /// <summary>
    /// The tuple-and-dict form of <see cref="Bind"/>, for <c>__init__</c> (<c>tp_init</c> receives its
    /// arguments this way). <paramref name="kwargs"/> may be null. As with <see cref="BindFull"/>, the
    /// caller releases the <c>*args</c> and <c>**kwargs</c> slots, if the function has them.
    /// </summary>
    public static bool BindTuple(PyFunctionInfo function, PyObject* args, PyObject* kwargs, PyObject** slots, int count) =>
        BindCore(function, null, args, CPython.PyTuple_Size(args), null, kwargs, slots, count, quiet: false);

    /// <summary><see cref="BindTuple(PyFunctionInfo, PyObject*, PyObject*, PyObject**, int)"/> for one constructor overload of several: false with no error when the call does not fit.</summary>
    public static bool TryBindTuple(PyFunctionInfo function, PyObject* args, PyObject* kwargs, PyObject** slots, int count) =>
        BindCore(function, null, args, CPython.PyTuple_Size(args), null, kwargs, slots, count, quiet: true);

    /// <summary>For a function without parameters: false with a TypeError set if anything was passed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool None(PyFunctionInfo function, nint nargs, PyObject* kwnames)
    {
        if (nargs == 0 && kwnames == null)
        {
            return true;
        }
        return BindCore(function, null, null, nargs, kwnames, null, null, 0, quiet: false);
    }

    /// <summary>
    /// Releases the <c>*args</c> tuple and <c>**kwargs</c> dict that <see cref="BindFull"/>,
    /// <see cref="BindTuple(PyFunctionInfo, PyObject*, PyObject*, PyObject**, int)"/> and their
    /// <c>Try</c> forms put into <paramref name="slots"/>, and clears those slots (calling it twice is harmless).
    /// </summary>
    public static void ReleaseVariadic(PyFunctionInfo function, PyObject** slots)
    {
        if (function.VarArgsIndex >= 0)
        {
            CPython.Py_XDecRef(slots[function.VarArgsIndex]);
            slots[function.VarArgsIndex] = null;
        }
        if (function.VarKwargsIndex >= 0)
        {
            CPython.Py_XDecRef(slots[function.VarKwargsIndex]);
            slots[function.VarKwargsIndex] = null;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool BindSlow(PyFunctionInfo function, PyObject** args, nint nargs, PyObject* kwnames, PyObject** slots, int count, bool quiet = false) =>
        BindCore(function, args, null, nargs, kwnames, null, slots, count, quiet);

    /// <summary>
    /// Reports that the argument for parameter <paramref name="index"/> could not be converted
    /// (see the contract on <see cref="FromPython"/>) and returns null for the entry point to return.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyObject* ConversionFailed(PyFunctionInfo function, int index, PyObject* value)
    {
        string parameter = function.ParameterNames[index];
        if (CPython.PyErr_Occurred() == null)
        {
            string actual = PyText.TypeName(value);
            Fail($"{function.Name}(): argument '{parameter}' must be {function.ParameterTypes[index]}, not {actual}\n"
                + $"    signature: {function.Signature}");
            return null;
        }
        // OverflowError/ValueError from the conversion, or the TypeError of a collection's item: keep
        // the type, add the function and argument. Only errors SharpBind or the C API set are rebuilt
        // so: they have no traceback yet, while one raised by Python code (an __index__ or __float__
        // of the caller's) passed through that code's frame and has one. That one, and any subclass
        // (UnicodeEncodeError, a user's ValueError subclass: their constructors may need other
        // arguments and they carry attributes), goes to the caller unchanged.
        PyObject* type, instance, traceback;
        CPython.PyErr_Fetch(&type, &instance, &traceback); // three owned references (or null)
        if (traceback == null && (type == CPython.PyExc_OverflowError || type == CPython.PyExc_ValueError || type == CPython.PyExc_TypeError))
        {
            string? message = instance == null ? null : PyText.Str(instance);
            CPython.PyErr_Clear();
            Errors.SetString(type, $"{function.Name}(): argument '{parameter}': {message}");
            CPython.Py_DecRef(type);
            CPython.Py_XDecRef(instance);
            return null;
        }
        CPython.PyErr_Restore(type, instance, traceback); // steals the three references: the error stays as it was
        return null;
    }

    private static bool Fail(string message)
    {
        Errors.SetString(CPython.PyExc_TypeError, message);
        return false;
    }
}
