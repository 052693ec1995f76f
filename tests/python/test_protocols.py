"""Python protocols from C# members: __repr__, ==/hash, ordering, operators, iteration, len, in, [], with."""

import gc
import re

import pytest

import classes
import protocols
from protocols import Bag, Bits, Captain, Faulty, Inventory, Label, Money, Picker, Rank, Readings, Resource, Slots, Vector2


# ---- __repr__ ------------------------------------------------------------------------------------

def test_repr_without_to_string_names_the_python_and_csharp_types():
    resource = Resource("db")
    assert re.fullmatch(r"<protocols\.Resource object at 0x[0-9a-f]+ \(C# Fixtures\.Resource\)>", repr(resource))
    assert str(resource) == repr(resource)  # no ToString: str falls back to repr, as in Python


def test_repr_with_to_string_shows_it_and_str_is_to_string():
    vector = Vector2(1, 2)
    assert str(vector) == "Vector2(1, 2)"
    assert re.fullmatch(r"<protocols\.Vector2 object at 0x[0-9a-f]+: Vector2\(1, 2\)>", repr(vector))
    assert f"{id(vector):x}" in repr(vector)
    assert re.fullmatch(r"<classes\.Pet object at 0x[0-9a-f]+: Pet\(Molly, 3\)>", repr(classes.Pet("Molly", 3)))


def test_repr_of_python_subclass_names_the_subclass_and_the_bound_csharp_class():
    class Tip(Money):
        pass

    assert re.fullmatch(r"<test_protocols\.test_repr_of_python_subclass_names_the_subclass_and_the_bound_csharp_class\.<locals>\.Tip"
                        r" object at 0x[0-9a-f]+: 1\.00 EUR>", repr(Tip(100)))

    class Cat(Rank):
        pass

    assert repr(Cat(1)).endswith("(C# Fixtures.Rank)>")


def test_repr_before_init_does_not_crash():
    class Lazy(Rank):
        def __init__(self):
            pass  # no super().__init__()

    assert repr(Lazy()).endswith("(not initialized)>")


def test_repr_raises_what_to_string_throws():
    with pytest.raises(RuntimeError, match="to string failed"):
        repr(Faulty())


# ---- equality and hashing -----------------------------------------------------------------------

def test_equality_from_iequatable_and_hash_from_gethashcode():
    assert Money(100) == Money(100)
    assert Money(100) != Money(100, "USD")
    assert not (Money(100) != Money(100))
    assert hash(Money(100)) == hash(Money(100))
    assert len({Money(1), Money(1), Money(2)}) == 2
    assert {Money(5): "five"}[Money(5)] == "five"
    assert protocols.same_money(Money(1), Money(1))


def test_equality_with_foreign_types_is_false_not_an_error():
    assert Money(100) != 100
    assert not (Money(100) == "1.00 EUR")
    assert Money(100) != None  # noqa: E711 (the point is the == protocol)
    assert Vector2(1, 2) != (1, 2)
    assert (Money(1) == Vector2(1, 1)) is False


def test_comparison_operators_are_used_for_equality():
    assert Vector2(1, 2) == Vector2(1.0, 2.0)
    assert Vector2(1, 2) != Vector2(2, 1)
    assert hash(Vector2(1, 2)) == hash(Vector2(1, 2))


def test_equals_without_gethashcode_is_unhashable():
    assert Label("a") == Label("a")
    assert Label("a") != Label("b")
    assert Label.__hash__ is None
    with pytest.raises(TypeError, match="unhashable type"):
        hash(Label("a"))


def test_classes_without_equals_keep_identity_semantics():
    first, second = Resource("x"), Resource("x")
    assert first != second and first == first
    assert hash(first) != hash(second)
    pet = classes.Pet("Rex")
    assert pet == pet.self() and hash(pet) == hash(pet.self())


def test_python_subclass_keeps_equality_and_hash():
    class Tip(Money):
        pass

    assert Tip(100) == Money(100) and Money(100) == Tip(100)
    assert hash(Tip(100)) == hash(Money(100))


