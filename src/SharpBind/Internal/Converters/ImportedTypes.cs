using System;
using SharpBind.Interop;

namespace SharpBind.Internal.Converters;

/// <summary>
/// The Python classes the value converters build and recognise (<c>datetime.datetime</c>,
/// <c>decimal.Decimal</c>, <c>uuid.UUID</c>, <c>pathlib.Path</c>, ...). None of them has a stable C
/// API, so conversions go through ordinary Python calls on these objects. Each is imported the first
/// time a conversion needs it, with the GIL held, and kept for the life of the process (a module
/// loads into one interpreter; an embedding program starts Python once): one import per type, not
/// one per call. The properties return borrowed references, or null with the ImportError set.
/// </summary>
internal static unsafe class ImportedTypes
{
    private static PyObject* s_datetime, s_date, s_time, s_timedelta, s_timezone, s_utc, s_decimal, s_uuid, s_path;

    /// <summary><c>datetime.datetime</c>.</summary>
    public static PyObject* DateTime => Get(ref s_datetime, "datetime"u8, "datetime"u8);

    /// <summary><c>datetime.date</c>.</summary>
    public static PyObject* Date => Get(ref s_date, "datetime"u8, "date"u8);

    /// <summary><c>datetime.time</c>.</summary>
    public static PyObject* Time => Get(ref s_time, "datetime"u8, "time"u8);

    /// <summary><c>datetime.timedelta</c>.</summary>
    public static PyObject* TimeDelta => Get(ref s_timedelta, "datetime"u8, "timedelta"u8);

    /// <summary><c>datetime.timezone</c>.</summary>
    public static PyObject* TimeZone => Get(ref s_timezone, "datetime"u8, "timezone"u8);

    /// <summary><c>datetime.timezone.utc</c>.</summary>
    public static PyObject* Utc => s_utc != null ? s_utc : s_utc = Attribute(TimeZone, "utc"u8);

    /// <summary><c>decimal.Decimal</c>.</summary>
    public static PyObject* Decimal => Get(ref s_decimal, "decimal"u8, "Decimal"u8);

    /// <summary><c>uuid.UUID</c>.</summary>
    public static PyObject* Uuid => Get(ref s_uuid, "uuid"u8, "UUID"u8);

    /// <summary><c>pathlib.Path</c>.</summary>
    public static PyObject* Path => Get(ref s_path, "pathlib"u8, "Path"u8);

    /// <summary>
    /// Whether <paramref name="value"/> is an instance of <paramref name="type"/> (a property above,
    /// so possibly null with an error set). Sets <paramref name="failed"/> when the import or the
    /// check raised, with the error left pending.
    /// </summary>
    public static bool IsInstance(PyObject* value, PyObject* type, out bool failed)
    {
        if (type == null)
        {
            failed = true;
            return false;
        }
        int result = CPython.PyObject_IsInstance(value, type);
        failed = result < 0;
        return result > 0;
    }

    /// <summary>
    /// <c>callable(*args)</c>, stealing the <paramref name="count"/> owned references in
    /// <paramref name="args"/> (a null one means making it failed, with the error set; a null
    /// <paramref name="callable"/> likewise). A new reference, or null with an error set.
    /// </summary>
    public static PyObject* Call(PyObject* callable, PyObject** args, int count)
    {
        bool ready = callable != null;
        for (int i = 0; i < count; i++)
        {
            ready &= args[i] != null;
        }
        PyObject* tuple = ready ? CPython.PyTuple_New(count) : null;
        for (int i = 0; i < count; i++)
        {
            if (tuple != null)
            {
                CPython.PyTuple_SetItem(tuple, i, args[i]); // steals, into a new tuple's empty slot
            }
            else
            {
                CPython.Py_XDecRef(args[i]);
            }
        }
        if (tuple == null)
        {
            return null;
        }
        PyObject* result = CPython.PyObject_CallObject(callable, tuple);
        CPython.Py_DecRef(tuple);
        return result;
    }

    /// <summary><c>callable(argument)</c>, stealing <paramref name="argument"/> (null: failed, error set).</summary>
    public static PyObject* Call(PyObject* callable, PyObject* argument) => Call(callable, &argument, 1);

    /// <summary>
    /// The int attribute <paramref name="name"/> of <paramref name="value"/> as a long; false with an
    /// error set when it is missing, not an int, or beyond 64 bits.
    /// </summary>
    public static bool TryGetInt64(PyObject* value, AttributeName name, out long result)
    {
        result = 0;
        PyObject* attribute = name.Get(value);
        if (attribute == null)
        {
            return false;
        }
        bool ok = TryInt64(attribute, out result);
        CPython.Py_DecRef(attribute);
        return ok;
    }

    /// <summary>An int (borrowed) as a long: false with an error set when it is not an int that fits.</summary>
    public static bool TryInt64(PyObject* integer, out long result)
    {
        result = 0;
        if (!CPython.PyLong_Check(integer))
        {
            Errors.SetString(CPython.PyExc_TypeError, $"expected an int, got {PyText.TypeName(integer)}");
            return false;
        }
        int overflow;
        result = CPython.PyLong_AsLongLongAndOverflow(integer, &overflow);
        if (overflow != 0)
        {
            Errors.SetString(CPython.PyExc_OverflowError, "an int component is beyond 64 bits");
            return false;
        }
        return result != -1 || CPython.PyErr_Occurred() == null;
    }

    // Imports module.name once; null with the error set (and retried next time) when that fails.
    // The names are UTF-8 literals, which the compiler NUL-terminates in static data.
    private static PyObject* Get(ref PyObject* slot, ReadOnlySpan<byte> module, ReadOnlySpan<byte> name)
    {
        if (slot == null)
        {
            PyObject* imported;
            fixed (byte* text = module)
            {
                imported = CPython.PyImport_ImportModule(text);
            }
            slot = imported == null ? null : Attribute(imported, name); // owned forever by the cache
            CPython.Py_XDecRef(imported);
        }
        return slot;
    }

    // A new reference to owner.name (owned forever by the cache); null with an error set.
    private static PyObject* Attribute(PyObject* owner, ReadOnlySpan<byte> name)
    {
        if (owner == null)
        {
            return null;
        }
        fixed (byte* text = name)
        {
            return CPython.PyObject_GetAttrString(owner, text);
        }
    }
}
