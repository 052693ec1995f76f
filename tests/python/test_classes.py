"""[PyClass]: constructors, methods, properties, fields, __str__, sealed classes (first increment)."""

import gc
import os

import pytest

import classes


def test_construct_with_defaults_and_keywords():
    pet = classes.Pet("Molly", age=3)
    assert pet.name == "Molly" and pet.age == 3
    assert classes.Pet("Rex").age == 0
    assert isinstance(pet, classes.Pet)
    assert type(pet).__module__ == "classes" and type(pet).__name__ == "Pet"


def test_methods_and_static_methods():
    pet = classes.Pet("Molly")
    assert pet.greet() == "Hello, Molly!"
    assert pet.greet(greeting="Hi") == "Hi, Molly!"
    pet.birthday()
    pet.birthday()
    assert pet.age == 2
    assert classes.Pet.count(1, 2) == 3
    assert pet.count(3, 4) == 7


def test_properties_and_fields():
    pet = classes.Pet("Molly")
    pet.name = "Max"
    assert pet.name == "Max"
    pet.weight = 2.5
    assert pet.weight == 2.5
    assert pet.id == 7
    assert classes.Pet.name.__doc__ == "The pet's name."


def test_read_only_members_raise_attribute_error_naming_them():
    pet = classes.Pet("Molly")
    with pytest.raises(AttributeError, match="'age'"):
        pet.age = 5
    with pytest.raises(AttributeError, match="'id'"):
        pet.id = 1
    with pytest.raises(TypeError, match="cannot delete attribute 'name' of 'Pet' objects"):
        del pet.name


def test_wrong_values_name_the_member():
    pet = classes.Pet("Molly")
    with pytest.raises(TypeError, match=r"Pet.weight\(\): argument 'value' must be float, not str"):
        pet.weight = "heavy"
    with pytest.raises(TypeError, match=r"Pet\(\): argument 'name' must be str, not int\n    signature: Pet\(name: str, age: int = 0\) -> None"):
        classes.Pet(1)
    with pytest.raises(TypeError, match=r"Pet\(\) missing 1 required positional argument: 'name'"):
        classes.Pet()
    with pytest.raises(TypeError, match=r"greet\(\) got an unexpected keyword argument 'x'"):
        pet.greet(x=1)


def test_str_and_doc():
    assert str(classes.Pet("Molly", 3)) == "Pet(Molly, 3)"
    assert classes.Pet.__doc__ == "A pet with a name (pybind11's first class example)."


def test_exceptions_from_methods():
    with pytest.raises(RuntimeError, match="pet failed"):
        classes.Pet("Molly").fail()


def test_python_subclass_must_call_super_init():
    class Forgetful(classes.Pet):
        def __init__(self):
            pass

    class Dutiful(classes.Pet):
        def __init__(self):
            super().__init__("Dutiful", 1)

        def describe(self):
            return self.greet("Hey")

    with pytest.raises(TypeError, match=r"Pet.__init__\(\) must be called when overriding __init__"):
        Forgetful().greet()
    assert Dutiful().describe() == "Hey, Dutiful!"
    assert isinstance(Dutiful(), classes.Pet)


def test_sealed_class_rejects_subclassing():
    with pytest.raises(TypeError, match="is not an acceptable base type"):
        class Sub(classes.Point):
            pass


def test_point():
    point = classes.Point(3.0, 4.0)
    assert point.norm() == 5.0
    point.x = 6.0
    assert point.x == 6.0 and point.norm() == pytest.approx(7.2111025509)


def _rss_bytes():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def test_a_million_instances_leave_memory_flat():
    def churn(count):
        for i in range(count):
            pet = classes.Pet("x", i & 0xFF)
            pet.self()
            pet.friend = pet  # a C#-side cycle through the property, released with the object
        gc.collect()

    # Warm up: the .NET GC lets its heap grow to a working size (about 60 MiB here) before it
    # collects, so only growth after that point would be a leak.
    churn(1_000_000)
    before = _rss_bytes()
    churn(1_000_000)
    growth = _rss_bytes() - before
    # Each Pet pins a C# object through a GCHandle; a leak of either side would be ~100+ MB here.
    assert growth < 16 * 1024 * 1024, f"RSS grew by {growth / 2**20:.1f} MiB over 1,000,000 instances"


def test_same_csharp_object_is_same_python_object():
    pet = classes.Pet("Molly")
    assert pet.self() is pet
    index = classes.keep(pet)
    assert classes.kept(index) is pet
    assert classes.same(pet, pet) and not classes.same(pet, classes.Pet("Other"))
    assert classes.same(pet, None) is False
    classes.forget()


def test_identity_holds_across_many_constructions_and_drops():
    # Identity is registered lazily (see LiveObjects): objects built from Python are queued, and
    # the queue drains when an object is looked up or it fills. Keep every third of 5,000 pets while
    # the others die (their handle slots are reused), then every kept one must come back as itself.
    kept = []
    for i in range(5_000):
        pet = classes.Pet(f"p{i}")
        if i % 3 == 0:
            kept.append((classes.keep(pet), pet))
        del pet
    try:
        for index, pet in kept:
            assert classes.kept(index) is pet
        # A pet returned once more after its Python object died gets a new, working Python object.
        index, pet = kept[0]
        kept.clear()
        del pet
        again = classes.kept(index)
        assert again.name == "p0" and classes.kept(index) is again
    finally:
        classes.forget()


def test_objects_made_in_csharp_get_a_python_object():
    made = classes.make_pet("Made")
    assert type(made) is classes.Pet and made.name == "Made" and made.age == 1
    assert made.self() is made


def test_bound_class_properties_and_none():
    pet = classes.Pet("Molly")
    assert pet.friend is None
    friend = classes.Pet("Rex")
    pet.friend = friend
    assert pet.friend is friend
    pet.friend = None
    assert pet.friend is None
    with pytest.raises(TypeError, match=r"argument 'value' must be Pet \| None, not str"):
        pet.friend = "Rex"
    with pytest.raises(TypeError, match=r"same\(\): argument 'a' must be Pet, not Point"):
        classes.same(classes.Point(1.0, 2.0), None)


def test_python_subclass_instance_keeps_its_identity_through_csharp():
    class Cat(classes.Pet):
        def __init__(self):
            super().__init__("Cat")

        def meow(self):
            return "meow"

    cat = Cat()
    index = classes.keep(cat)
    back = classes.kept(index)
    assert back is cat and back.meow() == "meow"
    classes.forget()


def test_a_kept_object_outlives_its_python_references():
    pet = classes.Pet("Kept")
    index = classes.keep(pet)
    del pet
    gc.collect()
    assert classes.kept(index).name == "Kept"
    classes.forget()


def test_weakref_callback_asking_csharp_for_the_dying_object_gets_a_new_one():
    import weakref

    owner, friend = classes.Pet("a"), classes.Pet("b")
    owner.friend = friend
    assert owner.friend is friend
    seen = []
    ref = weakref.ref(friend, lambda _: seen.append(owner.friend))  # runs while friend is being freed
    del friend
    assert ref() is None and len(seen) == 1
    others = [classes.Pet(str(i)) for i in range(50)]  # would reuse the freed object's memory
    assert seen[0].name == "b"
    assert owner.friend is seen[0]
    del others
