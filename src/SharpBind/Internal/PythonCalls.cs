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
        PyObject* tuple = TakeSpareTuple(count);
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
        ReturnSpareTuple(tuple, count);
        return result;
    }

    // Spare argument tuples by size (index 1..MaxSpare), each owned here or null. A call takes its
    // size's spare (leaving null, so a nested call on the same thread makes its own) and gives it
    // back when the callee kept no reference to it. The GIL serializes access.
    private const int MaxSpare = 4;
    private static readonly nint[] s_spareTuples = new nint[MaxSpare + 1];

    private static PyObject* TakeSpareTuple(int count)
    {
        if (count is > 0 and <= MaxSpare && s_spareTuples[count] != 0)
        {
            var spare = (PyObject*)s_spareTuples[count];
            s_spareTuples[count] = 0;
            return spare;
        }
        return CPython.PyTuple_New(count); // null with MemoryError set
    }

    private static void ReturnSpareTuple(PyObject* tuple, int count)
    {
        // Reading ob_refcnt is the stable ABI's own Py_REFCNT. Only a tuple no one else holds may be
        // refilled (PyTuple_SetItem requires it), and it must not keep the arguments alive meanwhile.
        if (count is > 0 and <= MaxSpare && tuple->ob_refcnt == 1)
        {
            for (int i = 0; i < count; i++)
            {
                // Releases the argument (which may run __del__, even a nested call); tuples allow empty slots.
                CPython.PyTuple_SetItem(tuple, i, null);
            }
            if (s_spareTuples[count] == 0) // checked after the releases: a nested call may have refilled it
            {
                s_spareTuples[count] = (nint)tuple;
                return;
            }
        }
        CPython.Py_DecRef(tuple);
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
