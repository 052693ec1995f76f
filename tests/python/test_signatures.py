"""Positional-only and keyword-only parameters, *args, **kwargs and [NoConvert] (pybind11's
py::pos_only, py::kw_only, py::args, py::kwargs and arg().noconvert()): binding, CPython's own error
wording, and inspect.signature."""

import inspect
import sys

import pytest

import signatures as s
from signatures import Formatter, Reading


def _error(call):
    with pytest.raises(TypeError) as error:
        call()
    return str(error.value)


# --- keyword-only ---------------------------------------------------------------------------------

def test_keyword_only_parameters_take_keywords():
    assert s.keyword_only(1, b=2) == "a=1 b=2 c=3"
    assert s.keyword_only(a=1, c=4, b=2) == "a=1 b=2 c=4"


@pytest.mark.parametrize("call, message", [
    (lambda: s.keyword_only(1, 2), "keyword_only() takes 1 positional argument but 2 were given"),
    (lambda: s.keyword_only(1, 2, b=3),
     "keyword_only() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument) were given"),
    (lambda: s.keyword_only(1), "keyword_only() missing 1 required keyword-only argument: 'b'"),
    (lambda: s.keyword_only(b=1), "keyword_only() missing 1 required positional argument: 'a'"),
    (lambda: s.keyword_only(1, b=2, d=3), "keyword_only() got an unexpected keyword argument 'd'"),
    (lambda: s.mixed(1, 2, 3), "mixed() takes from 1 to 2 positional arguments but 3 were given"),
])
def test_keyword_only_errors_use_cpython_wording(call, message):
    assert _error(call) == message


# --- positional-only ------------------------------------------------------------------------------

def test_positional_only_parameters_take_positions():
    assert s.positional_only(1, 2) == "a=1 b=2 c=3"
    assert s.positional_only(1, 2, c=5) == "a=1 b=2 c=5"
    assert s.mixed(1, b=5, c=6) == "a=1 b=5 c=6"


@pytest.mark.parametrize("call, message", [
    (lambda: s.positional_only(1, b=2), "positional_only() got some positional-only arguments passed as keyword arguments: 'b'"),
    (lambda: s.positional_only(a=1, b=2), "positional_only() got some positional-only arguments passed as keyword arguments: 'a, b'"),
    (lambda: s.positional_only(1, z=2, b=3), "positional_only() got some positional-only arguments passed as keyword arguments: 'b'"),
    (lambda: s.positional_only(1), "positional_only() missing 1 required positional argument: 'b'"),
    (lambda: s.positional_only(), "positional_only() missing 2 required positional arguments: 'a' and 'b'"),
])
def test_positional_only_errors_use_cpython_wording(call, message):
    assert _error(call) == message


# --- *args ----------------------------------------------------------------------------------------

def test_params_array_is_star_args():
    assert s.sum("x") == "x 0 (0)"
    assert s.sum("x", 1, 2, 3) == "x 6 (3)"
    assert s.sum(label="x") == "x 0 (0)"
    assert s.count() == 0
    assert s.count(1, None, "a", [2]) == 4


def test_params_read_only_span_is_star_args():
    # C# 13: SumSpan(string label, params ReadOnlySpan<long> values) is sum_span(label, *values).
    assert s.sum_span("x") == "x 0 (0)"
    assert s.sum_span("x", 1, 2, 2**40) == f"x {3 + 2**40} (3)"
    assert _error(lambda: s.sum_span("x", 1, "a")) == "sum_span(): argument 'values': item 1 must be int, not str"
    assert "sum_span(label: str, *values: int) -> str" in s.sum_span.__doc__
    assert str(inspect.signature(s.sum_span)) == "(label, *values)"


def test_read_only_span_parameters_take_iterables_and_bytes():
    assert s.join_span(["a", "b", "c"]) == "a-b-c"
    assert s.join_span(("a",), sep="+") == "a" and s.join_span(iter(["x", "y"])) == "x-y" and s.join_span([]) == ""
    assert _error(lambda: s.join_span("abc")).startswith("join_span(): argument 'words' must be list[str], not str")
    assert s.byte_total(b"\x01\x02\xff") == 258 and s.byte_total(b"") == 0
    assert "join_span(words: list[str], sep: str = '-') -> str" in s.join_span.__doc__
    assert "byte_total(data: bytes) -> int" in s.byte_total.__doc__
    assert s.vowels("education") == 5 and s.vowels("") == 0 and "vowels(text: str) -> int" in s.vowels.__doc__
    assert _error(lambda: s.vowels(["a"])).startswith("vowels(): argument 'text' must be str, not list")


