"""[PyException] classes, [PyExceptionMapping], causes both ways, exception groups and Ctrl-C."""

import concurrent.futures
import os
import subprocess
import sys

import pytest

import custom_errors as m


def test_registered_classes_are_module_attributes_with_bases_and_docs():
    assert m.StoreError.__module__ == "custom_errors"
    assert m.StoreError.__name__ == "StoreError"
    assert m.StoreError.__bases__ == (Exception,)
    assert m.StoreError.__doc__ == "The base of the store's errors."
    # C# NotFoundError : StoreError, with Base = LookupError: both are Python bases.
    assert m.NotFoundError.__bases__ == (m.StoreError, LookupError)
    assert issubclass(m.NotFoundError, LookupError)
    # [PyName("ReadOnly")] on ReadOnlyStoreError.
    assert m.ReadOnly.__bases__ == (m.StoreError,)
    assert not hasattr(m, "ReadOnlyStoreError")
    assert m.ParseError.__bases__ == (ValueError,)


@pytest.mark.parametrize("kind, python_type", [
    ("store", "StoreError"),
    ("not_found", "NotFoundError"),
    ("read_only", "ReadOnly"),
    ("unregistered", "StoreError"),  # not registered itself: its nearest registered base wins
    ("parse", "ParseError"),
])
def test_registered_exceptions_are_raised(kind, python_type):
    with pytest.raises(getattr(m, python_type)) as error:
        m.throw(kind, "the message")
    assert type(error.value) is getattr(m, python_type)
    assert str(error.value) == "the message"
    assert error.value.__notes__[0].startswith("in throw(): C# exception Fixtures.")


def test_except_clauses_follow_the_hierarchy():
    try:
        m.throw("not_found", "k")
    except LookupError as error:
        assert isinstance(error, m.StoreError)
    try:
        m.throw("read_only", "r")
    except m.StoreError as error:
        assert not isinstance(error, LookupError)


def test_constructor_method_and_property_raise_registered_exceptions():
    with pytest.raises(m.StoreError, match="a store needs a name"):
        m.Store("")
    store = m.Store("s")
    store.put("a", 1)
    assert store.get("a") == 1
    with pytest.raises(m.NotFoundError, match="no key b"):
        store.get("b")
    with pytest.raises(m.ReadOnly, match="read-only store"):
        store.writable


def test_a_csharp_delegate_raises_registered_exceptions():
    thrower = m.thrower()
    with pytest.raises(m.NotFoundError, match="from a delegate"):
        thrower()


@pytest.mark.parametrize("kind, python_type", [
    ("json", ValueError),                                   # a library type mapped to a built-in
    ("format", m.ParseError),                               # mapped to a [PyException] of the module
    ("canceled", concurrent.futures.CancelledError),       # mapped to a dotted name, imported
    ("timed_out", concurrent.futures.CancelledError),      # a subclass of a mapped type
])
def test_mappings(kind, python_type):
    with pytest.raises(python_type) as error:
        m.throw(kind, "mapped")
    assert type(error.value) is python_type
    assert str(error.value) == "mapped"


def test_mapped_class_that_cannot_take_the_message_falls_back_to_the_builtin_mapping():
    with pytest.raises(RuntimeError, match="^unparsable$") as error:
        m.throw("bad_document", "unparsable")
    note = error.value.__notes__[0]
    assert "its mapped Python class JSONDecodeError could not be called with the message: TypeError:" in note


def test_mapping_applies_to_exceptions_thrown_by_the_library():
    with pytest.raises(ValueError, match="invalid JSON"):
        m.parse_json("nope")
    assert m.parse_json("42") == 42


def test_inner_exceptions_become_causes():
    with pytest.raises(m.StoreError, match="outer") as error:
        m.chain()
    middle = error.value.__cause__
    assert type(middle) is m.ParseError and str(middle) == "middle"
    inner = middle.__cause__
    assert type(inner) is KeyError and inner.args == ("inner",)
    assert inner.__cause__ is None
    assert middle.__notes__ == ["C# exception Fixtures.ThirdParty+LegacyFormatException"]


def test_cause_chains_are_bounded():
    with pytest.raises(RuntimeError, match="^29$") as error:
        m.long_chain(30)
    links = 0
    cause = error.value.__cause__
    while cause is not None:
        links += 1
        cause = cause.__cause__
    assert links == 16


@pytest.mark.skipif(sys.version_info < (3, 11), reason="ExceptionGroup is new in 3.11; see test_aggregate_without_groups")
def test_aggregate_exceptions_become_exception_groups():
    with pytest.raises(ExceptionGroup) as error:  # noqa: F821 (3.11+)
        m.aggregate()
    group = error.value
    assert group.message == "several failed"
    first, second, nested = group.exceptions
    assert type(first) is m.NotFoundError and str(first) == "first"
    assert type(second) is RuntimeError and str(second) == "second"
    assert isinstance(nested, ExceptionGroup) and nested.message == "nested"  # noqa: F821
    assert type(nested.exceptions[0]) is m.ParseError
    assert group.__cause__ is None  # the members are in the group, not in a cause
    matched, rest = group.split(m.StoreError)  # what `except* m.StoreError` would catch
    assert [str(e) for e in matched.exceptions] == ["first"]
    assert len(rest.exceptions) == 2


@pytest.mark.skipif(sys.version_info >= (3, 11), reason="the fallback where Python has no ExceptionGroup")
def test_aggregate_without_groups():
    with pytest.raises(RuntimeError, match="several failed") as error:
        m.aggregate()
    assert type(error.value.__cause__) is m.NotFoundError
    assert "Inner exception 2: System.InvalidOperationException: second" in error.value.__notes__[0]


def test_python_cause_becomes_inner_exception():
    def fail():
        try:
            raise KeyError("k")
        except KeyError as key_error:
            raise ValueError("v") from key_error

    assert m.describe(fail) == "ValueError <- KeyError"
    assert m.describe(lambda: None) == "no error"


def test_python_exception_as_inner_exception_is_the_original_object():
    original = ValueError("from python")

    def fail():
        raise original

    with pytest.raises(m.StoreError, match="wrapped") as error:
        m.wrap(fail)
    assert error.value.__cause__ is original
    assert error.value.__cause__.__traceback__ is not None  # its traceback travelled with it


def test_python_errors_keep_their_type_through_nested_calls():
    marker = LookupError("deep")

    def inner(x):
        raise marker

    def outer(x):
        return m.apply(inner, x)  # Python -> C# -> Python -> C# -> Python

    with pytest.raises(LookupError) as error:
        m.apply(outer, 1)
    assert error.value is marker
    frames = []
    tb = error.value.__traceback__
    while tb is not None:
        frames.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    assert "outer" in frames and "inner" in frames

    def raises_csharp(x):
        m.throw("not_found", "from C# inside a callback")

    with pytest.raises(m.NotFoundError, match="inside a callback"):
        m.apply(lambda x: m.apply(raises_csharp, x), 1)


def _interrupt_soon():
    # A separate process sends SIGINT: a Python thread could not run while the C# loop holds the GIL.
    subprocess.Popen(["sh", "-c", f"sleep 0.2; kill -INT {os.getpid()}"])


@pytest.mark.parametrize("spin", [m.spin_until_interrupted, m.spin_until_interrupted_without_gil])
def test_ctrl_c_interrupts_a_long_csharp_loop(spin):
    with pytest.raises(KeyboardInterrupt):
        spin(_interrupt_soon, 60)
    # The C# loop saw it (not Python after the call returned):
    assert m.last_spin_end() == "KeyboardInterrupt"
