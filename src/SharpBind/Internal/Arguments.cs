using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text;
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
    /// The tuple-and-dict form of <see cref="Bind"/>, for <c>__init__</c> (<c>tp_init</c> receives its
    /// arguments this way). <paramref name="kwargs"/> may be null.
    /// </summary>
    public static bool BindTuple(PyFunctionInfo function, PyObject* args, PyObject* kwargs, PyObject** slots, int count) =>
        BindTuple(function, args, kwargs, slots, count, quiet: false);

    /// <summary><see cref="BindTuple(PyFunctionInfo, PyObject*, PyObject*, PyObject**, int)"/> for one constructor overload of several: false with no error when the call does not fit.</summary>
    public static bool TryBindTuple(PyFunctionInfo function, PyObject* args, PyObject* kwargs, PyObject** slots, int count) =>
        BindTuple(function, args, kwargs, slots, count, quiet: true);

    private static bool BindTuple(PyFunctionInfo function, PyObject* args, PyObject* kwargs, PyObject** slots, int count, bool quiet)
    {
        nint nargs = CPython.PyTuple_Size(args);
        if (nargs > count)
        {
            return BindSlow(function, null, nargs, null, slots, count, quiet); // reports "takes at most ..."
        }
        for (int i = 0; i < count; i++)
        {
            // Safe: args is the call's tuple and i is in range.
            slots[i] = i < nargs ? CPython.PyTuple_GetItem(args, i) : null;
        }
        if (kwargs != null)
        {
            nint position = 0;
            PyObject* key, value;
            while (CPython.PyDict_Next(kwargs, &position, &key, &value) != 0)
            {
                if (!AssignKeyword(function, slots, nargs, key, value, quiet))
                {
                    return false;
                }
            }
        }
        return CheckRequired(function, slots, quiet);
    }

    /// <summary>For a function without parameters: false with a TypeError set if anything was passed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool None(PyFunctionInfo function, nint nargs, PyObject* kwnames)
    {
        if (nargs == 0 && kwnames == null)
        {
            return true;
        }
        return BindSlow(function, null, nargs, kwnames, null, 0);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool BindSlow(PyFunctionInfo function, PyObject** args, nint nargs, PyObject* kwnames, PyObject** slots, int count, bool quiet = false)
    {
        if (nargs > count)
        {
            if (quiet)
            {
                return false;
            }
            string takes = count == 0 ? "no arguments"
                : count == function.RequiredCount ? $"exactly {Plural(count, "argument")}"
                : $"at most {Plural(count, "argument")}";
            return Fail($"{function.Name}() takes {takes} ({nargs} given)");
        }
        for (int i = 0; i < count; i++)
        {
            slots[i] = i < nargs ? args[i] : null;
        }

        nint keywordCount = kwnames == null ? 0 : CPython.PyTuple_Size(kwnames);
        for (nint k = 0; k < keywordCount; k++)
        {
            // Safe: kwnames is CPython's tuple of str and k is in range.
            PyObject* keyword = CPython.PyTuple_GetItem(kwnames, k);
            if (count == 0)
            {
                // A function without parameters (args may be null here): every keyword is unexpected.
                return AssignKeyword(function, slots, nargs, keyword, null, quiet);
            }
            if (!AssignKeyword(function, slots, nargs, keyword, args[nargs + k], quiet))
            {
                return false;
            }
        }
        return CheckRequired(function, slots, quiet);
    }

    private static bool AssignKeyword(PyFunctionInfo function, PyObject** slots, nint nargs, PyObject* keyword, PyObject* value, bool quiet = false)
    {
        int index = IndexOf(function, keyword);
        if (index < 0)
        {
            if (quiet)
            {
                CPython.PyErr_Clear(); // a keyword that is not valid text matches no overload either
                return false;
            }
            return CPython.PyErr_Occurred() != null
                ? false
                : Fail($"{function.Name}() got an unexpected keyword argument '{PyText.Str(keyword)}'");
        }
        if (slots[index] != null)
        {
            return !quiet && Fail($"{function.Name}() got multiple values for argument '{function.ParameterNames[index]}'");
        }
        slots[index] = value;
        return true;
    }

    private static bool CheckRequired(PyFunctionInfo function, PyObject** slots, bool quiet = false)
    {
        int missing = 0;
        for (int i = 0; i < function.RequiredCount; i++)
        {
            missing += slots[i] == null ? 1 : 0;
        }
        if (missing == 0 || quiet)
        {
            return missing == 0; // the common case allocates nothing
        }
        var names = new StringBuilder();
        for (int i = 0; i < function.RequiredCount; i++)
        {
            if (slots[i] == null)
            {
                names.Append(names.Length == 0 ? "" : ", ").Append('\'').Append(function.ParameterNames[i]).Append('\'');
            }
        }
        return Fail($"{function.Name}() missing {missing} required {(missing == 1 ? "argument" : "arguments")}: {names}");
    }

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
        // the type, add the function and argument. Anything else came from user code (an __index__
        // that raised, say) and is left as it is.
        if (CPython.PyErr_ExceptionMatches(CPython.PyExc_OverflowError) != 0 || CPython.PyErr_ExceptionMatches(CPython.PyExc_ValueError) != 0
            || CPython.PyErr_ExceptionMatches(CPython.PyExc_TypeError) != 0)
        {
            PyObject* type, instance, traceback;
            CPython.PyErr_Fetch(&type, &instance, &traceback);
            string? message = instance == null ? null : PyText.Str(instance);
            CPython.PyErr_Clear();
            Errors.SetString(type, $"{function.Name}(): argument '{parameter}': {message}");
            CPython.Py_XDecRef(type);
            CPython.Py_XDecRef(instance);
            CPython.Py_XDecRef(traceback);
        }
        return null;
    }

    private static int IndexOf(PyFunctionInfo function, PyObject* keyword)
    {
        string? name = PyStrings.ToManaged(keyword);
        if (name is null)
        {
            return -1; // error pending
        }
        string[] names = function.ParameterNames;
        for (int i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    private static string Plural(nint count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static bool Fail(string message)
    {
        Errors.SetString(CPython.PyExc_TypeError, message);
        return false;
    }
}
