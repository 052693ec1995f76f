"""[PyClass] enums: C# enums as enum.IntEnum, [Flags] enums as enum.IntFlag."""

import enum
import inspect
import pickle
import sys

import pytest

import enums
from enums import Color, Distance, Lamp, LogLevel, Mask, Permissions, Tiny


def test_enum_classes_are_int_enum_and_int_flag():
    assert issubclass(Color, enum.IntEnum) and not issubclass(Color, enum.IntFlag)
    assert issubclass(Permissions, enum.IntFlag) and issubclass(Mask, enum.IntFlag)
    assert isinstance(Color.RED, int) and isinstance(Permissions.READ, int)
    for cls in (Color, Permissions, Distance, Tiny, Mask, LogLevel):
        assert cls.__module__ == "enums" and cls.__qualname__ == cls.__name__
        assert getattr(enums, cls.__name__) is cls


def test_member_names_are_upper_snake_case_with_renames():
    assert [(m.name, m.value) for m in Color] == [("RED", 0), ("GREEN", 1), ("DARK_BLUE", 2)]
    assert list(Color.__members__) == ["RED", "GREEN", "DARK_BLUE", "CRIMSON"]  # [PyName]; [PyIgnore] Count is left out
    assert Color.CRIMSON is Color.RED  # a C# alias is a Python alias
    assert [(m.name, m.value) for m in LogLevel] == [("DEBUG", 10), ("INFO", 20), ("WARN", 30)]
    assert Permissions.__members__["READ_WRITE"] == 3 and Permissions.NONE == 0


def test_every_underlying_type_keeps_its_values():
    assert Distance.LIGHT_YEAR == 9_460_730_472_580_800 and Distance.BACKWARDS == -1
    assert (Tiny.LOW, Tiny.ZERO, Tiny.HIGH) == (-128, 0, 127)
    assert (Mask.LOW, Mask.HIGH, Mask.ALL) == (1, 2**63, 2**64 - 1)
    for member in [*Color, *Permissions, *Distance, *Tiny, *Mask, *LogLevel]:
        echo = getattr(enums, "echo_" + {"LogLevel": "level"}.get(type(member).__name__, type(member).__name__.lower()))
        assert echo(member) is member  # the cached member object itself, not a copy


def test_docstrings():
    assert Color.__doc__ == (
        "Colours of the rainbow, some of them.\n\n"
        "Members:\n"
        "  RED: The colour of fire.\n"
        "  GREEN\n"
        "  DARK_BLUE: The colour of the deep sea.\n"
        "  CRIMSON: Another name for red.")
    assert Permissions.__doc__.startswith("What a user may do with a file.\n\nMembers:\n  NONE\n  READ\n")
    assert Tiny.__doc__ == "Members:\n  LOW\n  ZERO\n  HIGH"
    assert enums.next.__doc__ == "next(color: Color = Color.GREEN) -> Color\n\nThe next colour, wrapping round."


def test_round_trips_and_csharp_sees_the_value():
    assert enums.echo_color(Color.GREEN) is Color.GREEN
    assert enums.next(Color.DARK_BLUE) is Color.RED
    assert enums.color_name(Color.CRIMSON) == "Red"
    assert enums.distance_value(Distance.BACKWARDS) == -1
    assert enums.permission_bits(Permissions.READ | Permissions.EXECUTE) == 5


def test_flag_combinations():
    read_write = Permissions.READ | Permissions.WRITE
    assert enums.echo_permissions(read_write) is Permissions.READ_WRITE
    assert enums.echo_permissions(read_write) == Permissions.READ_WRITE == 3
    granted = enums.grant(Permissions.WRITE)
    assert type(granted) is Permissions and granted == Permissions.READ | Permissions.WRITE | Permissions.EXECUTE
    assert enums.can_write(read_write) and not enums.can_write(Permissions.READ | Permissions.EXECUTE)
    combined = Permissions.READ | Permissions.EXECUTE  # no member has 5: Python makes it, C# returns it
    assert enums.echo_permissions(combined) == combined and type(enums.echo_permissions(combined)) is Permissions
    high = Mask.HIGH | Mask.LOW
    assert enums.echo_mask(high) == 2**63 + 1 and enums.mask_of(2**63 + 1) == high
    assert enums.mask_of(2**64 - 1) is Mask.ALL


