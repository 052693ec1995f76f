"""Dates and times, complex and big numbers, Decimal, UUID, byte memory and paths, both ways
(tests/fixtures/Fixtures/ValueTypes.cs; the rules are in docs/guide/12-conversions.md)."""

import array
import datetime as dt
import decimal
import os
import pathlib
import subprocess
import sys
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import value_types as v

UTC = dt.timezone.utc
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
TICKS_PER_US = 10
EPOCH_TICKS = 621355968000000000  # DateTime(1970, 1, 1).Ticks


# ---- DateTime -----------------------------------------------------------------------------------

def test_naive_datetime_round_trips_as_unspecified():
    value = dt.datetime(2024, 2, 29, 13, 45, 7, 123456)
    assert v.echo_datetime(value) == value
    assert v.echo_datetime(value).tzinfo is None
    assert v.datetime_kind(value) == "Unspecified"
    assert v.datetime_ticks(dt.datetime(1970, 1, 1, 0, 0, 0, 1)) == EPOCH_TICKS + TICKS_PER_US


def test_aware_datetime_becomes_utc():
    value = dt.datetime(2024, 1, 2, 3, 4, 5, 678901, tzinfo=IST)
    assert v.datetime_kind(value) == "Utc"
    back = v.echo_datetime(value)
    assert back.tzinfo is UTC
    assert back == value  # the same instant
    assert back.replace(tzinfo=None) == dt.datetime(2024, 1, 1, 21, 34, 5, 678901)


def test_datetime_kinds_going_out():
    ticks = EPOCH_TICKS + 1_700_000_000 * 10_000_000
    assert v.make_datetime(ticks, 0) == dt.datetime(2023, 11, 14, 22, 13, 20)  # Unspecified: naive
    utc = v.make_datetime(ticks, 1)
    assert utc.tzinfo is UTC and utc == dt.datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)
    local = v.make_datetime(ticks, 2)  # Local: aware, with the local offset at that instant
    assert local.utcoffset() is not None
    assert local.replace(tzinfo=None) == dt.datetime(2023, 11, 14, 22, 13, 20)


def test_local_kind_uses_the_local_offset(module_dir):
    # A fresh process with the machine's zone set to India (+05:30, no daylight saving): Kind Local
    # goes out with that offset, and comes back as the same instant in UTC.
    script = ("import datetime as dt, value_types as v\n"
              f"local = v.make_datetime({EPOCH_TICKS}, 2)\n"
              "assert local.utcoffset() == dt.timedelta(hours=5, minutes=30), local\n"
              "assert local.replace(tzinfo=None) == dt.datetime(1970, 1, 1)\n"
              "assert v.datetime_kind(local) == 'Utc' and v.datetime_ticks(local) == " + str(EPOCH_TICKS - 330 * 600_000_000) + "\n")
    env = dict(os.environ, TZ="Asia/Kolkata", PYTHONPATH=os.pathsep.join([module_dir] + sys.path))
    subprocess.run([sys.executable, "-c", script], check=True, env=env, timeout=120)


def test_datetime_edges_and_truncation():
    assert v.make_datetime(0, 0) == dt.datetime.min
    # DateTime.MaxValue is ...59.9999999: the last 100 ns tick is dropped, not rounded up.
    assert v.make_datetime(3155378975999999999, 0) == dt.datetime.max
    assert v.echo_datetime(dt.datetime.max) == dt.datetime.max
    assert v.echo_datetime(dt.datetime.min) == dt.datetime.min
    assert v.make_datetime(EPOCH_TICKS + 19, 0) == dt.datetime(1970, 1, 1, 0, 0, 0, 1)


def test_aware_datetime_outside_utc_range_is_overflow():
    with pytest.raises(OverflowError, match=r"echo_datetime\(\): argument 'value'.*years 1 to 9999"):
        v.echo_datetime(dt.datetime.min.replace(tzinfo=dt.timezone(dt.timedelta(hours=1))))


def test_datetime_wrong_types():
    with pytest.raises(TypeError, match=r"echo_datetime\(\): argument 'value' must be datetime, not date"):
        v.echo_datetime(dt.date(2024, 1, 1))
    with pytest.raises(TypeError, match=r"must be datetime, not str"):
        v.echo_datetime("2024-01-01")


