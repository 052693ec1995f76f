using System;
using System.Collections.Generic;
using SharpBind;
using Xunit;

namespace SharpBind.Embedding.Tests;

/// <summary>Nullable values and collections through <c>PythonObject.From</c> and the <c>As*</c> methods.</summary>
public class CollectionConversionTests
{
    [Fact]
    public void Nullable_values_are_None_or_the_value()
    {
        using var gil = PythonFixture.Enter();
        using PythonObject none = PythonObject.From<int?>(null);
        Assert.True(none.IsNone);
        Assert.Null(none.As<int?>());
        using PythonObject five = PythonObject.From<int?>(5);
        Assert.Equal("5", five.Repr());
        Assert.Equal(5, five.As<int?>());
        Assert.Equal(2.5, Py.Eval("2.5").As<double?>());
        Assert.Null(Py.Eval("None").As<bool?>());
        Assert.Throws<InvalidCastException>(() => Py.Eval("'x'").As<long?>());
        Assert.Throws<PythonException>(() => Py.Eval("2**70").As<long?>()); // OverflowError
    }

    [Fact]
    public void Collections_become_lists_dicts_and_tuples_and_nest()
    {
        using var gil = PythonFixture.Enter();
        using PythonObject list = PythonObject.From(new List<int> { 1, 2, 3 });
        Assert.Equal("[1, 2, 3]", list.Repr());
        using PythonObject array = PythonObject.From(new[] { "a", null });
        Assert.Equal("['a', None]", array.Repr());
        using PythonObject dict = PythonObject.From(new Dictionary<string, double> { ["x"] = 1.5 });
        Assert.Equal("{'x': 1.5}", dict.Repr());
        using PythonObject tuple = PythonObject.From((1, "two", 3.0, (int?)null));
        Assert.Equal("(1, 'two', 3.0, None)", tuple.Repr());
        using PythonObject nested = PythonObject.From(new Dictionary<string, List<(int, bool)>> { ["k"] = [(1, true)] });
        Assert.Equal("{'k': [(1, True)]}", nested.Repr());
        using PythonObject set = PythonObject.FromSet(new[] { 3, 3, 4 });
        Assert.Equal("{3, 4}", set.Repr());
    }

    [Fact]
    public void A_collection_element_that_cannot_convert_raises_and_leaks_nothing()
    {
        using var gil = PythonFixture.Enter();
        PythonException error = Assert.Throws<PythonException>(() => PythonObject.From(new List<object> { 1, new Version(1, 0) }));
        Assert.Equal("TypeError", error.PythonTypeName);
        Assert.Throws<InvalidOperationException>(() => PythonObject.From(Throwing()));

        static IEnumerable<int> Throwing()
        {
            yield return 1;
            throw new InvalidOperationException("the collection's own code failed");
        }
    }

    [Fact]
    public void Python_containers_become_CSharp_collections()
    {
        using var gil = PythonFixture.Enter();
        Assert.Equal([1L, 2L, 3L], Py.Eval("[1, 2, 3]").AsList<long>());
        Assert.Equal(["a", "b"], Py.Eval("('a', 'b')").AsArray<string>());
        Assert.Equal(new HashSet<int> { 1, 2 }, Py.Eval("frozenset({1, 2})").AsSet<int>());
        Dictionary<string, double?> dict = Py.Eval("{'x': 1.5, 'y': None}").AsDictionary<string, double?>();
        Assert.Equal(1.5, dict["x"]);
        Assert.Null(dict["y"]);
        // Any mapping with items(), here a collections.Counter.
        Assert.Equal(2, Py.Eval("__import__('collections').Counter('abca')").AsDictionary<string, int>()["a"]);
        Assert.Throws<InvalidCastException>(() => Py.Eval("[1, 'x']").AsList<int>());
    }

    [Fact]
    public void A_generator_is_enumerated_lazily()
    {
        using var gil = PythonFixture.Enter();
        Py.Exec("import itertools\npulled = []\ndef numbers():\n    for i in itertools.count():\n        pulled.append(i)\n        yield i * i\n");
        using PythonObject generator = Py.Eval("numbers()");
        var firstThree = new List<long>();
        foreach (long square in generator.AsEnumerable<long>())
        {
            firstThree.Add(square);
            if (firstThree.Count == 3)
            {
                break;
            }
        }
        Assert.Equal([0L, 1L, 4L], firstThree);
        Assert.Equal(3, Py.Eval<int>("len(pulled)")); // an endless generator, pulled only as far as needed
        PythonException error = Assert.Throws<PythonException>(() => Py.Eval("(1 // (2 - i) for i in range(5))").AsList<int>());
        Assert.Equal("ZeroDivisionError", error.PythonTypeName);
    }

    [Fact]
    public void A_collection_that_contains_itself_raises_instead_of_overflowing_the_stack()
    {
        using var gil = PythonFixture.Enter();
        var list = new System.Collections.Generic.List<object>();
        list.Add(list);
        PythonException error = Assert.Throws<PythonException>(() => PythonObject.From(list));
        Assert.Equal("RecursionError", error.PythonTypeName);
        Assert.Equal(2, Py.Eval<int>("1 + 1")); // no Python error was left pending
    }
}
