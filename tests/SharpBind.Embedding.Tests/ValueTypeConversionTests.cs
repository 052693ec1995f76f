using System;
using System.IO;
using System.Numerics;
using SharpBind;
using Xunit;

namespace SharpBind.Embedding.Tests;

/// <summary>The object API converts dates, big numbers, decimal, Guid, byte memory and paths as bindings do.</summary>
public class ValueTypeConversionTests
{
    [Fact]
    public void Value_types_round_trip()
    {
        using var gil = PythonFixture.Enter();
        var when = new DateTimeOffset(2024, 3, 4, 5, 6, 7, TimeSpan.FromMinutes(330));
        Assert.Equal(when, PythonObject.From(when).As<DateTimeOffset>());
        Assert.Equal(new DateOnly(2024, 2, 29), PythonObject.From(new DateOnly(2024, 2, 29)).As<DateOnly>());
        Assert.Equal(TimeSpan.FromDays(-3.5), PythonObject.From(TimeSpan.FromDays(-3.5)).As<TimeSpan>());
        Assert.Equal(new TimeOnly(23, 59, 59), PythonObject.From(new TimeOnly(23, 59, 59)).As<TimeOnly>());
        Assert.Equal(-BigInteger.Pow(3, 200), PythonObject.From(-BigInteger.Pow(3, 200)).As<BigInteger>());
        Assert.Equal(Int128.MinValue, PythonObject.From(Int128.MinValue).As<Int128>());
        Assert.Equal(UInt128.MaxValue, PythonObject.From(UInt128.MaxValue).As<UInt128>());
        Assert.Equal(new Complex(1, -2), PythonObject.From(new Complex(1, -2)).As<Complex>());
        Assert.Equal("1.50", PythonObject.From(1.50m).As<decimal>().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Guid id = Guid.NewGuid();
        Assert.Equal(id, PythonObject.From(id).As<Guid>());
        Assert.Equal(new byte[] { 1, 2 }, PythonObject.From(new ReadOnlyMemory<byte>(new byte[] { 1, 2 })).As<Memory<byte>>().ToArray());
    }

    [Fact]
    public void Python_values_become_csharp_values()
    {
        using var gil = PythonFixture.Enter();
        Assert.Equal(new DateTime(2024, 1, 1, 12, 0, 0, DateTimeKind.Utc),
            Py.Eval<DateTime>("__import__('datetime').datetime(2024, 1, 1, 17, 30, tzinfo=__import__('datetime').timezone(__import__('datetime').timedelta(hours=5, minutes=30)))"));
        Assert.Equal(DateTimeKind.Utc, Py.Eval<DateTime>("__import__('datetime').datetime(2024, 1, 1, tzinfo=__import__('datetime').timezone.utc)").Kind);
        Assert.Equal(0.1m, Py.Eval<decimal>("__import__('decimal').Decimal('0.1')"));
        Assert.Equal(BigInteger.Pow(2, 100), Py.Eval<BigInteger>("2 ** 100"));
        using PythonObject path = PythonObject.From(new FileInfo("some/file.txt"));
        Assert.Equal("file.txt", path.GetAttr<string>("name")); // a pathlib.Path
        Assert.Equal("file.txt", path.As<FileInfo>().Name);
        Assert.Null(Py.None.As<FileInfo?>());
    }

    [Fact]
    public void Bad_values_are_reported()
    {
        using var gil = PythonFixture.Enter();
        PythonException overflow = Assert.Throws<PythonException>(() => Py.Eval<Int128>("2 ** 127"));
        Assert.Equal("OverflowError", overflow.PythonTypeName);
        PythonException nan = Assert.Throws<PythonException>(() => Py.Eval<decimal>("__import__('decimal').Decimal('NaN')"));
        Assert.Equal("ValueError", nan.PythonTypeName);
        Assert.Throws<InvalidCastException>(() => Py.Eval<Guid>("'not a uuid object'"));
        Assert.Throws<InvalidCastException>(() => Py.Eval<DateOnly>("1.5"));
    }
}
