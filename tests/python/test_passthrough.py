"""PythonObject parameters and results pass any Python object through untouched."""

from collections_ import PassThrough


def test_any_object_round_trips_as_itself():
    sentinel = object()
    assert PassThrough.same(sentinel) is sentinel
    data = {"a": [1, 2]}
    assert PassThrough.same(data) is data
    assert PassThrough.same(None) is None


def test_csharp_can_use_the_object():
    assert PassThrough.type_name(3.5) == "<class 'float'>"


def test_kept_objects_stay_alive_and_identical():
    value = ["kept"]
    PassThrough.keep(value)
    del value
    assert PassThrough.kept() == ["kept"]
    assert PassThrough.kept() is PassThrough.kept()
    a, b = object(), object()
    assert PassThrough.pair(a, b) == [a, b] and PassThrough.pair(a, b)[0] is a
