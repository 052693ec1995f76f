"""Lists and dictionaries bound by reference with [PyExport(typeof(List<T>), Name = ...)] (pybind11's
bind_vector / bind_map): the Python object is the C# collection, so changes are seen both ways."""

import collections.abc
import copy
import ctypes
import gc
import operator
import pickle
import weakref

import pytest

import bound_collections as b


@pytest.fixture(autouse=True)
def _reset():
    b.reset()
    yield
    b.reset()


# ---- Lists: identity and changes both ways -------------------------------------------------------

def test_list_identity_and_type():
    numbers = b.numbers()
    assert type(numbers) is b.ShortList
    assert numbers is b.numbers()  # the same C# list is the same Python object
    assert b.is_numbers(numbers)  # and C# receives that very list back
    assert isinstance(numbers, collections.abc.MutableSequence)
    assert isinstance(numbers, collections.abc.Sequence) and not isinstance(numbers, collections.abc.MutableMapping)


def test_list_changes_both_ways():
    numbers = b.numbers()
    b.add_number(1)
    assert list(numbers) == [1] and len(numbers) == 1  # C# changed it; Python sees it
    numbers.append(2)
    numbers.extend([3, 4])
    numbers.insert(0, 0)
    assert b.numbers_seen() == [0, 1, 2, 3, 4]  # Python changed it; C# sees it
    numbers += (5,)
    assert numbers is b.numbers() and b.numbers_seen() == [0, 1, 2, 3, 4, 5]
    assert numbers.pop() == 5 and numbers.pop(0) == 0
    numbers.remove(2)
    assert b.numbers_seen() == [1, 3, 4]
    numbers.reverse()
    assert b.numbers_seen() == [4, 3, 1]
    numbers.clear()
    assert b.numbers_seen() == [] and not numbers


def test_list_indexing_and_slices():
    numbers = b.numbers()
    numbers.extend(range(10))
    assert numbers[0] == 0 and numbers[-1] == 9 and numbers[True] == 1
    assert numbers[2:5] == [2, 3, 4] and type(numbers[2:5]) is b.ShortList
    assert numbers[::-3] == [9, 6, 3, 0] and numbers[100:] == []
    assert numbers[2:5] is not numbers[2:5]  # a slice is a new list (a copy)
    assert operator.indexOf(numbers, 3) == 3 and operator.countOf(numbers, 3) == 1


def test_c_sequence_protocol():
    # What C extensions call: PySequence_Check and PySequence_GetItem (which counts a negative index
    # from the end once, before the type's sq_item sees it).
    numbers = b.numbers()
    numbers.extend([10, 20, 30])
    api = ctypes.pythonapi
    api.PySequence_Check.argtypes = [ctypes.py_object]
    api.PySequence_GetItem.argtypes = [ctypes.py_object, ctypes.c_ssize_t]
    api.PySequence_GetItem.restype = ctypes.py_object
    assert api.PySequence_Check(numbers) == 1 and api.PySequence_Check(b.counts()) == 0
    assert api.PySequence_GetItem(numbers, 0) == 10 and api.PySequence_GetItem(numbers, -1) == 30
    with pytest.raises(IndexError):
        api.PySequence_GetItem(numbers, -5)
    with pytest.raises(IndexError):
        api.PySequence_GetItem(numbers, 3)


SLICE_CHANGES = [
    "x[0] = 100", "x[-1] = 900", "x[1:3] = [10, 20, 30]", "x[5:2] = [7]", "x[::2] = [0] * len(x[::2])",
    "x[::-3] = [1] * len(x[::-3])", "del x[0]", "del x[-2:]", "del x[::3]", "del x[::-2]", "x[:] = x",
    "x[len(x):] = [4, 5]", "del x[100:]", "x[-100:1] = []",
]


@pytest.mark.parametrize("change", SLICE_CHANGES)
def test_list_changes_as_python_lists_do(change):
    numbers = b.numbers()
    numbers.extend(range(12))
    plain = list(range(12))
    exec(change, {"x": numbers})
    exec(change, {"x": plain})
    assert b.numbers_seen() == plain  # C# sees what a Python list would hold


def test_extended_slice_of_wrong_size():
    numbers = b.numbers()
    numbers.extend(range(4))
    with pytest.raises(ValueError, match="extended slice of size 2"):
        numbers[::2] = [1]
    with pytest.raises(TypeError, match="an iterable of int"):
        numbers[0:1] = 5
    assert b.numbers_seen() == [0, 1, 2, 3]


