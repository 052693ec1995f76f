"""Lists, arrays, dictionaries, sets and tuples, converted element by element (copies)."""

import pytest

import collections_ as c


def test_lists_both_ways():
    assert c.sum_list([1, 2, 3]) == 6
    assert c.sum_list((1, 2, 3)) == 6  # any iterable but str, bytes and dict
    assert c.sum_list(range(5)) == 10
    assert c.sum_list(x for x in [4, 5]) == 9
    assert c.make_list(3) == [0, 1, 2]
    assert c.doubled([1, 2]) == [2, 4]
    assert c.reversed([1.0, 2.5]) == [2.5, 1.0]
    assert c.count_items(["a", "b"]) == 2 and c.count_items(iter(["x"])) == 1


def test_nested_and_bound_elements():
    assert c.transpose([[1, 2, 3], [4, 5, 6]]) == [[1, 4], [2, 5], [3, 6]]
    items = c.items(3)
    assert [item.value for item in items] == [0, 1, 2]
    assert c.sum_items(items) == 3
    assert c.group({1: ["a"], 2: ["b", "c"]}) == {1: ["a"], 2: ["b", "c"]}


def test_dicts_sets_tuples():
    assert c.word_lengths(["ab", "c", "ab"]) == {"ab": 2, "c": 1}
    assert c.total_value({"a": 1, "b": 2}) == 3
    assert c.unique({1, 2, 2}) == {1, 2}
    assert c.unique(frozenset([3])) == {3}
    assert c.pair(1, "x") == (1, "x")
    assert c.describe((2, "y")) == "2:y" and c.describe([2, "y"]) == "2:y"
    assert c.scale((1.0, 2.0, 3.0), 2.0) == (2.0, 4.0, 6.0)


def test_none_elements_and_none_collections():
    assert c.maybe([1, None, 3]) == [1, None, 3]
    assert c.names(["a", None]) == ["a", None]
    assert c.none_or_list(True) is None and c.none_or_list(False) == [1]


def test_copies_not_views():
    values = [1, 2]
    doubled = c.doubled(values)
    doubled.append(99)
    assert values == [1, 2]


def test_wrong_values_name_the_item():
    with pytest.raises(TypeError, match=r"sum_list\(\): argument 'values': item 1 must be int, not str"):
        c.sum_list([1, "x"])
    with pytest.raises(TypeError, match=r"argument 'values' must be list\[int\], not str"):
        c.sum_list("abc")
    with pytest.raises(TypeError, match=r"must be dict\[str, int\], not list"):
        c.total_value([("a", 1)])
    with pytest.raises(TypeError, match=r"dict keys must be str, not int"):
        c.total_value({1: 1})
    with pytest.raises(TypeError, match=r"must be set\[int\], not list"):
        c.unique([1])
    with pytest.raises(TypeError, match=r"must be tuple\[int, str\], not tuple"):
        c.describe((1, "x", 3))
    with pytest.raises(OverflowError, match=r"sum_list\(\): argument 'values'"):
        c.sum_list([2**70])


def test_an_iterator_that_raises():
    def broken():
        yield 1
        raise KeyError("boom")

    with pytest.raises(KeyError, match="boom"):
        c.sum_list(broken())


def test_signatures_show_python_collection_types():
    assert "sum_list(values: list[int]) -> int" in c.sum_list.__doc__
    assert "word_lengths(words: Iterable[str]) -> dict[str, int]" in c.word_lengths.__doc__


def test_enumerables_come_back_as_lazy_iterators():
    it = c.countdown(3)
    assert iter(it) is it
    before = c.progress()
    assert next(it) == 3
    assert c.progress() == before + 1  # C# ran only as far as Python asked
    assert list(it) == [2, 1]
    assert [item.value for item in c.lazy_items(2)] == [0, 1]
    assert "countdown(from_: int) -> Iterable[int]" in c.countdown.__doc__  # a keyword gets a trailing underscore


def test_a_list_that_changes_while_it_converts_is_read_safely():
    # Exact ints convert without running Python code; an int-like object runs __index__, which here
    # empties the list being converted. The converter must then stop at the new end, not read freed items.
    values = [1, 2, 3, 4, 5]

    class Shrinker:
        def __index__(self):
            del values[2:]
            return 10

    values[1] = Shrinker()
    assert c.sum_list(values) == 11  # 1 + 10, and the list now ends after index 1
    assert len(values) == 2


def test_a_list_that_grows_while_it_converts_keeps_the_new_items():
    # __index__ appends to the list being converted: the items added before the end is reached are
    # read too, after the ones the list had when conversion started.
    values = [1, 2, 3]

    class Grower:
        def __index__(self):
            values.extend([100, 1000])
            return 10

    values[1] = Grower()
    assert c.sum_list(values) == 1 + 10 + 3 + 100 + 1000
    assert c.doubled([1, 2]) == [2, 4]


def test_type_error_raised_by_iter_is_kept():
    # A TypeError the object's own __iter__ raised is its error, not "the wrong type": it reaches the
    # caller as raised. A value that is simply not iterable still gets the signature's TypeError.
    class Broken:
        def __iter__(self):
            raise TypeError("from __iter__")

    with pytest.raises(TypeError) as error:
        c.sum_list(Broken())
    assert str(error.value) == "from __iter__"
    with pytest.raises(TypeError, match=r"^count_items\(\): argument 'items' must be Iterable\[str\], not int"):
        c.count_items(5)
