using System.Runtime.CompilerServices;
using System.Text;
using SharpBind.Interop;

namespace SharpBind.Internal;

public static unsafe partial class Arguments
{
    /// <summary>
    /// <see cref="Bind"/> for one overload of several: false, with no error set, when the call does
    /// not fit this overload's parameters (the next overload is tried).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryBind(PyFunctionInfo function, PyObject** args, nint nargs, PyObject* kwnames, PyObject** slots, int count)
    {
        if (kwnames == null && nargs == count)
        {
            for (int i = 0; i < count; i++)
            {
                slots[i] = args[i];
            }
            return true;
        }
        return BindSlow(function, args, nargs, kwnames, slots, count, quiet: true);
    }

    /// <summary>
    /// <see cref="BindFull"/> for one overload of several: false, with no error set and nothing to
    /// release, when the call does not fit.
    /// </summary>
    public static bool TryBindFull(PyFunctionInfo function, PyObject** args, nint nargs, PyObject* kwnames, PyObject** slots, int count) =>
        BindCore(function, args, null, nargs, kwnames, null, slots, count, quiet: true);

    /// <summary>
    /// Overload resolution's first pass takes only arguments that need no conversion: an <c>int</c>
    /// for an integer parameter (not a <c>bool</c>, not an object with <c>__index__</c>). A missing
    /// (null) argument passes.
    /// </summary>
    public static bool IsExactInteger(PyObject* value) =>
        value == null || (value->ob_type != CPython.PyBool_Type && CPython.PyLong_Check(value));

    /// <summary>The first pass's rule for floating-point parameters: a <c>float</c>, not an <c>int</c>.</summary>
    public static bool IsExactFloat(PyObject* value) => value == null || value->ob_type == CPython.PyFloat_Type;

    /// <summary>The first pass's rule for <c>bool</c> parameters: <c>True</c> or <c>False</c> only.</summary>
    public static bool IsExactBoolean(PyObject* value) => value == null || value->ob_type == CPython.PyBool_Type;

    /// <summary>An overload's conversion failed: forget its error (another overload may fit).</summary>
    public static void Reject() => CPython.PyErr_Clear();

    /// <summary>
    /// Raises the TypeError for a call that fits none of the overloads, listing them and the
    /// arguments, as pybind11 does. Returns null for the entry point to return.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyObject* NoMatchingOverload(PyFunctionInfo[] overloads, PyObject** args, nint nargs, PyObject* kwnames)
    {
        var message = new StringBuilder(Incompatible(overloads));
        nint keywordCount = kwnames == null ? 0 : CPython.PyTuple_Size(kwnames);
        for (nint i = 0; i < nargs + keywordCount; i++)
        {
            if (i > 0)
            {
                message.Append(", ");
            }
            if (i >= nargs)
            {
                // Safe: kwnames is CPython's tuple of str and the index is in range.
                message.Append(PyText.Str(CPython.PyTuple_GetItem(kwnames, i - nargs))).Append('=');
            }
            message.Append(PyText.Repr(args[i]) ?? "<unprintable>");
            CPython.PyErr_Clear(); // a failing __repr__ must not replace the TypeError
        }
        Fail(message.ToString());
        return null;
    }

    /// <summary>
    /// <see cref="NoMatchingOverload"/> for <c>__init__</c>, whose arguments come as a tuple and a
    /// dict (null when there are no keywords). Sets the TypeError.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void NoMatchingConstructor(PyFunctionInfo[] overloads, PyObject* args, PyObject* kwargs)
    {
        var invoked = new StringBuilder();
        nint count = CPython.PyTuple_Size(args);
        for (nint i = 0; i < count; i++)
        {
            // Safe: args is the call's tuple and i is in range.
            invoked.Append(i > 0 ? ", " : "").Append(PyText.Repr(CPython.PyTuple_GetItem(args, i)) ?? "<unprintable>");
            CPython.PyErr_Clear();
        }
        if (kwargs != null)
        {
            nint position = 0;
            PyObject* key, value;
            while (CPython.PyDict_Next(kwargs, &position, &key, &value) != 0)
            {
                invoked.Append(invoked.Length > 0 ? ", " : "").Append(PyText.Str(key)).Append('=').Append(PyText.Repr(value) ?? "<unprintable>");
                CPython.PyErr_Clear();
            }
        }
        Fail(Incompatible(overloads) + invoked);
    }

    private static string Incompatible(PyFunctionInfo[] overloads)
    {
        var message = new StringBuilder();
        message.Append(overloads[0].Name).Append("(): incompatible arguments. The following signatures are supported:\n");
        for (int i = 0; i < overloads.Length; i++)
        {
            message.Append("    ").Append(i + 1).Append(". ").Append(overloads[i].Signature).Append('\n');
        }
        return message.Append("Invoked with: ").ToString();
    }
}
