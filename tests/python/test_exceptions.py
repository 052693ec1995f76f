"""C# exceptions become Python exceptions with the message kept and the C# type and stack in a note."""

import pytest

import errors

MAPPING = [
    ("ArgumentException", ValueError),
    ("ArgumentNullException", ValueError),
    ("ArgumentOutOfRangeException", ValueError),
    ("KeyNotFoundException", KeyError),
    ("IndexOutOfRangeException", IndexError),
    ("InvalidCastException", TypeError),
    ("OverflowException", OverflowError),
    ("DivideByZeroException", ZeroDivisionError),
    ("NotImplementedException", NotImplementedError),
    ("NotSupportedException", NotImplementedError),
    ("OutOfMemoryException", MemoryError),
    ("FileNotFoundException", FileNotFoundError),
    ("UnauthorizedAccessException", PermissionError),
    ("TimeoutException", TimeoutError),
    ("IOException", OSError),
    ("InvalidOperationException", RuntimeError),
    ("Custom", RuntimeError),
]


@pytest.mark.parametrize("kind, python_type", MAPPING)
def test_mapping(kind, python_type):
    with pytest.raises(python_type) as error:
        errors.throw(kind, "the message")
    assert type(error.value) is python_type
    assert "the message" in str(error.value)


@pytest.mark.parametrize("kind, python_type", MAPPING)
def test_note_names_csharp_type_and_function(kind, python_type):
    with pytest.raises(python_type) as error:
        errors.throw(kind, "m")
    notes = getattr(error.value, "__notes__", [])
    assert len(notes) == 1
    expected = "Fixtures.CustomException" if kind == "Custom" else kind
    assert notes[0].startswith("in throw(): C# exception ")
    assert expected in notes[0]


def test_message_is_exact_for_plain_exceptions():
    with pytest.raises(RuntimeError) as error:
        errors.throw("InvalidOperationException", "exact text é \U0001F600")
    assert str(error.value) == "exact text é \U0001F600"


def test_exceptions_from_the_bcl():
    with pytest.raises(ZeroDivisionError):
        errors.divide(1, 0)
    assert errors.divide(7, 2) == 3
    with pytest.raises(OverflowError):
        errors.overflow(10**7)
    with pytest.raises(FileNotFoundError):
        errors.read_file("/nonexistent/sharpbind/file.txt")


def test_stack_trace_is_in_the_note():
    with pytest.raises(RuntimeError) as error:
        errors.deep(3)
    note = error.value.__notes__[0]
    assert "System.InvalidOperationException" in note
    assert note.count("Deep") >= 3


def test_inner_exception_is_the_cause():
    with pytest.raises(RuntimeError, match="outer") as error:
        errors.with_inner()
    assert type(error.value.__cause__) is RuntimeError  # FormatException has no mapping of its own
    assert str(error.value.__cause__) == "inner"
    assert error.value.__cause__.__notes__ == ["C# exception System.FormatException"]


def test_process_survives_many_exceptions():
    for i in range(2000):
        with pytest.raises(KeyError):
            errors.throw("KeyNotFoundException", str(i))
    assert errors.divide(4, 2) == 2
