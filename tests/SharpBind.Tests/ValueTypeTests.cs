using Xunit;

namespace SharpBind.Tests;

/// <summary>
/// The well-known value types (dates, big numbers, decimal, Guid, byte memory, paths) map to their
/// runtime converters as parameters, returns, nullable values, container elements and properties.
/// </summary>
public class ValueTypeTests
{
    [Fact]
    public void ValueTypesCompileCleanly()
    {
        GeneratorResult result = GeneratorHarness.Run("""
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Numerics;
            using SharpBind;
            [PyModule("m")] public static class M
            {
                public static DateTime A(DateTime a, DateTimeOffset b, DateOnly c, TimeOnly d, TimeSpan? e = null) => a;
                public static BigInteger B(Complex a, Int128 b, UInt128 c, decimal d, Guid? e) => 0;
                public static Memory<byte> C(ReadOnlyMemory<byte> a, FileInfo b, DirectoryInfo? c, FileSystemInfo d) => default;
                public static Dictionary<Guid, decimal?> D(List<DateTime?> a, (TimeSpan, FileInfo?) b, Func<decimal, BigInteger> f) => new();
                public const decimal Price = 1.5m;
                public static readonly DateOnly Epoch = new(1970, 1, 1);
            }
            [PyClass] public class P { public P() { } public DateTimeOffset When { get; set; } public FileInfo? File { get; set; } }
            """);
        Assert.Empty(result.GeneratorDiagnostics);
        result.AssertCompilesCleanly();
        string text = Assert.Single(result.Sources).Text;
        Assert.Contains("a(a: datetime, b: datetime, c: date, d: time, e: timedelta | None = None) -> datetime", text);
        Assert.Contains("b(a: complex, b: int, c: int, d: Decimal, e: UUID | None) -> int", text);
        Assert.Contains("c(a: bytes, b: Path, c: Path | None, d: Path) -> bytes", text);
        Assert.Contains("d(a: list[datetime | None], b: tuple[timedelta, Path | None], f: Callable[[Decimal], int]) -> dict[UUID, Decimal | None]", text);
        Assert.Contains("default(global::SharpBind.Internal.Converters.DateTimeConverter).TryFrom", text);
        Assert.Contains("ListConverter<global::System.Collections.Generic.List<global::System.DateTime?>, global::System.DateTime?, global::SharpBind.Internal.Converters.NullableConverter<global::System.DateTime, global::SharpBind.Internal.Converters.DateTimeConverter>>", text);
        Assert.Contains("NullableReferenceConverter<global::System.IO.FileInfo, global::SharpBind.Internal.Converters.FileInfoConverter>", text);
        Assert.Contains("default(global::SharpBind.Internal.Converters.DecimalConverter).To(", text); // the constant
        Assert.Contains("default(global::SharpBind.Internal.Converters.DateOnlyConverter).To(", text);
    }

    [Fact]
    public void ValueTypesInOverridesAndProtocols()
    {
        GeneratorResult result = GeneratorHarness.Run("""
            using System;
            using System.Numerics;
            using SharpBind;
            [PyModule("m")] public static class M { }
            [PyClass] public abstract class Clock
            {
                public abstract DateTimeOffset Now();
                public virtual decimal Rate(Guid id, TimeSpan? window) => 0m;
                public static Clock operator +(Clock a, TimeSpan b) => a;
                public BigInteger this[Guid id] => 0;
            }
            """);
        Assert.Empty(result.GeneratorDiagnostics); // no SB0016 (no proxy) or SB0020 (protocol not bound)
        result.AssertCompilesCleanly();
        string text = Assert.Single(result.Sources).Text;
        Assert.Contains("override global::System.DateTimeOffset Now()", text);
        Assert.Contains("override decimal Rate(", text);
    }
}