# ---- ordering ---------------------------------------------------------------------------------------

def test_ordering_from_icomparable():
    assert Money(100) < Money(200) <= Money(200)
    assert Money(300) > Money(200) >= Money(200)
    assert Money(1, "USD") > Money(999, "EUR")  # currency first
    assert [str(m) for m in sorted([Money(3), Money(1, "USD"), Money(2)])] == ["0.02 EUR", "0.03 EUR", "0.01 USD"]
    assert max(Money(3), Money(7)) == Money(7)


def test_ordering_with_foreign_types_raises_type_error():
    with pytest.raises(TypeError, match=r"'<' not supported between instances of '(protocols\.)?Money' and 'int'"):
        Money(1) < 5  # noqa: B015
    with pytest.raises(TypeError):
        sorted([Money(1), "x"])


def test_ordering_only_keeps_identity_equality_and_a_hash():
    assert Rank(1) < Rank(2) and Rank(2) >= Rank(2)
    assert Rank(1) != Rank(1)  # no Equals: identity
    rank = Rank(1)
    assert rank == rank and hash(rank) == hash(rank)
    assert len({Rank(1), Rank(1)}) == 2


def test_subclass_inherits_ordering():
    assert Captain() > Rank(3)
    assert Rank(3) < Captain()
    assert sorted([Captain(), Rank(20), Rank(1)], key=lambda r: r)[1].level == 10


def test_comparison_operators_with_the_bound_object_on_either_side():
    bits = Bits(6)
    assert bits < 7 and not (bits < 6)
    assert bits > 5
    assert 5 < bits and 7 > bits  # operator <(int, Bits) and operator >(int, Bits)
    with pytest.raises(TypeError):
        bits <= 7  # noqa: B015 (no <= declared)


# ---- arithmetic and bitwise operators --------------------------------------------------------------

def test_vector_operators():
    v, w = Vector2(1, 2), Vector2(3, 4)
    assert v + w == Vector2(4, 6)
    assert w - v == Vector2(2, 2)
    assert -v == Vector2(-1, -2)
    assert +v is v
    assert v / 2 == Vector2(0.5, 1)


def test_reflected_operators_take_the_bound_object_on_the_right():
    v = Vector2(1, 2)
    assert v * 2.0 == Vector2(2, 4)
    assert 2.0 * v == Vector2(2, 4)  # operator *(double, Vector2)
    assert 3 * v == Vector2(3, 6)    # an int converts to double
    assert v * v == 5.0              # operator *(Vector2, Vector2), the dot product


def test_foreign_operands_raise_type_error():
    v = Vector2(1, 2)
    with pytest.raises(TypeError, match=r"unsupported operand type\(s\) for \+: '(protocols\.)?Vector2' and 'int'"):
        v + 1
    with pytest.raises(TypeError, match=r"unsupported operand type\(s\) for /: 'int' and '(protocols\.)?Vector2'"):
        1 / v
    with pytest.raises(TypeError):
        v * "x"
    with pytest.raises(TypeError):
        v @ v


def test_python_falls_back_to_the_other_operand():
    class Scale:
        def __rmul__(self, other):
            return "scaled"

        def __radd__(self, other):
            return "added"

    v = Vector2(1, 2)
    assert v * Scale() == "scaled"
    assert v + Scale() == "added"


def test_in_place_operators_fall_back_to_binary_ones():
    v = Vector2(1, 2)
    original = v
    v += Vector2(1, 1)
    assert v == Vector2(2, 3) and original == Vector2(1, 2) and v is not original
    m = Money(100)
    m *= 3
    assert m == Money(300)


def test_money_operators_and_csharp_exceptions():
    assert Money(150) + Money(50) == Money(200)
    assert Money(150) % 100 == Money(50)
    with pytest.raises(RuntimeError, match="cannot add EUR and USD"):
        Money(1) + Money(1, "USD")
    with pytest.raises(TypeError, match="unsupported operand"):
        Money(1) * 2**70  # beyond long's range: no overload takes it (as in pybind11)
    with pytest.raises(TypeError):
        Money(1) * 1.5  # no operator takes a double; the float is not truncated


