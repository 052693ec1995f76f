namespace SharpBind.Interop;

// Slot ids (Include/typeslots.h; "do not renumber": they are part of the stable ABI, all since 3.2)
// and the functions that Python protocols implemented by bound classes need.
public static unsafe partial class CPython
{
    // ---- Object protocol slots ----------------------------------------------------------------

    /// <summary><c>Py_tp_call</c>: <c>PyObject* (PyObject* self, PyObject* args, PyObject* kwargs)</c>, a new reference.</summary>
    public const int Py_tp_call = 50;

    /// <summary><c>Py_tp_repr</c>: <c>PyObject* (PyObject* self)</c>, a new str reference.</summary>
    public const int Py_tp_repr = 66;
    /// <summary><c>Py_tp_hash</c>: <c>Py_hash_t (PyObject* self)</c>; -1 means an error is set.</summary>
    public const int Py_tp_hash = 59;
    /// <summary><c>Py_tp_richcompare</c>: <c>PyObject* (PyObject* self, PyObject* other, int op)</c>, a new reference (may be NotImplemented).</summary>
    public const int Py_tp_richcompare = 67;
    /// <summary><c>Py_tp_iter</c>: <c>PyObject* (PyObject* self)</c>, a new iterator reference.</summary>
    public const int Py_tp_iter = 62;
    /// <summary><c>Py_tp_iternext</c>: <c>PyObject* (PyObject* self)</c>: a new reference, or null (with an error set, or without one at the end).</summary>
    public const int Py_tp_iternext = 63;

    // ---- Number slots: PyObject* (PyObject*, PyObject*) for binary ones, PyObject* (PyObject*) for unary ones ----

    /// <summary><c>Py_nb_add</c> (<c>+</c>).</summary>
    public const int Py_nb_add = 7;
    /// <summary><c>Py_nb_and</c> (<c>&amp;</c>).</summary>
    public const int Py_nb_and = 8;
    /// <summary><c>Py_nb_bool</c>: <c>int (PyObject* self)</c>: 1, 0, or -1 with an error set.</summary>
    public const int Py_nb_bool = 9;
    /// <summary><c>Py_nb_invert</c> (unary <c>~</c>).</summary>
    public const int Py_nb_invert = 27;
    /// <summary><c>Py_nb_lshift</c> (<c>&lt;&lt;</c>).</summary>
    public const int Py_nb_lshift = 28;
    /// <summary><c>Py_nb_multiply</c> (<c>*</c>).</summary>
    public const int Py_nb_multiply = 29;
    /// <summary><c>Py_nb_negative</c> (unary <c>-</c>).</summary>
    public const int Py_nb_negative = 30;
    /// <summary><c>Py_nb_or</c> (<c>|</c>).</summary>
    public const int Py_nb_or = 31;
    /// <summary><c>Py_nb_positive</c> (unary <c>+</c>).</summary>
    public const int Py_nb_positive = 32;
    /// <summary><c>Py_nb_remainder</c> (<c>%</c>).</summary>
    public const int Py_nb_remainder = 34;
    /// <summary><c>Py_nb_rshift</c> (<c>&gt;&gt;</c>).</summary>
    public const int Py_nb_rshift = 35;
    /// <summary><c>Py_nb_subtract</c> (<c>-</c>).</summary>
    public const int Py_nb_subtract = 36;
    /// <summary><c>Py_nb_true_divide</c> (<c>/</c>).</summary>
    public const int Py_nb_true_divide = 37;
    /// <summary><c>Py_nb_xor</c> (<c>^</c>).</summary>
    public const int Py_nb_xor = 38;

    // ---- Mapping and sequence slots -------------------------------------------------------------

    /// <summary><c>Py_mp_ass_subscript</c>: <c>int (PyObject* self, PyObject* key, PyObject* value)</c>; a null value deletes; 0, or -1 with an error set.</summary>
    public const int Py_mp_ass_subscript = 3;
    /// <summary><c>Py_mp_length</c>: <c>Py_ssize_t (PyObject* self)</c>; -1 with an error set on failure.</summary>
    public const int Py_mp_length = 4;
    /// <summary><c>Py_mp_subscript</c>: <c>PyObject* (PyObject* self, PyObject* key)</c>, a new reference.</summary>
    public const int Py_mp_subscript = 5;
    /// <summary><c>Py_sq_contains</c>: <c>int (PyObject* self, PyObject* value)</c>: 1, 0, or -1 with an error set.</summary>
    public const int Py_sq_contains = 41;

    // ---- Rich comparison operators (the op argument of tp_richcompare) ----------------------------

    /// <summary><c>Py_LT</c> (<c>&lt;</c>).</summary>
    public const int Py_LT = 0;
    /// <summary><c>Py_LE</c> (<c>&lt;=</c>).</summary>
    public const int Py_LE = 1;
    /// <summary><c>Py_EQ</c> (<c>==</c>).</summary>
    public const int Py_EQ = 2;
    /// <summary><c>Py_NE</c> (<c>!=</c>).</summary>
    public const int Py_NE = 3;
    /// <summary><c>Py_GT</c> (<c>&gt;</c>).</summary>
    public const int Py_GT = 4;
    /// <summary><c>Py_GE</c> (<c>&gt;=</c>).</summary>
    public const int Py_GE = 5;

    // ---- Functions used as slot values (addresses only; CPython calls them) ---------------------

    /// <summary>
    /// <c>PyObject_HashNotImplemented</c>, as a <c>Py_tp_hash</c> value: makes the type unhashable
    /// (<c>__hash__ = None</c>, and <c>hash(x)</c> raises TypeError).
    /// </summary>
    public static readonly void* PyObject_HashNotImplemented = PythonSymbols.Require("PyObject_HashNotImplemented");

    /// <summary><c>PyObject_SelfIter</c>, as a <c>Py_tp_iter</c> value: an iterator's <c>__iter__</c> returns itself (new reference).</summary>
    public static readonly void* PyObject_SelfIter = PythonSymbols.Require("PyObject_SelfIter");

    // ---- Types -----------------------------------------------------------------------------------

    /// <summary>
    /// <c>PyType_IsSubtype(a, b)</c>: 1 when <c>a</c> is <c>b</c> or a subtype of it, else 0. Reads
    /// <c>a</c>'s MRO; runs no Python code and cannot fail, so the GC transition is skipped.
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<PyTypeObject*, PyTypeObject*, int> PyType_IsSubtype =
        (delegate* unmanaged[Cdecl, SuppressGCTransition]<PyTypeObject*, PyTypeObject*, int>)PythonSymbols.Require("PyType_IsSubtype");

    // ---- Errors ----------------------------------------------------------------------------------

    /// <summary>
    /// <c>PyErr_WriteUnraisable(obj)</c>: reports and clears the pending exception where it cannot be
    /// raised (a destructor), mentioning <c>obj</c> (borrowed, may be null). Runs <c>sys.unraisablehook</c>.
    /// </summary>
    public static readonly delegate* unmanaged[Cdecl]<PyObject*, void> PyErr_WriteUnraisable =
        (delegate* unmanaged[Cdecl]<PyObject*, void>)PythonSymbols.Require("PyErr_WriteUnraisable");
}
