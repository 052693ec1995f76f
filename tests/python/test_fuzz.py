"""Random Python values thrown at every fixture function: only Python exceptions, never a crash."""

import inspect

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import animals
import basics
import classes
import pets
import conversions
import enums
import errors


class RaisingIndex:
    def __index__(self):
        raise RuntimeError("index")


class RaisingFloat:
    def __float__(self):
        raise ValueError("float")


class HugeIndex:
    def __index__(self):
        return 2**200


class WeirdStr(str):
    def __eq__(self, other):
        raise RuntimeError("eq")

    __hash__ = str.__hash__


class FuzzCat(animals.Animal):
    def go(self, n_times):
        return "meow" if isinstance(n_times, int) and n_times < 10 else n_times


VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(min_value=-2**70, max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True), st.text(), st.characters(), st.binary(),
    st.builds(bytearray, st.binary()), st.lists(st.integers(), max_size=3), st.complex_numbers(),
    st.sampled_from([RaisingIndex(), RaisingFloat(), HugeIndex(), WeirdStr("x"), object(), type, len, ...,
                     FuzzCat(), animals.Dog(), pets.Dog("d")]),
    # Enum members, Python-made flag combinations and values beyond the C# underlying type.
    st.sampled_from([*enums.Color, *enums.Permissions, *enums.Distance, *enums.Tiny, *enums.Mask, *enums.LogLevel,
                     enums.Permissions.READ | enums.Permissions.EXECUTE, enums.Permissions(256), enums.Mask(2**64)]),
)

# read_file would read whatever path it is given; the rest are safe to call with anything.
FUNCTIONS = [getattr(m, name) for m in (basics, conversions, errors, enums) for name in sorted(dir(m))
             if callable(getattr(m, name)) and not name.startswith("_") and name != "read_file"]
# Bound classes: the constructors, and every method and property setter of a live instance.
_PET = classes.Pet("fuzz")
FUNCTIONS += [classes.Pet, classes.Point, _PET.greet, _PET.birthday, _PET.count, classes.Point(1.0, 2.0).norm,
              lambda value=None, *rest, **kw: setattr(_PET, "weight", value),
              lambda value=None, *rest, **kw: setattr(_PET, "name", value)]
# Inheritance and overrides (nothing that repeats a string a random number of times).
FUNCTIONS += [animals.call_go, animals.call_name, animals.make_dog, animals.Animal, animals.Dog, animals.Husky,
              FuzzCat, FuzzCat().describe, animals.Dog().double_weight, pets.pet_store, pets.name_of, pets.Pet, pets.Dog]
_LAMP = enums.Lamp()
FUNCTIONS += [_LAMP.paint, lambda value=None, *rest, **kw: setattr(_LAMP, "color", value),
              lambda value=None, *rest, **kw: setattr(_LAMP, "access", value)]
# Real parameter names (so keyword binding is exercised) and one that no function has.
NAMES = ["i", "j", "a", "b", "value", "kind", "message", "first_value", "text", "nothing", "name", "age", "greeting",
         "x", "y", "color", "permissions", "current", "extra", "distance", "mask", "bits", "over", "zzz"]


def test_every_function_is_fuzzed():
    assert len(FUNCTIONS) >= 35


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(FUNCTIONS), st.lists(VALUES, max_size=4),
       st.dictionaries(st.sampled_from(NAMES), VALUES, max_size=3))
def test_random_calls_raise_only_python_exceptions(function, args, kwargs):
    try:
        function(*args, **kwargs)
    except Exception:
        pass  # any Python exception is a clean outcome; a crash would end the test process


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_string_round_trip_is_exact(text):
    assert conversions.echo_string(text) == text


@settings(max_examples=300, deadline=None)
@given(st.binary())
def test_bytes_round_trip_is_exact(data):
    assert conversions.echo_bytes(data) == data


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=-2**63, max_value=2**63 - 1))
def test_long_round_trip_is_exact(value):
    assert conversions.echo_int64(value) == value


@settings(max_examples=300, deadline=None)
@given(st.floats(allow_nan=False))
def test_double_round_trip_is_exact(value):
    assert conversions.echo_double(value) == value


def test_signatures_are_parseable_where_present():
    for function in FUNCTIONS:
        if getattr(function, "__text_signature__", None) is not None:
            inspect.signature(function)
