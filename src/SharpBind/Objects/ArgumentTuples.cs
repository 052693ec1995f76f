using SharpBind.Interop;

namespace SharpBind;

/// <summary>
/// Argument tuples for calls into Python before 3.12, where vectorcall is not in the stable ABI and
/// every call needs a tuple: one spare tuple per size is reused as long as the callee kept no
/// reference to it. Used by the object API's calls and by callbacks and overrides. The GIL is held.
/// </summary>
internal static unsafe class ArgumentTuples
{
    // Spare tuples by size (index 1..MaxSpare), each owned here or null. A call takes its
    // size's spare (leaving null, so a nested call on the same thread makes its own) and gives it
    // back when the callee kept no reference to it. The GIL serializes access.
    private const int MaxSpare = 4;
    private static readonly nint[] s_spareTuples = new nint[MaxSpare + 1];

    /// <summary>An empty tuple of <paramref name="count"/> items that only the caller holds (new reference), or null with MemoryError set.</summary>
    public static PyObject* Take(int count)
    {
        if (count is > 0 and <= MaxSpare && s_spareTuples[count] != 0)
        {
            var spare = (PyObject*)s_spareTuples[count];
            s_spareTuples[count] = 0;
            return spare;
        }
        return CPython.PyTuple_New(count); // null with MemoryError set
    }

    /// <summary>Gives back a tuple from <see cref="Take"/> after the call (releases it and its items).</summary>
    public static void Return(PyObject* tuple, int count)
    {
        // Reading ob_refcnt is the stable ABI's own Py_REFCNT. Only a tuple no one else holds may be
        // refilled (PyTuple_SetItem requires it), and it must not keep the arguments alive meanwhile.
        // Nor one the cycle collector stopped tracking: a collection during the call untracks a tuple
        // of atomic items (ints, strs), and nothing tracks it again, so a later callee that keeps it
        // (an exception's args) in a cycle with containers would make that cycle uncollectable.
        if (count is > 0 and <= MaxSpare && tuple->ob_refcnt == 1 && CPython.PyObject_GC_IsTracked(tuple) == 1)
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


    /// <summary>Releases the spare tuples (before Python is finalized). The GIL is held.</summary>
    public static void Clear()
    {
        for (int count = 1; count <= MaxSpare; count++)
        {
            nint spare = s_spareTuples[count];
            s_spareTuples[count] = 0;
            CPython.Py_XDecRef((PyObject*)spare);
        }
    }
}
