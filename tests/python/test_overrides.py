"""Python subclasses of C# classes: overriding virtual and abstract methods (pybind11's trampolines),
and keeping the Python half alive while only C# holds the object."""

import gc
import threading
import time
import weakref

import pytest

import animals
from animals import Animal, Dog, Husky


class Cat(Animal):
    def __init__(self, sound="meow! "):
        super().__init__()
        self.sound = sound

    def go(self, n_times):
        return self.sound * n_times


def test_pybind11_example():
    d = Dog()
    assert animals.call_go(d) == "woof! woof! woof! "
    c = Cat()
    assert animals.call_go(c) == "meow! meow! meow! "


def test_csharp_code_calling_virtuals_runs_python_overrides():
    c = Cat()
    assert c.describe() == "unknown says meow! "  # non-virtual C# method calling name() and go()

    class Named(Cat):
        def name(self):
            return "tom"

    assert Named().describe() == "tom says meow! "
    assert animals.call_name(Named()) == "tom"


def test_multi_level_python_subclasses():
    class Kitten(Cat):
        def go(self, n_times):
            return "mew " * n_times

    class Tiny(Kitten):
        pass

    assert animals.call_go(Tiny()) == "mew mew mew "
    assert animals.call_name(Tiny()) == "unknown"


def test_subclass_of_a_concrete_csharp_subclass():
    class Loud(Dog):
        def go(self, n_times):
            return super().go(n_times).upper()  # super() runs the C# method, not this override again

    class Quiet(Husky):
        def name(self):
            return "quiet " + super().name()

    assert animals.call_go(Loud()) == "WOOF! WOOF! WOOF! "
    assert animals.call_name(Quiet()) == "quiet husky"
    assert animals.call_go(Quiet()) == "woof! woof! woof! "


def test_protected_virtual_can_be_overridden():
    class Spy(Dog):
        def secret(self):
            return "python"

    assert Spy().tell_secret() == "python"
    assert Dog().tell_secret() == "c#"
    assert not hasattr(Dog(), "secret")  # protected: not part of the Python API


def test_abstract_method_not_overridden_raises_clearly():
    class Lazy(Animal):
        pass

    with pytest.raises(NotImplementedError, match=r"Animal\.go\(\) is abstract: the Python subclass must define it"):
        animals.call_go(Lazy())
    with pytest.raises(NotImplementedError, match="abstract"):
        Lazy().go(1)


def test_forgetting_super_init_raises_type_error():
    class Forgetful(Animal):
        def __init__(self):
            pass

        def go(self, n_times):
            return ""

    with pytest.raises(TypeError, match=r"Animal\.__init__\(\) must be called when overriding __init__"):
        animals.call_go(Forgetful())


def test_override_returning_the_wrong_type_raises_type_error():
    class Wrong(Animal):
        def go(self, n_times):
            return 42

    with pytest.raises(TypeError, match=r"Animal\.go\(\) override returned int, expected str"):
        animals.call_go(Wrong())

    class Heavy(Dog):
        def weight(self):
            return "heavy"

    with pytest.raises(TypeError, match=r"Dog\.weight\(\) override returned str, expected float"):
        Heavy().double_weight()


def test_python_exception_in_override_keeps_its_type_and_traceback():
    class Raiser(Animal):
        def go(self, n_times):
            raise KeyError("no sound")

    with pytest.raises(KeyError, match="no sound") as info:
        animals.call_go(Raiser())
    frames = [entry.name for entry in info.traceback]
    assert "go" in frames  # the Python frame that raised is kept


def test_override_values_are_converted_both_ways():
    class Light(Dog):
        def weight(self):
            return 0.25

    assert Light().double_weight() == 0.5

    class IntWeight(Dog):
        def weight(self):
            return 3  # an int where C# wants a double, as Python's float() allows

    assert IntWeight().double_weight() == 6.0


def test_call_from_another_csharp_thread_takes_the_gil():
    assert animals.call_go_on_thread(Cat("hiss "), 2) == "hiss hiss "


def test_concurrent_csharp_threads_calling_overrides():
    assert animals.call_go_concurrently(Cat("x"), 500, "x") == 4 * 500


def test_python_threads_and_csharp_threads_together():
    results = []

    def worker():
        results.append(animals.call_go_on_thread(Cat("a"), 3))

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == ["aaa"] * 4


def _wait_until_freed(ref):
    for _ in range(200):
        animals.collect_garbage()
        gc.collect()
        if ref() is None:
            return True
        time.sleep(0.005)
    return False


