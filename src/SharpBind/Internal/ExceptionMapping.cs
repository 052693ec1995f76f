using System;
using System.Collections.Generic;
using System.IO;

namespace SharpBind.Internal;

/// <summary>The built-in Python exception a C# exception becomes.</summary>
internal enum PythonErrorKind
{
    RuntimeError,
    ValueError,
    KeyError,
    IndexError,
    TypeError,
    OverflowError,
    ZeroDivisionError,
    ArithmeticError,
    NotImplementedError,
    MemoryError,
    FileNotFoundError,
    PermissionError,
    TimeoutError,
    OSError,
}

/// <summary>
/// Which Python exception each C# exception becomes. Pure: no Python involved, so it is unit-tested
/// directly. The most specific C# type wins (FileNotFoundException before IOException, and so on).
/// </summary>
internal static class ExceptionMapping
{
    public static PythonErrorKind Classify(Exception exception) => exception switch
    {
        KeyNotFoundException => PythonErrorKind.KeyError,
        IndexOutOfRangeException => PythonErrorKind.IndexError,
        ArgumentException => PythonErrorKind.ValueError, // ArgumentNullException and ArgumentOutOfRangeException too
        InvalidCastException => PythonErrorKind.TypeError,
        OverflowException => PythonErrorKind.OverflowError,
        DivideByZeroException => PythonErrorKind.ZeroDivisionError,
        ArithmeticException => PythonErrorKind.ArithmeticError,
        NotImplementedException or NotSupportedException => PythonErrorKind.NotImplementedError,
        OutOfMemoryException or InsufficientExecutionStackException => PythonErrorKind.MemoryError,
        FileNotFoundException or DirectoryNotFoundException => PythonErrorKind.FileNotFoundError,
        UnauthorizedAccessException => PythonErrorKind.PermissionError,
        TimeoutException => PythonErrorKind.TimeoutError,
        IOException => PythonErrorKind.OSError,
        _ => PythonErrorKind.RuntimeError,
    };

    /// <summary>The note attached to the Python exception: the C# type and where it was thrown.</summary>
    public static string Note(Exception exception)
    {
        string note = $"C# exception {exception.GetType().FullName}";
        string? stack = exception.StackTrace;
        if (!string.IsNullOrEmpty(stack))
        {
            note += ":\n" + stack;
        }
        if (exception is AggregateException { InnerExceptions.Count: > 1 } aggregate)
        {
            // Where Python has no ExceptionGroup only the first inner exception becomes __cause__: name them all.
            for (int i = 0; i < aggregate.InnerExceptions.Count; i++)
            {
                Exception inner = aggregate.InnerExceptions[i];
                note += $"\nInner exception {i + 1}: {inner.GetType().FullName}: {inner.Message}";
            }
        }
        return note;
    }
}
