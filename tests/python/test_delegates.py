"""Delegate types the user declares (pybind11's std::function with any signature): a converter is
generated for each, so they cross both ways like Func and Action."""

import pytest

import delegates_ as d


def test_python_callables_become_user_delegates():
    assert d.fold(lambda a, b: a + b, [1, 2, 3, 4]) == 10
    lines = []
    d.log_all(lambda message, level: lines.append((message, level)))
    assert lines == [("start", 1), ("end", 2)]
    assert d.maybe_apply(None, 1, 2) == -1
    assert d.maybe_apply(max, 1, 2) == 2


def test_csharp_user_delegates_become_python_callables():
    times = d.multiplier(1)
    assert callable(times)
    assert times(6, 7) == 43
    assert d.fold(times, [2, 3]) == 7  # and back to C#: the same delegate
    with pytest.raises(TypeError, match="takes 2 arguments"):
        times(1)
    with pytest.raises(TypeError, match="argument 2 of the C# delegate must be int"):
        times(1, "x")


def test_round_trips_keep_identity():
    def add(a, b):
        return a + b

    assert d.same(add) is add
    times = d.multiplier(0)
    # A C# delegate that went to Python and comes back is the same C# delegate.
    assert d.are_same(d.same(times), times)
    assert not d.are_same(times, d.multiplier(0))


def test_nested_delegates_containers_and_nullables():
    def transform(values, each, scale):
        return [int(each(v) * scale) for v in values]

    assert d.apply_transform(transform, [1, 2]) == [4, 6]
    doubler = d.doubler()
    assert doubler([1, 2], lambda x: x * 10, None) == [10, 20]
    assert doubler([1], lambda x: x, 3.0) == [3]


def test_wrong_results_and_exceptions():
    with pytest.raises(TypeError, match="the callback returned str, expected int"):
        d.fold(lambda a, b: "no", [1, 2])

    def boom(a, b):
        raise KeyError("inside")

    with pytest.raises(KeyError, match="inside"):
        d.fold(boom, [1, 2])
    with pytest.raises(TypeError):
        d.fold(42, [1, 2])


def test_kept_delegates_called_from_another_thread():
    d.keep(lambda a, b: a * b)
    d.keep(d.multiplier(1))
    assert d.call_kept(3, 4) == 12 + 13