def test_undefined_csharp_values():
    # A flag combination that no member names is still a Permissions.
    everything = enums.all_bits()
    assert type(everything) is Permissions and everything == 255
    assert enums.echo_permissions(everything) == 255
    assert enums.all_bits() is everything  # made once, then cached
    # A plain enum cannot hold a value without a member: a clear ValueError, no crash.
    with pytest.raises(ValueError, match=r"C# returned 42, which is not a member of the Python enum enums\.Color"):
        enums.undefined()
    # A negative flag value: kept before Python 3.11; 3.11+ would change it, so it is refused.
    if sys.version_info < (3, 11):
        assert enums.negative_flags() == -3
    else:
        with pytest.raises(ValueError, match=r"C# returned -3, which the Python flag enum enums\.Signed cannot hold exactly"):
            enums.negative_flags()


def test_plain_ints_are_rejected():
    with pytest.raises(TypeError, match=r"^echo_color\(\): argument 'color' must be Color, not int\n    signature: echo_color\(color: Color\) -> Color$"):
        enums.echo_color(0)
    with pytest.raises(TypeError, match=r"echo_permissions\(\): argument 'permissions' must be Permissions, not int"):
        enums.echo_permissions(3)
    with pytest.raises(TypeError, match=r"must be Color, not bool"):
        enums.echo_color(True)
    with pytest.raises(TypeError, match=r"must be Color, not NoneType"):
        enums.echo_color(None)
    with pytest.raises(TypeError, match=r"must be Color, not str"):
        enums.echo_color("RED")


def test_members_of_other_enums_are_rejected():
    with pytest.raises(TypeError, match=r"echo_color\(\): argument 'color' must be Color, not Permissions"):
        enums.echo_color(Permissions.READ)
    with pytest.raises(TypeError, match=r"echo_level\(\): argument 'level' must be LogLevel, not Color"):
        enums.echo_level(Color.RED)

    class Impostor(enum.IntEnum):
        RED = 0

    with pytest.raises(TypeError, match=r"must be Color, not Impostor"):
        enums.echo_color(Impostor.RED)


def test_flag_values_beyond_the_underlying_type_overflow():
    with pytest.raises(OverflowError, match=r"echo_permissions\(\): argument 'permissions': .* is out of range for C# byte \(enum Permissions\), which holds 0 to 255"):
        enums.echo_permissions(Permissions(256))
    with pytest.raises(OverflowError, match=r"out of range for C# ulong \(enum Mask\), which holds 0 to 18446744073709551615"):
        enums.echo_mask(Mask(2**64))


def test_nullable_enum_accepts_none():
    assert enums.echo_maybe() is None
    assert enums.echo_maybe(None) is None
    assert enums.echo_maybe(Color.GREEN) is Color.GREEN
    with pytest.raises(TypeError, match=r"echo_maybe\(\): argument 'color' must be Color \| None, not int"):
        enums.echo_maybe(1)


def test_defaults_show_members_and_apply():
    assert enums.next() is Color.DARK_BLUE  # the default is GREEN
    assert enums.distance_value() == Distance.LIGHT_YEAR
    assert enums.grant(Permissions.NONE) == Permissions.READ | Permissions.EXECUTE
    assert enums.next.__text_signature__ == "($module, /, color=enums.Color.GREEN)"
    assert inspect.signature(enums.next).parameters["color"].default is Color.GREEN
    # A default no single member has shows as its number.
    assert "extra: Permissions = 5" in enums.grant.__doc__
    assert inspect.signature(enums.grant).parameters["extra"].default == 5
    # Methods find the member through sys.modules (their signatures carry the module name).
    assert inspect.signature(Lamp.paint).parameters["over"].default is Color.DARK_BLUE


