using System;
using System.ComponentModel;
using SharpBind.Interop;

namespace SharpBind.Internal.Converters;

// Dates and times ↔ the datetime module's classes, through PyDateTime (Python-level calls on the
// cached classes). Every TryFrom follows IConverter's contract: a value of the wrong class is
// "false, no error"; a right-class value C# cannot hold is a ValueError or OverflowError.
#pragma warning disable CS1591 // each member implements IConverter; the struct's summary says how

/// <summary>
/// <c>DateTime</c> ↔ <c>datetime</c>. To Python: Kind Utc gives an aware datetime with
/// <c>timezone.utc</c>, Kind Local an aware one with the local offset at that instant, Kind
/// Unspecified a naive one. From Python: a naive datetime gives Kind Unspecified with the same fields;
/// an aware one is converted to UTC (Kind Utc), like <c>dt.astimezone(timezone.utc)</c>, and is an
/// OverflowError when that leaves years 1-9999. Ticks below a microsecond are dropped going out.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct DateTimeConverter : IConverter<DateTime>
{
    public bool TryFrom(PyObject* value, out DateTime result)
    {
        result = default;
        if (!PyDateTime.TryReadDateTime(value, out DateTime clock, out TimeSpan? offset))
        {
            return false;
        }
        if (offset is not { } shift)
        {
            result = clock;
            return true;
        }
        if (!PyDateTime.TryUtcTicks(clock, shift, "DateTime", out long utcTicks))
        {
            return false;
        }
        result = new DateTime(utcTicks, DateTimeKind.Utc);
        return true;
    }

    public PyObject* To(DateTime value) => value.Kind switch
    {
        DateTimeKind.Unspecified => PyDateTime.NewDateTime(value, null),
        DateTimeKind.Utc => PyDateTime.NewDateTime(value, TimeSpan.Zero),
        _ => PyDateTime.NewDateTime(value, TimeZoneInfo.Local.GetUtcOffset(value)),
    };

    public string PythonName => "datetime";
}

/// <summary>
/// <c>DateTimeOffset</c> ↔ aware <c>datetime</c> with a fixed-offset <c>timezone</c> (its offset kept
/// both ways). From Python the datetime must be aware (a naive one is a ValueError: it has no
/// offset), its offset a whole number of minutes within ±14 hours, as DateTimeOffset requires.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct DateTimeOffsetConverter : IConverter<DateTimeOffset>
{
    public bool TryFrom(PyObject* value, out DateTimeOffset result)
    {
        result = default;
        if (!PyDateTime.TryReadDateTime(value, out DateTime clock, out TimeSpan? offset))
        {
            return false;
        }
        if (offset is not { } shift)
        {
            Errors.SetString(CPython.PyExc_ValueError, "a naive datetime (no tzinfo) has no UTC offset for C# DateTimeOffset; attach a timezone");
            return false;
        }
        if (shift.Ticks % TimeSpan.TicksPerMinute != 0 || shift.Duration() > PyDateTime.MaxOffset)
        {
            Errors.SetString(CPython.PyExc_ValueError, $"UTC offset {shift} is not a whole number of minutes within ±14 hours, as C# DateTimeOffset requires");
            return false;
        }
        if (!PyDateTime.TryUtcTicks(clock, shift, "DateTimeOffset", out _))
        {
            return false;
        }
        result = new DateTimeOffset(clock, shift);
        return true;
    }

    public PyObject* To(DateTimeOffset value) => PyDateTime.NewDateTime(value.DateTime, value.Offset);

    public string PythonName => "datetime";
}

/// <summary><c>DateOnly</c> ↔ <c>date</c>. A <c>datetime</c> (a subclass of date) is refused rather than cut to its date.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct DateOnlyConverter : IConverter<DateOnly>
{
    public bool TryFrom(PyObject* value, out DateOnly result)
    {
        result = default;
        if (!ImportedTypes.IsInstance(value, ImportedTypes.Date, out _)
            || ImportedTypes.IsInstance(value, ImportedTypes.DateTime, out bool failed) || failed)
        {
            return false; // not a date, a datetime (wrong type: no error), or the check raised
        }
        return PyDateTime.TryReadDate(value, out result);
    }

    public PyObject* To(DateOnly value) => PyDateTime.NewDate(value);

    public string PythonName => "date";
}

/// <summary>
/// <c>TimeOnly</c> ↔ naive <c>time</c> (an aware time is a ValueError: TimeOnly has no offset).
/// Ticks below a microsecond are dropped going out.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct TimeOnlyConverter : IConverter<TimeOnly>
{
    public bool TryFrom(PyObject* value, out TimeOnly result)
    {
        result = default;
        if (!ImportedTypes.IsInstance(value, ImportedTypes.Time, out _) || !PyDateTime.TryHasTimeZone(value, out bool aware))
        {
            return false;
        }
        if (aware)
        {
            Errors.SetString(CPython.PyExc_ValueError, "an aware time (with tzinfo) has no C# TimeOnly equivalent; pass a naive time");
            return false;
        }
        return PyDateTime.TryReadTime(value, out result);
    }

    public PyObject* To(TimeOnly value) => PyDateTime.NewTime(value);

    public string PythonName => "time";
}

/// <summary>
/// <c>TimeSpan</c> ↔ <c>timedelta</c>. Exact from Python (OverflowError beyond TimeSpan's ±10,675,199
/// days); ticks below a microsecond are dropped (toward zero) going out. A parameter also takes a
/// float, as a number of seconds (as pybind11 does for durations: <c>time.monotonic()</c>
/// differences), truncated to whole ticks.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct TimeSpanConverter : IConverter<TimeSpan>
{
    public bool TryFrom(PyObject* value, out TimeSpan result)
    {
        result = default;
        if (value->ob_type == CPython.PyFloat_Type)
        {
            // Safe: an exact float is read directly; no Python code runs.
            return PyDateTime.TrySeconds(CPython.PyFloat_AsDouble_ExactFloat(value), out result);
        }
        return ImportedTypes.IsInstance(value, ImportedTypes.TimeDelta, out _) && PyDateTime.TryReadTimeDelta(value, out result);
    }

    public PyObject* To(TimeSpan value) => PyDateTime.NewTimeDelta(value);

    public string PythonName => "timedelta";
}
