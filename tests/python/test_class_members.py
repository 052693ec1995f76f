"""Class attributes from static members, static classes as namespaces, nested classes, dynamic attributes, weak references."""

import gc
import weakref

import pytest

import classes
from classes import Counter, Geometry


def test_static_members_are_live_class_attributes():
    before = Counter.created
    Counter()
    Counter()
    assert Counter.created == before + 2  # read live, not a snapshot taken at import
    assert Counter().created == before + 3  # through an instance too
    assert Counter.unit == "items" and Counter.ratio == 0.5
    assert Counter.created.__class__ is int


def test_static_attribute_docs_and_read_only_errors():
    counter = Counter()
    with pytest.raises(AttributeError, match="attribute 'created' is read-only"):
        counter.created = 5
    with pytest.raises(AttributeError, match="'unit' is read-only"):
        counter.unit = "x"


def test_writable_static_field_through_an_instance():
    counter = Counter()
    counter.label = "renamed"
    assert Counter.label == "renamed"
    with pytest.raises(TypeError, match="must be str, not int"):
        counter.label = 3
    counter.label = "counters"


def test_static_class_is_a_namespace():
    assert Geometry.circle(1.0) == pytest.approx(3.14159)
    assert Geometry.pi == 3.14159
    calls = Geometry.calls
    assert Geometry.count() == calls + 1
    with pytest.raises(TypeError, match="cannot create 'Geometry' instances: it is a C# static class"):
        Geometry()
    with pytest.raises(TypeError):
        class Sub(Geometry):  # noqa: F841 - a namespace is not subclassable
            pass


def test_nested_classes_are_class_attributes():
    step = Counter.Step(3)
    counter = Counter()
    step.apply(counter)
    assert counter.value == 3
    assert Counter.Step.__qualname__ == "Counter.Step"
    assert Counter.Step.__module__ == "classes"
    assert Counter.Step.Kind().describe() == "kind"
    assert Counter.Step.Kind.__qualname__ == "Counter.Step.Kind"
    assert not hasattr(classes, "Step")


def test_dynamic_attributes():
    counter = Counter()
    counter.note = "hello"
    assert counter.note == "hello"
    assert counter.__dict__ == {"note": "hello"}
    counter.value = 4  # C# members still go to C#
    assert counter.__dict__ == {"note": "hello"}
    pet = classes.Pet("x")
    with pytest.raises(AttributeError):
        pet.note = "no dict without DynamicAttributes"


def test_dynamic_attribute_cycles_are_collected():
    counter = Counter()
    counter.me = counter
    ref = weakref.ref(counter)
    del counter
    gc.collect()
    assert ref() is None


def test_weak_references_to_bound_objects():
    pet = classes.Pet("x")
    ref = weakref.ref(pet)
    assert ref() is pet
    called = []
    ref2 = weakref.ref(pet, lambda r: called.append(r))
    del pet
    assert ref() is None and called == [ref2]
