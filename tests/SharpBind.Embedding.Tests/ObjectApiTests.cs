using System.Collections.Generic;
using System.Linq;
using SharpBind;
using Xunit;

namespace SharpBind.Embedding.Tests;

public class ObjectApiTests
{
    [Fact]
    public void Import_and_call_a_function()
    {
        using var gil = PythonFixture.Enter();
        using PythonModule math = Py.Import("math");
        using PythonObject sqrt = math.GetAttr("sqrt");
        Assert.Equal(4.0, sqrt.Invoke<double, double>(16));
        using PythonObject result = sqrt.Call(PythonObject.From(25));
        Assert.Equal(5.0, result.As<double>());
        Assert.Equal("math", math.Name);
        Assert.True(math.Dict.ContainsKey("pi"));
    }

    [Fact]
    public void Attributes_can_be_read_written_tested_and_deleted()
    {
        using var gil = PythonFixture.Enter();
        using PythonObject ns = Py.Import("types").CallMethod("SimpleNamespace");
        ns.SetAttr("answer", 42);
        Assert.True(ns.HasAttr("answer"));
        Assert.Equal(42, ns.GetAttr<int>("answer"));
        ns.DelAttr("answer");
        Assert.False(ns.HasAttr("answer"));
        PythonException error = Assert.Throws<PythonException>(() => ns.GetAttr("answer"));
        Assert.Equal("AttributeError", error.PythonTypeName);
    }

    [Fact]
    public void Calls_take_positional_and_keyword_arguments()
    {
        using var gil = PythonFixture.Enter();
        using PythonObject sorted = Py.Builtins.GetAttr("sorted");
        using var items = new PythonList(3, 1, 2);
        using PythonObject descending = sorted.Call([items], new PythonDict { ["reverse"] = true });
        Assert.Equal("[3, 2, 1]", descending.Repr());

        using PythonObject template = PythonObject.From("{a}-{b}");
        using PythonObject text = template.CallMethod("format", [], new PythonDict { ["a"] = 1, ["b"] = "x" });
        Assert.Equal("1-x", text.ToString());
        Assert.True(sorted.IsCallable);
        Assert.False(items.IsCallable);
    }

    [Fact]
    public void Items_are_read_written_and_deleted()
    {
        using var gil = PythonFixture.Enter();
        using var list = new PythonList(10, 20, 30);
        Assert.Equal(30, list[-1].As<int>());
        list[0] = "first";
        Assert.Equal("first", list[0].As<string>());
        list.DelItem(1);
        Assert.Equal(2, list.Count);

        using var dict = new PythonDict { ["a"] = 1.5 };
        dict[PythonObject.From(7)] = "seven";
        Assert.Equal(1.5, dict["a"].As<double>());
        Assert.Equal("seven", dict[7].As<string>());
        PythonException missing = Assert.Throws<PythonException>(() => dict["nope"]);
        Assert.Equal("KeyError", missing.PythonTypeName);
    }

    [Fact]
    public void Objects_are_enumerable()
    {
        using var gil = PythonFixture.Enter();
        using PythonObject range = Py.Eval("range(5)");
        Assert.Equal(new[] { 0, 1, 2, 3, 4 }, range.Select(item => item.As<int>()).ToArray());
        using PythonObject gen = Py.Eval("(c for c in 'abc')");
        var letters = new List<string>();
        foreach (PythonObject letter in gen)
        {
            using (letter)
            {
                letters.Add(letter.As<string>());
            }
        }
        Assert.Equal(new[] { "a", "b", "c" }, letters);
        Assert.Empty(gen); // exhausted
    }

    [Fact]
    public void Iteration_errors_become_exceptions()
    {
        using var gil = PythonFixture.Enter();
        Py.Exec("def failing():\n    yield 1\n    raise ValueError('boom')\n");
        using PythonObject gen = Py.Eval("failing()");
        PythonException error = Assert.Throws<PythonException>(() => gen.Select(x => x.As<int>()).ToList());
        Assert.Equal("ValueError", error.PythonTypeName);
        Assert.Contains("boom", error.Message);
    }

    [Fact]
    public void Arithmetic_and_bitwise_operators_follow_Python()
    {
        using var gil = PythonFixture.Enter();
        PythonObject seven = 7, two = 2;
        Assert.Equal(9, (seven + two).As<int>());
        Assert.Equal(5, (seven - two).As<int>());
        Assert.Equal(14, (seven * two).As<int>());
        Assert.Equal(3.5, (seven / two).As<double>());
        Assert.Equal(1, (seven % two).As<int>());
        Assert.Equal(3, seven.FloorDivide(two).As<int>());
        Assert.Equal(49, seven.Power(two).As<int>());
        Assert.Equal(2, (seven & two).As<int>());
        Assert.Equal(7, (seven | two).As<int>());
        Assert.Equal(5, (seven ^ two).As<int>());
        Assert.Equal(28, (seven << two).As<int>());
        Assert.Equal(1, (seven >> two).As<int>());
        Assert.Equal(-7, (-seven).As<int>());
        Assert.Equal(-8, (~seven).As<int>());
        Assert.Equal(7, (-seven).Abs().As<int>());
        using PythonObject words = PythonObject.From("ab") * PythonObject.From(2);
        Assert.Equal("abab", words.ToString());
        PythonException error = Assert.Throws<PythonException>(() => seven / PythonObject.From(0));
        Assert.Equal("ZeroDivisionError", error.PythonTypeName);
        PythonException typeError = Assert.Throws<PythonException>(() => seven + PythonObject.From("x"));
        Assert.Equal("TypeError", typeError.PythonTypeName);
    }

