"""[PyConverter]: the user's own converters (pybind11's custom type casters), registered without
reflection, on the converted type or on the assembly."""

import pytest

import custom_converters as cc


def test_a_converter_on_the_type():
    assert cc.warmer(20.0, 1.5) == 21.5
    assert cc.warmer(20, 1) == 21.0  # the converter takes ints too (TryAs<double>)
    assert cc.total([1.0, 2.0, 3.5]) == 6.5
    assert cc.readings() == {"in": 21.5, "out": -3.0}
    assert cc.apply(lambda c: c * 2, 4.0) == 8.0


def test_an_assembly_level_converter_for_a_type_the_user_cannot_annotate():
    assert cc.with_path("https://example.com/a/b", "c") == "https://example.com/a/c"
    assert cc.host_of(None) == "none"
    assert cc.host_of("https://docs.python.org/3/") == "docs.python.org"
    assert cc.sites() == {"python": "https://www.python.org/"}
    assert cc.home == "https://example.com/"


def test_values_the_converter_refuses_raise_type_error_naming_the_python_type():
    with pytest.raises(TypeError, match=r"warmer\(\).*float"):
        cc.warmer("hot", 1.0)
    with pytest.raises(TypeError, match=r"with_path\(\).*str"):
        cc.with_path("not a uri", "x")
    with pytest.raises(TypeError):
        cc.total([1.0, "x"])


def test_exceptions_thrown_by_a_converter_reach_python():
    with pytest.raises(ValueError, match="below absolute zero"):
        cc.warmer(-300.0, 0.0)


def test_docstrings_show_the_registered_python_names():
    assert "warmer(temperature: float, by: float) -> float" in cc.warmer.__doc__
    assert "with_path(address: str, path: str) -> str" in cc.with_path.__doc__