def test_bitwise_operators_and_bool():
    x = Bits(6)
    assert (x & Bits(3)).value == 2
    assert (x | Bits(1)).value == 7
    assert (x ^ Bits(2)).value == 4
    assert (~x).value == -7
    assert (x << 2).value == 24 and (x >> 1).value == 3
    assert bool(x) and not bool(Bits(0))
    assert (x if Bits(0) else "zero") == "zero"


def test_overloads_prefer_the_exact_python_type():
    picker = Picker()
    assert picker + 1 == "int"      # operator +(Picker, int) is declared after the double one
    assert picker + 1.5 == "double"
    assert picker + True == "double"  # bool is not taken as int in the first pass
    assert picker + "s" == "string"
    assert picker + picker == "picker"
    assert picker + 2**40 == "double"  # too large for int: the double overload takes it
    with pytest.raises(TypeError):
        1 + picker  # every overload has the Picker first


def test_operator_exceptions_are_mapped():
    with pytest.raises(ZeroDivisionError, match="add failed"):
        Faulty() + 1


# ---- iteration, len, in ------------------------------------------------------------------------------

def test_iteration_over_ienumerable():
    bag = Bag("a,b,c")
    assert list(bag) == ["a", "b", "c"]
    assert [item.upper() for item in bag] == ["A", "B", "C"]
    iterator = iter(bag)
    assert iter(iterator) is iterator
    assert next(iterator) == "a"
    assert type(iterator).__name__ == "Iterator"


def test_iteration_ends_cleanly_and_stays_ended():
    iterator = iter(Bag("x"))
    assert list(iterator) == ["x"]
    with pytest.raises(StopIteration):
        next(iterator)


def test_iterator_type_cannot_be_misused():
    empty = type(iter(Bag("a")))()
    assert list(empty) == []


def test_iteration_through_explicit_interface_and_struct_enumerator():
    inventory = Inventory()
    inventory["pear"] = 1
    inventory["apple"] = 2
    assert list(inventory) == ["apple", "pear"]
    triangle = protocols.triangle()
    vertices = list(triangle)
    assert vertices == [Vector2(0, 0), Vector2(1, 0), Vector2(0, 1)]
    assert vertices[0] is triangle.first()  # bound elements keep their identity


def test_iteration_converts_nullable_elements():
    assert list(Readings()) == [1, None, 3]


def test_modifying_during_iteration_raises():
    bag = Bag("a,b")
    with pytest.raises(RuntimeError, match="modified"):
        for item in bag:
            bag.add(item)


def test_enumeration_exceptions_are_raised_from_next():
    iterator = iter(Faulty())
    assert next(iterator) == 1
    with pytest.raises(RuntimeError, match="enumeration failed"):
        next(iterator)


def test_abandoned_iterators_are_freed():
    bag = Bag("a,b,c")
    for _ in range(10000):
        iterator = iter(bag)
        next(iterator)
    del iterator
    gc.collect()


def test_len_from_count():
    assert len(Bag("a,b,c")) == 3
    assert len(Bag()) == 0
    assert not Bag()  # len 0 is false
    inventory = Inventory()
    inventory["x"] = 1
    assert len(inventory) == 1  # explicit IReadOnlyCollection<string>.Count
    with pytest.raises(RuntimeError, match="count failed"):
        len(Faulty())


def test_contains():
    bag = Bag("a,b")
    assert "a" in bag and "z" not in bag
    assert 1 not in bag and None not in bag  # foreign values are simply not there


# ---- indexers ------------------------------------------------------------------------------------------

def test_getitem_and_setitem_by_position():
    bag = Bag("a,b,c")
    assert bag[0] == "a" and bag[2] == "c"
    bag[1] = "x"
    assert list(bag) == ["a", "x", "c"]


