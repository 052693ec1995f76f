"""[ReleaseGil]: the method runs without the GIL, so other Python threads run meanwhile."""

import threading

from collections_ import GilTools


def test_release_gil_lets_another_python_thread_run():
    # The waiter blocks in C# until the main thread signals it; the main thread can only run (and
    # signal) if the waiter released the GIL. Without [ReleaseGil] the wait would time out.
    GilTools.reset()
    results = []
    waiter = threading.Thread(target=lambda: results.append(GilTools.wait_for_signal(10_000)))
    waiter.start()
    GilTools.signal()
    waiter.join()
    assert results == [True]


def test_gil_state_inside_and_outside():
    assert GilTools.held_outside() is True
    assert GilTools.held_inside() is False


def test_callbacks_from_a_gil_free_method_take_it_back():
    assert GilTools.call_without_gil(lambda x: x + 1, 41) == 42


def test_two_threads_in_cpu_bound_work_both_finish():
    results = []
    threads = [threading.Thread(target=lambda: results.append(GilTools.spin(2_000_000))) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 2 and results[0] == results[1]


def test_release_gil_constructor():
    from collections_ import GilFree

    class Sub(GilFree):
        pass

    assert GilFree().held_during_construction is False
    assert Sub().held_during_construction is False
