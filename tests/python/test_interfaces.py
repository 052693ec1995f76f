"""Bound C# interfaces: Python bases of the classes that implement them, parameters that take any
implementation, and Python classes that implement them."""

import pytest

import shapes
from shapes import Circle, IColored, INamed, IShape, Square


def test_interfaces_are_bases_of_their_implementations():
    assert isinstance(Square(2), IShape) and isinstance(Square(2), INamed)
    assert issubclass(IShape, INamed)
    assert issubclass(Circle, IColored) and not issubclass(Square, IColored)
    assert Square(3).area() == 9
    assert IShape.area(Square(3)) == 9  # the interface's own method, called on an implementation


def test_interface_parameters_take_any_implementation():
    assert shapes.total_area(Square(2), Circle(1)) == pytest.approx(4 + 3.14159)
    assert shapes.greet(Square(1)) == "hello square"
    assert shapes.paint(Circle(1)) == "painted blue"
    with pytest.raises(TypeError, match=r"paint\(\): argument 'colored' must be IColored, not Square"):
        shapes.paint(Square(1))


def test_unbound_implementation_comes_back_as_the_interface():
    hidden = shapes.make_hidden()
    assert type(hidden) is IShape
    assert hidden.area() == 7 and hidden.name() == "hidden"
    assert type(shapes.make_square(2)) is Square


def test_python_class_implements_an_interface():
    class Triangle(IShape):
        def area(self):
            return 1.5

        def name(self):
            return "triangle"

    assert shapes.describe(Triangle()) == "triangle with area 1.5"
    assert shapes.total_area(Triangle(), Square(1)) == 2.5
    assert shapes.greet(Triangle()) == "hello triangle"
    assert isinstance(Triangle(), INamed)


def test_missing_interface_member_raises_not_implemented():
    class Half(IShape):
        def area(self):
            return 1.0

    with pytest.raises(NotImplementedError, match=r"IShape\.name\(\) is abstract"):
        shapes.describe(Half())


def test_interface_cannot_be_instantiated():
    with pytest.raises(TypeError, match=r"cannot create 'IShape' instances: it is a C# interface; subclass it in Python and define area\(\), name\(\)"):
        IShape()


def test_python_class_listing_an_interface_its_csharp_half_lacks():
    class Mixed(Square, IColored):  # Square's C# object does not implement IColored
        def color(self):
            return "red"

    mixed = Mixed(1)
    assert mixed.color() == "red"  # the Python method
    with pytest.raises(TypeError, match="does not implement Fixtures.Shapes.IColored"):
        shapes.paint(mixed)


def test_python_override_of_a_virtual_interface_implementation():
    class Big(Circle):
        def area(self):
            return 100.0

    assert shapes.total_area(Big(1), Square(0)) == 100.0


def test_python_override_of_a_non_virtual_interface_implementation():
    # Square implements IShape.Area and INamed.Name with non-virtual methods; the C# proxy behind a
    # Python subclass implements the interfaces again, so C# calls through IShape reach Python.
    class Tiny(Square):
        def area(self):
            return 0.5

        def name(self):
            return "tiny"

    tiny = Tiny(3)
    assert shapes.total_area(tiny, Square(1)) == 1.5
    assert shapes.describe(tiny) == "tiny with area 0.5"
    assert shapes.greet(tiny) == "hello tiny"

    class Plain(Square):  # overrides nothing: the C# methods answer
        pass

    assert shapes.describe(Plain(2)) == "square with area 4"

    class CallsSuper(Square):
        def area(self):
            return super().area() * 10

    assert shapes.total_area(CallsSuper(2), Square(0)) == 40.0
