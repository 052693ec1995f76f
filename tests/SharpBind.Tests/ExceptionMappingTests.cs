using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SharpBind.Internal;
using Xunit;

namespace SharpBind.Tests;

/// <summary>Which Python exception each C# exception becomes, and the note that says where it came from.</summary>
public class ExceptionMappingTests
{
    public sealed class CustomException : Exception
    {
    }

    // Exception types travel as Type and the expected kind as a name: PythonErrorKind is internal.
    public static TheoryData<Type, string> Mappings => new()
    {
        { typeof(KeyNotFoundException), "KeyError" },
        { typeof(IndexOutOfRangeException), "IndexError" },
        { typeof(ArgumentException), "ValueError" },
        { typeof(ArgumentNullException), "ValueError" },
        { typeof(ArgumentOutOfRangeException), "ValueError" },
        { typeof(InvalidCastException), "TypeError" },
        { typeof(OverflowException), "OverflowError" },
        { typeof(DivideByZeroException), "ZeroDivisionError" },
        { typeof(ArithmeticException), "ArithmeticError" },
        { typeof(NotImplementedException), "NotImplementedError" },
        { typeof(NotSupportedException), "NotImplementedError" },
        { typeof(PlatformNotSupportedException), "NotImplementedError" }, // a NotSupportedException
        { typeof(OutOfMemoryException), "MemoryError" },
        { typeof(FileNotFoundException), "FileNotFoundError" },
        { typeof(DirectoryNotFoundException), "FileNotFoundError" },
        { typeof(UnauthorizedAccessException), "PermissionError" },
        { typeof(TimeoutException), "TimeoutError" },
        { typeof(IOException), "OSError" },
        { typeof(EndOfStreamException), "OSError" },                      // an IOException
        { typeof(InvalidOperationException), "RuntimeError" },
        { typeof(ObjectDisposedException), "RuntimeError" },              // an InvalidOperationException
        { typeof(CustomException), "RuntimeError" },
        { typeof(Exception), "RuntimeError" },
    };

    [Theory]
    [MemberData(nameof(Mappings))]
    public void Classify(Type exceptionType, string expected)
    {
        var exception = (Exception)(exceptionType == typeof(ObjectDisposedException)
            ? new ObjectDisposedException("thing")
            : Activator.CreateInstance(exceptionType)!);

        Assert.Equal(expected, ExceptionMapping.Classify(exception).ToString());
    }

    // Every Python kind is reachable from some C# exception, so none is dead code.
    [Fact]
    public void MappingsCoverEveryKind()
    {
        IEnumerable<string> covered = Mappings.Select(row => (string)row[1]);
        Assert.Empty(Enum.GetNames<PythonErrorKind>().Except(covered));
    }

    [Fact]
    public void NoteNamesTypeStackAndInnerException()
    {
        Exception thrown = Catch(() => ThrowWrapped());

        string note = ExceptionMapping.Note(thrown);

        Assert.StartsWith("C# exception System.InvalidOperationException:\n", note);
        Assert.Contains(thrown.StackTrace!, note);
        Assert.Contains(nameof(ThrowWrapped), note); // the frame that threw
        Assert.EndsWith("\nCaused by C# exception System.Collections.Generic.KeyNotFoundException: no key 'x'", note);
    }

    // Never thrown: there is no stack trace to add.
    [Fact]
    public void NoteOfUnthrownExceptionIsJustTheType() =>
        Assert.Equal("C# exception SharpBind.Tests.ExceptionMappingTests+CustomException", ExceptionMapping.Note(new CustomException()));

    private static void ThrowWrapped()
    {
        try
        {
            throw new KeyNotFoundException("no key 'x'");
        }
        catch (KeyNotFoundException inner)
        {
            throw new InvalidOperationException("lookup failed", inner);
        }
    }

    private static Exception Catch(Action action)
    {
        try
        {
            action();
        }
        catch (Exception exception)
        {
            return exception;
        }
        throw new InvalidOperationException("expected an exception");
    }
}
