"""Random Python values thrown at every fixture function: only Python exceptions, never a crash."""

import inspect
import types

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import animals
import basics
import bound_collections
import classes
import collections_
import conversions
import custom_errors
import enums
import errors
import overloads
import pets
import protocols
import shapes
import signatures
import value_types


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
                     FuzzCat(), animals.Dog(), pets.Dog("d"), protocols.Vector2(0, 0), protocols.Money(1, "USD"),
                     protocols.Bits(0), protocols.Captain(), protocols.Bag("x")]),
    # Enum members, Python-made flag combinations and values beyond the C# underlying type.
    st.sampled_from([*enums.Color, *enums.Permissions, *enums.Distance, *enums.Tiny, *enums.Mask, *enums.LogLevel,
                     enums.Permissions.READ | enums.Permissions.EXECUTE, enums.Permissions(256), enums.Mask(2**64)]),
)

# read_file would read whatever path it is given; the rest are safe to call with anything.
# bigint_power would compute a random power of a random number.
FUNCTIONS = [getattr(m, name) for m in (basics, conversions, errors, enums, value_types) for name in sorted(dir(m))
             if callable(getattr(m, name)) and not name.startswith("_") and name not in ("read_file", "bigint_power")]
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
# Protocols: constructors, and every operator, comparison, len/in/[] and with on live objects, with the
# random value as the other operand (or the key, or the value stored).
_VEC, _MONEY, _BAG, _INV, _SLOTS = protocols.Vector2(1, 2), protocols.Money(100), protocols.Bag("a,b"), protocols.Inventory(), protocols.Slots(2)
_BITS, _PICK, _RANK, _FAULTY = protocols.Bits(6), protocols.Picker(), protocols.Rank(1), protocols.Faulty()


def _with_operand(operation):
    return lambda value=None, *rest, **kw: operation(value)


def _store(value):
    _SLOTS[0] = value
    _INV[value] = value
    _BAG[0] = value


FUNCTIONS += [protocols.Vector2, protocols.Money, protocols.Bag, protocols.Inventory, protocols.Slots, protocols.Bits,
              protocols.Resource, protocols.Rank, protocols.Label, protocols.same_money] + [_with_operand(op) for op in (
    lambda v: _VEC * v, lambda v: v * _VEC, lambda v: _VEC + v, lambda v: v - _VEC, lambda v: v / _VEC, lambda v: _VEC == v,
    lambda v: _MONEY < v, lambda v: v >= _MONEY, lambda v: _MONEY * v, lambda v: v % _MONEY, lambda v: _MONEY != v,
    lambda v: _BITS << v, lambda v: v & _BITS, lambda v: v < _BITS, lambda v: _BITS > v, lambda v: _PICK + v, lambda v: v + _PICK,
    lambda v: _RANK <= v, lambda v: _FAULTY + v, lambda v: _FAULTY[v], lambda v: hash(v), lambda v: v in _BAG, lambda v: _BAG[v],
    lambda v: _INV[v], lambda v: _SLOTS[v], _store, lambda v: _BAG.__delitem__(v), lambda v: _INV.__delitem__(v),
    lambda v: list(v), lambda v: len(v), lambda v: repr(v), lambda v: protocols.Resource("r").__exit__(v, v, v))]
# Collections (not the ones that allocate a random number of items).
FUNCTIONS += [getattr(collections_, name) for name in sorted(dir(collections_))
              if callable(getattr(collections_, name)) and not name.startswith("_") and name not in ("make_list", "items")]
# Collections bound by reference: the module's functions (not the one that allocates a random number
# of items) and the list and dict protocols of its types.
FUNCTIONS += [getattr(bound_collections, name) for name in sorted(dir(bound_collections))
              if callable(getattr(bound_collections, name)) and not name.startswith("_") and name != "fresh"]
_SHORTS = bound_collections.ShortList([1, 2, 3])
_COUNTS = bound_collections.Counts(a=1)
FUNCTIONS += [_with_operand(op) for op in (
    lambda v: _SHORTS[v], lambda v: _SHORTS.__setitem__(v, v), lambda v: _SHORTS.__delitem__(v), lambda v: v in _SHORTS,
    lambda v: _SHORTS == v, lambda v: _SHORTS.__setitem__(slice(None), v), lambda v: _SHORTS.__iadd__(v),
    lambda v: _COUNTS[v], lambda v: _COUNTS.__setitem__(v, v), lambda v: _COUNTS.__delitem__(v), lambda v: v in _COUNTS,
    lambda v: _COUNTS == v, lambda v: _COUNTS.update(v), lambda v: _COUNTS.pop(v, None))]
