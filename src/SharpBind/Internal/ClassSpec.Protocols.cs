using SharpBind.Interop;

namespace SharpBind.Internal;

// The protocol slots a bound type gets from its C# members, one typed init-only property each, so that
// generated code names what it sets. See Protocols for the helpers the slot functions use.
public sealed unsafe partial class ClassSpec
{
    /// <summary><c>__repr__</c>: <see cref="Protocols.Repr"/>, <see cref="Protocols.ReprWithToString"/>, or a generated one.</summary>
    public delegate* unmanaged[Cdecl]<PyObject*, PyObject*> Repr
    {
        init => AddSlot(CPython.Py_tp_repr, value);
    }

    /// <summary>Rich comparison (<c>==</c>, <c>!=</c>, <c>&lt;</c>, ...): C# equality, <c>IComparable</c> and comparison operators.</summary>
    public delegate* unmanaged[Cdecl]<PyObject*, PyObject*, int, PyObject*> RichCompare
    {
        init => AddSlot(CPython.Py_tp_richcompare, value);
    }

    /// <summary><c>__hash__</c> (C# <c>GetHashCode</c>, or the identity hash).</summary>
    public delegate* unmanaged[Cdecl]<PyObject*, nint> Hash
    {
        init => AddSlot(CPython.Py_tp_hash, value);
    }

    /// <summary>
    /// <c>__hash__ = None</c>: the class defines equality without a hash (C# <c>Equals</c> without
    /// <c>GetHashCode</c>), so, as in Python, its instances cannot be dict keys or set members.
    /// </summary>
    public bool IsUnhashable
    {
        init
        {
            if (value)
            {
                AddSlot(CPython.Py_tp_hash, CPython.PyObject_HashNotImplemented);
            }
        }
    }

    /// <summary><c>__iter__</c> (C# <c>GetEnumerator</c>), returning a <see cref="Protocols.Iterate{T}"/> iterator.</summary>
    public delegate* unmanaged[Cdecl]<PyObject*, PyObject*> Iter
    {
        init => AddSlot(CPython.Py_tp_iter, value);
    }

    /// <summary><c>__len__</c> (C# <c>Count</c>), as the mapping length slot.</summary>
    public delegate* unmanaged[Cdecl]<PyObject*, nint> Length
    {
        init => AddSlot(CPython.Py_mp_length, value);
    }

    /// <summary><c>__contains__</c> (C# <c>Contains</c>).</summary>
    public delegate* unmanaged[Cdecl]<PyObject*, PyObject*, int> Contains
    {
        init => AddSlot(CPython.Py_sq_contains, value);
    }

    /// <summary><c>__getitem__</c> (C# indexer getters).</summary>
    public delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*> GetItem
    {
        init => AddSlot(CPython.Py_mp_subscript, value);
    }

    /// <summary><c>__setitem__</c> and <c>__delitem__</c> (C# indexer setters; <c>Remove</c>/<c>RemoveAt</c>).</summary>
    public delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*, int> SetItem
    {
        init => AddSlot(CPython.Py_mp_ass_subscript, value);
    }

    /// <summary><c>__bool__</c> (C# <c>operator true</c>).</summary>
    public delegate* unmanaged[Cdecl]<PyObject*, int> Bool
    {
        init => AddSlot(CPython.Py_nb_bool, value);
    }

    /// <summary><c>__add__</c>/<c>__radd__</c> (C# <c>+</c>).</summary>
    public delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*> Add
    {
        init => AddSlot(CPython.Py_nb_add, value);
    }

    /// <summary><c>__sub__</c>/<c>__rsub__</c> (C# <c>-</c>).</summary>
    public delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*> Subtract
    {
        init => AddSlot(CPython.Py_nb_subtract, value);
    }

    /// <summary><c>__mul__</c>/<c>__rmul__</c> (C# <c>*</c>).</summary>
    public delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*> Multiply
    {
        init => AddSlot(CPython.Py_nb_multiply, value);
    }

    /// <summary><c>__truediv__</c>/<c>__rtruediv__</c> (C# <c>/</c>).</summary>
    public delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*> TrueDivide
    {
        init => AddSlot(CPython.Py_nb_true_divide, value);
    }

    /// <summary><c>__mod__</c>/<c>__rmod__</c> (C# <c>%</c>).</summary>
    public delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*> Remainder
    {
        init => AddSlot(CPython.Py_nb_remainder, value);
    }

    /// <summary><c>__and__</c>/<c>__rand__</c> (C# <c>&amp;</c>).</summary>
    public delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*> And
    {
        init => AddSlot(CPython.Py_nb_and, value);
    }

    /// <summary><c>__or__</c>/<c>__ror__</c> (C# <c>|</c>).</summary>
    public delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*> Or
    {
        init => AddSlot(CPython.Py_nb_or, value);
    }

    /// <summary><c>__xor__</c>/<c>__rxor__</c> (C# <c>^</c>).</summary>
    public delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*> Xor
    {
        init => AddSlot(CPython.Py_nb_xor, value);
    }

    /// <summary><c>__lshift__</c>/<c>__rlshift__</c> (C# <c>&lt;&lt;</c>).</summary>
    public delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*> LeftShift
    {
        init => AddSlot(CPython.Py_nb_lshift, value);
    }

    /// <summary><c>__rshift__</c>/<c>__rrshift__</c> (C# <c>&gt;&gt;</c>).</summary>
    public delegate* unmanaged[Cdecl]<PyObject*, PyObject*, PyObject*> RightShift
    {
        init => AddSlot(CPython.Py_nb_rshift, value);
    }

    /// <summary><c>__neg__</c> (C# unary <c>-</c>).</summary>
    public delegate* unmanaged[Cdecl]<PyObject*, PyObject*> Negative
    {
        init => AddSlot(CPython.Py_nb_negative, value);
    }

    /// <summary><c>__pos__</c> (C# unary <c>+</c>).</summary>
    public delegate* unmanaged[Cdecl]<PyObject*, PyObject*> Positive
    {
        init => AddSlot(CPython.Py_nb_positive, value);
    }

    /// <summary><c>__invert__</c> (C# <c>~</c>).</summary>
    public delegate* unmanaged[Cdecl]<PyObject*, PyObject*> Invert
    {
        init => AddSlot(CPython.Py_nb_invert, value);
    }
}