def test_several_indexers_are_chosen_by_key_type():
    bag = Bag("a,b,c")
    assert bag["c"] == 2 and bag["z"] == -1
    with pytest.raises(TypeError, match="Bag indices must be int or str, not float"):
        bag[1.5]
    with pytest.raises(TypeError, match="Bag indices must be int, not str"):
        bag["a"] = "x"  # this[string] has no setter


def test_index_errors():
    bag = Bag("a")
    with pytest.raises(IndexError, match="out of range"):
        bag[5]
    with pytest.raises(IndexError):
        bag[-1]  # C# semantics: negative indices are not counted from the end
    with pytest.raises(IndexError, match="does not fit the C# indexer"):
        bag[2**100]
    with pytest.raises(IndexError):
        Faulty()[5]


def test_setitem_value_is_checked():
    bag = Bag("a")
    with pytest.raises(TypeError, match=r"Bag.__setitem__\(\): argument 'value' must be str, not int"):
        bag[0] = 1


def test_delitem_through_remove_at_and_remove():
    bag = Bag("a,b,c")
    del bag[0]
    assert list(bag) == ["b", "c"]
    inventory = Inventory()
    inventory["apple"] = 3
    del inventory["apple"]
    assert len(inventory) == 0
    with pytest.raises(KeyError, match="apple"):
        del inventory["apple"]


def test_setitem_without_remove_cannot_delete():
    slots = Slots(2)
    slots[0] = "a"
    slots[1] = None  # the indexer's type is string?, so None is null
    assert slots[0] == "a" and slots[1] is None
    with pytest.raises(TypeError, match="'Slots' object doesn't support item deletion"):
        del slots[0]
    with pytest.raises(IndexError):  # IndexOutOfRangeException from the array
        slots[2] = "c"


def test_mapping_errors():
    inventory = Inventory()
    with pytest.raises(KeyError):
        inventory["missing"]
    with pytest.raises(ValueError, match="stock cannot be negative"):
        inventory["apple"] = -1  # ArgumentOutOfRangeException about the value, not the key
    with pytest.raises(TypeError, match="'(protocols\\.)?Faulty' object does not support item assignment"):  # CPython's own message
        Faulty()[0] = 1
    with pytest.raises(TypeError, match="'(protocols\\.)?Faulty' object doesn't support item deletion"):
        del Faulty()[0]


# ---- with (IDisposable) -----------------------------------------------------------------------------------

def test_with_disposes():
    before = protocols.disposed_count()
    with Resource("db") as resource:
        assert resource.use() == "using db"
        assert not resource.is_disposed
    assert resource.is_disposed
    assert protocols.disposed_count() == before + 1


def test_with_does_not_swallow_exceptions():
    resource = Resource("db")
    with pytest.raises(ValueError, match="inside"):
        with resource:
            raise ValueError("inside")
    assert resource.is_disposed
    with pytest.raises(RuntimeError):
        resource.use()  # ObjectDisposedException


def test_enter_returns_the_same_object():
    resource = Resource("db")
    with resource as entered:
        assert entered is resource
    assert resource.__exit__(None, None, None) is None
    with pytest.raises(TypeError, match="takes no arguments"):
        resource.__enter__(1)


def test_indexers_with_several_parameters_take_tuple_keys():
    grid = protocols.Grid(2, 3)
    grid[1, 2] = 5.5
    grid[0, 0] = 1
    assert grid[1, 2] == 5.5 and grid[0, 0] == 1.0
    assert grid.total() == 6.5
    assert grid["r1c2", 3, True] == "R1C2@3"
    assert grid["x", 1, False] == "x@1"
    with pytest.raises(IndexError):
        grid[2, 0]
    with pytest.raises(TypeError):
        grid[1]
    with pytest.raises(TypeError):
        grid[1, 2, 3, 4]
    with pytest.raises(TypeError):
        grid["a", "b"] = 1.0