# Positional-only, keyword-only, *args, **kwargs and [NoConvert].
FUNCTIONS += [getattr(signatures, name) for name in sorted(dir(signatures))
              if callable(getattr(signatures, name)) and not name.startswith("_") and not isinstance(getattr(signatures, name), type)]
# Real parameter names (so keyword binding is exercised) and one that no function has.
NAMES = ["i", "j", "a", "b", "value", "kind", "message", "first_value", "text", "nothing", "name", "age", "greeting",
         "x", "y", "color", "permissions", "current", "extra", "distance", "mask", "bits", "over", "options", "rest", "flag", "sep", "zzz"]


def test_every_function_is_fuzzed():
    assert len(FUNCTIONS) >= 35


# Every bound member, found by walking the fixture modules rather than listed by hand: each bound
# class's constructor, its static methods, and every method and property setter of an instance made
# with the first argument list its constructor accepts. Members that repeat work a random number of
# times (go(n) builds an n-times string), wait or spin for a random time (spin(2**62) never ends,
# call_back(type, 2**31 - 1) makes two billion calls), or touch files are left out.
_SKIP = {"go", "go_many", "sound_many", "call_go_on_thread", "call_go_concurrently", "call_kept", "read_file", "collect_garbage",
         "make_list", "items", "bigint_power", "spin", "wait_for_signal", "call_back"}
_TRIAL_ARGUMENTS = [(), (1,), (1.0,), ("x",), (1, 2), (1.0, 2.0), ("x", 1), ("1", "x"), (1, "x")]


def _is_bound(cls):
    return isinstance(cls, type) and any(base.__module__ == "sharpbind" and base.__name__ == "Object" for base in cls.__mro__)


def _bound_classes(namespace, seen):
    module = namespace.__name__ if isinstance(namespace, types.ModuleType) else namespace.__module__
    for name in dir(namespace):
        cls = getattr(namespace, name, None)
        if _is_bound(cls) and cls not in seen and cls.__module__ == module:
            seen.add(cls)
            yield cls
            yield from _bound_classes(cls, seen)  # nested classes


def _first_instance(cls):
    for arguments in _TRIAL_ARGUMENTS:
        try:
            return cls(*arguments)
        except Exception:
            continue
    return None  # abstract classes, interfaces and namespaces


def _setter(instance, name):
    return lambda value=None, *rest, **kw: setattr(instance, name, value)


BOUND_CLASSES = []
MEMBERS = []
for _module in (basics, classes, conversions, errors, animals, pets, overloads, shapes, protocols, enums, collections_, signatures, custom_errors,
                value_types, bound_collections):
    for _cls in _bound_classes(_module, set()):
        BOUND_CLASSES.append(_cls)
        MEMBERS.append(_cls)
        _instance = _first_instance(_cls)
        for _name, _member in vars(_cls).items():
            if _name.startswith("__") or _name in _SKIP:
                continue
            if isinstance(_member, types.GetSetDescriptorType):
                if _instance is not None:
                    MEMBERS.append(_setter(_instance, _name))
            elif callable(getattr(_instance if _instance is not None else _cls, _name, None)):
                MEMBERS.append(getattr(_instance if _instance is not None else _cls, _name))


def test_members_that_run_for_a_random_time_are_left_out():
    names = {getattr(member, "__name__", "") for member in MEMBERS}
    assert not names & _SKIP
    assert "call_without_gil" in names  # a neighbour of spin and wait_for_signal is still fuzzed


def test_every_bound_class_is_found():
    names = {cls.__qualname__ for cls in BOUND_CLASSES}
    assert {"Pet", "Point", "Counter", "Counter.Step", "Geometry", "Vec2", "Person", "Animal", "Dog", "Husky",
            "Shape", "Money", "Square", "IShape"} <= names
    assert len(MEMBERS) > 100


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(MEMBERS), st.lists(VALUES, max_size=4),
       st.dictionaries(st.sampled_from(NAMES), VALUES, max_size=3))
def test_every_bound_member_takes_random_values(member, args, kwargs):
    try:
        member(*args, **kwargs)
    except Exception:
        pass  # any Python exception is a clean outcome; a crash would end the test process


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
