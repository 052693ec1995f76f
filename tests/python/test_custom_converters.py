"""[PyConverter]: the user's own converters (pybind11's custom type casters), registered without
reflection, on the converted type or on the assembly."""

import operator
import sys

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


def test_a_converter_that_throws_inside_a_container_releases_what_it_held():
    cold = float("-300.5")  # the converter throws for it

    def raises_below_zero(call):
        try:
            call()
        except ValueError as error:
            assert "below absolute zero" in str(error)
        else:
            pytest.fail("no ValueError")

    assert cc.warmest({"in": 21.5, "out": -3.0}) == 21.5
    assert cc.spread((-3.0, 21.5)) == 24.5
    calls = [
        lambda: cc.total([1.0, cold]),  # a list's items
        lambda: cc.total(x for x in (1.0, cold)),  # an iterator's
        lambda: cc.warmest({"in": 1.0, "out": cold}),  # a dict's values
        lambda: cc.spread([1.0, cold]),  # a list passed as a tuple
        lambda: cc.apply(lambda c: cold, 4.0),  # a callback's result
    ]
    for call in calls:
        before = sys.getrefcount(cold)
        for _ in range(10):
            raises_below_zero(call)
        assert sys.getrefcount(cold) == before


def test_a_bound_dictionary_releases_its_arguments_when_a_converter_throws():
    cold = float("-300.5")  # Celsius's converter throws for it
    log = cc.log()
    log.clear()
    log.update({1: 20.0})
    assert dict(log) == {1: 20.0}
    calls = [
        lambda: log.update({2: 21.0, 3: cold}),  # update(mapping)
        lambda: log.update([(2, 21.0), (3, cold)]),  # update(pairs)
        lambda: cc.TemperatureLog({3: cold}),  # the constructor
    ]
    for call in calls:
        before = sys.getrefcount(cold)
        for _ in range(10):
            with pytest.raises(ValueError, match="below absolute zero"):
                call()
        assert sys.getrefcount(cold) == before
    # As with dict.update, the items before the failing one stay.
    assert dict(log) == {1: 20.0, 2: 21.0}
    log.clear()


def test_a_converter_that_throws_for_a_result_releases_the_part_converted():
    absolute = "https://example.com/"
    assert cc.addresses([absolute]) == [absolute]
    assert cc.address_book({"a": absolute}) == {"a": absolute}
    assert cc.address_set([absolute]) == {absolute}
    assert cc.address_pair(absolute, absolute) == (absolute, absolute)
    assert cc.joined(lambda a, b: a + b, absolute, absolute) == absolute * 2
    texts = [absolute] * 50 + ["relative/path"]  # the converter throws for the last (Uri.AbsoluteUri)
    join = operator.add  # one callable: each call's C# delegate over it is released only by the .NET GC
    calls = [
        lambda: cc.addresses(texts),
        lambda: cc.address_book({str(i): text for i, text in enumerate(texts)}),
        lambda: cc.address_set([f"{absolute}{i}" for i in range(50)] + ["relative/path"]),
        lambda: cc.address_pair(absolute, "relative/path"),
        lambda: cc.joined(join, absolute, "relative/path"),  # a callback's arguments
    ]
    for call in calls:
        with pytest.raises(Exception, match="relative"):
            call()  # warm up: caches, interned strings
        before = sys.getallocatedblocks()
        for _ in range(100):
            with pytest.raises(Exception, match="relative"):
                call()
        # A leaked container (or item) each time would be 100 blocks at least.
        assert sys.getallocatedblocks() - before < 50


def test_docstrings_show_the_registered_python_names():
    assert "warmer(temperature: float, by: float) -> float" in cc.warmer.__doc__
    assert "with_path(address: str, path: str) -> str" in cc.with_path.__doc__