    [Fact]
    public void Comparisons_equality_identity_and_hashing()
    {
        using var gil = PythonFixture.Enter();
        PythonObject one = 1, two = 2, oneFloat = 1.0;
        Assert.True(one < two);
        Assert.True(one <= oneFloat);
        Assert.True(two > one);
        Assert.True(two >= PythonObject.From(2));
        Assert.True(one == oneFloat);
        Assert.True(one != two);
        Assert.False(one.Is(oneFloat));
        Assert.True(one.Is(one.Copy()));
        Assert.Equal(one.GetHashCode(), oneFloat.GetHashCode());
        Assert.Equal(1, one.Hash());
        Assert.True(new HashSet<PythonObject> { one, oneFloat }.Count == 1);
        PythonObject? nothing = null;
        Assert.True(nothing == null);
        Assert.False(one == nothing);
        using var list = new PythonList();
        PythonException unhashable = Assert.Throws<PythonException>(() => list.Hash());
        Assert.Equal("TypeError", unhashable.PythonTypeName);
        PythonException unordered = Assert.Throws<PythonException>(() => one < PythonObject.From("a"));
        Assert.Equal("TypeError", unordered.PythonTypeName);
    }

    [Fact]
    public void Type_isinstance_repr_str_len_contains_truth()
    {
        using var gil = PythonFixture.Enter();
        using PythonObject text = PythonObject.From("hé");
        using PythonObject str = Py.Builtins.GetAttr("str");
        using PythonObject intType = Py.Builtins.GetAttr("int");
        Assert.True(text.IsInstance(str));
        Assert.False(text.IsInstance(intType));
        Assert.True(text.Type.Is(str));
        Assert.Equal("'hé'", text.Repr());
        Assert.Equal("hé", text.ToString());
        Assert.Equal(2, text.Len());
        Assert.True(text.Contains("é"));
        Assert.True(text.IsTrue());
        Assert.False(PythonObject.From("").IsTrue());
        Assert.True(Py.None.IsNone);
        Assert.Contains("upper", text.Dir().Select(name => name.ToString()));
    }

    [Fact]
    public void Handles_own_their_reference()
    {
        using var gil = PythonFixture.Enter();
        using PythonObject getrefcount = Py.Import("sys").GetAttr("getrefcount");
        using PythonObject target = Py.Eval("object()");
        long before = getrefcount.Invoke<PythonObject, long>(target);
        PythonObject second = target.Copy();
        Assert.Equal(before + 1, getrefcount.Invoke<PythonObject, long>(target));
        second.Dispose();
        second.Dispose(); // twice is harmless
        Assert.Equal(before, getrefcount.Invoke<PythonObject, long>(target));
        Assert.True(second.IsDisposed);
        Assert.Throws<System.ObjectDisposedException>(() => second.Repr());

        unsafe
        {
            // Detach hands the reference over; FromOwned takes it back.
            using PythonObject third = target.Copy();
            Interop.PyObject* raw = third.Detach();
            Assert.True(third.IsDisposed);
            using PythonObject again = PythonObject.FromOwned(raw);
            Assert.True(again.Is(target));
        }
        Assert.Equal(before, getrefcount.Invoke<PythonObject, long>(target));
    }

    [Fact]
    public void Typed_calls_with_two_handles_pass_them_through_and_keep_their_counts()
    {
        using var gil = PythonFixture.Enter();
        using PythonObject getrefcount = Py.Import("sys").GetAttr("getrefcount");
        // The callee sees the very objects (3.12+ passes them borrowed, older versions in a tuple),
        // and afterwards both arguments hold exactly the references they held before.
        using PythonObject pair = Py.Eval("lambda a, b: (a, b, a is b)");
        using PythonObject x = Py.Eval("object()"), y = Py.Eval("object()");
        long beforeX = getrefcount.Invoke<PythonObject, long>(x), beforeY = getrefcount.Invoke<PythonObject, long>(y);
        using (PythonObject result = pair.Invoke<PythonObject, PythonObject, PythonObject>(x, y))
        {
            using PythonObject first = result[0], second = result[1], same = result[2];
            Assert.True(first.Is(x));
            Assert.True(second.Is(y));
            Assert.False(same.IsTrue());
        }
        using PythonObject add = Py.Eval("lambda a, b: a + b");
        using PythonObject two = 2, forty = 40;
        for (int i = 0; i < 1000; i++)
        {
            Assert.Equal(42, add.Invoke<PythonObject, PythonObject, long>(forty, two));
        }
        Assert.Equal(beforeX, getrefcount.Invoke<PythonObject, long>(x));
        Assert.Equal(beforeY, getrefcount.Invoke<PythonObject, long>(y));
    }
}
