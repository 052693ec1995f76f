using System.Collections.Generic;
using SharpBind.Interop;
using SharpBind.Internal.Converters;

namespace SharpBind.Internal;

/// <summary>
/// The behaviour of one bound collection type (a <c>List&lt;T&gt;</c> or <c>Dictionary&lt;K, V&gt;</c>
/// exported with <c>[PyExport]</c>): what its slots and methods do to the C# collection behind an
/// instance. The slot functions (<see cref="CollectionSlots"/>) cannot be generic (they are
/// <c>[UnmanagedCallersOnly]</c>), so they find the operations of <c>self</c>'s type here and call
/// them virtually; the generic subclasses convert elements with converter structs, inlined.
/// </summary>
/// <remarks>
/// The types are sealed, so the lookup is by exact type. Every member runs with the GIL held, which
/// also guards the registry. A failing member returns null or -1 with a Python error set; C#
/// exceptions are caught and turned into Python ones by the slot functions.
/// </remarks>
internal abstract unsafe class CollectionOps
{
    private static readonly Dictionary<nint, CollectionOps> s_byType = new();

    protected CollectionOps(string name) => Name = name;

    /// <summary>The Python type name (<c>PetList</c>), for messages and <c>repr</c>.</summary>
    public string Name { get; }

    /// <summary>Remembers the operations of a new bound collection type.</summary>
    public static void Register(PyTypeObject* type, CollectionOps ops) => s_byType[(nint)type] = ops;

    /// <summary>The operations of an instance's type, or null for an object of another type.</summary>
    public static CollectionOps? Of(PyObject* value) => s_byType.TryGetValue((nint)value->ob_type, out CollectionOps? ops) ? ops : null;

    /// <summary><c>__len__</c>.</summary>
    public abstract nint Length(object target);

    /// <summary><c>self[key]</c>: a new reference, or null with an error set.</summary>
    public abstract PyObject* GetItem(PyObject* self, object target, PyObject* key);

    /// <summary><c>self[key] = value</c>, or <c>del self[key]</c> when <paramref name="value"/> is null: 0, or -1 with an error set.</summary>
    public abstract int SetItem(object target, PyObject* key, PyObject* value);

    /// <summary><c>value in self</c>: 1, 0, or -1 with an error set.</summary>
    public abstract int Contains(object target, PyObject* value);

    /// <summary><c>iter(self)</c>: over the C# collection's own enumerator, so a change while iterating raises RuntimeError.</summary>
    public abstract PyObject* Iterate(object target);

    /// <summary>A new plain Python list or dict with the elements (for <c>repr</c> and comparisons), or null with an error set.</summary>
    public abstract PyObject* ToPlain(object target);

    /// <summary>The C# collection <c>__init__(*args, **kwargs)</c> makes, or null with an error set.</summary>
    public abstract object? Create(PyObject* args, PyObject* kwargs);

    /// <summary>Runs the Python method numbered <paramref name="method"/> (see the subclasses' method tables); a new reference or null with an error set.</summary>
    public abstract PyObject* Call(int method, PyObject* self, object target, PyObject** args, nint nargs, PyObject* kwnames);

    /// <summary>
    /// <c>self == other</c> and the other comparisons: element by element, against a plain list/dict
    /// (per <see cref="IsComparable"/>) or a collection of the same bound type; NotImplemented otherwise.
    /// </summary>
    public PyObject* Compare(object target, PyObject* other, int op)
    {
        if (!IsComparable(other, op))
        {
            return Protocols.NotImplemented();
        }
        PyObject* left = ToPlain(target);
        if (left == null)
        {
            return null;
        }
        PyObject* right;
        if (Of(other) == this)
        {
            object? otherTarget = ClassBuilder.Target(other);
            right = otherTarget is null ? null : ToPlain(otherTarget);
            if (otherTarget is null)
            {
                Errors.SetString(CPython.PyExc_TypeError, $"{Name}.__init__() must be called when overriding __init__");
            }
        }
        else
        {
            CPython.Py_IncRef(other);
            right = other;
        }
        PyObject* result = right == null ? null : CPython.PyObject_RichCompare(left, right, op);
        CPython.Py_DecRef(left);
        CPython.Py_XDecRef(right);
        return result;
    }