def test_star_args_items_convert_with_the_element_converter():
    assert _error(lambda: s.sum("x", 1, "a")) == "sum(): argument 'values': item 1 must be int, not str"
    with pytest.raises(OverflowError):
        s.sum("x", 2**40)


def test_star_args_cannot_be_passed_by_keyword():
    assert _error(lambda: s.sum("x", values=[1])) == "sum() got an unexpected keyword argument 'values'"


def test_keyword_only_after_star_args():
    # C# Join(string prefix, [KeywordOnly] string sep = ",", params List<string> parts) is join(prefix, *parts, sep=',').
    assert s.join("p", "a", "b") == "p:a,b"
    assert s.join("p", "a", "b", sep="-") == "p:a-b"
    assert s.join("p") == "p:"


# --- **kwargs -------------------------------------------------------------------------------------

def test_kwargs_receive_unmatched_keywords():
    assert s.options(1) == "a=1 "
    assert s.options(1, x=2, y="z") == "a=1 x=2 y='z'"
    assert s.options(a=1, b=None) == "a=1 b=None"
    assert _error(lambda: s.options(1, a=2)) == "options() got multiple values for argument 'a'"


def test_everything_at_once():
    assert s.everything(1) == "a=1 b=2 flag=False rest=[] extra=[]"
    # A keyword naming a positional-only parameter goes to **kwargs, as in Python.
    assert s.everything(1, 3, 4.5, 6, flag=True, k=7, a=8) == "a=1 b=3 flag=True rest=[4.5,6] extra=[a=8,k=7]"
    # **kwargs values convert with the dictionary's value converter; the error names the keyword.
    with pytest.raises(TypeError, match=r"everything\(\): argument 'extra': dict value for key 'k' must be int, not str"):
        s.everything(1, k="x")


# --- [NoConvert] ----------------------------------------------------------------------------------

def test_no_convert_refuses_implicit_conversions():
    assert s.half(3.0) == 1.5
    assert _error(lambda: s.half(3)) == "half(): argument 'value' must be float, not int\n    signature: half(value: float) -> float"
    assert s.exact(3) == 3
    assert _error(lambda: s.exact(True)).startswith("exact(): argument 'value' must be int, not bool")
    assert s.maybe_exact() == "none"
    assert s.maybe_exact(None) == "none"
    assert s.maybe_exact(2) == "int 2"
    assert _error(lambda: s.maybe_exact(2.0)).startswith("maybe_exact(): argument 'value' must be int | None, not float")


def test_no_convert_holds_in_both_overload_passes():
    assert s.pick(2.0) == "double"
    assert s.pick("a") == "string"
    assert _error(lambda: s.pick(2)) == (
        "pick(): incompatible arguments. The following signatures are supported:\n"
        "    1. pick(value: float) -> str\n"
        "    2. pick(value: str) -> str\n"
        "Invoked with: 2")
    assert s.scale(1.5, 2) == "double 1.5 x2"
    assert s.scale(1, 2) == "object x2"  # the int is not converted to float in pass 1, the object overload takes it
    assert s.scale(1.5, True) == "object x1"  # [NoConvert] int refuses the bool; the second overload converts it


def test_star_args_and_kwargs_objects_are_released_on_every_path():
    item = "".join(["it", "em"])  # a str of its own, whose count only these calls change
    before = sys.getrefcount(item)
    f = Formatter("n")
    for _ in range(100):
        assert s.gather(2.0, item) == "double 1"
        assert s.gather("a", item, item) == "string 2"  # the first overload's gate fails after binding
        with pytest.raises(TypeError, match="incompatible arguments"):
            s.gather(1, item)  # both overloads bind and fail, in both passes
        with pytest.raises(TypeError, match="must be int"):
            s.sum("x", 1, item)  # the conversion of *values fails
        assert f.tags(a=item) == "a=item"
        with pytest.raises(TypeError):
            s.keyword_only(1, item, b=2)  # too many positional arguments, after *args-free binding
    assert sys.getrefcount(item) == before


# --- methods and constructors ---------------------------------------------------------------------

