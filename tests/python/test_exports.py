"""[PyExport]: classes bound from the module without touching them, from the BCL (StringBuilder,
Version, Math) and from a library-like namespace of the fixtures (Tally, Token)."""

import pytest

import exports
from exports import CSharpMath, MemoryStream, Stream, StringBuilder, Tally, Token, Version


def test_string_builder_round_trip():
    sb = StringBuilder("a")
    sb.append("b")
    sb.append(1)
    assert str(sb) == "ab1"  # ToString is __str__
    assert sb.length == 3
    sb.length = 1  # a read-write property
    assert str(sb) == "a"


def test_overloads_pick_by_argument_type():
    sb = StringBuilder()
    sb.append(True).append(2.5).append("x").append("y", 3).append(None)
    assert str(sb) == "True2.5xyyy"
    assert str(StringBuilder("abcdef").remove(1, 2).insert(0, 7)) == "7adef"
    assert str(StringBuilder("a-b").replace("-", "+")) == "a+b"
    with pytest.raises(TypeError, match="append"):
        sb.append(object())


def test_constructor_overloads():
    assert str(StringBuilder()) == ""
    assert str(StringBuilder("text")) == "text"
    assert StringBuilder(100).capacity >= 100
    assert str(StringBuilder("abcdef", 1, 3, 16)) == "bcd"


def test_methods_returning_the_same_builder_keep_identity():
    sb = StringBuilder()
    assert sb.append("x") is sb
    assert sb.append(1).append(2) is sb


def test_exported_classes_cross_module_functions():
    sb = exports.builder("made in C#")
    assert type(sb) is StringBuilder
    assert exports.shout(sb) == "MADE IN C#"
    with pytest.raises(TypeError, match="StringBuilder"):
        exports.shout("not a builder")


def test_version():
    v = Version(1, 2, 3)
    assert (v.major, v.minor, v.build, v.revision) == (1, 2, 3, -1)
    assert str(v) == "1.2.3"
    assert str(Version("4.5")) == "4.5"
    assert str(Version.parse("6.7.8.9")) == "6.7.8.9"
    assert v.compare_to(Version(1, 3)) < 0
    assert exports.newer(Version(2, 0), v)
    assert str(exports.maybe_version("1.0")) == "1.0"
    assert exports.maybe_version("nonsense") is None
    with pytest.raises(ValueError):  # C#'s ArgumentException
        Version("nonsense")
    with pytest.raises(TypeError):
        class Newer(Version):  # sealed in C#
            pass


def test_static_class_is_a_namespace():
    assert CSharpMath.sqrt(16.0) == 4.0
    assert CSharpMath.abs(-3) == 3
    assert CSharpMath.max(1000, 2) == 1000
    assert CSharpMath.pi == pytest.approx(3.141592653589793)
    with pytest.raises(TypeError, match="static class"):
        CSharpMath()


def test_library_class():
    t = Tally(2)
    assert t.increment().increment(by=3) is t
    assert t.value == 6
    assert str(t) == "Tally(6)"
    assert t.add(Tally(4)).value == 10
    assert Tally.parse("5").value == 5
    assert exports.tally_from(7).value == 7
    # Members SharpBind cannot convert are left out (SB0041 lists them at build time).
    assert not hasattr(t, "stamp")
    assert not hasattr(t, "try_read")


def test_python_subclass_of_a_library_class_overrides_its_virtual():
    class Loud(Tally):
        def describe(self):
            return super().describe().upper() + "!"

    loud = Loud(3)
    assert exports.describe(loud) == "TALLY AT 3!"
    assert exports.describe(Tally(1)) == "tally at 1"


def test_class_without_public_constructor():
    token = exports.make_token("abc")
    assert token.text == "abc"
    assert exports.token_text(token) == "abc"
    with pytest.raises(TypeError, match="cannot create 'Token' instances"):
        Token()


def test_exported_base_class_keeps_the_hierarchy():
    assert issubclass(MemoryStream, Stream)
    stream = exports.open_memory(b"abc")
    assert type(stream) is MemoryStream  # typed as Stream in C#: Python sees the object's own class
    assert stream.read_byte() == ord("a")
    assert exports.remaining(stream) == 2
    m = MemoryStream()
    m.write(b"xyz", 0, 3)
    assert (m.length, m.to_array()) == (3, b"xyz")
    assert exports.remaining(m) == 0
    with pytest.raises(TypeError, match="cannot create 'Stream' instances"):
        Stream()


def test_a_closed_generic_class_is_exported_under_its_python_name():
    from exports import StringQueue

    jobs = exports.jobs()
    assert type(jobs) is StringQueue
    assert len(jobs) == 2 and jobs.peek() == "build"
    jobs.enqueue("ship")
    assert list(jobs) == ["build", "test", "ship"]
    assert "test" in jobs
    assert exports.drain_all(jobs) == "build,test,ship"
    assert len(jobs) == 0  # the same C# queue: C# drained it
    fresh = StringQueue()
    fresh.enqueue("x")
    assert fresh.dequeue() == "x"
    with pytest.raises(TypeError):
        fresh.enqueue(1)


def test_enums_the_user_cannot_annotate_are_exported():
    import enum

    from exports import Access, DayOfWeek

    assert issubclass(DayOfWeek, enum.IntEnum) and issubclass(Access, enum.IntFlag)
    assert DayOfWeek.SATURDAY == 6 and DayOfWeek.SUNDAY == 0
    assert exports.next_day(DayOfWeek.SATURDAY) is DayOfWeek.SUNDAY
    assert exports.can_write(Access.READ | Access.WRITE) and not exports.can_write(Access.READ)
    assert Access.READ_WRITE == Access.READ | Access.WRITE
    with pytest.raises(TypeError):
        exports.next_day("monday")


def test_a_struct_the_user_cannot_annotate_is_exported_as_a_value():
    from exports import DrawingPoint

    p = DrawingPoint(1, 2)
    assert (p.x, p.y) == (1, 2)
    q = exports.moved(p, 10, 20)
    assert (q.x, q.y) == (11, 22)
    assert (p.x, p.y) == (1, 2)  # passed by value: the C# copy moved, not p
    p.offset(1, 1)  # a method changes the Python object's own copy in place
    assert (p.x, p.y) == (2, 3)
    assert DrawingPoint(2, 3) == p and DrawingPoint(0, 0).is_empty


def test_an_interface_the_user_cannot_annotate_is_exported():
    from exports import IDisposable

    assert isinstance(exports.builder("x"), object)
    stream = MemoryStream()
    assert isinstance(stream, IDisposable)  # exported classes list their exported interfaces as bases
    exports.dispose_twice(stream)

    class Resource(IDisposable):  # a Python implementation of the C# interface
        def __init__(self):
            super().__init__()
            self.closed = 0

        def dispose(self):
            self.closed += 1

    resource = Resource()
    exports.dispose_twice(resource)
    assert resource.closed == 2
    with pytest.raises(TypeError):
        exports.dispose_twice(object())
