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

    // The inner exception is not in the note: it becomes __cause__, with a note of its own.
    [Fact]
    public void NoteNamesTypeAndStack()
    {
        Exception thrown = Catch(() => ThrowWrapped());

        string note = ExceptionMapping.Note(thrown);

        Assert.StartsWith("C# exception System.InvalidOperationException:\n", note);
        Assert.Contains(thrown.StackTrace!, note);
        Assert.Contains(nameof(ThrowWrapped), note); // the frame that threw
        Assert.DoesNotContain("KeyNotFoundException", note);
    }

    // Where Python has no ExceptionGroup (3.9, 3.10) only the first inner exception becomes __cause__:
    // the note names them all.
    [Fact]
    public void NoteOfAggregateListsEveryInnerException()
    {
        var aggregate = new AggregateException("several", new KeyNotFoundException("a"), new FormatException("b"));

        Assert.Equal("C# exception System.AggregateException"
            + "\nInner exception 1: System.Collections.Generic.KeyNotFoundException: a"
            + "\nInner exception 2: System.FormatException: b", ExceptionMapping.Note(aggregate));
        Assert.Equal("C# exception System.AggregateException", ExceptionMapping.Note(new AggregateException("one", new FormatException("b"))));
    }

    // .NET appends the inner messages to an aggregate's Message; the group's message is the outer text.
    [Theory]
    [InlineData("several failed", "several failed")]
    [InlineData("text (with parentheses)", "text (with parentheses)")]
    public void GroupMessageDropsTheInnerMessages(string message, string expected)
    {
        var aggregate = new AggregateException(message, new FormatException("a"), new FormatException("b (c)"));

        Assert.Equal(message + " (a) (b (c))", aggregate.Message);
        Assert.Equal(expected, Errors.GroupMessage(aggregate));
    }

    [Fact]
    public void GroupMessageKeepsAMessageWithoutTheSuffix()
    {
        var aggregate = new AggregateException(new FormatException("a"));

        Assert.Equal(aggregate.Message.Replace(" (a)", ""), Errors.GroupMessage(aggregate));
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