    /// <summary>
    /// <c>__reduce__</c>: <c>(type(self), (plain copy,))</c>, so that <c>copy.copy</c>, <c>copy.deepcopy</c>
    /// and <c>pickle</c> make a new C# collection through the constructor (a new reference, or null with
    /// an error set).
    /// </summary>
    public PyObject* Reduce(PyObject* self, object target, nint nargs, PyObject* kwnames)
    {
        PyObject* plain = Arity("__reduce__", nargs, kwnames, 0, 0) ? ToPlain(target) : null;
        PyObject* arguments = plain == null ? null : CPython.PyTuple_New(1);
        PyObject* result = arguments == null ? null : CPython.PyTuple_New(2);
        if (result == null)
        {
            CPython.Py_XDecRef(plain);
            CPython.Py_XDecRef(arguments);
            return null;
        }
        CPython.PyTuple_SetItem(arguments, 0, plain); // each SetItem steals its reference
        CPython.Py_IncRef((PyObject*)self->ob_type);
        CPython.PyTuple_SetItem(result, 0, (PyObject*)self->ob_type);
        CPython.PyTuple_SetItem(result, 1, arguments);
        return result;
    }

    /// <summary>Whether <c>self OP other</c> is defined: <paramref name="other"/> is a plain list/dict or of this bound type.</summary>
    protected abstract bool IsComparable(PyObject* other, int op);

    // ---- Argument checks shared by the methods ------------------------------------------------

    /// <summary>
    /// Checks a positional-only method call: between <paramref name="min"/> and <paramref name="max"/>
    /// arguments, no keywords. False with a TypeError set, worded as CPython's.
    /// </summary>
    protected bool Arity(string method, nint nargs, PyObject* kwnames, int min, int max)
    {
        if (kwnames != null && CPython.PyTuple_Size(kwnames) != 0)
        {
            Errors.SetString(CPython.PyExc_TypeError, $"{Name}.{method}() takes no keyword arguments");
            return false;
        }
        if (nargs >= min && nargs <= max)
        {
            return true;
        }
        string expected = min == max
            ? (min == 0 ? "no arguments" : min == 1 ? "exactly one argument" : $"exactly {min} arguments")
            : nargs < min ? $"at least {min} argument{(min == 1 ? "" : "s")}" : $"at most {max} argument{(max == 1 ? "" : "s")}";
        Errors.SetString(CPython.PyExc_TypeError, $"{Name}.{method}() takes {expected} ({nargs} given)");
        return false;
    }

    /// <summary>
    /// After an element conversion failed: sets TypeError("WHAT must be EXPECTED, not TYPE") unless the
    /// converter set a more precise error. Returns false.
    /// </summary>
    protected static bool WrongType(string what, string expected, PyObject* value)
    {
        if (CPython.PyErr_Occurred() == null)
        {
            Errors.SetString(CPython.PyExc_TypeError, $"{what} must be {expected}, not {PyText.TypeName(value)}");
        }
        return false;
    }

    /// <summary>
    /// A value to look for (an item, a key): false when it cannot be in the collection because it does
    /// not convert, or, with <paramref name="error"/> true, when converting raised an error of user code
    /// (an <c>__index__</c> that failed), which stays set.
    /// </summary>
    protected static bool TryProbe<T, TConverter>(PyObject* value, out T item, out bool error)
        where TConverter : struct, IConverter<T>
    {
        error = false;
        if (default(TConverter).TryFrom(value, out item))
        {
            return true;
        }
        error = !Protocols.NoMatch();
        return false;
    }

    /// <summary>
    /// A <c>Py_ssize_t</c> argument (an int or any object with <c>__index__</c>); false with a TypeError
    /// (not an integer) or an error from <c>__index__</c> set. Too large values are clamped.
    /// </summary>
    protected bool TryIndexArgument(string method, PyObject* value, out nint index)
    {
        index = 0;
        if (CPython.PyIndex_Check(value) == 0)
        {
            Errors.SetString(CPython.PyExc_TypeError, $"{Name}.{method}(): '{PyText.TypeName(value)}' object cannot be interpreted as an integer");
            return false;
        }
        index = CPython.PyNumber_AsSsize_t(value, null);
        return index != -1 || CPython.PyErr_Occurred() == null;
    }
}
