using System;
using SharpBind.Interop;

namespace SharpBind.Internal.Converters;

/// <summary>
/// Reads and makes <c>datetime</c> module objects through ordinary attribute reads and calls (the
/// datetime C API is not part of the stable ABI). Precision: C# counts 100 ns ticks, Python
/// microseconds; going to Python the ticks below a microsecond are dropped (truncated toward zero),
/// coming from Python every value is exact. The GIL is held throughout.
/// </summary>
internal static unsafe class PyDateTime
{
    private static readonly AttributeName s_year = new("year");
    private static readonly AttributeName s_month = new("month");
    private static readonly AttributeName s_day = new("day");
    private static readonly AttributeName s_hour = new("hour");
    private static readonly AttributeName s_minute = new("minute");
    private static readonly AttributeName s_second = new("second");
    private static readonly AttributeName s_microsecond = new("microsecond");
    private static readonly AttributeName s_days = new("days");
    private static readonly AttributeName s_seconds = new("seconds");
    private static readonly AttributeName s_microseconds = new("microseconds");
    private static readonly AttributeName s_utcoffset = new("utcoffset");
    private static readonly AttributeName s_tzinfo = new("tzinfo");

    // Offset ticks -> timezone (an owned reference, never released). Only touched with the GIL held.
    private static readonly System.Collections.Generic.Dictionary<long, nint> s_zones = new();
    private const int MaxCachedZones = 4096;

    /// <summary>The largest offset a <c>DateTimeOffset</c> allows (and the largest a <c>timezone</c> shows here).</summary>
    public static readonly TimeSpan MaxOffset = TimeSpan.FromHours(14);