def test_python_code_run_by_a_conversion_may_change_the_list():
    # Reading the new items of a slice assignment runs the generator, which empties the list: the
    # slice is fitted to the list as it is then, as for a Python list.
    numbers = b.ShortList([1, 2, 3])
    plain = [1, 2, 3]

    def refill(target):
        target.clear()
        yield 5

    numbers[0:3] = refill(numbers)
    plain[0:3] = refill(plain)
    assert list(numbers) == plain == [5]

    class Shrinks:  # an int whose conversion (its __index__) empties the list
        def __index__(self):
            numbers.clear()
            return 1

    numbers[:] = [1, 2, 3]
    with pytest.raises(ValueError, match="is not in ShortList"):
        numbers.index(Shrinks())
    numbers[:] = [1, 2, 3]
    with pytest.raises(IndexError, match="ShortList assignment index out of range"):
        numbers[2] = Shrinks()
    assert list(numbers) == []


def test_list_errors():
    numbers = b.numbers()
    numbers.extend([1, 2])
    with pytest.raises(IndexError, match="ShortList index out of range"):
        numbers[2]
    with pytest.raises(IndexError):
        numbers[-3] = 1
    with pytest.raises(IndexError):
        del numbers[5]
    with pytest.raises(TypeError, match="ShortList indices must be integers or slices, not str"):
        numbers["a"]
    with pytest.raises(TypeError, match="ShortList items must be int, not str"):
        numbers.append("x")
    with pytest.raises(TypeError, match="ShortList items must be int, not float"):
        numbers[0] = 1.5
    with pytest.raises(OverflowError):
        numbers.append(2**40)  # the converter's own error is kept
    with pytest.raises(TypeError, match="an iterable of int"):
        numbers.extend(5)
    with pytest.raises(TypeError, match="item 1 must be int"):
        numbers.extend([3, "x"])
    assert b.numbers_seen() == [1, 2]  # a failed extend changes nothing
    with pytest.raises(ValueError, match="not in ShortList"):
        numbers.remove(7)
    with pytest.raises(ValueError, match="'x' is not in ShortList"):
        numbers.index("x")
    with pytest.raises(IndexError, match="pop index out of range"):
        numbers.pop(9)
    numbers.clear()
    with pytest.raises(IndexError, match="pop from empty ShortList"):
        numbers.pop()
    with pytest.raises(TypeError, match="takes exactly one argument"):
        numbers.append()
    with pytest.raises(TypeError, match="no keyword arguments"):
        numbers.append(value=1)
    with pytest.raises(TypeError, match="unhashable"):
        hash(numbers)


def test_list_search_and_compare():
    numbers = b.numbers()
    numbers.extend([5, 6, 5, 7])
    assert 5 in numbers and 8 not in numbers and "5" not in numbers
    assert numbers.count(5) == 2 and numbers.count("x") == 0
    assert numbers.index(5) == 0 and numbers.index(5, 1) == 2 and numbers.index(7, -1) == 3
    with pytest.raises(ValueError):
        numbers.index(5, 3)
    assert numbers == [5, 6, 5, 7] and numbers != [5, 6] and numbers != (5, 6, 5, 7)
    assert [5, 6, 5, 7] == numbers and numbers < [6] and numbers >= [5, 6]
    assert numbers == b.ShortList([5, 6, 5, 7]) and numbers != b.ShortList()
    assert numbers != "abc"
    assert list(reversed(numbers)) == [7, 5, 6, 5]
    assert repr(numbers) == "ShortList([5, 6, 5, 7])"
    assert sorted(numbers) == [5, 5, 6, 7] and sum(numbers) == 23 and max(numbers) == 7
    copy = numbers.copy()
    assert type(copy) is b.ShortList and copy == numbers and copy is not numbers
    copy.append(1)
    assert b.numbers_seen() == [5, 6, 5, 7]


