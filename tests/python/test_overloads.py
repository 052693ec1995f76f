"""C# overloads become one Python callable, resolved as pybind11 does: no-conversion matches first."""

import pytest

import overloads
from overloads import Shape


def test_exact_types_pick_their_overload():
    assert overloads.add(1, 2) == "int 3"
    assert overloads.add(1.5, 2.5) == "double 4"
    assert overloads.add("a", "b") == "str ab"


def test_conversions_are_tried_after_exact_matches():
    assert overloads.add(1.5, 2) == "double 3.5"  # no exact match: the int is converted to double
    assert overloads.kind(True) == "bool"  # bool before int: an exact match for Kind(bool)
    assert overloads.kind(1) == "long"
    assert overloads.kind(1.0) == "double"
    assert overloads.kind("x") == "string"
    assert overloads.kind(Shape()) == "shape"


def test_range_failures_fall_through_to_the_next_overload():
    assert overloads.narrow(7) == "byte 7"
    assert overloads.narrow(300) == "long 300"  # does not fit a byte: the long overload takes it


def test_keywords_defaults_and_none():
    assert overloads.add(a=1, b=2) == "int 3"
    assert overloads.add(b="y", a="x") == "str xy"
    assert overloads.defaults(1) == "ints 1 2"
    assert overloads.defaults("t") == "text t"
    assert overloads.defaults(text="t") == "text t"
    assert overloads.maybe(None) == "none"
    assert overloads.maybe(3) == "int 3"
    assert overloads.maybe("s") == "text s"


def test_no_match_lists_every_overload():
    with pytest.raises(TypeError) as info:
        overloads.add(1, "x")
    message = str(info.value)
    assert "add(): incompatible arguments. The following signatures are supported:" in message
    assert "1. add(a: int, b: int) -> str" in message
    assert "2. add(a: float, b: float) -> str" in message
    assert "3. add(a: str, b: str) -> str" in message
    assert "Invoked with: 1, 'x'" in message
    with pytest.raises(TypeError, match=r"Invoked with: 1, 2, 3"):
        overloads.add(1, 2, 3)
    with pytest.raises(TypeError, match=r"Invoked with: 1, c=2"):
        overloads.add(1, c=2)


def test_docstring_lists_overloads():
    doc = overloads.add.__doc__
    assert doc.startswith("add(*args, **kwargs)\nOverloaded function.")
    assert "1. add(a: int, b: int) -> str\n\nAdds two ints." in doc
    assert "2. add(a: float, b: float) -> str\n\nAdds two doubles." in doc


def test_method_and_static_method_overloads():
    shape = Shape()
    assert shape.scale(2) == "int 2"
    assert shape.scale(2.5) == "double 2.5"
    assert Shape.make(3) == "3 sides"
    assert Shape.make("square") == "a square"
    with pytest.raises(TypeError, match="scale\\(\\): incompatible arguments"):
        shape.scale("big")


def test_virtual_overloads_and_python_overrides():
    class Named(Shape):
        def describe(self, value):
            return "python " + str(value)

    assert Shape().describe(1) == "shape 1"
    assert Shape().describe("x") == "shape x"
    assert Named().describe(2) == "python 2"


def test_constructor_overloads():
    assert overloads.Money(150).cents == 150
    assert overloads.Money(1.5).cents == 150
    assert overloads.Money("2.25").cents == 225
    assert overloads.Money("2.5", scale=10).cents == 25
    assert overloads.Money(text="1").cents == 100
    with pytest.raises(TypeError) as info:
        overloads.Money(b"x", flag=True)
    message = str(info.value)
    assert "Money(): incompatible arguments" in message
    assert "1. Money(cents: int) -> None" in message and "3. Money(text: str, scale: int = 100) -> None" in message
    assert "Invoked with: b'x', flag=True" in message


def test_constructor_overloads_in_python_subclasses():
    class Euro(overloads.Money):
        def __init__(self, amount):
            super().__init__(amount)

        def show(self):
            return f"EUR {self.cents / 100:.2f}"

    assert Euro(2.5).show() == "EUR 2.50"
    assert Euro("3").cents == 300
