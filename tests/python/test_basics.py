"""The contract example: module functions, attributes, names, docstrings and signatures."""

import inspect

import pytest

import basics


def test_add_positional_keyword_and_defaults():
    assert basics.add(1, 2) == 3
    assert basics.add() == 3
    assert basics.add(10) == 12
    assert basics.add(j=5) == 6
    assert basics.add(i=1, j=2) == 3
    assert basics.add(j=1, i=2) == 3
    assert basics.add(-5, j=-6) == -11


def test_attributes():
    assert basics.the_answer == 42
    assert basics.what == "World"
    assert basics.pi == 3.141592653589793
    assert isinstance(basics.the_answer, int)


def test_other_functions():
    assert basics.add_f(1.0, 2.5) == 3.5
    assert basics.concat("ab", "cd") == "abcd"
    assert basics.noop() is None


def test_docstrings_come_from_xml_comments():
    assert basics.__doc__ == "pybind11 example plugin"
    assert basics.add.__doc__ == "add(i: int = 1, j: int = 2) -> int\n\nA function that adds two numbers"
    assert basics.noop.__doc__.endswith("Does nothing at all.")


def test_signature():
    signature = inspect.signature(basics.add)
    assert str(signature) == "(i=1, j=2)"
    assert [p.kind for p in signature.parameters.values()] == [inspect.Parameter.POSITIONAL_OR_KEYWORD] * 2
    assert str(inspect.signature(basics.noop)) == "()"
    assert str(inspect.signature(basics.concat)) == "(a, b)"


def test_names_are_snake_case():
    public = {name for name in dir(basics) if not name.startswith("_")}
    assert public == {"add", "add_f", "concat", "noop", "the_answer", "what", "pi"}
    assert basics.add.__name__ == "add"
    assert basics.__name__ == "basics"


@pytest.mark.parametrize("call, message", [
    (lambda: basics.add(1, 2, 3), "add() takes from 0 to 2 positional arguments but 3 were given"),
    (lambda: basics.add(k=1), "add() got an unexpected keyword argument 'k'"),
    (lambda: basics.add(1, i=2), "add() got multiple values for argument 'i'"),
    (lambda: basics.add_f(1.0), "add_f() missing 1 required positional argument: 'b'"),
    (lambda: basics.add_f(), "add_f() missing 2 required positional arguments: 'a' and 'b'"),
    (lambda: basics.noop(1), "noop() takes 0 positional arguments but 1 was given"),
    (lambda: basics.noop(x=1), "noop() got an unexpected keyword argument 'x'"),
    (lambda: basics.concat("a", "b", "c"), "concat() takes 2 positional arguments but 3 were given"),
])
def test_bad_calls_raise_cpython_style_type_errors(call, message):
    with pytest.raises(TypeError) as error:
        call()
    assert str(error.value) == message


@pytest.mark.parametrize("value, actual", [("x", "str"), (None, "NoneType"), (1.5, "float"), ([1], "list"), (b"1", "bytes")])
def test_wrong_type_names_function_and_signature(value, actual):
    with pytest.raises(TypeError) as error:
        basics.add(value)
    assert str(error.value) == (f"add(): argument 'i' must be int, not {actual}\n"
                                "    signature: add(i: int = 1, j: int = 2) -> int")


def test_wrong_type_for_keyword_argument():
    with pytest.raises(TypeError, match=r"add\(\): argument 'j' must be int, not str"):
        basics.add(j="2")


@pytest.mark.parametrize("value", [2**31, -2**31 - 1, 2**63, 2**70, -2**100, 10**5000], ids=["2**31", "-2**31-1", "2**63", "2**70", "-2**100", "10**5000"])
def test_out_of_range_int_is_overflow_error(value):
    with pytest.raises(OverflowError) as error:
        basics.add(value)
    assert str(error.value).startswith("add(): argument 'i': ")
    assert "out of range for C# int (Int32), which holds -2147483648 to 2147483647" in str(error.value)


def test_int_limits_pass():
    assert basics.add(2**31 - 1, 0) == 2**31 - 1
    assert basics.add(-2**31, 0) == -2**31


def test_overflow_inside_csharp_wraps_like_csharp():
    # C# int addition is unchecked: the result wraps, exactly as the C# code says.
    assert basics.add(2**31 - 1, 1) == -2**31


def test_bool_and_index_objects_are_ints():
    class Index:
        def __index__(self):
            return 7

    assert basics.add(True, False) == 1
    assert basics.add(Index(), 1) == 8


def test_error_raised_by_index_is_kept():
    class Broken:
        def __index__(self):
            raise ZeroDivisionError("from __index__")

    with pytest.raises(ZeroDivisionError, match="from __index__"):
        basics.add(Broken())


def test_value_error_subclass_raised_by_index_is_kept():
    # A ValueError subclass cannot in general be rebuilt from one message (its __init__ may need more
    # arguments, UnicodeEncodeError needs five): it must come through as raised, not as a TypeError.
    class NeedsTwo(ValueError):
        def __init__(self, first, second):
            super().__init__(first, second)
            self.second = second

    class Broken:
        def __index__(self):
            raise NeedsTwo("from __index__", 2)

    class Encoding:
        def __index__(self):
            raise UnicodeEncodeError("utf-8", "x", 0, 1, "from __index__")

    with pytest.raises(NeedsTwo) as error:
        basics.add(Broken())
    assert error.value.second == 2
    with pytest.raises(UnicodeEncodeError, match="from __index__"):
        basics.add(Encoding())


def test_builtin_error_raised_by_index_or_float_is_unchanged():
    # The documented rule: what __index__ raises reaches the caller as it was raised, message and
    # traceback included. Only the errors of the conversion itself name the function and argument.
    class Broken:
        def __index__(self):
            raise ValueError("from __index__")

    class BrokenFloat:
        def __float__(self):
            raise OverflowError("from __float__")

    with pytest.raises(ValueError) as error:
        basics.add(Broken())
    assert str(error.value) == "from __index__"
    assert error.traceback[-1].name == "__index__"
    with pytest.raises(OverflowError) as error:
        basics.add_f(BrokenFloat(), 1.0)
    assert str(error.value) == "from __float__"
    with pytest.raises(OverflowError, match=r"^add\(\): argument 'i': 4294967296 is out of range"):
        basics.add(2**32)


def test_type_error_raised_by_float_is_kept():
    # Without __float__ the value is the wrong type; a TypeError that __float__ itself raised is kept.
    class Broken:
        def __float__(self):
            raise TypeError("from __float__")

    with pytest.raises(TypeError) as error:
        basics.add_f(Broken(), 1.0)
    assert str(error.value) == "from __float__"
    with pytest.raises(TypeError, match=r"^add_f\(\): argument 'a' must be float, not object"):
        basics.add_f(object(), 1.0)


def test_float_accepts_int_and_float_like():
    class FloatLike:
        def __float__(self):
            return 0.25

    assert basics.add_f(1, 2) == 3.0
    assert basics.add_f(FloatLike(), 0.5) == 0.75
    with pytest.raises(TypeError, match=r"add_f\(\): argument 'a' must be float, not str"):
        basics.add_f("1", 2.0)
    with pytest.raises(OverflowError, match=r"add_f\(\): argument 'a': "):
        basics.add_f(10**400, 1.0)
