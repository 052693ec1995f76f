"""Callbacks: Python callables as C# Func/Action, C# delegates as Python callables, both ways."""

import gc
import threading

import pytest

from collections_ import Callbacks


def test_python_callables_as_csharp_delegates():
    seen = []
    Callbacks.call_back(seen.append, 3)
    assert seen == [0, 1, 2]
    assert Callbacks.apply(lambda x: x * 10, 4) == 40
    assert Callbacks.combine(lambda text, n: text * n) == "aaa"
    assert Callbacks.twice(lambda: 21) == 42
    assert Callbacks.map_all(abs, [-1, 2, -3]) == [1, 2, 3]
    ran = []
    Callbacks.run(lambda: ran.append(True))
    assert ran == [True]


def test_csharp_delegates_as_python_callables():
    add5 = Callbacks.adder(5)
    assert add5(1) == 6
    assert Callbacks.apply(add5, 10) == 15  # and back into C#
    record = Callbacks.recorder()
    record("x")
    assert "x" in Callbacks.recorded
    with pytest.raises(TypeError, match=r"argument 1 of the C# delegate must be int, not str"):
        add5("a")
    with pytest.raises(TypeError, match=r"takes 1 argument \(2 given\)"):
        add5(1, 2)


def test_round_trips_keep_identity():
    def square(x):
        return x * x

    assert Callbacks.keep(square) is square  # a Python callable that went to C# comes back itself
    assert Callbacks.kept() is square
    add = Callbacks.adder(1)
    assert Callbacks.is_same(add, add)  # a C# delegate that went to Python comes back itself


def test_exceptions_travel_both_ways():
    def fail(x):
        raise ValueError("bad value")

    with pytest.raises(ValueError, match="bad value"):
        Callbacks.apply(fail, 1)
    assert Callbacks.catch(lambda: 1 / 0) == "ZeroDivisionError: ZeroDivisionError: division by zero"


def test_wrong_result_type():
    with pytest.raises(TypeError, match="the callback returned str, expected int"):
        Callbacks.apply(lambda x: "no", 1)


def test_not_callable():
    with pytest.raises(TypeError, match=r"argument 'f' must be Callable\[\[int\], int\], not int"):
        Callbacks.apply(3, 1)


def test_callbacks_from_other_threads_take_the_gil():
    assert Callbacks.apply_on_thread(lambda x: x + 1, 1) == 2
    results = []
    threads = [threading.Thread(target=lambda: results.append(Callbacks.apply_on_thread(lambda x: x * 2, 4))) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [8] * 4


def test_kept_callables_are_released():
    import weakref

    class Callable:
        def __call__(self, x):
            return x

    target = Callable()
    ref = weakref.ref(target)
    Callbacks.keep(target)
    Callbacks.keep(lambda x: x)  # replace it: C# lets go of the first
    del target
    from animals import collect_garbage

    for _ in range(100):
        collect_garbage()
        # The release is queued by a .NET finalizer and done on the Python thread: at the next
        # callback SharpBind makes (or when CPython runs its pending calls).
        Callbacks.apply(lambda x: x, 1)
        gc.collect()
        if ref() is None:
            break
    assert ref() is None


def test_argument_tuples_a_callee_keeps_are_never_reused():
    # Before 3.12 a C# call into Python builds an argument tuple and reuses it when the callee kept
    # no reference; a callee that keeps it (here through *args) must see its own values afterwards.
    kept = []
    Callbacks.call_back(lambda *args: kept.append(args), 5)
    assert kept == [(0,), (1,), (2,), (3,), (4,)]
    assert len({id(t) for t in kept}) == 5

    # And nested calls (a callback that calls back into C#, which calls Python again) each get theirs.
    seen = []

    def outer(i):
        Callbacks.call_back(lambda j: seen.append((i, j)), 2)

    Callbacks.call_back(outer, 2)
    assert seen == [(0, 0), (0, 1), (1, 0), (1, 1)]
