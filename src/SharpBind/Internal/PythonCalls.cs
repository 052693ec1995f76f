using SharpBind.Interop;

namespace SharpBind.Internal;

/// <summary>
/// Calls a Python callable from C# (a Python override, a callback) with arguments C# converted.
/// The GIL must be held.
/// </summary>
internal static unsafe class PythonCalls
{
    /// <summary>
    /// Calls <paramref name="callable"/> with <c>args[first..first+count)</c>, where
    /// <c>args[first - 1]</c> exists and is scratch space (vectorcall may use it). Returns a new
    /// reference, or null with the error set. Borrows the arguments.
    /// </summary>
    public static PyObject* Call(PyObject* callable, PyObject** args, int first, int count)
    {
        if (CPython.PyObject_Vectorcall != null)
        {
            nuint flags = first > 0 ? CPython.PY_VECTORCALL_ARGUMENTS_OFFSET : 0;
            return CPython.PyObject_Vectorcall(callable, args + first, (nuint)count | flags, null);
        }
        // Before 3.12 vectorcall is not in the stable ABI: an argument tuple, reused across calls.
        PyObject* tuple = ArgumentTuples.Take(count);
        if (tuple == null)
        {
            return null;
        }
        for (int i = 0; i < count; i++)
        {
            CPython.Py_IncRef(args[first + i]);
            CPython.PyTuple_SetItem(tuple, i, args[first + i]); // steals the new reference; the tuple is ours alone
        }
        PyObject* result = CPython.PyObject_Call(callable, tuple, null);
        ArgumentTuples.Return(tuple, count);
        return result;
    }

    /// <summary>
    /// Calls <paramref name="callable"/> (borrowed) with <c>args[1..count]</c>, owned references
    /// this steals (a null one means its conversion failed with an error set); <c>args[0]</c> is
    /// scratch space. Returns a new reference; throws <see cref="PythonException"/> on any error.
    /// </summary>
    public static PyObject* CallOwned(PyObject* callable, PyObject** args, int count)
    {
        bool converted = true;
        for (int i = 1; i <= count; i++)
        {
            converted &= args[i] != null;
        }
        PyObject* result = converted ? Call(callable, args, 1, count) : null;
        for (int i = 1; i <= count; i++)
        {
            CPython.Py_XDecRef(args[i]);
        }
        if (result == null)
        {
            throw PythonException.Fetch();
        }
        return result;
    }
}
