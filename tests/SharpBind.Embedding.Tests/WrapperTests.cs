using System.Linq;
using SharpBind;
using Xunit;

namespace SharpBind.Embedding.Tests;

public class WrapperTests
{
    [Fact]
    public void List()
    {
        using var gil = PythonFixture.Enter();
        using var list = new PythonList(1, "two");
        list.Append(3.0);
        list.Append<long>(4);
        list.Insert(0, null);
        Assert.Equal(5, list.Count);
        Assert.Equal("[None, 1, 'two', 3.0, 4]", list.Repr());
        using PythonTuple tuple = list.ToTuple();
        Assert.Equal(5, tuple.Count);
    }

    [Fact]
    public void Dict()
    {
        using var gil = PythonFixture.Enter();
        using var dict = new PythonDict { ["a"] = 1, ["b"] = 2 };
        Assert.Equal(2, dict.Count);
        Assert.True(dict.ContainsKey("a"));
        Assert.Null(dict.Get("zzz"));
        Assert.Equal(2, dict.Get("b")!.As<int>());
        Assert.True(dict.Remove("a"));
        Assert.False(dict.Remove("a"));
        Assert.Equal(new[] { "b" }, dict.Keys().Select(k => k.As<string>()));
        Assert.Equal("[('b', 2)]", dict.Items().Repr());
        using PythonDict copy = dict.CopyDict();
        copy["c"] = 3;
        Assert.Equal(1, dict.Count);
        PythonException unhashable = Assert.Throws<PythonException>(() => dict.Get(new PythonList()));
        Assert.Equal("TypeError", unhashable.PythonTypeName);
    }

    [Fact]
    public void Scalars_tuple_bytes_str()
    {
        using var gil = PythonFixture.Enter();
        Assert.Equal("(1, 'x', None)", new PythonTuple(1, "x", null).Repr());
        Assert.Equal(ulong.MaxValue, new PythonInt(ulong.MaxValue).As<ulong>());
        Assert.Equal(-5, new PythonInt(-5).As<long>());
        Assert.Equal(0.25, new PythonFloat(0.25).Value);
        using var bytes = new PythonBytes(new byte[] { 0, 1, 255 });
        Assert.Equal(3, bytes.Length);
        Assert.Equal(new byte[] { 0, 1, 255 }, bytes.ToArray());
        Assert.Equal(2, new PythonStr("😀x").Length); // code points, not UTF-16 units
    }

    [Fact]
    public void As_a_wrapper_checks_the_Python_type()
    {
        using var gil = PythonFixture.Enter();
        using PythonObject list = Py.Eval("[1, 2]");
        using PythonList typed = list.As<PythonList>();
        Assert.Equal(2, typed.Count);
        Assert.Throws<System.InvalidCastException>(() => list.As<PythonDict>());
        Assert.False(list.TryAs(out PythonTuple _));
        Assert.True(Py.Eval("True").TryAs(out PythonInt _)); // bool is an int
        Assert.True(Py.Import("os").TryAs(out PythonModule _));
        Assert.True(Py.Eval("1.5").TryAs(out PythonFloat _));
        Assert.True(Py.Eval("b'x'").TryAs(out PythonBytes _));
        Assert.True(Py.Eval("'x'").TryAs(out PythonStr _));
        Assert.True(Py.Eval("{}").TryAs(out PythonDict _));
    }

    [Fact]
    public void TryAs_a_wrapper_does_not_throw_when_the_type_check_raises()
    {
        using var gil = PythonFixture.Enter();
        // isinstance() asks for __class__ when the type does not match; here that raises.
        using PythonObject odd = Py.Eval("type('Odd', (), {'__class__': property(lambda self: 1 / 0)})()");
        Assert.False(odd.TryAs(out PythonFloat _));
        Assert.False(odd.TryAs(out PythonModule _));
        Assert.Equal(2, Py.Eval<int>("1 + 1")); // no Python error was left pending
        PythonException error = Assert.Throws<PythonException>(() => odd.As<PythonFloat>());
        Assert.Equal("ZeroDivisionError", error.PythonTypeName);
    }
}