def test_list_constructor():
    assert b.ShortList() == [] and b.ShortList([1, 2]) == [1, 2] and b.ShortList(range(3)) == [0, 1, 2]
    assert b.ShortList(x * 2 for x in range(2)) == [0, 2]
    with pytest.raises(TypeError, match="ShortList\\(\\) argument must be an iterable of int, not int"):
        b.ShortList(3)
    with pytest.raises(TypeError, match="item 0 must be int, not str"):
        b.ShortList(["a"])
    with pytest.raises(TypeError):
        b.ShortList([1], [2])
    fresh = b.ShortList([1, 2])
    assert b.total(fresh) == 3
    b.append_to(fresh, 3)  # a list made in Python is a C# list too: C# changes it in place
    assert fresh == [1, 2, 3]
    with pytest.raises(TypeError):
        class Sub(b.ShortList):  # sealed, as the C# collections' behaviour is fixed
            pass


def test_an_instance_without_init_raises_type_error():
    empty = b.ShortList.__new__(b.ShortList)
    with pytest.raises(TypeError, match="__init__"):
        len(empty)
    with pytest.raises(TypeError, match="__init__"):
        empty.append(1)
    with pytest.raises(TypeError, match="__init__"):
        b.total(empty)


def test_parameters_take_plain_lists_as_copies():
    plain = [1, 2]
    assert b.total(plain) == 3
    b.append_to(plain, 3)  # the C# method changed a copy
    assert plain == [1, 2]
    assert b.total((4, 5)) == 9 and b.total(range(3)) == 3
    numbers = b.numbers()
    b.append_to(numbers, 3)  # the bound list itself: changed in place
    assert numbers == [3]
    with pytest.raises(TypeError, match="ShortList"):
        b.total("abc")


def test_returns_of_the_exported_type():
    fresh = b.fresh(3)
    assert type(fresh) is b.ShortList and fresh == [0, 1, 2]
    assert b.maybe_numbers(True) is None and b.maybe_numbers(False) is b.numbers()
    # Other types (an interface, or a list of a type that is not exported) are still copied.
    assert type(b.numbers_copy()) is list and type(b.words()) is list


def test_copy_and_pickle_make_new_csharp_collections():
    numbers = b.numbers()
    numbers.extend([1, 2])
    counts = b.counts()
    counts["a"] = 1
    for original in (numbers, counts):
        for duplicate in (copy.copy(original), copy.deepcopy(original), pickle.loads(pickle.dumps(original))):
            assert type(duplicate) is type(original) and duplicate == original and duplicate is not original
    duplicate = copy.copy(numbers)
    duplicate.append(3)
    assert b.numbers_seen() == [1, 2]


def test_module_attribute_read_before_the_type_exists_is_a_copy():
    # Module attributes are read at import, before the module's types are created.
    assert type(b.initial) is list and b.initial == [1, 2]


def test_bound_elements_keep_identity():
    pets = b.pets()
    rex = b.adopt_pet("rex")
    assert pets[0] is rex and list(pets)[0] is rex
    fido = b.Pet("fido")
    pets.append(fido)
    assert b.pet_names() == "rex,fido"
    assert pets[1] is fido and fido in pets and pets.index(fido) == 1
    assert b.Pet("fido") not in pets  # C# equality of a class without Equals: the same object
    fido.name = "Fido"
    assert b.pet_names() == "rex,Fido"
    with pytest.raises(TypeError, match="PetList items must be Pet, not str"):
        pets.append("rex")
    assert repr(pets).startswith("PetList([<bound_collections.Pet object")


def test_iteration_while_csharp_changes_the_list():
    numbers = b.numbers()
    numbers.extend([1, 2, 3])
    iterator = iter(numbers)
    assert next(iterator) == 1
    b.add_number(4)
    with pytest.raises(RuntimeError, match="Collection was modified"):
        next(iterator)
    with pytest.raises(RuntimeError):
        for value in numbers:
            numbers.append(value)  # as C#'s enumerator, not as a Python list
    backwards = reversed(numbers)
    next(backwards)
    numbers.pop()
    with pytest.raises(RuntimeError):
        next(backwards)


def test_class_property_of_the_exported_type():
    shelter = b.Shelter()
    pets = shelter.pets
    assert type(pets) is b.PetList and pets is shelter.pets
    pets.append(b.Pet("a"))
    assert shelter.names == "a"
    shelter.pets = b.PetList([b.Pet("x"), b.Pet("y")])
    assert shelter.names == "x,y"
    shelter.pets = [b.Pet("z")]  # a plain list: copied into a new C# list
    assert shelter.names == "z" and type(shelter.pets) is b.PetList
    counts = shelter.counts
    counts["k"] = 2
    assert shelter.counts == {"k": 2} and shelter.counts is counts


