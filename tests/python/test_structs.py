"""[PyClass] structs: each Python object holds its own copy of the value."""

import pytest

from classes import Vec2, VecTools


def test_construct_read_and_write():
    v = Vec2(3.0, 4.0)
    assert (v.x, v.y) == (3.0, 4.0) and v.length() == 5.0
    v.x = 6.0
    assert v.x == 6.0
    assert str(v) == "(6, 4)"
    assert (Vec2().x, Vec2().y) == (0.0, 0.0)  # the implicit parameterless constructor


def test_methods_change_the_value_in_place():
    v = Vec2(1.0, 2.0)
    v.scale(2.0)
    assert (v.x, v.y) == (2.0, 4.0)


def test_values_are_copied_in_and_out():
    v = Vec2(1.0, 2.0)
    scaled = VecTools.scaled_copy(v, 10.0)
    assert (scaled.x, scaled.y) == (10.0, 20.0)
    assert (v.x, v.y) == (1.0, 2.0)  # C# changed its own copy
    flipped = VecTools.flip(v)
    assert (flipped.x, flipped.y) == (2.0, 1.0)
    assert VecTools.flip(v) is not VecTools.flip(v)  # values have no identity


def test_static_methods_nullable_and_errors():
    total = Vec2.add(Vec2(1.0, 1.0), Vec2(2.0, 3.0))
    assert (total.x, total.y) == (3.0, 4.0)
    assert VecTools.length_or_zero(None) == 0
    assert VecTools.length_or_zero(Vec2(3.0, 4.0)) == 5.0
    with pytest.raises(TypeError, match=r"flip\(\): argument 'v' must be Vec2, not tuple"):
        VecTools.flip((1.0, 2.0))


def test_structs_cannot_be_subclassed():
    with pytest.raises(TypeError):
        class Sub(Vec2):  # noqa: F841 - C# structs are sealed
            pass