def test_enums_behave_as_ints():
    assert Color.GREEN == 1 and hash(Color.GREEN) == hash(1)
    assert Color.RED < Color.GREEN < Color.DARK_BLUE
    assert {1: "one"}[Color.GREEN] == "one"
    assert int(Color.DARK_BLUE) == 2 and Color.DARK_BLUE + 1 == 3
    assert Permissions.READ | 2 == Permissions.READ_WRITE
    assert Color(1) is Color.GREEN and Color["DARK_BLUE"] is Color.DARK_BLUE


def test_module_attributes():
    assert enums.favorite is Color.DARK_BLUE
    assert type(enums.everything) is Permissions and enums.everything == Permissions.READ | Permissions.WRITE | Permissions.EXECUTE


def test_class_properties_and_methods():
    lamp = Lamp()
    assert lamp.color is Color.RED and lamp.access is None
    lamp.color = Color.GREEN
    assert lamp.color is Color.GREEN
    lamp.access = Permissions.READ | Permissions.WRITE
    assert lamp.access is Permissions.READ_WRITE
    lamp.access = None
    assert lamp.access is None
    assert lamp.paint() is Color.DARK_BLUE and lamp.color is Color.DARK_BLUE
    assert Lamp(Color.CRIMSON).color is Color.RED
    with pytest.raises(TypeError, match=r"Lamp\.color\(\): argument 'value' must be Color, not int"):
        lamp.color = 2
    with pytest.raises(TypeError, match=r"Lamp\(\): argument 'color' must be Color, not Permissions"):
        Lamp(Permissions.READ)


def test_members_pickle():
    assert pickle.loads(pickle.dumps(Color.DARK_BLUE)) is Color.DARK_BLUE
    assert pickle.loads(pickle.dumps(Permissions.READ_WRITE)) is Permissions.READ_WRITE


def test_every_interpreter_builds_the_same_enums(module_dir, repo_root):
    # The functional API differs between 3.9 and 3.13 (flag boundaries, reprs); the one binary serves all.
    from test_loading import _python_interpreters, _run

    for python in _python_interpreters():
        result = _run(python, """
            import enum, enums
            from enums import Color, Permissions
            assert issubclass(Color, enum.IntEnum) and issubclass(Permissions, enum.IntFlag)
            assert enums.echo_color(Color.GREEN) is Color.GREEN and enums.favorite is Color.DARK_BLUE
            assert enums.echo_permissions(Permissions.READ | Permissions.WRITE) is Permissions.READ_WRITE
            assert enums.all_bits() == 255 and enums.mask_of(2**64 - 1) is enums.Mask.ALL
            try:
                enums.undefined()
            except ValueError:
                pass
            else:
                raise AssertionError("no ValueError")
            try:
                enums.echo_permissions(~Permissions.READ)  # -2 before 3.11, 6 since
            except OverflowError:
                pass
            try:
                assert enums.negative_flags() == -3  # before 3.11
            except ValueError:
                pass  # 3.11+
            print("ok")
        """, module_dir, repo_root)
        assert result.returncode == 0, (python, result.stderr)
        assert result.stdout.strip() == "ok"


def test_enums_inside_collections_and_callbacks():
    from enums import Color, EnumCollections, Permissions

    assert EnumCollections.reverse([Color.RED, Color.DARK_BLUE]) == [Color.DARK_BLUE, Color.RED]
    counts = EnumCollections.count([Color.RED, None, Color.RED, Color.GREEN])
    assert counts == {Color.RED: 2, Color.GREEN: 1}
    assert all(type(key) is Color for key in counts)
    assert EnumCollections.combine(lambda p: p | Permissions.WRITE) == Permissions.READ | Permissions.WRITE
    with pytest.raises(TypeError, match=r"item 1 must be Color, not int"):
        EnumCollections.reverse([Color.RED, 1])