def test_python_half_lives_while_csharp_holds_the_object():
    # pybind11 issue #1333 ("inheritance slicing"): here the Python override still runs after every
    # Python reference is gone, and the instance's attributes survive.
    cat = Cat("purr ")
    cat.tag = "kept"
    ref = weakref.ref(cat)
    index = animals.keep(cat)
    del cat
    gc.collect()
    animals.collect_garbage()
    assert animals.call_kept(index, 2) == "purr purr "
    again = animals.kept(index)
    assert again is ref()
    assert again.tag == "kept"
    del again
    animals.forget()
    assert _wait_until_freed(ref), "the Python object should be freed once C# lets go"


def test_object_going_back_and_forth_between_python_and_csharp():
    cat = Cat("a ")
    ref = weakref.ref(cat)
    animals.keep(cat)
    del cat
    for _ in range(3):
        gc.collect()
        animals.collect_garbage()
        back = animals.kept(0)
        assert back.go(1) == "a "
        del back
    assert animals.call_kept(0, 1) == "a "
    animals.forget()
    assert _wait_until_freed(ref)


def test_second_init_of_an_object_csharp_kept_does_not_leak_it():
    cat = Cat("a ")
    ref = weakref.ref(cat)
    index = animals.keep(cat)
    del cat
    gc.collect()
    animals.collect_garbage()
    back = animals.kept(index)  # resurrected for C#: its proxy owns a reference
    back.__init__("b ")  # a new proxy; the old one must give its reference back
    assert back.go(1) == "b "
    del back
    animals.forget()
    assert _wait_until_freed(ref), "the Python object should be freed once nothing holds it"


def test_unkept_subclass_instances_are_freed_promptly():
    cat = Cat()
    ref = weakref.ref(cat)
    animals.call_go(cat)
    del cat
    # No C# reference: the object is resurrected for C#'s sake, and freed after a .NET collection.
    assert _wait_until_freed(ref)


def test_many_subclass_instances_do_not_leak():
    refs = []
    for i in range(2000):
        cat = Cat(str(i))
        animals.call_go(cat)
        if i % 100 == 0:
            refs.append(weakref.ref(cat))
    del cat
    for ref in refs:
        assert _wait_until_freed(ref)


class LoudCat(Cat):
    """A subclass with its own finalizer: CPython then calls __del__ instead of SharpBind's tp_finalize."""

    def __init__(self, log):
        super().__init__("loud ")
        self.log = log

    def __del__(self):
        self.log.append("del")


class LouderCat(LoudCat):
    def __del__(self):
        self.log.append("louder")
        super().__del__()


class DelMixin:
    """A mixin whose __del__ the bound subclass below inherits rather than defines."""

    def __del__(self):
        self.log.append("mixin del")


class MixinDelCat(DelMixin, Cat):
    def __init__(self, log):
        super().__init__("mixed ")
        self.log = log


@pytest.mark.parametrize("cls, word, logged", [(LoudCat, "loud ", "del"), (MixinDelCat, "mixed ", "mixin del")])
def test_python_del_waits_until_csharp_lets_go(cls, word, logged):
    # MixinDelCat inherits its __del__ from a mixin rather than defining it: it is put off just the same.
    log = []
    cat = cls(log)
    ref = weakref.ref(cat)
    index = animals.keep(cat)
    del cat
    gc.collect()
    animals.collect_garbage()
    # Python let go, C# did not: the override still runs and __del__ has not.
    assert animals.call_kept(index, 2) == word * 2
    assert log == []
    animals.forget()
    assert _wait_until_freed(ref)
    assert log == [logged]


def test_python_del_runs_once_for_an_object_csharp_never_kept():
    log = []
    cat = LouderCat(log)
    ref = weakref.ref(cat)
    assert animals.call_go(cat) == "loud " * 3
    del cat
    assert _wait_until_freed(ref)
    assert log == ["louder", "del"]
    # The wrapper is invisible to Python code that inspects the class.
    assert LouderCat.__del__.__qualname__ == "LouderCat.__del__"


def test_python_del_of_a_subclass_of_another_bound_class():
    import classes

    log = []

    class Spot(classes.Pet):
        def __del__(self):
            log.append("spot")

    spot = Spot("Spot")
    ref = weakref.ref(spot)
    del spot
    assert _wait_until_freed(ref)
    assert log == ["spot"]


def test_init_subclass_keywords_still_reach_other_bases():
    seen = {}

    class Tagged:
        def __init_subclass__(cls, tag=None, **kwargs):
            super().__init_subclass__(**kwargs)
            seen[cls.__name__] = tag

    class TaggedCat(Cat, Tagged, tag="t"):
        pass

    assert seen == {"TaggedCat": "t"}
    with pytest.raises(TypeError):
        class Bad(Cat, bogus=1):
            pass