def test_csharp_keeps_the_list_when_python_lets_go():
    numbers = b.numbers()
    numbers.append(1)
    ref = weakref.ref(numbers)
    del numbers
    gc.collect()
    assert ref() is None  # the Python object is gone; the C# list is not
    b.add_number(2)
    assert b.numbers() == [1, 2]


# ---- Dictionaries -------------------------------------------------------------------------------

def test_dict_identity_and_changes_both_ways():
    counts = b.counts()
    assert type(counts) is b.Counts and counts is b.counts()
    assert isinstance(counts, collections.abc.MutableMapping)
    b.count("a")
    assert counts["a"] == 1 and "a" in counts and len(counts) == 1
    counts["b"] = 5
    b.increment(counts, "b")  # the bound dictionary itself: changed in place
    assert b.counts_seen() == "a=1,b=6"
    del counts["a"]
    assert b.counts_seen() == "b=6"
    plain = {"b": 1}
    b.increment(plain, "b")  # a plain dict: a copy
    assert plain == {"b": 1}


def test_dict_methods():
    counts = b.counts()
    counts.update({"a": 1}, b=2)
    counts.update([("c", 3)])
    assert b.counts_seen() == "a=1,b=2,c=3"
    assert counts.get("a") == 1 and counts.get("z") is None and counts.get("z", 0) == 0 and counts.get(5) is None
    assert counts.setdefault("a", 9) == 1 and counts.setdefault("d", 4) == 4
    assert counts.pop("d") == 4 and counts.pop("d", None) is None
    assert sorted(counts) == ["a", "b", "c"]
    assert list(counts.keys()) == list(counts) and sorted(counts.values()) == [1, 2, 3]
    assert dict(counts.items()) == {"a": 1, "b": 2, "c": 3}
    keys = counts.keys()
    counts["e"] = 5
    assert "e" in keys and len(keys) == 4  # views are live
    assert keys & {"a", "x"} == {"a"}
    assert counts == {"a": 1, "b": 2, "c": 3, "e": 5} and counts != {"a": 1}
    assert {"a": 1, "b": 2, "c": 3, "e": 5} == counts
    assert counts == b.Counts(counts) and b.Counts(counts) is not counts
    key, value = counts.popitem()
    assert key not in counts and b.counts_seen().count("=") == 3
    assert repr(b.Counts(x=1)) == "Counts({'x': 1})"
    copy = counts.copy()
    assert type(copy) is b.Counts and copy == counts
    copy.clear()
    assert len(counts) == 3
    counts.clear()
    assert b.counts_seen() == "" and not counts


def test_dict_errors():
    counts = b.counts()
    with pytest.raises(KeyError, match="'missing'"):
        counts["missing"]
    with pytest.raises(KeyError):
        counts[5]  # a key C# cannot hold is simply absent
    assert 5 not in counts
    with pytest.raises(KeyError):
        del counts["missing"]
    with pytest.raises(KeyError):
        counts.pop("missing")
    with pytest.raises(TypeError, match="Counts keys must be str, not int"):
        counts[5] = 1
    with pytest.raises(TypeError, match="Counts values must be int, not str"):
        counts["a"] = "x"
    with pytest.raises(TypeError, match="Counts values must be int, not NoneType"):
        counts.setdefault("a")
    with pytest.raises(TypeError, match="Counts values must be int"):
        counts.update(a="x")
    with pytest.raises(KeyError, match="empty"):
        counts.popitem()
    with pytest.raises(TypeError, match="unhashable"):
        hash(counts)
    with pytest.raises(TypeError):
        counts < {}


def test_dict_constructor():
    assert b.Counts() == {} and b.Counts({"a": 1}) == {"a": 1}
    assert b.Counts([("a", 1)], b=2) == {"a": 1, "b": 2}
    with pytest.raises(TypeError, match="Counts keys must be str, not int"):
        b.Counts({1: 1})
    with pytest.raises(TypeError):
        b.Counts(5)


def test_iteration_while_csharp_changes_the_dict():
    counts = b.counts()
    counts.update(a=1, b=2)
    iterator = iter(counts)
    next(iterator)
    b.count("c")
    with pytest.raises(RuntimeError):
        next(iterator)
    with pytest.raises(RuntimeError):
        for key in counts:
            counts[key + "!"] = 0