def test_constructor_keyword_only_and_kwargs():
    assert Formatter("n").describe() == "n width=10 options=[]"
    assert Formatter("n", width=3, color=1, b=2).describe() == "n width=3 options=[b,color]"
    assert _error(lambda: Formatter("n", 3)) == "Formatter() takes 1 positional argument but 2 were given"
    assert _error(lambda: Formatter()) == "Formatter() missing 1 required positional argument: 'name'"


def test_methods_use_each_feature():
    f = Formatter("n", width=4)
    assert f.pad("ab") == "  ab"
    assert f.pad("ab", fill="*") == "**ab"
    assert _error(lambda: f.pad(text="ab")) == "pad() got some positional-only arguments passed as keyword arguments: 'text'"
    assert _error(lambda: f.pad("ab", "*")) == "pad() takes 1 positional argument but 2 were given"
    assert f.join("-", "a", "b", "c") == "a-b-c"
    assert f.tags(a="1", b="2") == "a=1,b=2"
    assert f.tags() == ""
    assert Formatter.make(3, 1, 2) == "width=3 extra=2"
    assert f.make(3) == "width=3 extra=0"
    assert _error(lambda: Formatter.make(3.0)).startswith("make(): argument 'width' must be int, not float")


def test_constructor_overloads_with_no_convert_and_star_args():
    assert Reading(1.5).show() == "double 1.5"
    assert Reading("m", 1, 2).show() == "m 1,2"
    assert Reading("m").show() == "m "
    assert _error(lambda: Reading(1)).startswith("Reading(): incompatible arguments.")

    class Sub(Reading):
        def show(self):
            return "sub " + super().show()

    assert Sub("u", 3).show() == "sub u 3"  # the proxy's constructor gets the *args array too


def test_virtual_methods_keep_their_signature_and_python_overrides_receive_plain_arguments():
    assert Reading(1.5).label(1, 2) == "#1#2"
    assert Reading(1.5).label(1, prefix="-") == "-1"
    assert Reading(1.5).call_label() == "@1@2"

    class Sub(Reading):
        def label(self, prefix, marks):
            # C# calls an override with one argument per C# parameter: the params array is a list.
            return f"{prefix}{marks}|" + super().label(*marks, prefix=prefix)

    assert Sub(1.5).call_label() == "@[1, 2]|@1@2"


# --- signatures -----------------------------------------------------------------------------------

@pytest.mark.parametrize("function, expected", [
    (s.keyword_only, "(a, *, b, c=3)"),
    (s.positional_only, "(a, b, /, c=3)"),
    (s.mixed, "(a, /, b=2, *, c=3)"),
    (s.sum, "(label, *values)"),
    (s.count, "(*items)"),
    (s.join, "(prefix, *parts, sep=',')"),
    (s.options, "(a, **options)"),
    (s.everything, "(a, /, b=2, *rest, flag=False, **extra)"),
    (s.half, "(value)"),
    (Formatter.pad, "(self, text, /, *, fill=' ')"),
    (Formatter("n").pad, "(text, /, *, fill=' ')"),
    (Formatter.join, "(self, /, sep, *parts)"),
    (Formatter.make, "(width, *extra)"),
    (Formatter.tags, "(self, /, **tags)"),
    (Formatter, "(name, *, width=10, **options)"),
])
def test_inspect_signature(function, expected):
    assert str(inspect.signature(function)) == expected


def test_parameter_kinds():
    parameters = inspect.signature(s.everything).parameters
    assert [p.kind for p in parameters.values()] == [
        inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.VAR_POSITIONAL,
        inspect.Parameter.KEYWORD_ONLY, inspect.Parameter.VAR_KEYWORD]
    assert parameters["flag"].default is False


def test_docstrings_show_typed_signatures():
    assert s.everything.__doc__ == (
        "everything(a: int, /, b: int = 2, *rest: float, flag: bool = False, **extra: int) -> str\n\n"
        "Everything at once: f(a, /, b=2, *rest, flag=False, **extra).")
    assert s.join.__doc__.startswith("join(prefix: str, *parts: str, sep: str = ',') -> str")
    # Overloads: one generic signature (no __text_signature__), then every overload.
    assert s.pick.__text_signature__ is None
    assert s.pick.__doc__ == "pick(*args, **kwargs)\nOverloaded function.\n\n1. pick(value: float) -> str\n\n2. pick(value: str) -> str"
    # A class with one constructor: the text signature is stripped from __doc__.
    assert Formatter.__doc__ == "A sealed class whose members use each feature."
    assert Formatter.__text_signature__ == "(name, *, width=10, **options)"
    assert Reading.__text_signature__ is None  # two constructors
