using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SharpBind.Interop;

namespace SharpBind.Internal;

/// <summary>
/// Helpers for the Python protocols that bound classes get from their C# members (<c>__repr__</c>,
/// comparisons, operators, <c>__iter__</c>, <c>__len__</c>, <c>__getitem__</c>, <c>with</c>).
/// Called by generated code only; the GIL is held in every member.
/// </summary>
/// <remarks>
/// Generated slot functions try their C# candidates in order, converting each operand with the
/// usual <see cref="FromPython"/> <c>TryX</c>. An operand that does not convert is "foreign": the slot
/// returns <c>NotImplemented</c> so that Python tries the other operand (or falls back to identity
/// for <c>==</c>). <see cref="NoMatch"/> decides whether a failed conversion is foreign or an error
/// to pass on.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static unsafe partial class Protocols
{
    private static readonly byte* s_module = NativeText.Persist("__module__");
    private static readonly byte* s_qualname = NativeText.Persist("__qualname__");

    /// <summary>A new reference to <c>NotImplemented</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject* NotImplemented()
    {
        CPython.Py_IncRef(CPython.Py_NotImplemented);
        return CPython.Py_NotImplemented;
    }

    /// <summary>
    /// After a <c>TryX</c> conversion of an operand failed: true when the operand is foreign (no error
    /// set, or an OverflowError/ValueError saying the value does not fit the C# type, which is
    /// cleared), so the next candidate may be tried; false when an error raised by user code (an
    /// <c>__index__</c> that failed, say) is pending and must be passed on.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NoMatch() => CPython.PyErr_Occurred() == null || ClearIfMismatch();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool ClearIfMismatch()
    {
        if (CPython.PyErr_ExceptionMatches(CPython.PyExc_OverflowError) != 0 || CPython.PyErr_ExceptionMatches(CPython.PyExc_ValueError) != 0)
        {
            CPython.PyErr_Clear();
            return true;
        }
        return false;
    }

    // ---- Strict operand tests: the first pass over overloaded operators takes no conversions ----

    /// <summary>A float (or subclass): the first-pass test for <c>double</c>/<c>float</c> operands.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsFloat(PyObject* value) => value->ob_type == CPython.PyFloat_Type || CPython.PyType_IsSubtype(value->ob_type, CPython.PyFloat_Type) != 0;

    /// <summary>An int (or subclass) that is not a bool: the first-pass test for integer operands.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsInt(PyObject* value) => value->ob_type != CPython.PyBool_Type && CPython.PyLong_Check(value);

    // ---- Hashing ------------------------------------------------------------------------------

    /// <summary><c>__hash__</c> from C# <c>GetHashCode</c>: the same value, except that -1 (CPython's error marker) becomes -2.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nint Hash(int hashCode) => hashCode == -1 ? -2 : hashCode;

    /// <summary>
    /// The identity hash <c>object.__hash__</c> computes (the address, rotated by 4 bits), for classes
    /// that define ordering but not equality: a type that defines <c>tp_richcompare</c> does not
    /// inherit <c>tp_hash</c>, so it must set one itself.
    /// </summary>
    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    public static nint IdentityHash(PyObject* self)
    {
        // Arithmetic only: nothing here can throw.
        nuint address = (nuint)self;
        nint hash = (nint)((address >> 4) | (address << (8 * sizeof(nint) - 4)));
        return hash == -1 ? -2 : hash;
    }

    /// <summary><c>__len__</c> from a C# count: the count, or -1 with a ValueError set when it is negative.</summary>
    public static nint Length(int count)
    {
        if (count >= 0)
        {
            return count;
        }
        Errors.SetString(CPython.PyExc_ValueError, $"__len__() should return >= 0 (C# Count returned {count})");
        return -1;
    }

    // ---- __repr__ -----------------------------------------------------------------------------

    /// <summary>
    /// The default <c>__repr__</c> of a bound class without a <c>ToString</c> override:
    /// <c>&lt;module.Name object at 0x7f... (C# Namespace.Type)&gt;</c>.
    /// </summary>
    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    public static PyObject* Repr(PyObject* self)
    {
        try
        {
            object? target = ClassBuilder.Target(self);
            return ReprOf(self, target is null ? " (not initialized)" : $" (C# {CSharpName(target)})");
        }
        catch (Exception exception)
        {
            return Errors.Raise(exception, null);
        }
    }

    /// <summary>
    /// The <c>__repr__</c> of a bound class that overrides <c>ToString</c> (which is its <c>__str__</c>):
    /// <c>&lt;module.Name object at 0x7f...: ToString()&gt;</c>.
    /// </summary>
    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    public static PyObject* ReprWithToString(PyObject* self)
    {
        try
        {
            object? target = ClassBuilder.Target(self);
            return ReprOf(self, target is null ? " (not initialized)" : ": " + target.ToString());
        }
        catch (Exception exception)
        {
            return Errors.Raise(exception, null);
        }
    }

    // <module.qualname object at 0x...SUFFIX>, with the names of the object's Python type (which may be
    // a Python subclass), as object.__repr__ writes them.
    private static PyObject* ReprOf(PyObject* self, string suffix)
    {
        string? module = TypeAttribute(self, s_module);
        string? name = module is null ? null : TypeAttribute(self, s_qualname);
        if (name is null)
        {
            return null;
        }
        string prefix = module is "builtins" ? "" : module + ".";
        return PyStrings.FromManaged($"<{prefix}{name} object at 0x{(nuint)self:x}{suffix}>");
    }

    private static string? TypeAttribute(PyObject* self, byte* attribute)
    {
        PyObject* value = CPython.PyObject_GetAttrString((PyObject*)self->ob_type, attribute);
        if (value == null)
        {
            return null;
        }
        string? text = CPython.PyUnicode_Check(value) ? PyStrings.ToManaged(value) : "?";
        CPython.Py_DecRef(value);
        return text;
    }

    // The C# class a Python user thinks of: a Python subclass's proxy stands for the class it derives from.
    internal static string CSharpName(object target)
    {
        Type type = target.GetType();
        if (target is IPythonProxy && type.BaseType is { } bound)
        {
            type = bound;
        }
        return type.FullName ?? type.Name;
    }

    // ---- Context manager (IDisposable) ----------------------------------------------------------

    /// <summary><c>__enter__</c> of an <c>IDisposable</c> class: returns <c>self</c>.</summary>
    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    public static PyObject* Enter(PyObject* self, PyObject** args, nint nargs, PyObject* kwnames)
    {
        try
        {
            if (nargs != 0 || kwnames != null)
            {
                Errors.SetString(CPython.PyExc_TypeError, "__enter__() takes no arguments");
                return null;
            }
            CPython.Py_IncRef(self);
            return self;
        }
        catch (Exception exception)
        {
            return Errors.Raise(exception, null);
        }
    }

    /// <summary>
    /// <c>__exit__(exc_type, exc, tb)</c> of an <c>IDisposable</c> class: calls <c>Dispose</c> and
    /// returns None, so an exception raised in the <c>with</c> block goes on (it is never swallowed).
    /// </summary>
    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    public static PyObject* Exit(PyObject* self, PyObject** args, nint nargs, PyObject* kwnames)
    {
        try
        {
            object? target = ClassBuilder.Target(self);
            if (target is null)
            {
                Errors.SetString(CPython.PyExc_TypeError, $"{PyText.TypeName(self)}.__init__() must be called when overriding __init__");
                return null;
            }
            (target as IDisposable)?.Dispose();
            return ToPython.None();
        }
        catch (Exception exception)
        {
            return Errors.Raise(exception, null);
        }
    }

    // ---- Indexers (__getitem__ / __setitem__ / __delitem__) ----------------------------------------

    /// <summary>
    /// Raises what an indexer threw. An index out of range (<c>ArgumentOutOfRangeException</c>,
    /// <c>IndexOutOfRangeException</c>) is an IndexError, as for Python sequences, unless it names
    /// the setter's <c>value</c> (then it is about the value: ValueError, as elsewhere); the rest is
    /// mapped as everywhere else (<c>KeyNotFoundException</c> is a KeyError). Returns null.
    /// </summary>
    public static PyObject* RaiseFromIndexer(Exception exception) =>
        Errors.Raise(exception, null, exception is ArgumentOutOfRangeException { ParamName: not "value" } ? PythonErrorKind.IndexError : null);

    /// <summary>
    /// No indexer takes <paramref name="key"/>: TypeError("Bag indices must be int or str, not float"),
    /// or, for a key of an accepted type whose value the C# parameter cannot hold (an int beyond
    /// <c>int</c>'s range, a str of two characters for a <c>char</c>), IndexError as Python sequences
    /// raise for an index that does not fit. Returns null.
    /// </summary>
    public static PyObject* WrongKey(PyObject* key, string typeName, string keyTypes)
    {
        string actual = PyText.TypeName(key);
        if (Array.IndexOf(keyTypes.Split(" or "), actual) >= 0)
        {
            string shown = PyText.Repr(key) ?? actual;
            CPython.PyErr_Clear(); // Repr may have failed; the index error is the one to report
            Errors.SetString(CPython.PyExc_IndexError, $"{typeName} index {shown} does not fit the C# indexer ({keyTypes})");
        }
        else
        {
            Errors.SetString(CPython.PyExc_TypeError, $"{typeName} indices must be {keyTypes}, not {actual}");
        }
        return null;
    }

    /// <summary>TypeError("'Bag' object does not support item assignment" / "... item deletion"); returns -1.</summary>
    public static int CannotAssignItem(string typeName, bool deletion)
    {
        Errors.SetString(CPython.PyExc_TypeError, deletion
            ? $"'{typeName}' object doesn't support item deletion"
            : $"'{typeName}' object does not support item assignment");
        return -1;
    }

    /// <summary>KeyError(key), for <c>del x[key]</c> when C# <c>Remove(key)</c> returned false; returns -1.</summary>
    public static int KeyError(PyObject* key)
    {
        CPython.PyErr_SetObject(CPython.PyExc_KeyError, key);
        return -1;
    }
}