    /// <summary>The date of a <c>date</c> or <c>datetime</c>; false with an error set.</summary>
    public static bool TryReadDate(PyObject* value, out DateOnly result)
    {
        result = default;
        if (!ImportedTypes.TryGetInt64(value, s_year, out long year) || !ImportedTypes.TryGetInt64(value, s_month, out long month)
            || !ImportedTypes.TryGetInt64(value, s_day, out long day))
        {
            return false;
        }
        // A real date is always valid; a subclass could report anything through properties.
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > System.DateTime.DaysInMonth((int)year, (int)month))
        {
            Errors.SetString(CPython.PyExc_ValueError, $"date {year}-{month}-{day} is not a valid date");
            return false;
        }
        result = new DateOnly((int)year, (int)month, (int)day);
        return true;
    }

    /// <summary>The time of day of a <c>time</c> or <c>datetime</c>, microsecond precise; false with an error set.</summary>
    public static bool TryReadTime(PyObject* value, out TimeOnly result)
    {
        result = default;
        if (!ImportedTypes.TryGetInt64(value, s_hour, out long hour) || !ImportedTypes.TryGetInt64(value, s_minute, out long minute)
            || !ImportedTypes.TryGetInt64(value, s_second, out long second) || !ImportedTypes.TryGetInt64(value, s_microsecond, out long microsecond))
        {
            return false;
        }
        if (hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59 || microsecond is < 0 or > 999_999)
        {
            Errors.SetString(CPython.PyExc_ValueError, $"time {hour}:{minute}:{second}.{microsecond} is not a valid time of day");
            return false;
        }
        result = new TimeOnly(((hour * 60 + minute) * 60 + second) * TimeSpan.TicksPerSecond + microsecond * 10);
        return true;
    }

    /// <summary>
    /// A <c>datetime</c>'s wall clock (Kind Unspecified) and UTC offset (null when naive); false with no
    /// error when <paramref name="value"/> is not a datetime, false with an error set when reading failed.
    /// </summary>
    public static bool TryReadDateTime(PyObject* value, out DateTime clock, out TimeSpan? offset)
    {
        clock = default;
        offset = null;
        return ImportedTypes.IsInstance(value, ImportedTypes.DateTime, out _) && TryReadClock(value, out clock) && TryUtcOffset(value, out offset);
    }

    /// <summary>
    /// The UTC ticks of wall clock <paramref name="clock"/> at <paramref name="offset"/>; false with an
    /// OverflowError when that instant is outside years 1-9999 in UTC.
    /// </summary>
    public static bool TryUtcTicks(DateTime clock, TimeSpan offset, string csharpType, out long utcTicks)
    {
        utcTicks = clock.Ticks - offset.Ticks;
        if (utcTicks >= System.DateTime.MinValue.Ticks && utcTicks <= System.DateTime.MaxValue.Ticks)
        {
            return true;
        }
        Errors.SetString(CPython.PyExc_OverflowError,
            $"{clock.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)} at UTC offset {offset} is outside C# {csharpType}'s years 1 to 9999 in UTC");
        return false;
    }

    /// <summary>A datetime's wall-clock date and time (its tzinfo ignored), Kind Unspecified; false with an error set.</summary>
    public static bool TryReadClock(PyObject* value, out DateTime result)
    {
        result = default;
        if (!TryReadDate(value, out DateOnly date) || !TryReadTime(value, out TimeOnly time))
        {
            return false;
        }
        result = date.ToDateTime(time, DateTimeKind.Unspecified);
        return true;
    }

    /// <summary>
    /// <c>value.utcoffset()</c>: null for a naive datetime; false with an error set when the call
    /// raised or gave something other than a timedelta.
    /// </summary>
    public static bool TryUtcOffset(PyObject* value, out TimeSpan? result)
    {
        result = null;
        PyObject* method = s_utcoffset.Get(value);
        PyObject* offset = method == null ? null : CPython.PyObject_CallObject(method, null);
        CPython.Py_XDecRef(method);
        if (offset == null)
        {
            return false;
        }
        bool ok = true;
        if (offset != CPython.Py_None)
        {
            ok = TryReadTimeDelta(offset, out TimeSpan span);
            result = span;
        }
        CPython.Py_DecRef(offset);
        return ok;
    }

    /// <summary>Whether a <c>time</c> carries a tzinfo; false with an error set when it cannot be read.</summary>
    public static bool TryHasTimeZone(PyObject* value, out bool result)
    {
        PyObject* tzinfo = s_tzinfo.Get(value);
        result = tzinfo != null && tzinfo != CPython.Py_None;
        CPython.Py_XDecRef(tzinfo);
        return tzinfo != null;
    }

    /// <summary>
    /// A <c>timedelta</c> (days, seconds, microseconds) as a TimeSpan, exactly; OverflowError beyond
    /// TimeSpan's range (about ±10,675,199 days; timedelta reaches ±999,999,999).
    /// </summary>
    public static bool TryReadTimeDelta(PyObject* value, out TimeSpan result)
    {
        result = default;
        if (!ImportedTypes.TryGetInt64(value, s_days, out long days) || !ImportedTypes.TryGetInt64(value, s_seconds, out long seconds)
            || !ImportedTypes.TryGetInt64(value, s_microseconds, out long microseconds))
        {
            return false;
        }
        Int128 ticks = ((Int128)days * 86_400 + seconds) * TimeSpan.TicksPerSecond + (Int128)microseconds * 10;
        if (ticks < long.MinValue || ticks > long.MaxValue)
        {
            Errors.SetString(CPython.PyExc_OverflowError,
                $"timedelta(days={days}, seconds={seconds}, microseconds={microseconds}) is out of range for C# TimeSpan, which holds {TimeSpan.MinValue} to {TimeSpan.MaxValue}");
            return false;
        }
        result = new TimeSpan((long)ticks);
        return true;
    }

    /// <summary>
    /// A new <c>datetime</c> with <paramref name="clock"/>'s wall-clock fields and the borrowed
    /// <paramref name="tzinfo"/> (null: naive); null with an error set.
    /// </summary>
    public static PyObject* NewDateTime(DateTime clock, PyObject* tzinfo)
    {
        PyObject** args = stackalloc PyObject*[8];
        int count = DateFields(args, clock.Year, clock.Month, clock.Day);
        count += TimeFields(args + count, clock.TimeOfDay.Ticks);
        if (tzinfo != null)
        {
            CPython.Py_IncRef(tzinfo);
            args[count++] = tzinfo;
        }
        return ImportedTypes.Call(ImportedTypes.DateTime, args, count);
    }

    /// <summary>A new aware <c>datetime</c>: <paramref name="clock"/>'s wall-clock fields at a fixed UTC <paramref name="offset"/>; null with an error set.</summary>
    public static PyObject* NewDateTime(DateTime clock, TimeSpan offset)
    {
        PyObject* zone = NewTimeZone(offset);
        if (zone == null)
        {
            return null;
        }
        PyObject* result = NewDateTime(clock, zone);
        CPython.Py_DecRef(zone);
        return result;
    }

    /// <summary>
    /// A number of seconds as a TimeSpan, truncated to whole ticks; ValueError for NaN, OverflowError
    /// beyond TimeSpan's range.
    /// </summary>
    public static bool TrySeconds(double seconds, out TimeSpan result)
    {
        result = default;
        double ticks = Math.Truncate(seconds * TimeSpan.TicksPerSecond);
        if (double.IsNaN(ticks))
        {
            Errors.SetString(CPython.PyExc_ValueError, "nan seconds is not a C# TimeSpan");
            return false;
        }
        // 2**63 is exact as a double; long.MaxValue is not, so compare with its neighbour above.
        if (ticks < long.MinValue || ticks >= 9223372036854775808.0)
        {
            Errors.SetString(CPython.PyExc_OverflowError, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{seconds} seconds is out of range for C# TimeSpan, which holds {TimeSpan.MinValue} to {TimeSpan.MaxValue}"));
            return false;
        }
        result = new TimeSpan((long)ticks);
        return true;
    }

    /// <summary>A new <c>date</c>; null with an error set.</summary>
    public static PyObject* NewDate(DateOnly date)
    {
        PyObject** args = stackalloc PyObject*[3];
        return ImportedTypes.Call(ImportedTypes.Date, args, DateFields(args, date.Year, date.Month, date.Day));
    }

    /// <summary>A new naive <c>time</c> (ticks below a microsecond dropped); null with an error set.</summary>
    public static PyObject* NewTime(TimeOnly time)
    {
        PyObject** args = stackalloc PyObject*[4];
        return ImportedTypes.Call(ImportedTypes.Time, args, TimeFields(args, time.Ticks));
    }

    /// <summary>A new <c>timedelta</c> (ticks below a microsecond dropped, toward zero); null with an error set.</summary>
    public static PyObject* NewTimeDelta(TimeSpan span)
    {
        PyObject** args = stackalloc PyObject*[3];
        args[0] = CPython.PyLong_FromLongLong(0);
        args[1] = CPython.PyLong_FromLongLong(0);
        args[2] = CPython.PyLong_FromLongLong(span.Ticks / 10); // timedelta normalises the microseconds itself
        return ImportedTypes.Call(ImportedTypes.TimeDelta, args, 3);
    }

    /// <summary>
    /// A new reference to the fixed-offset <c>timezone</c> for <paramref name="offset"/>
    /// (<c>timezone.utc</c> for zero); null with an error set. Zones are immutable, so each offset's
    /// is made once and kept (a program meets few offsets; the cache stops growing at a bound).
    /// </summary>
    public static PyObject* NewTimeZone(TimeSpan offset)
    {
        PyObject* zone;
        if (offset == TimeSpan.Zero)
        {
            zone = ImportedTypes.Utc;
        }
        else if (s_zones.TryGetValue(offset.Ticks, out nint cached))
        {
            zone = (PyObject*)cached;
        }
        else
        {
            zone = ImportedTypes.Call(ImportedTypes.TimeZone, NewTimeDelta(offset));
            if (zone != null && s_zones.Count < MaxCachedZones)
            {
                s_zones.Add(offset.Ticks, (nint)zone); // the cache keeps this reference forever
                CPython.Py_IncRef(zone); // and the caller gets its own
            }
            return zone;
        }
        CPython.Py_XIncRef(zone);
        return zone;
    }

    // year, month, day as three new ints in args; returns 3.
    private static int DateFields(PyObject** args, int year, int month, int day)
    {
        args[0] = CPython.PyLong_FromLongLong(year);
        args[1] = CPython.PyLong_FromLongLong(month);
        args[2] = CPython.PyLong_FromLongLong(day);
        return 3;
    }

    // hour, minute, second, microsecond of a time of day as four new ints in args; returns 4.
    private static int TimeFields(PyObject** args, long ticksOfDay)
    {
        long seconds = ticksOfDay / TimeSpan.TicksPerSecond;
        args[0] = CPython.PyLong_FromLongLong(seconds / 3600);
        args[1] = CPython.PyLong_FromLongLong(seconds / 60 % 60);
        args[2] = CPython.PyLong_FromLongLong(seconds % 60);
        args[3] = CPython.PyLong_FromLongLong(ticksOfDay % TimeSpan.TicksPerSecond / 10);
        return 4;
    }
}
