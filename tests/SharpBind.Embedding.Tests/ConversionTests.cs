using System;
using SharpBind;
using Xunit;

namespace SharpBind.Embedding.Tests;

public class ConversionTests
{
    [Fact]
    public void Primitives_round_trip()
    {
        using var gil = PythonFixture.Enter();
        Assert.True(PythonObject.From(true).As<bool>());
        Assert.Equal(-3, PythonObject.From((sbyte)-3).As<sbyte>());
        Assert.Equal(200, PythonObject.From((byte)200).As<byte>());
        Assert.Equal(-300, PythonObject.From((short)-300).As<short>());
        Assert.Equal(60000, PythonObject.From((ushort)60000).As<ushort>());
        Assert.Equal(int.MinValue, PythonObject.From(int.MinValue).As<int>());
        Assert.Equal(uint.MaxValue, PythonObject.From(uint.MaxValue).As<uint>());
        Assert.Equal(long.MaxValue, PythonObject.From(long.MaxValue).As<long>());
        Assert.Equal(ulong.MaxValue, PythonObject.From(ulong.MaxValue).As<ulong>());
        Assert.Equal(1.5f, PythonObject.From(1.5f).As<float>());
        Assert.Equal(Math.PI, PythonObject.From(Math.PI).As<double>());
        Assert.Equal('é', PythonObject.From('é').As<char>());
        Assert.Equal(new byte[] { 1, 2 }, PythonObject.From(new byte[] { 1, 2 }).As<byte[]>());
    }

    [Fact]
    public void Strings_keep_every_character()
    {
        using var gil = PythonFixture.Enter();
        foreach (string text in new[] { "", "ascii", "héllo", "😀 non-BMP", "nul\0inside", "\ud800 lone" })
        {
            using PythonObject str = PythonObject.From(text);
            Assert.Equal(text, str.As<string>());
        }
        Assert.Equal(5, Py.Eval<int>("len('😀 abc'.split()[1]) + 2"));
    }

    [Fact]
    public void Null_and_None()
    {
        using var gil = PythonFixture.Enter();
        Assert.True(PythonObject.From<string?>(null).IsNone);
        Assert.True(PythonObject.From<PythonObject?>(null).IsNone);
        Assert.Null(Py.None.As<string?>());
        Assert.Null(Py.None.As<byte[]?>());
    }

    [Fact]
    public void Wrong_types_and_overflow_are_reported()
    {
        using var gil = PythonFixture.Enter();
        InvalidCastException wrong = Assert.Throws<InvalidCastException>(() => PythonObject.From("x").As<int>());
        Assert.Contains("str", wrong.Message);
        Assert.Throws<InvalidCastException>(() => PythonObject.From(1.5).As<long>()); // floats are not truncated
        PythonException overflow = Assert.Throws<PythonException>(() => PythonObject.From(1L << 40).As<int>());
        Assert.Equal("OverflowError", overflow.PythonTypeName);
        Assert.False(PythonObject.From(300).TryAs(out byte _));
        Assert.True(PythonObject.From(3).TryAs(out double three));
        Assert.Equal(3.0, three);
        Assert.False(Gil.IsHeld && HasPendingError());
    }

    [Fact]
    public void Unsupported_value_types_raise()
    {
        using var gil = PythonFixture.Enter();
        PythonException error = Assert.Throws<PythonException>(() => PythonObject.From(new Range(1, 2)));
        Assert.Equal("TypeError", error.PythonTypeName);
        Assert.False(PythonObject.From(1).TryAs(out Range _));
    }

    [Fact]
    public void Typed_invoke_converts_in_and_out()
    {
        using var gil = PythonFixture.Enter();
        Py.Exec("def add(a, b):\n    return a + b\n");
        using PythonObject add = Py.Globals()["add"];
        Assert.Equal(5L, add.Invoke<long, long, long>(2, 3));
        Assert.Equal("ab", add.Invoke<string, string, string>("a", "b"));
        Assert.Equal(2.5, add.Invoke<double, int, double>(0.5, 2));
        Assert.Equal(6, add.Invoke<PythonObject, PythonObject, PythonObject>(PythonObject.From(2), PythonObject.From(4)).As<int>());
        Assert.Equal(3, Py.Eval("lambda: 3").Invoke<int>());
        Assert.Equal(4, Py.Eval("lambda x: x * 2").Invoke<int, int>(2));
        Assert.Equal(6, Py.Eval("lambda x, y, z: x + y + z").Invoke<int, int, int, int>(1, 2, 3));
        PythonException error = Assert.Throws<PythonException>(() => add.Invoke<int, string, int>(1, "x"));
        Assert.Equal("TypeError", error.PythonTypeName);
        Assert.Throws<InvalidCastException>(() => add.Invoke<string, string, int>("a", "b"));
    }

    private static unsafe bool HasPendingError() => Interop.CPython.PyErr_Occurred() != null;
}