def test_optional_and_listed_datetimes():
    value = dt.datetime(2000, 1, 1, tzinfo=UTC)
    assert v.echo_optional_datetime(None) is None
    assert v.echo_optional_datetime(value) == value
    assert v.echo_datetime_list([value, dt.datetime(1999, 12, 31)]) == [value, dt.datetime(1999, 12, 31)]
    with pytest.raises(TypeError, match=r"item 1 must be datetime, not int"):
        v.echo_datetime_list([value, 3])


# ---- DateTimeOffset -----------------------------------------------------------------------------

@pytest.mark.parametrize("offset", [dt.timedelta(0), dt.timedelta(hours=5, minutes=30), dt.timedelta(hours=-8),
                                    dt.timedelta(hours=14), dt.timedelta(hours=-14), dt.timedelta(minutes=-45)])
def test_offset_is_kept_both_ways(offset):
    value = dt.datetime(2024, 6, 30, 23, 59, 59, 999999, tzinfo=dt.timezone(offset))
    back = v.echo_offset(value)
    assert back == value
    assert back.utcoffset() == offset
    assert back.replace(tzinfo=None) == value.replace(tzinfo=None)  # the wall clock, not converted
    assert v.offset_minutes(value) == offset.total_seconds() // 60


def test_offset_going_out():
    value = v.make_offset(EPOCH_TICKS, 330)
    assert value == dt.datetime(1970, 1, 1, tzinfo=IST)
    assert value.utcoffset() == dt.timedelta(minutes=330)
    assert v.make_offset(EPOCH_TICKS, 0).tzinfo is UTC
    assert v.offset_utc_ticks(dt.datetime(1970, 1, 1, 5, 30, tzinfo=IST)) == EPOCH_TICKS


def test_offset_rejects_what_datetimeoffset_cannot_hold():
    with pytest.raises(ValueError, match=r"echo_offset\(\): argument 'value': a naive datetime"):
        v.echo_offset(dt.datetime(2024, 1, 1))
    with pytest.raises(ValueError, match=r"whole number of minutes"):
        v.echo_offset(dt.datetime(2024, 1, 1, tzinfo=dt.timezone(dt.timedelta(seconds=30))))
    with pytest.raises(ValueError, match=r"within ±14 hours"):
        v.echo_offset(dt.datetime(2024, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=15))))
    with pytest.raises(OverflowError, match=r"echo_offset"):
        v.echo_offset(dt.datetime.max.replace(tzinfo=dt.timezone(dt.timedelta(hours=-1))))


# ---- DateOnly, TimeOnly, TimeSpan ---------------------------------------------------------------

def test_dates():
    for value in (dt.date.min, dt.date.max, dt.date(2024, 2, 29)):
        assert v.echo_date(value) == value
        assert type(v.echo_date(value)) is dt.date
    assert v.echo_optional_date(None) is None
    with pytest.raises(TypeError, match=r"echo_date\(\): argument 'value' must be date, not datetime"):
        v.echo_date(dt.datetime(2024, 1, 1))  # not silently cut to its date


def test_times():
    for value in (dt.time.min, dt.time.max, dt.time(12, 30, 15, 250)):
        assert v.echo_time(value) == value
    assert v.make_time(15) == dt.time(0, 0, 0, 1)  # 1.5 µs: truncated
    with pytest.raises(ValueError, match=r"echo_time\(\): argument 'value': an aware time"):
        v.echo_time(dt.time(1, tzinfo=UTC))
    with pytest.raises(TypeError, match=r"must be time, not datetime"):
        v.echo_time(dt.datetime(2024, 1, 1))


