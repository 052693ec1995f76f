"""Every supported primitive type, both ways: round trips, limits and rejected values."""

import inspect
import math

import pytest

import conversions as c

INT_TYPES = [
    (c.echo_s_byte, -2**7, 2**7 - 1, "sbyte (SByte)"),
    (c.echo_byte, 0, 2**8 - 1, "byte (Byte)"),
    (c.echo_int16, -2**15, 2**15 - 1, "short (Int16)"),
    (c.echo_u_int16, 0, 2**16 - 1, "ushort (UInt16)"),
    (c.echo_int32, -2**31, 2**31 - 1, "int (Int32)"),
    (c.echo_u_int32, 0, 2**32 - 1, "uint (UInt32)"),
    (c.echo_int64, -2**63, 2**63 - 1, "long (Int64)"),
    (c.echo_u_int64, 0, 2**64 - 1, "ulong (UInt64)"),
]


@pytest.mark.parametrize("echo, low, high, csharp", INT_TYPES)
def test_integer_limits_round_trip(echo, low, high, csharp):
    for value in (low, high, 0, 1, (low + high) // 2):
        assert echo(value) == value
        assert type(echo(value)) is int


@pytest.mark.parametrize("echo, low, high, csharp", INT_TYPES)
def test_integer_out_of_range_is_overflow_error(echo, low, high, csharp):
    for value in (low - 1, high + 1, 2**200, -2**200):
        with pytest.raises(OverflowError) as error:
            echo(value)
        assert f"out of range for C# {csharp}" in str(error.value)
        assert str(error.value).startswith(f"{echo.__name__}(): argument 'value': ")


@pytest.mark.parametrize("echo", [e for e, *_ in INT_TYPES])
@pytest.mark.parametrize("value", [1.0, "1", None, b"\x01", [1], 1j])
def test_integers_reject_other_types(echo, value):
    with pytest.raises(TypeError, match=rf"{echo.__name__}\(\): argument 'value' must be int, not "):
        echo(value)


def test_bool_is_strict():
    assert c.echo_bool(True) is True
    assert c.echo_bool(False) is False
    for value in (0, 1, None, "True", 1.0):
        with pytest.raises(TypeError, match=r"echo_bool\(\): argument 'value' must be bool"):
            c.echo_bool(value)


def test_double_round_trips_exactly():
    for value in (0.0, -0.0, 1.5, 1e308, 5e-324, math.pi, -math.inf, math.inf):
        assert c.echo_double(value) == value
    assert math.copysign(1.0, c.echo_double(-0.0)) == -1.0
    assert math.isnan(c.echo_double(math.nan))
    assert c.echo_double(2**53) == 2.0**53


def test_single_rounds_and_rejects_overflow():
    assert c.echo_single(1.5) == 1.5
    assert c.echo_single(0.1) == pytest.approx(0.1, rel=1e-7)
    assert c.echo_single(math.inf) == math.inf
    with pytest.raises(OverflowError, match=r"echo_single\(\): argument 'value': .*out of range for C# float"):
        c.echo_single(1e300)


STRINGS = ["", "plain", "héllo", "日本語", "\U0001F600 emoji", "nul\x00inside", "\x00", "a" * 10_000, "\U0010FFFF",
           "mixed \x00 \U0001F600 é"]


@pytest.mark.parametrize("text", STRINGS)
def test_strings_round_trip(text):
    assert c.echo_string(text) == text


def test_non_bmp_is_two_utf16_units_in_csharp():
    assert c.utf16_length("\U0001F600") == 2
    assert c.code_units("\U0001F600") == "d83d de00"
    assert c.utf16_length("a\x00b") == 3


def test_lone_surrogates_survive_both_ways():
    assert c.code_units("x\ud800y") == "0078 d800 0079"
    assert c.echo_string("\udc00") == "\udc00"
    assert c.lone_surrogate() == "a\ud800b"


def test_str_subclass_is_accepted():
    class Name(str):
        pass

    assert c.echo_string(Name("abc")) == "abc"


def test_string_rejects_none_and_bytes():
    with pytest.raises(TypeError, match=r"echo_string\(\): argument 'value' must be str, not NoneType"):
        c.echo_string(None)
    with pytest.raises(TypeError, match=r"must be str, not bytes"):
        c.echo_string(b"abc")


def test_char():
    assert c.echo_char("x") == "x"
    assert c.echo_char("é") == "é"
    assert c.echo_char("\x00") == "\x00"
    with pytest.raises(ValueError, match=r"echo_char\(\): argument 'value': expected a str of length 1 for C# char, got length 2"):
        c.echo_char("ab")
    with pytest.raises(ValueError, match=r"got length 0"):
        c.echo_char("")
    with pytest.raises(ValueError, match=r"U\+1F600 does not fit in a C# char"):
        c.echo_char("\U0001F600")
    with pytest.raises(TypeError):
        c.echo_char(65)


def test_bytes():
    assert c.echo_bytes(b"") == b""
    assert c.echo_bytes(b"\x00\xff abc") == b"\x00\xff abc"
    assert c.echo_bytes(bytearray(b"xyz")) == b"xyz"
    assert type(c.echo_bytes(bytearray(b"xyz"))) is bytes
    data = bytes(range(256)) * 1000
    assert c.echo_bytes(data) == data
    assert c.sum_bytes(bytes([1, 2, 250])) == 253
    with pytest.raises(TypeError, match=r"echo_bytes\(\): argument 'value' must be bytes, not str"):
        c.echo_bytes("abc")


def test_nullable_value_types_take_none():
    assert c.echo_nullable_int(None) is None
    assert c.echo_nullable_int(5) == 5
    assert c.echo_nullable_double(None) is None
    assert c.echo_nullable_double(2.5) == 2.5
    assert c.null_int() is None
    with pytest.raises(TypeError, match=r"must be int \| None, not str"):
        c.echo_nullable_int("5")
    with pytest.raises(OverflowError):
        c.echo_nullable_int(2**40)


def test_nullable_reference_types_take_none():
    assert c.echo_nullable_string(None) is None
    assert c.echo_nullable_string("x") == "x"
    assert c.echo_nullable_bytes(None) is None
    assert c.echo_nullable_bytes(b"x") == b"x"
    assert c.null_string() is None


def test_defaults_of_every_kind():
    assert c.defaults() == "-7|0.5|True|it's \"quoted\" \\ \U0001F600|x|null|9007199254740993|1.5|2"
    assert c.defaults(nothing="set", big=1) == "-7|0.5|True|it's \"quoted\" \\ \U0001F600|x|set|1|1.5|2"
    signature = inspect.signature(c.defaults)
    assert {name: p.default for name, p in signature.parameters.items()} == {
        "number": -7, "ratio": 0.5, "flag": True, "text": "it's \"quoted\" \\ \U0001F600", "letter": "x",
        "nothing": None, "big": 9007199254740993, "single": 1.5, "whole": 2.0}


def test_default_without_python_literal_still_works():
    assert math.isnan(c.not_a_number())
    assert c.not_a_number(1.0) == 1.0
    assert c.not_a_number.__doc__.startswith("not_a_number(value: float = ...) -> float")


def test_names():
    assert c.not_(True) is False
    assert c.renamed() == "renamed"
    assert not hasattr(c, "hidden") and not hasattr(c, "original")
    assert c.mixed_names(1) == 110
    assert c.mixed_names(first_value=2, second_value=3) == 203
    assert str(inspect.signature(c.mixed_names)) == "(first_value, second_value=10)"


def test_attributes_of_every_kind():
    assert c.max_long == 2**63 - 1
    assert c.max_u_long == 2**64 - 1
    assert c.greeting == "héllo wörld \U0001F600"
    assert c.enabled is True
    assert c.letter == "Z"
    assert c.magic == b"\x00\x01\x02\xff"
    assert c.missing is None
