using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using SharpBind.Interop;

namespace SharpBind.Internal;

/// <summary>One member of a <c>[PyClass]</c> enum, as the generator describes it. For generated code only.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct EnumMemberDefinition
{
    /// <summary>Describes a member.</summary>
    /// <param name="name">The Python member name (<c>DARK_BLUE</c>).</param>
    /// <param name="value">The C# value as 64 bits: see <see cref="Value"/>.</param>
    public EnumMemberDefinition(string name, long value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>The Python member name.</summary>
    public string Name { get; }

    /// <summary>
    /// The C# value widened to 64 bits: sign-extended for a signed underlying type, zero-extended for
    /// an unsigned one (a <c>ulong</c> value above <c>long.MaxValue</c> reads as a negative long here).
    /// Every enum conversion carries values in this form.
    /// </summary>
    public long Value { get; }
}

/// <summary>
/// Creates the Python class of a <c>[PyClass]</c> enum at import: an <c>enum.IntEnum</c>, or an
/// <c>enum.IntFlag</c> for a <c>[Flags]</c> enum, made by calling that class's functional API.
/// For generated code only; the GIL is held in every member.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static unsafe class EnumBuilder
{
    private static readonly byte* s_enum = NativeText.Persist("enum");
    private static readonly byte* s_intEnum = NativeText.Persist("IntEnum");
    private static readonly byte* s_intFlag = NativeText.Persist("IntFlag");
    private static readonly byte* s_module = NativeText.Persist("module");
    private static readonly byte* s_qualname = NativeText.Persist("qualname");
    private static readonly byte* s_doc = NativeText.Persist("__doc__");

    /// <summary>
    /// Creates <c>moduleName.name</c> as <c>enum.IntEnum(name, [(member, value), ...], module=moduleName,
    /// qualname=name)</c> (<c>IntFlag</c> when <paramref name="isFlags"/>), sets its docstring, binds it
    /// to <typeparamref name="T"/> and adds it to <paramref name="module"/>. Returns false with a
    /// Python error set.
    /// </summary>
    /// <param name="module">The module being initialized (borrowed).</param>
    /// <param name="moduleName">Its name, for the class's <c>__module__</c> (so pickling finds it).</param>
    /// <param name="name">The Python class name.</param>
    /// <param name="doc">The docstring, or null.</param>
    /// <param name="isFlags">A <c>[Flags]</c> enum: members combine with <c>|</c>.</param>
    /// <param name="underlying">The C# underlying type, for range checks (<c>TypeCode.Byte</c> for <c>enum E : byte</c>).</param>
    /// <param name="members">The members in declaration order; aliases (equal values) are allowed.</param>
    public static bool AddEnum<T>(PyObject* module, string moduleName, string name, string? doc, bool isFlags,
        TypeCode underlying, ReadOnlySpan<EnumMemberDefinition> members)
        where T : struct, Enum
    {
        var bound = new EnumClass(moduleName, name, isFlags, underlying);
        PyObject* type = CreateClass(bound, members);
        if (type == null)
        {
            return false;
        }
        // From here on `type` is the reference `bound` owns for the life of the process. Should a
        // later step fail, the import fails and the half-built class is simply never released.
        bound.Type = type;
        if (doc is not null && !SetDoc(type, doc))
        {
            return false;
        }
        foreach (EnumMemberDefinition member in members)
        {
            if (!bound.Cache(member))
            {
                return false;
            }
        }
        BoundEnum<T>.Class = bound;
        CPython.Py_IncRef(type); // AddAttribute consumes one reference; the other stays with `bound`
        return ModuleBuilder.AddAttribute(module, name, type);
    }

    /// <summary>Sets TypeError for a C# enum whose Python class does not exist yet; returns null.</summary>
    internal static PyObject* NotBound(Type type)
    {
        Errors.SetString(CPython.PyExc_TypeError, $"C# enum {type.FullName} is not bound to Python (its module was not imported)");
        return null;
    }

    // The functional API call. Returns a new reference to the class, or null with an error set.
    private static PyObject* CreateClass(EnumClass bound, ReadOnlySpan<EnumMemberDefinition> members)
    {
        PyObject* factory = null, list = null, args = null, kwargs = null, moduleName = null, name = null;
        try
        {
            PyObject* enumModule = CPython.PyImport_ImportModule(s_enum);
            if (enumModule == null)
            {
                return null;
            }
            factory = CPython.PyObject_GetAttrString(enumModule, bound.IsFlags ? s_intFlag : s_intEnum);
            CPython.Py_DecRef(enumModule);
            list = factory == null ? null : CPython.PyList_New(0);
            if (list == null)
            {
                return null;
            }
            foreach (EnumMemberDefinition member in members)
            {
                PyObject* pair = Pair(PyStrings.FromManaged(member.Name), bound.NewInt(member.Value));
                int status = pair == null ? -1 : CPython.PyList_Append(list, pair);
                CPython.Py_XDecRef(pair);
                if (status != 0)
                {
                    return null;
                }
            }
            name = PyStrings.FromManaged(bound.Name);
            moduleName = PyStrings.FromManaged(bound.ModuleName);
            kwargs = name == null || moduleName == null ? null : CPython.PyDict_New();
            if (kwargs == null
                || CPython.PyDict_SetItemString(kwargs, s_module, moduleName) != 0
                || CPython.PyDict_SetItemString(kwargs, s_qualname, name) != 0)
            {
                return null;
            }
            CPython.Py_IncRef(name);
            args = Pair(name, list); // steals the extra name reference and the list
            list = null;
            return args == null ? null : CPython.PyObject_Call(factory, args, kwargs);
        }
        finally
        {
            CPython.Py_XDecRef(factory);
            CPython.Py_XDecRef(list);
            CPython.Py_XDecRef(args);
            CPython.Py_XDecRef(kwargs);
            CPython.Py_XDecRef(moduleName);
            CPython.Py_XDecRef(name);
        }
    }

    /// <summary>A new 2-tuple that steals both items; null (both released) when either is null or on error.</summary>
    private static PyObject* Pair(PyObject* first, PyObject* second)
    {
        PyObject* tuple = first == null || second == null ? null : CPython.PyTuple_New(2);
        if (tuple == null)
        {
            CPython.Py_XDecRef(first);
            CPython.Py_XDecRef(second);
            return null;
        }
        // Safe: a new tuple's slots are empty, so SetItem (which steals) releases nothing.
        CPython.PyTuple_SetItem(tuple, 0, first);
        CPython.PyTuple_SetItem(tuple, 1, second);
        return tuple;
    }

    private static bool SetDoc(PyObject* type, string doc)
    {
        PyObject* text = PyStrings.FromManaged(doc);
        if (text == null)
        {
            return false;
        }
        int status = CPython.PyObject_SetAttrString(type, s_doc, text);
        CPython.Py_DecRef(text);
        return status == 0;
    }
}

/// <summary>
/// The Python class of one C# enum and its members. Converting a C# value to Python is a dictionary
/// lookup, and so is converting a member back: no Python call on either path for named members.
/// Every object held here is an owned reference kept for the life of the process (the GIL guards the
/// dictionaries), so the pointers used as keys stay valid and unique.
/// </summary>
internal sealed unsafe class EnumClass
{
    // Value bits → member, and member → value bits. Filled at import with the named members; a
    // [Flags] combination without a name is added the first time C# returns it (Python keeps such
    // pseudo-members in the class too, so this holds no more than Python does).
    private readonly Dictionary<long, nint> _members = new();
    private readonly Dictionary<nint, long> _values = new();

    public EnumClass(string moduleName, string name, bool isFlags, TypeCode underlying)
    {
        ModuleName = moduleName;
        Name = name;
        IsFlags = isFlags;
        Underlying = underlying;
        (Min, Max, string keyword) = RangeOf(underlying);
        RangeName = $"{keyword} (enum {name})";
    }

    private static (long Min, ulong Max, string Keyword) RangeOf(TypeCode underlying) => underlying switch
    {
        TypeCode.SByte => (sbyte.MinValue, (ulong)sbyte.MaxValue, "sbyte"),
        TypeCode.Byte => (byte.MinValue, byte.MaxValue, "byte"),
        TypeCode.Int16 => (short.MinValue, (ulong)short.MaxValue, "short"),
        TypeCode.UInt16 => (ushort.MinValue, ushort.MaxValue, "ushort"),
        TypeCode.Int32 => (int.MinValue, (ulong)int.MaxValue, "int"),
        TypeCode.UInt32 => (uint.MinValue, uint.MaxValue, "uint"),
        TypeCode.Int64 => (long.MinValue, (ulong)long.MaxValue, "long"),
        TypeCode.UInt64 => (0L, ulong.MaxValue, "ulong"),
        _ => throw new ArgumentOutOfRangeException(nameof(underlying), underlying, "not an enum's underlying type"),
    };

    /// <summary>The Python class (an owned reference), set once it exists.</summary>
    public PyObject* Type { get; set; }

    public string ModuleName { get; }

    public string Name { get; }

    public bool IsFlags { get; }

    public TypeCode Underlying { get; }

    /// <summary>The smallest value the underlying type holds.</summary>
    public long Min { get; }

    /// <summary>The largest value the underlying type holds.</summary>
    public ulong Max { get; }

    /// <summary>How range errors name the C# type: <c>byte (enum Permissions)</c>.</summary>
    public string RangeName { get; }

    private bool IsUnsigned => Underlying is TypeCode.Byte or TypeCode.UInt16 or TypeCode.UInt32 or TypeCode.UInt64;

    /// <summary>A new Python int for <paramref name="bits"/> read as the underlying type, or null with an error set.</summary>
    public PyObject* NewInt(long bits) => IsUnsigned ? CPython.PyLong_FromUnsignedLongLong((ulong)bits) : CPython.PyLong_FromLongLong(bits);

    /// <summary>Looks up a named member in the new class and caches it; false with an error set.</summary>
    public bool Cache(EnumMemberDefinition member)
    {
        PyObject* name = PyStrings.FromManaged(member.Name);
        PyObject* item = name == null ? null : CPython.PyObject_GetItem(Type, name); // Class['MEMBER']
        CPython.Py_XDecRef(name);
        if (item == null)
        {
            return false;
        }
        if (!_members.ContainsKey(member.Value))
        {
            Add(member.Value, item);
        }
        else
        {
            CPython.Py_DecRef(item); // an alias: Python gives the first member of that value, already cached
        }
        return true;
    }

    // Takes over the `member` reference.
    private void Add(long bits, PyObject* member)
    {
        _members[bits] = (nint)member;
        _values[(nint)member] = bits;
    }

    /// <summary>The value of <paramref name="value"/> when it is a cached member (the common case); no Python call.</summary>
    public bool TryGetCached(PyObject* value, out long bits) => _values.TryGetValue((nint)value, out bits);

    /// <summary>The member for <paramref name="bits"/> (new reference), or null with a Python error set.</summary>
    public PyObject* ToPython(long bits)
    {
        if (_members.TryGetValue(bits, out nint member))
        {
            CPython.Py_IncRef((PyObject*)member);
            return (PyObject*)member;
        }
        return Unnamed(bits);
    }

    // A value no member has: a combination of flags (or any other value) for IntFlag, an error for IntEnum.
    private PyObject* Unnamed(long bits)
    {
        string shown = IsUnsigned ? ((ulong)bits).ToString(CultureInfo.InvariantCulture) : bits.ToString(CultureInfo.InvariantCulture);
        if (!IsFlags)
        {
            Errors.SetString(CPython.PyExc_ValueError,
                $"C# returned {shown}, which is not a member of the Python enum {ModuleName}.{Name} (only a [Flags] enum, an IntFlag, holds other values)");
            return null;
        }
        PyObject* args = CPython.PyTuple_New(1);
        PyObject* number = args == null ? null : NewInt(bits);
        if (number == null)
        {
            CPython.Py_XDecRef(args);
            return null;
        }
        CPython.PyTuple_SetItem(args, 0, number); // steals number; safe on a new tuple
        PyObject* member = CPython.PyObject_CallObject(Type, args); // Class(value)
        CPython.Py_DecRef(args);
        if (member == null)
        {
            return null;
        }
        if (!Holds(member, bits))
        {
            // Python 3.11+ folds negative flag values into the members' bits: it would change the value.
            CPython.Py_DecRef(member);
            Errors.SetString(CPython.PyExc_ValueError, $"C# returned {shown}, which the Python flag enum {ModuleName}.{Name} cannot hold exactly");
            return null;
        }
        Add(bits, member);
        CPython.Py_IncRef(member); // one reference for the cache, one for the caller
        return member;
    }

    // Whether the int (subclass) `member` has exactly the value `bits`. Reading an int subclass runs no Python code.
    private bool Holds(PyObject* member, long bits)
    {
        bool same;
        if (IsUnsigned)
        {
            same = CPython.PyLong_AsUnsignedLongLong(member) == (ulong)bits;
        }
        else
        {
            int overflow;
            same = CPython.PyLong_AsLongLongAndOverflow(member, &overflow) == bits && overflow == 0;
        }
        if (CPython.PyErr_Occurred() != null)
        {
            CPython.PyErr_Clear(); // a failed read (a negative value for ulong, say) just means "not the same"
        }
        return same;
    }
}

/// <summary>The Python class bound to the C# enum <typeparamref name="T"/>; null until its module is imported.</summary>
internal static class BoundEnum<T>
    where T : struct, Enum
{
    public static EnumClass? Class;
}