def test_timedeltas():
    for value in (dt.timedelta(0), dt.timedelta(days=-1, microseconds=1), dt.timedelta(days=10675199, hours=2),
                  dt.timedelta(microseconds=-1), dt.timedelta(days=-10675199)):
        assert v.echo_timedelta(value) == value
    assert v.timedelta_ticks(dt.timedelta(seconds=1, microseconds=1)) == 10_000_010
    assert v.make_timedelta(15) == dt.timedelta(microseconds=1)
    assert v.make_timedelta(-15) == dt.timedelta(microseconds=-1)  # toward zero, not floor
    assert v.make_timedelta(2**63 - 1) == dt.timedelta(microseconds=(2**63 - 1) // 10)  # TimeSpan.MaxValue
    assert v.make_timedelta(-2**63) == dt.timedelta(microseconds=-(2**63 // 10))  # TimeSpan.MinValue
    with pytest.raises(OverflowError, match=r"echo_timedelta\(\): argument 'value'.*out of range for C# TimeSpan"):
        v.echo_timedelta(dt.timedelta.max)
    with pytest.raises(TypeError, match=r"must be timedelta, not int"):
        v.echo_timedelta(5)  # an int is ambiguous (seconds? ticks?); a float is seconds, as in pybind11
    assert v.echo_timedelta(1.5) == dt.timedelta(seconds=1.5)
    assert v.timedelta_ticks(-0.00000015) == -1  # truncated to whole ticks
    with pytest.raises(ValueError, match=r"echo_timedelta\(\): argument 'value': nan seconds"):
        v.echo_timedelta(float("nan"))
    with pytest.raises(OverflowError, match=r"echo_timedelta\(\): argument 'value': .*out of range for C# TimeSpan"):
        v.echo_timedelta(1e300)
    assert v.echo_timedelta_dict({"a": dt.timedelta(hours=1)}) == {"a": dt.timedelta(hours=1)}


# ---- complex, BigInteger, Int128, UInt128 -------------------------------------------------------

def test_complex():
    assert v.echo_complex(1 + 2j) == 1 + 2j
    assert v.echo_complex(3) == 3 + 0j and type(v.echo_complex(3)) is complex
    assert v.echo_complex(2.5) == 2.5 + 0j
    assert v.conjugate(1 - 4j) == 1 + 4j
    inf = v.echo_complex(complex(float("inf"), float("-inf")))
    assert inf.real == float("inf") and inf.imag == float("-inf")
    with pytest.raises(TypeError, match=r"echo_complex\(\): argument 'value' must be complex, not str"):
        v.echo_complex("1+2j")


def test_bigint_round_trip():
    for value in (0, 1, -1, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64, -2**300, 3**500):
        assert v.echo_bigint(value) == value
        assert v.bigint_text(value) == str(value)
    # Beyond Python's 4300-digit limit for decimal text: hexadecimal text has none.
    huge = -(2**20000 + 12345)
    assert v.echo_bigint(huge) == huge


def test_bigint_other_inputs():
    assert v.bigint_power(-7, 101) == (-7) ** 101
    assert v.echo_bigint(True) == 1

    class Index:
        def __index__(self):
            return -2**100

    assert v.echo_bigint(Index()) == -2**100
    assert v.echo_optional_bigint(None) is None
    assert v.echo_bigint_list([2**100, -5]) == [2**100, -5]
    with pytest.raises(TypeError, match=r"echo_bigint\(\): argument 'value' must be int, not float"):
        v.echo_bigint(1.0)


def test_int128_and_uint128():
    for value in (0, -2**127, 2**127 - 1, 2**64, -2**64):
        assert v.echo_int128(value) == value
    for value in (0, 2**128 - 1, 2**64):
        assert v.echo_uint128(value) == value
    with pytest.raises(OverflowError, match=r"echo_int128\(\): argument 'value': 170141183460469231731687303715884105728 is out of range for C# Int128"):
        v.echo_int128(2**127)
    with pytest.raises(OverflowError, match=r"echo_int128\(\)"):
        v.echo_int128(-2**127 - 1)
    with pytest.raises(OverflowError, match=r"echo_uint128\(\): argument 'value': -1 is out of range for C# UInt128"):
        v.echo_uint128(-1)
    with pytest.raises(OverflowError, match=r"an int of 1001 bits"):
        v.echo_uint128(2**1000)


# ---- decimal ------------------------------------------------------------------------------------

D = decimal.Decimal


@pytest.mark.parametrize("text", ["0", "1.50", "-0.0000001", "79228162514264337593543950335", "-79228162514264337593543950335",
                                  "0.0000000000000000000000000001", "1234567890.123456789012345678", "1E+3"])
def test_decimal_round_trip(text):
    assert v.echo_decimal(D(text)) == D(text)


def test_decimal_keeps_scale_and_is_exact():
    assert str(v.echo_decimal(D("1.50"))) == "1.50"
    assert v.decimal_text(D("-12.3400")) == "-12.3400"
    assert v.add_decimals(D("0.1"), D("0.2")) == D("0.3")
    assert v.echo_decimal(12) == D(12) and isinstance(v.echo_decimal(12), D)
    assert v.echo_decimal(-(2**96 - 1)) == -(2**96 - 1)
    # More significant digits than C# decimal holds: rounded to 28-29 of them.
    assert v.echo_decimal(D("1.23456789012345678901234567891234")) == D("1.2345678901234567890123456789")


def test_decimal_rejects():
    with pytest.raises(TypeError, match=r"echo_decimal\(\): argument 'value' must be Decimal, not float"):
        v.echo_decimal(0.1)
    for special in ("NaN", "-Infinity", "sNaN", "Infinity"):
        with pytest.raises(ValueError, match=r"echo_decimal\(\): argument 'value': Decimal\('.*'\) has no C# decimal equivalent"):
            v.echo_decimal(D(special))
    with pytest.raises(OverflowError, match=r"echo_decimal\(\): argument 'value': Decimal\('1E\+29'\) is out of range"):
        v.echo_decimal(D("1E+29"))
    with pytest.raises(OverflowError, match=r"out of range for C# decimal"):
        v.echo_decimal(2**96)


def test_decimal_in_containers_and_callbacks():
    assert v.echo_decimal_list([D("1.1"), None, 3]) == [D("1.1"), None, D(3)]
    assert v.apply_decimal(lambda d: d * 2, D("2.25")) == D("4.50")


# ---- Guid ---------------------------------------------------------------------------------------

def test_guid():
    for value in (uuid.UUID(int=0), uuid.UUID(int=2**128 - 1), uuid.uuid4(), uuid.UUID("12345678-9abc-def0-1234-56789abcdef0")):
        assert v.echo_guid(value) == value
        assert v.guid_text(value) == str(value)
    assert v.echo_optional_guid(None) is None
    key = uuid.uuid4()
    assert v.echo_guid_dict({key: D("1.5")}) == {key: D("1.5")}
    with pytest.raises(TypeError, match=r"echo_guid\(\): argument 'value' must be UUID, not str"):
        v.echo_guid(str(key))


# ---- Memory<byte> -------------------------------------------------------------------------------

def test_memory_takes_bytes_like_and_gives_bytes():
    assert v.echo_memory(b"abc") == b"abc" and type(v.echo_memory(b"abc")) is bytes
    assert v.echo_memory(bytearray(b"xy")) == b"xy"
    assert v.echo_read_only_memory(memoryview(b"hello")[1:4]) == b"ell"
    assert v.echo_memory(b"") == b""
    assert v.memory_length(b"\x00" * 1000) == 1000
    assert v.echo_memory_list([b"a", bytearray(b"b")]) == [b"a", b"b"]
    assert v.echo_memory(memoryview(b"abcdef")[::2]) == b"ace"  # not contiguous: gathered, as bytes() does
    released = memoryview(b"x")
    released.release()
    with pytest.raises(ValueError, match=r"echo_memory\(\): argument 'value': .*released"):
        v.echo_memory(released)


def test_memory_is_a_copy():
    data = bytearray(b"abc")
    assert v.reverse_in_place(data) == b"cba"
    assert data == bytearray(b"abc")


@pytest.mark.skipif(sys.version_info < (3, 11), reason="the buffer protocol joins the stable ABI in 3.11")
def test_memory_takes_any_buffer_from_311():
    assert v.echo_memory(array.array("B", [1, 2, 3])) == b"\x01\x02\x03"
    assert v.echo_memory(array.array("h", [1, -1])) == array.array("h", [1, -1]).tobytes()  # the raw bytes


def test_memory_rejects():
    with pytest.raises(TypeError, match=r"echo_memory\(\): argument 'value' must be bytes, not str"):
        v.echo_memory("abc")
    with pytest.raises(TypeError, match=r"must be bytes, not list"):
        v.echo_memory([1, 2])


# ---- paths --------------------------------------------------------------------------------------

class PathLike:
    def __init__(self, path):
        self.path = path

    def __fspath__(self):
        return self.path


def test_paths_in_and_out(tmp_path):
    result = v.echo_file("some/relative.txt")
    assert isinstance(result, pathlib.Path) and result == pathlib.Path("some/relative.txt")
    assert v.echo_file(tmp_path / "a.txt") == tmp_path / "a.txt"
    assert v.echo_file(PathLike("x/y.bin")) == pathlib.Path("x/y.bin")
    assert v.echo_file(os.fsencode("bytes.txt")) == pathlib.Path("bytes.txt")
    assert v.file_name(tmp_path / "name.csv") == "name.csv"
    assert v.full_name("rel") == os.path.join(os.getcwd(), "rel")
    assert v.echo_directory(str(tmp_path)) == tmp_path
    assert v.info_kind(tmp_path) == "DirectoryInfo"
    assert v.info_kind(tmp_path / "missing") == "FileInfo"
    assert v.echo_optional_file(None) is None
    assert v.echo_file_dict({"k": "a.txt"}) == {"k": pathlib.Path("a.txt")}


def test_paths_reject():
    with pytest.raises(TypeError, match=r"echo_file\(\): argument 'value' must be Path, not int"):
        v.echo_file(3)
    with pytest.raises(ValueError, match=r"echo_file\(\): argument 'value': the path is empty"):
        v.echo_file("")
    with pytest.raises(ValueError, match=r"NUL"):
        v.echo_file("a\0b")
    with pytest.raises(TypeError):
        v.echo_file(PathLike(3))  # __fspath__ giving neither str nor bytes


def test_type_error_raised_by_fspath_is_kept():
    class Broken:
        def __fspath__(self):
            raise TypeError("from __fspath__")

    with pytest.raises(TypeError) as error:
        v.echo_file(Broken())
    assert str(error.value) == "from __fspath__"


# ---- tuples and properties ----------------------------------------------------------------------

def test_tuples():
    stamp = (dt.datetime(2020, 5, 17, 1, 2, 3), D("9.99"))
    assert v.echo_stamp(stamp) == stamp
    triple = (uuid.uuid4(), None, -2**80)
    assert v.echo_triple(triple) == triple
    triple = (uuid.uuid4(), dt.timedelta(days=2), 0)
    assert v.echo_triple(list(triple)) == triple


def test_properties():
    booking = v.Booking()
    assert booking.when == dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert booking.price == D("12.50") and booking.id == uuid.UUID(int=0) and booking.length == dt.timedelta(minutes=90)
    assert booking.day is None and booking.ticket is None and booking.seats == 2**70 and booking.points == [1 + 2j]
    booking.when = dt.datetime(2030, 1, 1, tzinfo=IST)
    booking.price = D("0.01")
    booking.day = dt.date(2030, 1, 1)
    booking.ticket = pathlib.Path("t.pdf")
    booking.seats = -2**200
    booking.points = [1j, 2]
    assert booking.when.utcoffset() == dt.timedelta(hours=5, minutes=30)
    assert (booking.price, booking.day, booking.ticket, booking.seats, booking.points) == (
        D("0.01"), dt.date(2030, 1, 1), pathlib.Path("t.pdf"), -2**200, [1j, 2 + 0j])
    with pytest.raises(TypeError):
        booking.price = 1.5
    with pytest.raises(ValueError):
        booking.when = dt.datetime(2030, 1, 1)


def test_operators_and_overrides():
    longer = v.Booking() + dt.timedelta(minutes=30)
    assert longer.length == dt.timedelta(hours=2)
    with pytest.raises(TypeError):
        v.Booking() + 5

    class Weekend(v.Booking):
        def quote(self, day):
            assert type(day) is dt.date
            return D("99.95") if day.weekday() >= 5 else D("10")

    assert Weekend().quote_for(dt.date(2024, 6, 1)) == D("199.90")
    assert Weekend().quote_for(dt.date(2024, 6, 3)) == D("20")
    assert v.Booking().quote_for(dt.date(2024, 6, 1)) == D("25.00")


def test_module_attributes():
    assert v.rate == D("0.25")
    assert v.epoch == dt.date(1970, 1, 1)
    assert v.googol == 10**100


def test_signatures_name_python_types():
    assert v.echo_offset.__doc__.startswith("echo_offset(value: datetime) -> datetime")
    assert "value: Decimal" in v.echo_decimal.__doc__
    assert "value: UUID | None" in v.echo_optional_guid.__doc__
    assert "values: list[Decimal | None]" in v.echo_decimal_list.__doc__
    assert "echo_triple(value: tuple[UUID, timedelta | None, int])" in v.echo_triple.__doc__


# ---- fuzz: random Python values for every conversion --------------------------------------------

_TZ = st.builds(lambda minutes: dt.timezone(dt.timedelta(minutes=minutes)), st.integers(-14 * 60, 14 * 60))
_DECIMALS = st.decimals(allow_nan=False, allow_infinity=False, places=None).filter(
    lambda d: abs(d) <= D("79228162514264337593543950335") and len(d.as_tuple().digits) <= 28
    and -28 <= d.as_tuple().exponent <= 0)

ROUND_TRIPS = [
    (v.echo_datetime, st.datetimes()),
    (v.echo_offset, st.datetimes(min_value=dt.datetime(1, 1, 2), max_value=dt.datetime(9999, 12, 30), timezones=_TZ)),
    (v.echo_date, st.dates()),
    (v.echo_time, st.times()),
    (v.echo_timedelta, st.timedeltas(min_value=dt.timedelta(days=-10675198), max_value=dt.timedelta(days=10675198))),
    (v.echo_complex, st.complex_numbers(allow_nan=False)),
    (v.echo_bigint, st.integers() | st.integers(min_value=-2**5000, max_value=2**5000)),
    (v.echo_int128, st.integers(min_value=-2**127, max_value=2**127 - 1)),
    (v.echo_uint128, st.integers(min_value=0, max_value=2**128 - 1)),
    (v.echo_decimal, _DECIMALS),
    (v.echo_guid, st.uuids()),
    (v.echo_memory, st.binary()),
    (v.echo_read_only_memory, st.binary()),
    (v.echo_datetime_list, st.lists(st.datetimes(), max_size=4)),
    (v.echo_decimal_list, st.lists(st.none() | _DECIMALS, max_size=4)),
    (v.echo_guid_dict, st.dictionaries(st.uuids(), _DECIMALS, max_size=3)),
    (v.echo_timedelta_dict, st.dictionaries(st.text(max_size=3), st.timedeltas(min_value=dt.timedelta(days=-9999), max_value=dt.timedelta(days=9999)), max_size=3)),
]


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_values_round_trip(data):
    function, strategy = data.draw(st.sampled_from(ROUND_TRIPS))
    value = data.draw(strategy)
    back = function(value)
    assert back == value
    if function is v.echo_offset:
        assert back.utcoffset() == value.utcoffset()
    if function is v.echo_decimal:
        assert str(back) == str(value)  # digits and scale, not just the value


ANYTHING = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(min_value=-2**200, max_value=2**200), st.floats(), st.text(max_size=5),
    st.binary(max_size=5), st.complex_numbers(), st.datetimes(), st.datetimes(timezones=_TZ), st.dates(), st.times(),
    st.times(timezones=_TZ), st.timedeltas(), st.decimals(), st.uuids(), st.lists(st.integers(), max_size=3),
    st.sampled_from([memoryview(b"ab"), memoryview(b"abcd")[::2], bytearray(b"x"), PathLike("p"), PathLike(b"p"),
                     PathLike(None), pathlib.Path("q"), object(), dt.timezone.utc, D("sNaN"), D("-Infinity")]),
)
TAKERS = [getattr(v, name) for name in sorted(dir(v)) if name.startswith(("echo_", "full_name", "file_name", "info_kind",
                                                                            "offset_", "datetime_", "timedelta_", "bigint_text",
                                                                            "decimal_text", "guid_text", "memory_length"))]


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(TAKERS), ANYTHING)
def test_wrong_values_raise_clean_python_errors(function, value):
    try:
        function(value)
    except (TypeError, ValueError, OverflowError) as error:
        assert function.__name__ in str(error)
